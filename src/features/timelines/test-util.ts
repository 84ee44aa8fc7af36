// Helpers for the timeline, notification, conversation and streaming tests.
import { expect } from "vitest";
import { api, type TestServer, type TestUser } from "../../../test/helpers.js";

export async function post(s: TestServer, user: TestUser, body: Record<string, unknown>): Promise<any> {
  const res = await api(s, "POST", "/api/v1/statuses", { token: user.token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Post and run the distribution jobs. */
export async function publish(s: TestServer, user: TestUser, body: Record<string, unknown> | string): Promise<any> {
  const st = await post(s, user, typeof body === "string" ? { status: body } : body);
  await s.ctx.jobs.drain();
  return st;
}

export async function act(s: TestServer, user: TestUser, path: string, body?: Record<string, unknown>): Promise<any> {
  const res = await api(s, "POST", path, { token: user.token, body: body ?? {} });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBe(200);
  await s.ctx.jobs.drain();
  return res.body;
}

export const follow = (s: TestServer, who: TestUser, target: TestUser, body?: Record<string, unknown>) => act(s, who, `/api/v1/accounts/${target.id}/follow`, body);

export async function timeline(s: TestServer, user: TestUser | null, path: string): Promise<{ ids: string[]; body: any[]; link: string | undefined }> {
  const res = await api(s, "GET", path, user ? { token: user.token } : {});
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { ids: res.body.map((x: any) => x.id), body: res.body, link: res.headers.link };
}

export const home = (s: TestServer, user: TestUser, query = "") => timeline(s, user, `/api/v1/timelines/home${query}`);

/** The URL of a rel in a Link header, as a path with query. */
export function linkRel(link: string | undefined, rel: "next" | "prev"): string {
  const m = new RegExp(`<([^>]+)>; rel="${rel}"`).exec(link ?? "");
  expect(m, `no rel=${rel} in ${link}`).toBeTruthy();
  const u = new URL(m![1]);
  return `${u.pathname}${u.search}`;
}
