// Acting on an account from the console's users page goes through a moderation decision with a statement
// of reasons, never a bare switch: a limited person reads it after signing in; a suspended person, who
// can no longer sign in, reads it with their password on the "restricted" page and appeals from there.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ApiUser, createApiUser, postStatus } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, screenshot, type Session, signIn, signInAsStaff, uniqueName } from "./browser.js";

let browser: Browser;
let staff: Session;
let limited: ApiUser;
let suspended: ApiUser;
const PASSWORD = "correct horse battery staple";

beforeAll(async () => {
  browser = await launch();
  limited = await createApiUser(uniqueName("loud"));
  suspended = await createApiUser(uniqueName("scam"));
  await postStatus(suspended, { status: "Send me your bank details and I will double your money" });
});
afterAll(async () => {
  await staff?.context.close();
  await browser?.close();
});

/** On the users page (signed in as the moderator once), open the decision dialog for `username`. */
async function openDecision(username: string) {
  if (!staff) {
    staff = await newSession(browser, { viewport: DESKTOP });
    await signInAsStaff(staff.page, inject("moderator"));
  }
  const { page } = staff;
  await page.goto(`${baseUrl()}/console/users`);
  await page.getByLabel("Search by username").fill(username);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const row = page.locator(`li[data-username="${username}"]`);
  await expect.poll(() => page.locator("li.admin-account").count()).toBe(1);
  await row.getByRole("button", { name: `Take action on ${username}` }).click();
  const dialog = page.getByRole("dialog", { name: `Moderation decision about ${username}` });
  await dialog.waitFor();
  return { row, dialog };
}

const accountState = async (id: string, token: string) =>
  (await (await fetch(`${baseUrl()}/api/v1/admin/accounts/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { silenced: boolean; suspended: boolean };

describe("decisions about accounts from the users page", () => {
  it("limits an account with a statement of reasons the person reads after signing in", async () => {
    const { row, dialog } = await openDecision(limited.username);
    const { page, errors } = staff;
    // a decision needs an action and the facts: the button waits for both
    const decide = dialog.getByRole("button", { name: "Decide and send the statement" });
    expect(await decide.isDisabled()).toBe(true);
    // only actions on accounts are offered here
    expect(await dialog.getByLabel("Remove the post").count()).toBe(0);
    await dialog.getByLabel("Limit the account").check();
    await dialog.getByLabel("Category").selectOption("harassment");
    await dialog.getByLabel(/Facts and reasons/).fill("Replied to strangers with insults twelve times this week.");
    await screenshot(page, "desktop-console-account-decision");
    await decide.click();
    await page.getByText(`Decision about ${limited.username} recorded and the statement of reasons sent`).waitFor();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await row.locator(".pill", { hasText: "Limited" }).waitFor();
    const token = await page.evaluate(() => (JSON.parse(localStorage.getItem("rostra.session") ?? "null") as { token: string }).token);
    expect(await accountState(limited.id, token)).toMatchObject({ silenced: true, suspended: false });
    expect(errors).toEqual([]);

    const person = await newSession(browser, { viewport: PHONE });
    await signIn(person.page, limited.username, PASSWORD);
    await person.page.goto(`${baseUrl()}/statements`);
    await person.page.getByRole("link", { name: /moderation decision about your content or account/ }).first().click();
    await person.page.getByText("Replied to strangers with insults twelve times this week.").waitFor();
    await person.page.getByRole("heading", { name: "Appeal this decision" }).waitFor();
    expect(person.errors).toEqual([]);
    await person.context.close();
  });

  it("suspends an account for a week; the person can't sign in but reads why and appeals", async () => {
    await staff.page.setViewportSize(PHONE);
    const { row, dialog } = await openDecision(suspended.username);
    const { page, errors } = staff;
    await dialog.getByLabel("Suspend the account").check();
    await dialog.getByLabel(/Suspension length in days/).fill("7");
    await dialog.getByLabel("Category").selectOption("illegal_other");
    await dialog.getByLabel("Illegal content").check();
    await dialog.getByLabel("Which law it breaks").fill("Fraud (Penal Code art. 174)");
    await dialog.getByLabel(/Facts and reasons/).fill("Asked people for bank details promising to double their money.");
    await screenshot(page, "phone-console-account-decision");
    await dialog.getByRole("button", { name: "Decide and send the statement" }).click();
    await page.getByText(`Decision about ${suspended.username} recorded and the statement of reasons sent`).waitFor();
    await row.locator(".pill", { hasText: "Suspended" }).waitFor();
    // suspension ends every session
    await expect.poll(async () => (await fetch(`${baseUrl()}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${suspended.token}` } })).status).toBe(401);
    expect(errors).toEqual([]);

    const person = await newSession(browser, { viewport: PHONE });
    const p = person.page;
    await p.goto(`${baseUrl()}/`);
    await p.getByRole("link", { name: "Account suspended or frozen? Read why and appeal" }).click();
    await p.getByRole("heading", { level: 1, name: "Read a decision about your account" }).waitFor();
    // a wrong password says so, without saying whether the account exists
    await p.getByLabel("Username or e-mail address").fill(suspended.username);
    await p.getByLabel("Password").fill("not the password at all");
    await p.getByRole("button", { name: "Show the decisions" }).click();
    await p.getByRole("alert").filter({ hasText: "don't match an account" }).waitFor();
    await p.getByLabel("Password").fill(PASSWORD);
    await p.getByRole("button", { name: "Show the decisions" }).click();
    await p.getByRole("button", { name: /moderation decision about your content or account/ }).first().click();
    await p.getByText("Asked people for bank details promising to double their money.").waitFor();
    await p.getByText("Fraud (Penal Code art. 174)").waitFor();
    await p.getByText(/7 days/).first().waitFor();
    await screenshot(p, "phone-restricted-statement");
    await p.getByLabel("Your appeal").fill("I was joking with a friend; nobody sent money.");
    await p.getByRole("button", { name: "Send appeal" }).click();
    await p.getByText("Waiting for a different moderator to review").waitFor();
    // the appeal reaches the moderators' list
    await page.goto(`${baseUrl()}/console`);
    await page.getByText("I was joking with a friend; nobody sent money.").waitFor();
    expect(person.errors).toEqual([]);
    await person.context.close();
  });
});
