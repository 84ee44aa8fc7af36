// Test data through the public API, the way any client would create it (no shortcuts into the DB).
import { baseUrl } from "./browser.js";

export interface ApiUser {
  username: string;
  id: string;
  token: string;
}

async function call<T>(method: string, path: string, opts: { token?: string; body?: unknown; form?: FormData } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: BodyInit | undefined;
  if (opts.form) body = opts.form;
  else if (opts.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  const res = await fetch(`${baseUrl()}${path}`, { method, headers, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

export async function createApiUser(username: string): Promise<ApiUser> {
  const app = await call<{ client_id: string; client_secret: string }>("POST", "/api/v1/apps", { body: { client_name: "browser-tests", redirect_uris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write follow" } });
  const appToken = await call<{ access_token: string }>("POST", "/oauth/token", { body: { grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, scope: "read write follow" } });
  const reg = await call<{ access_token: string }>("POST", "/api/v1/accounts", { token: appToken.access_token, body: { username, email: `${username}@example.test`, password: "correct horse battery staple", agreement: true, locale: "en" } });
  const me = await call<{ id: string }>("GET", "/api/v1/accounts/verify_credentials", { token: reg.access_token });
  return { username, id: me.id, token: reg.access_token };
}

export async function postStatus(user: ApiUser, body: Record<string, unknown>): Promise<{ id: string; url: string }> {
  return call("POST", "/api/v1/statuses", { token: user.token, body });
}

export async function uploadImage(user: ApiUser, png: Buffer, description: string): Promise<{ id: string }> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(png)], { type: "image/png" }), "test.png");
  form.append("description", description);
  return call("POST", "/api/v2/media", { token: user.token, form });
}

export async function fetchText(path: string): Promise<{ status: number; type: string; text: string }> {
  const res = await fetch(`${baseUrl()}${path}`);
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}
