import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hiddenInputs } from "../../../test/e2e/clients.js";
import { api, createTestServer, createUser, type TestServer } from "../../../test/helpers.js";

let s: TestServer;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

function cookiesOf(res: { headers: Record<string, any> }): string {
  const raw = res.headers["set-cookie"];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((c: string) => c.split(";")[0]).join("; ");
}


describe("OAuth as Mastodon clients use it", () => {
  it("registers an app with a redirect URI array and verifies an app token", async () => {
    const res = await api(s, "POST", "/api/v1/apps", { body: { client_name: "Test", redirect_uris: ["https://app.example/cb", "urn:ietf:wg:oauth:2.0:oob"], scopes: "read write follow" } });
    expect(res.status).toBe(200);
    expect(res.body.redirect_uris).toEqual(["https://app.example/cb", "urn:ietf:wg:oauth:2.0:oob"]);
    const tok = await api(s, "POST", "/oauth/token", { form: { grant_type: "client_credentials", client_id: res.body.client_id, client_secret: res.body.client_secret, scope: "read" } });
    expect(tok.status).toBe(200);
    const verify = await api(s, "GET", "/api/v1/apps/verify_credentials", { token: tok.body.access_token });
    expect(verify.status).toBe(200);
    expect(verify.body.name).toBe("Test");
    expect(verify.body.client_secret).toBeUndefined();
  });

  it("rejects unknown scopes and javascript: redirect URIs", async () => {
    expect((await api(s, "POST", "/api/v1/apps", { body: { client_name: "x", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read nonsense" } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/apps", { body: { client_name: "x", redirect_uris: "javascript:alert(1)" } })).status).toBe(422);
    expect((await api(s, "POST", "/api/v1/apps", { body: { redirect_uris: "urn:ietf:wg:oauth:2.0:oob" } })).status).toBe(422);
  });

  it("runs the authorization-code flow with PKCE through the HTML pages, single-use code", async () => {
    await createUser(s, "pkceuser");
    const appRes = await api(s, "POST", "/api/v1/apps", { form: { client_name: "PKCE app", redirect_uris: "https://app.example/cb", scopes: "read write" } });
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const q = new URLSearchParams({ response_type: "code", client_id: appRes.body.client_id, redirect_uri: "https://app.example/cb", scope: "read write", state: "xyz", code_challenge: challenge, code_challenge_method: "S256" });
    const page = await s.app.inject({ method: "GET", url: `/oauth/authorize?${q}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Sign in");
    let cookie = cookiesOf(page);
    const form = hiddenInputs(page.body);

    const bad = await s.app.inject({ method: "POST", url: "/oauth/authorize", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ ...form, intent: "sign_in", login: "pkceuser", password: "wrong password" }).toString() });
    expect(bad.statusCode).toBe(401);
    expect(bad.body).toContain("Invalid username/e-mail or password");

    const signIn = await s.app.inject({ method: "POST", url: "/oauth/authorize", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ ...form, intent: "sign_in", login: "PKCEuser", password: "correct horse battery" }).toString() });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.body).toContain("Authorize PKCE app");
    cookie = `${cookie}; ${cookiesOf(signIn)}`;
    const consent = hiddenInputs(signIn.body);
    const approve = await s.app.inject({ method: "POST", url: "/oauth/authorize", headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, payload: new URLSearchParams({ ...consent, intent: "approve" }).toString() });
    expect(approve.statusCode).toBe(302);
    const location = new URL(approve.headers.location as string);
    expect(location.origin + location.pathname).toBe("https://app.example/cb");
    expect(location.searchParams.get("state")).toBe("xyz");
    const code = location.searchParams.get("code")!;

    const wrongVerifier = await api(s, "POST", "/oauth/token", { form: { grant_type: "authorization_code", code, client_id: appRes.body.client_id, redirect_uri: "https://app.example/cb", code_verifier: "nope" } });
    expect(wrongVerifier.status).toBe(400);
    const tok = await api(s, "POST", "/oauth/token", { form: { grant_type: "authorization_code", code, client_id: appRes.body.client_id, redirect_uri: "https://app.example/cb", code_verifier: verifier } });
    expect(tok.status).toBe(200);
    expect(tok.body.scope).toBe("read write");
    const again = await api(s, "POST", "/oauth/token", { form: { grant_type: "authorization_code", code, client_id: appRes.body.client_id, redirect_uri: "https://app.example/cb", code_verifier: verifier } });
    expect(again.status).toBe(400);

    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: tok.body.access_token });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe("pkceuser");
    expect(me.body.source.privacy).toBe("public");

    const revoke = await api(s, "POST", "/oauth/revoke", { form: { client_id: appRes.body.client_id, client_secret: appRes.body.client_secret, token: tok.body.access_token } });
    expect(revoke.status).toBe(200);
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: tok.body.access_token })).status).toBe(401);
  });

  it("refuses a redirect_uri that is not registered", async () => {
    const appRes = await api(s, "POST", "/api/v1/apps", { form: { client_name: "A", redirect_uris: "https://app.example/cb" } });
    const page = await s.app.inject({ method: "GET", url: `/oauth/authorize?response_type=code&client_id=${appRes.body.client_id}&redirect_uri=https://evil.example/cb` });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain("invalid_redirect_uri");
    expect(page.body).toContain("return address");
  });

  it("enforces scopes: a read token cannot write", async () => {
    const u = await createUser(s, "readonly", { scopes: ["read"] });
    const res = await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: u.token, body: { display_name: "x" } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatch(/scope/);
  });

  it("registers through the API with an app token, validating usernames case-insensitively", async () => {
    const appRes = await api(s, "POST", "/api/v1/apps", { form: { client_name: "Signup", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write" } });
    const appTok = await api(s, "POST", "/oauth/token", { form: { grant_type: "client_credentials", client_id: appRes.body.client_id, client_secret: appRes.body.client_secret, scope: "read write" } });
    const token = appTok.body.access_token;
    const ok = await api(s, "POST", "/api/v1/accounts", { token, body: { username: "NewPerson", email: "new@example.test", password: "long enough password", agreement: true, locale: "vi" } });
    expect(ok.status).toBe(200);
    expect(ok.body.access_token).toBeTruthy();
    const dup = await api(s, "POST", "/api/v1/accounts", { token, body: { username: "newperson", email: "other@example.test", password: "long enough password", agreement: true } });
    expect(dup.status).toBe(422);
    expect(dup.body.details.username).toBeTruthy();
    const badName = await api(s, "POST", "/api/v1/accounts", { token, body: { username: "no spaces!", email: "x@example.test", password: "long enough password", agreement: true } });
    expect(badName.status).toBe(422);
    const short = await api(s, "POST", "/api/v1/accounts", { token, body: { username: "shorty", email: "s@example.test", password: "short", agreement: true } });
    expect(short.status).toBe(422);
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: ok.body.access_token });
    expect(me.body.acct).toBe("NewPerson");
  });
});
