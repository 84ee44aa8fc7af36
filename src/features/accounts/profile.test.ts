import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { isForbiddenAddress } from "../../infra/guarded-fetch.js";
import { linkVerification, linksBack } from "./verify-links.js";

let s: TestServer;
let u: TestUser;
let page: http.Server;
let pageUrl: string;

beforeAll(async () => {
  s = await createTestServer();
  u = await createUser(s, "linker");
  // a "personal website" on loopback that links back to the profile
  page = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    if (req.url === "/me") res.end(`<html><body><a rel="me noopener" href="http://rostra.test/@linker">Rostra</a></body></html>`);
    else res.end(`<html><body><a href="http://rostra.test/@linker">no rel</a></body></html>`);
  });
  await new Promise<void>((r) => page.listen(0, "127.0.0.1", () => r()));
  pageUrl = `http://127.0.0.1:${(page.address() as { port: number }).port}`;
});
afterAll(async () => {
  linkVerification.allowPrivate = false;
  page.close();
  await s.close();
});

describe("profile", () => {
  it("updates display name, bio, fields and flags; renders the bio as escaped HTML", async () => {
    const res = await api(s, "PATCH", "/api/v1/accounts/update_credentials", {
      token: u.token,
      body: { display_name: "Link Er", note: "Hi <script>x</script> #tag", locked: true, fields_attributes: [{ name: "site", value: "https://example.com" }, { name: "", value: "" }], source: { privacy: "unlisted", language: "vi" } },
    });
    expect(res.status).toBe(200);
    expect(res.body.display_name).toBe("Link Er");
    expect(res.body.note).toContain("&lt;script&gt;");
    expect(res.body.note).toContain('class="mention hashtag"');
    expect(res.body.locked).toBe(true);
    expect(res.body.fields).toHaveLength(1);
    expect(res.body.source.privacy).toBe("unlisted");
    expect(res.body.source.language).toBe("vi");
    const tooMany = await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: u.token, body: { fields_attributes: [1, 2, 3, 4, 5].map((i) => ({ name: `f${i}`, value: "v" })) } });
    expect(tooMany.status).toBe(422);
    const lookup = await api(s, "GET", "/api/v1/accounts/lookup?acct=LINKER");
    expect(lookup.body.id).toBe(u.id);
  });

  it("verifies a profile link that points back with rel=me, and not one without", async () => {
    linkVerification.allowPrivate = true;
    await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: u.token, body: { fields_attributes: [{ name: "site", value: `${pageUrl}/me` }, { name: "other", value: `${pageUrl}/other` }] } });
    await s.ctx.jobs.drain();
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: u.token });
    expect(me.body.fields[0].verified_at).toBeTruthy();
    expect(me.body.fields[0].value).toContain('rel="nofollow noopener me"');
    expect(me.body.fields[1].verified_at).toBeNull();
  });

  it("never fetches loopback or private addresses outside tests", async () => {
    for (const ip of ["127.0.0.1", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.1.1", "0.0.0.0", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1"]) expect(isForbiddenAddress(ip), ip).toBe(true);
    for (const ip of ["93.184.216.34", "2606:4700::1111"]) expect(isForbiddenAddress(ip), ip).toBe(false);
    linkVerification.allowPrivate = false;
    await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: u.token, body: { fields_attributes: [{ name: "site", value: `${pageUrl}/me` }] } });
    await s.ctx.jobs.drain();
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: u.token });
    expect(me.body.fields[0].verified_at).toBeNull();
  });

  it("parses rel=me links in their usual spellings", () => {
    const target = ["https://social.example/@a"];
    expect(linksBack(`<link rel="me" href="https://social.example/@a">`, target)).toBe(true);
    expect(linksBack(`<a href='https://social.example/@a/' rel='me'>x</a>`, target)).toBe(true);
    expect(linksBack(`<a href=https://social.example/@a rel=me>x</a>`, target)).toBe(true);
    expect(linksBack(`<a href="https://social.example/@b" rel="me">x</a>`, target)).toBe(false);
    expect(linksBack(`<a href="https://social.example/@a" rel="nofollow">x</a>`, target)).toBe(false);
  });
});
