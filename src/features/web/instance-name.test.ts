// A server renamed in the instance settings shows its new name on the public pages that name it: link
// previews of profiles, posts and hashtags, the hashtag feed, the transparency page and the EU
// Transparency Database statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let admin: TestUser;
let alice: TestUser;
const NEW_NAME = "Quảng trường & Co";
const ESCAPED = "Quảng trường &amp; Co";

beforeAll(async () => {
  s = await createTestServer({ env: { ROSTRA_INSTANCE_NAME: "Env Name" } });
  admin = await createUser(s, "boss", { role: "admin" });
  alice = await createUser(s, "alice");
});
afterAll(async () => {
  await s.close();
});

const og = (html: string, prop: string) => new RegExp(`<meta property="${prop}" content="([^"]*)">`).exec(html)?.[1];
const get = (url: string) => s.app.inject({ method: "GET", url });

describe("the stored instance name on public pages", () => {
  it("replaces the environment's name once an admin renames the server", async () => {
    const post = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "Morning market #phoHanoi" } });
    expect(post.status).toBe(200);
    expect(og((await get("/@alice")).body, "og:site_name")).toBe("Env Name");
    expect((await get("/transparency?eval=false")).body).toContain("Transparency report — Env Name");

    const put = await api(s, "PUT", "/api/v1/rostra/admin/instance", { token: admin.token, body: { name: NEW_NAME } });
    expect(put.status).toBe(200);

    const profile = await get("/@alice");
    expect(profile.statusCode).toBe(200);
    expect(og(profile.body, "og:site_name")).toBe(ESCAPED);
    expect(profile.body).toContain(`<title>alice (@alice@rostra.test) · ${ESCAPED}</title>`);
    expect(og(profile.body, "og:description")).toBe(`Posts from @alice on ${ESCAPED}`);
    expect(og((await get(`/@alice/${post.body.id}`)).body, "og:site_name")).toBe(ESCAPED);
    expect(og((await get("/tags/phoHanoi")).body, "og:site_name")).toBe(ESCAPED);
    const feed = await get("/tags/phoHanoi.rss");
    expect(feed.body).toContain(`<title>#phoHanoi on ${ESCAPED}</title>`);

    const transparency = await get("/transparency?eval=false");
    expect(transparency.statusCode).toBe(200);
    expect(transparency.body).toContain(`<h1>Transparency report — ${ESCAPED}</h1>`);
    expect(transparency.body).not.toContain("Env Name");
  });

  it("names the platform in the Transparency Database statements", async () => {
    const mod = await createUser(s, "modkim", { role: "moderator" });
    const author = await createUser(s, "bob");
    const held = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "I will shoot you tomorrow, you traitor" } });
    expect(held.status).toBe(200);
    const queue = await api(s, "GET", "/api/v1/rostra/admin/queue", { token: mod.token });
    const found = queue.body.find((c: { subject_id: string }) => c.subject_id === held.body.id);
    expect(found).toBeDefined();
    const dec = await api(s, "POST", `/api/v1/rostra/admin/cases/${found.id}/decisions`, { token: mod.token, body: { actions: ["remove"], category: "violence_threat", facts: "A threat." } });
    expect(dec.status).toBe(200);
    const tdb = await api(s, "GET", "/api/v1/rostra/transparency/statements");
    expect(tdb.status).toBe(200);
    expect(tdb.body.length).toBeGreaterThan(0);
    for (const st of tdb.body) expect(st.platform_name).toBe(NEW_NAME);
  });
});
