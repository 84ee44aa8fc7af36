// Everyday post features: edit and read the history, delete with confirmation, vote in a poll, mention
// someone through the autocomplete, and schedule a post then cancel it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiUser, createApiUser, postStatus } from "./api.js";
import { baseUrl, DESKTOP, launch, newSession, PHONE, screenshot, type Session, signUp, uniqueName } from "./browser.js";

let browser: Browser;
let writer: Session;
let friend: ApiUser;
let poll: { id: string };

beforeAll(async () => {
  browser = await launch();
  friend = await createApiUser(uniqueName("friendly"));
  poll = await postStatus(friend, { status: "Tea or coffee this morning?", poll: { options: ["Tea", "Coffee"], expires_in: 86_400 } });
  writer = await newSession(browser, { viewport: DESKTOP });
});
afterAll(async () => {
  await writer?.context.close();
  await browser?.close();
});

const composerOf = (s: Session) => s.page.locator("main form.composer").first();

async function post(s: Session, text: string) {
  const composer = composerOf(s);
  await composer.getByLabel("What do you want to say?").fill(text);
  await composer.getByRole("button", { name: "Post", exact: true }).click();
  const card = s.page.locator("article.status").filter({ hasText: text }).first();
  await card.waitFor();
  return card;
}

describe("posts", () => {
  it("edits a post and shows its edit history", async () => {
    const { page, errors } = writer;
    await signUp(page, uniqueName("writer"));
    const card = await post(writer, "The meeting is on Monday");
    await card.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: "Edit" }).click();
    const dialog = page.getByRole("dialog");
    const text = dialog.getByLabel("What do you want to say?");
    await expect.poll(() => text.inputValue()).toBe("The meeting is on Monday");
    await text.fill("The meeting is on Tuesday");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Changes saved").waitFor();
    const edited = page.locator("article.status").filter({ hasText: "The meeting is on Tuesday" }).first();
    await edited.getByRole("button", { name: /Show edit history/ }).click();
    const history = page.getByRole("dialog", { name: "Edit history" });
    await history.getByText("The meeting is on Monday").waitFor();
    await history.getByText("The meeting is on Tuesday").waitFor();
    await history.getByText("Original").waitFor();
    await history.getByText("Current version").waitFor();
    await screenshot(page, "desktop-edit-history");
    await history.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("deletes a post only after confirmation", async () => {
    const { page, errors } = writer;
    const card = await post(writer, "This post will be removed soon");
    await card.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete this post?" });
    // cancelling keeps the post
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await expect.poll(() => page.locator("article.status").filter({ hasText: "This post will be removed soon" }).count()).toBe(1);
    await card.getByRole("button", { name: "More actions" }).click();
    await page.getByRole("menuitem", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: "Delete this post?" }).getByRole("button", { name: "Delete" }).click();
    await page.getByText("Post deleted").waitFor();
    await expect.poll(() => page.locator("article.status").filter({ hasText: "This post will be removed soon" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("votes in a poll and shows the results", async () => {
    const { page, errors } = writer;
    await page.goto(`${baseUrl()}/@${friend.username}/${poll.id}`);
    const card = page.locator(".status.focused");
    await card.getByLabel("Coffee").check();
    await card.getByRole("button", { name: "Vote" }).click();
    await card.locator(".poll-result").filter({ hasText: "Coffee" }).getByText("100%").waitFor();
    await card.getByText("1 votes").waitFor();
    const stored = await (await fetch(`${baseUrl()}/api/v1/polls/${(await (await fetch(`${baseUrl()}/api/v1/statuses/${poll.id}`)).json()).poll.id}`)).json();
    expect(stored.options.map((o: { votes_count: number }) => o.votes_count)).toEqual([0, 1]);
    expect(errors).toEqual([]);
  });

  it("completes a mention from the autocomplete with the keyboard", async () => {
    const { page, errors } = writer;
    await page.goto(`${baseUrl()}/`);
    const text = composerOf(writer).getByLabel("What do you want to say?");
    await text.click();
    await text.pressSequentially(`Hello @${friend.username.slice(0, 6)}`);
    const option = page.getByRole("option", { name: new RegExp(`@${friend.username}`) });
    await option.waitFor();
    await expect.poll(() => text.getAttribute("aria-expanded")).toBe("true");
    await screenshot(page, "desktop-mention-autocomplete");
    await page.keyboard.press("Enter");
    await expect.poll(() => text.inputValue()).toBe(`Hello @${friend.username} `);
    await expect.poll(() => page.locator("ul.autocomplete").count()).toBe(0);
    const words = `see you soon ${uniqueName("at")}`;
    await page.keyboard.type(words);
    const created = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/v1/statuses" && r.request().method() === "POST");
    await composerOf(writer).getByRole("button", { name: "Post", exact: true }).click();
    // the server's answer first: a refused or failed post is a different failure from a missing card
    const res = await created;
    expect(res.status(), await res.text()).toBe(200);
    expect(((await res.json()) as { mentions: { acct: string }[] }).mentions.map((m) => m.acct)).toEqual([friend.username]);
    const card = page.locator("article.status").filter({ hasText: words });
    // a miss says what the page showed, so a slow machine can be told from a post that never showed
    await card.getByRole("link", { name: new RegExp(friend.username) }).first().waitFor().catch(async (err: Error) => {
      const feed = await page.locator("main").innerText().catch(() => "(no main)");
      throw new Error(`${err.message}\n--- main showed ---\n${feed.slice(0, 2000)}\n--- page errors ---\n${errors.join("\n")}`);
    });
    // shown once, however the stream, the catch-up and the post's own answer raced
    await page.locator('section[aria-label="Home"][data-live="true"]').waitFor({ state: "attached" });
    await expect.poll(() => card.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("shows a new post while the home timeline is still loading, and when it failed to load", async () => {
    const { page, errors } = writer;
    // 1. the first page is computed before the post but arrives after it (a slow answer on a busy machine)
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let asked!: () => void;
    const requested = new Promise<void>((r) => (asked = r));
    await page.route(/\/api\/v1\/timelines\/home(\?|$)/, async (route) => {
      const response = await route.fetch();
      asked();
      await held;
      await route.fulfill({ response });
    }, { times: 1 });
    await page.goto(`${baseUrl()}/`);
    await requested;
    const early = `Posted while the timeline loads ${uniqueName("p")}`;
    await composerOf(writer).getByLabel("What do you want to say?").fill(early);
    await composerOf(writer).getByRole("button", { name: "Post", exact: true }).click();
    const earlyCard = page.locator("article.status").filter({ hasText: early });
    await earlyCard.waitFor();
    await expect.poll(() => page.locator('section[aria-label="Home"] [role="status"]').count()).toBe(1); // still loading
    release();
    await page.getByRole("feed").and(page.locator('[aria-busy="false"]')).waitFor();
    // the late page did not know the post: it stays, once, above the older posts
    await expect.poll(() => earlyCard.count()).toBe(1);
    await expect.poll(() => page.locator("article.status").first().innerText()).toContain(early);

    // 2. the timeline fails to load (twice: the app retries once); the post still shows, and the
    // timeline loads again once the server answers
    await page.route(/\/api\/v1\/timelines\/home(\?|$)/, (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"busy"}' }), { times: 2 });
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("alert").filter({ hasText: "Couldn't load this" }).waitFor();
    const late = `Posted after the timeline failed ${uniqueName("p")}`;
    await composerOf(writer).getByLabel("What do you want to say?").fill(late);
    await composerOf(writer).getByRole("button", { name: "Post", exact: true }).click();
    const lateCard = page.locator("article.status").filter({ hasText: late });
    await lateCard.waitFor();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "Couldn't load this" }).count()).toBe(0);
    await page.locator("article.status").filter({ hasText: early }).waitFor();
    await expect.poll(() => lateCard.count()).toBe(1);
    await expect.poll(() => page.locator("article.status").first().innerText()).toContain(late);
    expect(errors).toEqual([]);
  });

  it("schedules a post on a phone and cancels it", async () => {
    const phone = await newSession(browser, { viewport: PHONE });
    // the same account on a phone: reuse the session stored by the desktop sign-in
    const state = await writer.context.storageState();
    await phone.context.addInitScript((items: { name: string; value: string }[]) => {
      for (const i of items) if (!localStorage.getItem(i.name)) localStorage.setItem(i.name, i.value);
    }, state.origins.find((o) => o.origin === baseUrl())?.localStorage ?? []);
    const { page, errors } = phone;
    await page.goto(`${baseUrl()}/`);
    await page.getByRole("button", { name: "New post" }).first().click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("What do you want to say?").fill("Good morning from the future");
    await dialog.getByRole("button", { name: "Schedule for later" }).click();
    const when = dialog.getByLabel("Publish at");
    await when.waitFor();
    // two days ahead at 09:30 local time
    const d = new Date(Date.now() + 2 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    await when.fill(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:30`);
    await screenshot(page, "phone-compose-schedule");
    await dialog.getByRole("button", { name: "Schedule", exact: true }).click();
    await page.getByText(/^Scheduled for /).waitFor();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);

    await page.goto(`${baseUrl()}/scheduled`);
    const item = page.locator(".scheduled-item").filter({ hasText: "Good morning from the future" });
    await item.waitFor();
    await item.locator("time").getByText(/9:30/).waitFor();
    await screenshot(page, "phone-scheduled");
    await item.getByRole("button", { name: "Cancel post" }).click();
    await page.getByRole("dialog", { name: "Cancel this scheduled post?" }).getByRole("button", { name: "Cancel post" }).click();
    await page.getByText("Scheduled post cancelled").waitFor();
    await page.getByText("No posts are scheduled.").waitFor();
    expect(errors).toEqual([]);
    await phone.context.close();
  });

  it("keeps who may reply, who may quote and hiding likely abuse on the server across a reload", async () => {
    const { page, errors } = writer;
    await page.goto(`${baseUrl()}/settings`);
    const reply = page.getByLabel("Who may reply to my posts");
    const quote = page.getByLabel("Who may quote my posts");
    const hide = page.getByLabel(/^Hide likely abuse/);
    await reply.selectOption("mentioned");
    await quote.selectOption("followers");
    await hide.uncheck();
    const token = await page.evaluate(() => (JSON.parse(localStorage.getItem("rostra.session") ?? "null") as { token: string } | null)?.token ?? "");
    const source = async () => (await (await fetch(`${baseUrl()}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${token}` } })).json()).source;
    await expect.poll(source).toMatchObject({ reply_policy: "mentioned", quote_policy: "followers", hide_likely_abuse: false });
    // without this browser's own copy, the values come back from the server
    await page.evaluate(() => localStorage.removeItem("rostra.prefs"));
    await page.reload();
    await expect.poll(() => reply.inputValue()).toBe("mentioned");
    await expect.poll(() => quote.inputValue()).toBe("followers");
    await expect.poll(() => hide.isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });
});
