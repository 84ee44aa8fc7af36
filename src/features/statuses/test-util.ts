// Small helpers shared by the status, poll and scheduled-status tests.
import { expect } from "vitest";
import { api, type TestServer, type TestUser } from "../../../test/helpers.js";
import { newId } from "../../core/ids.js";

export async function post(s: TestServer, user: TestUser, body: Record<string, unknown>): Promise<any> {
  const res = await api(s, "POST", "/api/v1/statuses", { token: user.token, body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

export async function follow(s: TestServer, who: TestUser, target: TestUser): Promise<void> {
  const res = await api(s, "POST", `/api/v1/accounts/${target.id}/follow`, { token: who.token });
  expect(res.status).toBe(200);
}

export async function block(s: TestServer, who: TestUser, target: TestUser): Promise<void> {
  const res = await api(s, "POST", `/api/v1/accounts/${target.id}/block`, { token: who.token });
  expect(res.status).toBe(200);
}

/** A ready image row without a file: enough for attaching and rendering. */
export async function insertMedia(s: TestServer, accountId: string, description: string | null = null): Promise<string> {
  const id = newId();
  await s.ctx.db
    .insertInto("media_attachments")
    .values({
      id, account_id: accountId, status_id: null, type: "image", mime: "image/png", file_name: `${id}.png`, preview_file_name: null,
      width: 10, height: 10, size: 100, description, focus_x: 0, focus_y: 0, blurhash: null, state: "ready", created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function jobsOfKind(s: TestServer, kind: string): Promise<any[]> {
  const rows = await s.ctx.db.selectFrom("jobs").selectAll().where("kind", "=", kind).orderBy("id").execute();
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) }));
}

export async function notificationsOf(s: TestServer, accountId: string, type?: string): Promise<any[]> {
  let q = s.ctx.db.selectFrom("notifications").selectAll().where("account_id", "=", accountId);
  if (type) q = q.where("type", "=", type);
  return q.orderBy("id").execute();
}

/** Parse the max_id of rel="next" from a Link header. */
export function nextMaxId(link: unknown): string | null {
  const m = /max_id=(\d+)[^>]*>; rel="next"/.exec(String(link ?? ""));
  return m ? m[1] : null;
}
