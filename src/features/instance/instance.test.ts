import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { createStatus } from "../statuses/create.js";
import { schemaErrors } from "../../../test/openapi.js";

let s: TestServer;
let admin: TestUser;
let alice: TestUser;

beforeAll(async () => {
  s = await createTestServer({ env: { ROSTRA_REGISTRATIONS: "approval", ROSTRA_CONTACT_EMAIL: "admin@rostra.test", ROSTRA_MAX_STATUS_CHARS: "1000" } });
  admin = await createUser(s, "boss", { role: "admin" });
  alice = await createUser(s, "alice");
  await s.ctx.db.insertInto("rules").values([
    { id: "2", text: "No spam", hint: "Really", position: 2, created_at: new Date().toISOString() },
    { id: "1", text: "Be kind", hint: "", position: 1, created_at: new Date().toISOString() },
  ]).execute();
});
afterAll(async () => {
  await s.close();
});

describe("instance", () => {
  it("serves v2 with the version, api_versions, limits and streaming URL clients detect", async () => {
    const res = await api(s, "GET", "/api/v2/instance");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const i = res.body;
    expect(i.version).toBe("4.5.0 (compatible; Rostra 0.1.0)");
    expect(Number.parseFloat(i.version.slice(0, 3))).toBe(4.5);
    expect(i.api_versions).toEqual({ mastodon: 2 });
    expect(i.domain).toBe("rostra.test");
    expect(i.configuration.urls.streaming).toBe("ws://rostra.test");
    expect(i.configuration.statuses).toEqual({ max_characters: 1000, max_media_attachments: 4, characters_reserved_per_url: 23 });
    expect(i.configuration.polls).toEqual({ max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 });
    expect(i.configuration.media_attachments.supported_mime_types).toContain("image/webp");
    expect(i.configuration.translation.enabled).toBe(false);
    expect(i.registrations).toMatchObject({ enabled: true, approval_required: true, message: null });
    expect(i.contact.email).toBe("admin@rostra.test");
    expect(i.contact.account.username).toBe("boss");
    expect(i.rules.map((r: any) => r.text)).toEqual(["Be kind", "No spam"]);
    expect(i.usage.users.active_month).toBeGreaterThanOrEqual(0);
    expect(schemaErrors("Instance", i)).toEqual([]);
  });

  it("serves v1 with stats and urls.streaming_api", async () => {
    await createStatus(s.ctx, alice.id, { text: "hello world", visibility: "public" });
    await s.ctx.db.insertInto("accounts").values({
      id: "100000000000000001", username: "remote", domain: "elsewhere.example", acct_lower: "remote@elsewhere.example", display_name: "", note: "", fields: "[]",
      avatar_media_id: null, header_media_id: null, locked: 0, bot: 0, discoverable: 1, indexable: 1, uri: "https://elsewhere.example/users/remote",
      url: "https://elsewhere.example/@remote", created_at: new Date().toISOString(), updated_at: new Date().toISOString(), followers_count: 0,
      following_count: 0, statuses_count: 0, last_status_at: null, suspended_at: null, silenced_at: null, sensitized_at: null, moved_to_account_id: null,
    }).execute();
    const fresh = await createTestServerStats();
    expect(fresh.urls.streaming_api).toBe("ws://rostra.test");
    expect(fresh.stats).toEqual({ user_count: 2, status_count: 1, domain_count: 1 });
    expect(fresh.uri).toBe("rostra.test");
    expect(fresh.approval_required).toBe(true);
    expect(schemaErrors("V1Instance", fresh)).toEqual([]);
    expect((await api(s, "GET", "/api/v1/instance/peers")).body).toEqual(["elsewhere.example"]);
  });

  it("serves rules, descriptions, translation languages, activity and emojis publicly", async () => {
    const rules = await api(s, "GET", "/api/v1/instance/rules");
    expect(rules.body).toEqual([
      { id: "1", text: "Be kind", hint: "", translations: {} },
      { id: "2", text: "No spam", hint: "Really", translations: {} },
    ]);
    await s.ctx.db.insertInto("settings").values({ key: "extended_description", value: JSON.stringify("Welcome <b>friends</b>\n\nSecond paragraph") }).execute();
    const ext = await api(s, "GET", "/api/v1/instance/extended_description");
    expect(ext.body.content).toBe("<p>Welcome &lt;b&gt;friends&lt;/b&gt;</p><p>Second paragraph</p>");
    expect((await api(s, "GET", "/api/v1/instance/translation_languages")).body).toEqual({});
    const activity = await api(s, "GET", "/api/v1/instance/activity");
    expect(activity.body).toHaveLength(12);
    expect(activity.body[0]).toEqual({ week: expect.stringMatching(/^\d+$/), statuses: expect.any(String), logins: expect.any(String), registrations: expect.any(String) });
    expect((await api(s, "GET", "/api/v1/custom_emojis")).body).toEqual([]);
    expect((await api(s, "GET", "/api/v1/trends/links")).body).toEqual([]);
  });
});

