// The server-rendered sign-up page follows the registration mode an admin stored in the instance
// settings (not only ROSTRA_REGISTRATIONS): closed shows the closed page, approval takes a reason and
// never signs the waiting person in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenInputs } from "../../../test/e2e/clients.js";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let admin: TestUser;
let clientId: string;

beforeAll(async () => {
  // the environment says open: every other mode below comes from the stored settings
  s = await createTestServer({ env: { ROSTRA_REGISTRATIONS: "open" } });
  admin = await createUser(s, "boss", { role: "admin" });
  const app = await api(s, "POST", "/api/v1/apps", { body: { client_name: "Web", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read" } });
  clientId = app.body.client_id;
});
afterAll(async () => {
  await s.close();
});

function cookiesOf(res: { headers: Record<string, any> }): string {
  const raw = res.headers["set-cookie"];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c: string) => c.split(";")[0]).join("; ");
}

async function setMode(body: Record<string, unknown>): Promise<void> {
  const res = await api(s, "PUT", "/api/v1/rostra/admin/instance", { token: admin.token, body });
  expect(res.status).toBe(200);
}

/** Load the form (for its CSRF cookie and field) and post a sign-up as a browser would. */
async function signUp(username: string) {
  const page = await s.app.inject({ method: "GET", url: "/auth/sign_up" });
  expect(page.statusCode).toBe(200);
  const form = { ...hiddenInputs(page.body), username, email: `${username}@example.test`, password: "correct horse battery", agreement: "1", reason: "I live on this street" };
  const res = await s.app.inject({ method: "POST", url: "/auth/sign_up", headers: { cookie: cookiesOf(page), "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams(form).toString() });
  return { res, formPage: page.body };
}

const signInPage = () => s.app.inject({ method: "GET", url: `/oauth/authorize?response_type=code&client_id=${clientId}&redirect_uri=urn:ietf:wg:oauth:2.0:oob&scope=read` });

describe("sign-up page and the stored registration mode", () => {
  it("shows the closed page with the stored message, refuses the post with a page, and hides the sign-up link", async () => {
    // a form loaded while sign-ups were still open, posted after they closed
    const before = await s.app.inject({ method: "GET", url: "/auth/sign_up" });
    expect(before.body).toContain('<form method="post" action="/auth/sign_up">');
    expect((await signInPage()).body).toContain('href="/auth/sign_up?return_to=');

    await setMode({ registrations: "closed", closed_registrations_message: "We are full until spring." });
    const page = await s.app.inject({ method: "GET", url: "/auth/sign_up" });
    expect(page.statusCode).toBe(403);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("Registrations closed");
    expect(page.body).toContain("We are full until spring.");
    expect(page.body).not.toContain("<form");

    const form = { ...hiddenInputs(before.body), username: "latecomer", email: "latecomer@example.test", password: "correct horse battery", agreement: "1" };
    const post = await s.app.inject({ method: "POST", url: "/auth/sign_up", headers: { cookie: cookiesOf(before), "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams(form).toString() });
    expect(post.statusCode).toBe(403);
    expect(post.headers["content-type"]).toContain("text/html");
    expect(post.body).toContain("We are full until spring.");
    expect(await s.ctx.db.selectFrom("accounts").select("id").where("username", "=", "latecomer").executeTakeFirst()).toBeUndefined();

    const signIn = await signInPage();
    expect(signIn.statusCode).toBe(200);
    expect(signIn.body).toContain("Sign in to");
    expect(signIn.body).not.toContain("/auth/sign_up");
  });

  it("asks why and shows the waiting-for-approval page without signing the person in", async () => {
    await setMode({ registrations: "approval" });
    const { res, formPage } = await signUp("waiting1");
    expect(formPage).toContain('name="reason"');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("A moderator will review your request");
    expect(cookiesOf(res)).not.toContain("rostra_session=");
    const user = await s.ctx.db.selectFrom("users").innerJoin("accounts", "accounts.id", "users.account_id").select(["users.approved", "users.reason"]).where("accounts.username", "=", "waiting1").executeTakeFirstOrThrow();
    expect(Number(user.approved)).toBe(0);
    expect(user.reason).toBe("I live on this street");
  });

  it("signs a person straight in once sign-ups are open again", async () => {
    await setMode({ registrations: "open" });
    const { res, formPage } = await signUp("opener1");
    expect(formPage).not.toContain('name="reason"');
    expect(res.statusCode).toBe(303);
    expect(cookiesOf(res)).toContain("rostra_session=");
  });
});
