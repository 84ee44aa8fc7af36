import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { injectHead, summarize } from "./head-tags.js";

let s: TestServer;
let alice: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
});
afterAll(async () => {
  await s.close();
});

const og = (html: string, prop: string) => new RegExp(`<meta property="${prop}" content="([^"]*)">`).exec(html)?.[1];

describe("web app serving", () => {
  it("answers app routes with index.html under a CSP without inline scripts", async () => {
    for (const url of ["/", "/notifications", "/search?q=x", "/settings"]) {
      const res = await s.app.inject({ method: "GET", url });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      const csp = String(res.headers["content-security-policy"]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it("never falls back to the app for API and protocol paths", async () => {
    for (const url of ["/api/v1/nope", "/oauth/nope", "/.well-known/nope", "/nodeinfo/9", "/system/media/nope.png", "/missing.js"]) {
      const res = await s.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(404);
      expect(String(res.headers["content-type"]), url).not.toMatch(/text\/html/);
    }
  });

  it("puts escaped Open Graph tags on profile, post and hashtag pages", async () => {
    await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: alice.token, body: { display_name: 'Al "<script>" $& ice', note: "Bio <b>bold</b>" } });
    const post = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: 'Hello <script>alert(1)</script> "quoted" #Rostra' } });
    expect(post.status).toBe(200);

    const profile = await s.app.inject({ method: "GET", url: "/@alice" });
    expect(profile.statusCode).toBe(200);
    expect(og(profile.body, "og:type")).toBe("profile");
    expect(og(profile.body, "og:title")).toBe("Al &quot;&lt;script&gt;&quot; $&amp; ice (@alice@rostra.test)");
    expect(og(profile.body, "og:url")).toBe("http://rostra.test/@alice");
    expect(profile.body).not.toContain("<script>");
    expect(profile.body).toContain('href="http://rostra.test/@alice.rss"');

    const page = await s.app.inject({ method: "GET", url: `/@alice/${post.body.id}` });
    expect(page.statusCode).toBe(200);
    expect(og(page.body, "og:type")).toBe("article");
    expect(og(page.body, "og:description")).toBe("Hello &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; #Rostra");
    expect(page.body).not.toContain("<script>alert");

    const tag = await s.app.inject({ method: "GET", url: "/tags/rostra" });
    expect(og(tag.body, "og:title")).toBe("#rostra");
    expect(og(tag.body, "og:url")).toBe("http://rostra.test/tags/rostra");
  });

  it("answers 404 pages (still the app) for missing or non-public posts and accounts", async () => {
    const priv = await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "followers only secret", visibility: "private" } });
    const hidden = await s.app.inject({ method: "GET", url: `/@alice/${priv.body.id}` });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain("secret");
    expect((await s.app.inject({ method: "GET", url: "/@nobody" })).statusCode).toBe(404);
  });

  it("serves RSS feeds of public posts only", async () => {
    await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "public feed item #feeds" } });
    await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "unlisted not in feed #feeds", visibility: "unlisted" } });
    await api(s, "POST", "/api/v1/statuses", { token: alice.token, body: { status: "private not in feed #feeds", visibility: "private" } });
    for (const url of ["/@alice.rss", "/tags/feeds.rss"]) {
      const res = await s.app.inject({ method: "GET", url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^application\/rss\+xml/);
      expect(res.body).toContain("<rss version=\"2.0\"");
      expect(res.body).toContain("public feed item");
      expect(res.body).not.toContain("not in feed");
      expect(res.body).not.toMatch(/<script/);
    }
    expect((await s.app.inject({ method: "GET", url: "/@nobody.rss" })).statusCode).toBe(404);
  });

  it("summarizes and injects without interpreting replacement patterns", () => {
    expect(summarize("a ".repeat(200), 20).length).toBeLessThanOrEqual(20);
    const html = injectHead("<title>x</title><!--rostra-head-->", { siteName: "S", title: "$& $1", description: "d", url: "http://x/", type: "website" });
    expect(html).toContain("<title>$&amp; $1 · S</title>");
  });
});