async function createTestServerStats() {
  // usage counts are cached for a minute per context; read them through a fresh app on the same database
  const { buildApp } = await import("../../app.js");
  const { createContext } = await import("../../context.js");
  const pino = (await import("pino")).default;
  const ctx = await createContext(s.ctx.config, { log: pino({ level: "silent" }), skipMigrations: true });
  const app = await buildApp(ctx);
  try {
    return (await app.inject({ method: "GET", url: "/api/v1/instance" })).json();
  } finally {
    await app.close();
    await ctx.close();
  }
}

describe("discovery", () => {
  it("links nodeinfo 2.0 and 2.1 with the upstream metadata megalodon needs", async () => {
    const wk = await api(s, "GET", "/.well-known/nodeinfo");
    expect(wk.body.links.map((l: any) => l.href)).toEqual(["http://rostra.test/nodeinfo/2.0", "http://rostra.test/nodeinfo/2.1"]);
    for (const v of ["2.0", "2.1"]) {
      const res = await s.app.inject({ method: "GET", url: `/nodeinfo/${v}` });
      expect(res.statusCode).toBe(200);
      const ni = res.json();
      expect(ni).toMatchObject({ version: v, software: { name: "rostra", version: "0.1.0" }, protocols: ["activitypub"], openRegistrations: true, metadata: { upstream: { name: "mastodon", version: "4.5.0" } } });
      expect(ni.usage.users.total).toBeGreaterThanOrEqual(2);
    }
  });

  it("serves host-meta with the webfinger template", async () => {
    const res = await s.app.inject({ method: "GET", url: "/.well-known/host-meta" });
    expect(res.headers["content-type"]).toMatch(/^application\/xrd\+xml/);
    expect(res.body).toContain('template="http://rostra.test/.well-known/webfinger?resource={uri}"');
  });

  it("answers webfinger for local accounts by acct: or profile URL, 404 otherwise", async () => {
    const res = await s.app.inject({ method: "GET", url: "/.well-known/webfinger?resource=acct:ALICE@rostra.test" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/jrd\+json/);
    const jrd = res.json();
    expect(jrd.subject).toBe("acct:alice@rostra.test");
    expect(jrd.links.find((l: any) => l.rel === "self")).toMatchObject({ type: "application/activity+json" });
    const self = jrd.links.find((l: any) => l.rel === "self").href;
    const byUrl = await s.app.inject({ method: "GET", url: `/.well-known/webfinger?resource=${encodeURIComponent(self)}` });
    expect(byUrl.json().subject).toBe("acct:alice@rostra.test");
    const byProfile = await s.app.inject({ method: "GET", url: `/.well-known/webfinger?resource=${encodeURIComponent("http://rostra.test/@alice")}` });
    expect(byProfile.statusCode).toBe(200);
    for (const q of ["acct:nobody@rostra.test", "acct:alice@elsewhere.example", "acct:remote@elsewhere.example", "http://evil.example/@alice", "acct:../../x@rostra.test", `acct:${"a".repeat(3000)}`]) {
      const r = await s.app.inject({ method: "GET", url: `/.well-known/webfinger?resource=${encodeURIComponent(q)}` });
      expect([404, 422]).toContain(r.statusCode);
    }
    expect((await s.app.inject({ method: "GET", url: "/.well-known/webfinger" })).statusCode).toBe(400);
  });
});

describe("preferences and announcements", () => {
  it("reads posting defaults from the user's settings", async () => {
    await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: alice.token, body: { source: { privacy: "unlisted", sensitive: true, language: "vi" } } });
    const res = await api(s, "GET", "/api/v1/preferences", { token: alice.token });
    expect(res.body).toMatchObject({ "posting:default:visibility": "unlisted", "posting:default:sensitive": true, "posting:default:language": "vi", "reading:expand:spoilers": false, "reading:expand:media": "default" });
    expect(schemaErrors("Preferences", res.body)).toEqual([]);
    expect((await api(s, "GET", "/api/v1/preferences")).status).toBe(401);
  });

  it("lists active announcements and remembers dismissals", async () => {
    expect((await api(s, "GET", "/api/v1/announcements", { token: alice.token })).body).toEqual([]);
    const now = Date.now();
    const list = [
      { id: "1", text: "Maintenance tonight", published_at: new Date(now - 1000).toISOString() },
      { id: "2", text: "Old news", published_at: new Date(now - 9e6).toISOString(), ends_at: new Date(now - 1000).toISOString() },
    ];
    await s.ctx.db.insertInto("settings").values({ key: "announcements", value: JSON.stringify(list) }).execute();
    const res = await api(s, "GET", "/api/v1/announcements", { token: alice.token });
    expect(res.body.map((a: any) => [a.id, a.read])).toEqual([["1", false]]);
    expect(res.body[0].content).toBe("<p>Maintenance tonight</p>");
    expect((await api(s, "POST", "/api/v1/announcements/2/dismiss", { token: alice.token })).status).toBe(404);
    expect((await api(s, "POST", "/api/v1/announcements/1/dismiss", { token: alice.token })).status).toBe(200);
    expect((await api(s, "GET", "/api/v1/announcements", { token: alice.token })).body[0].read).toBe(true);
    expect((await api(s, "GET", "/api/v1/announcements", { token: admin.token })).body[0].read).toBe(false);
  });
});
