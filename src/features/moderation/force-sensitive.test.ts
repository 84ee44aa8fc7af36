// force_sensitive on an account: its posts with media — new ones and the ones made before — come out
// `sensitive: true` for every reader; reversing the decision (on appeal or by staff) ends that and the
// author's own choices show again; and while a second standing decision also marks the account, reversing
// one of them does not lift the mark.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { multipart } from "../media/multipart.test-util.js";

let s: TestServer;
let author: TestUser, reader: TestUser, mod: TestUser, admin: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  author = await createUser(s, "pictures");
  reader = await createUser(s, "reader");
  mod = await createUser(s, "sensmod", { role: "moderator" });
  admin = await createUser(s, "sensadmin", { role: "admin" });
});
afterAll(async () => s.close());

let png: Buffer;
async function mediaId(): Promise<string> {
  png ??= await sharp({ create: { width: 8, height: 8, channels: 3, background: "#cc3366" } }).png().toBuffer();
  const { payload, headers } = multipart({}, [{ name: "file", filename: "p.png", type: "image/png", data: png }]);
  const res = await s.app.inject({ method: "POST", url: "/api/v2/media", payload, headers: { ...headers, authorization: `Bearer ${author.token}` } });
  expect(res.statusCode).toBe(200);
  return res.json().id;
}

async function post(body: Record<string, unknown>): Promise<any> {
  const res = await api(s, "POST", "/api/v1/statuses", { token: author.token, body });
  expect(res.status).toBe(200);
  return res.body;
}

const withMedia = async (extra: Record<string, unknown> = {}) => post({ status: "a picture of my garden", media_ids: [await mediaId()], ...extra });

/** `sensitive` as the reader and as the author see the post. */
async function shown(id: string): Promise<[boolean, boolean]> {
  const r = await api(s, "GET", `/api/v1/statuses/${id}`, { token: reader.token });
  const a = await api(s, "GET", `/api/v1/statuses/${id}`, { token: author.token });
  expect([r.status, a.status]).toEqual([200, 200]);
  return [r.body.sensitive, a.body.sensitive];
}

async function caseId(subjectType: "account" | "status", subjectId: string, url: string): Promise<string> {
  const n = await api(s, "POST", "/api/moderation/notices", { body: { url, category: "sexual", explanation: "Explicit pictures without a warning" } });
  expect(n.status).toBe(202);
  const q = await api(s, "GET", `${A}/queue?limit=200`, { token: mod.token });
  return q.body.find((c: any) => c.subject_type === subjectType && c.subject_id === subjectId).id;
}

async function forceSensitive(id: string): Promise<any> {
  const d = await api(s, "POST", `${A}/cases/${id}/decisions`, { token: mod.token, body: { actions: ["force_sensitive"], category: "sexual", facts: "Explicit pictures posted without marking them sensitive." } });
  expect(d.status).toBe(200);
  return d.body;
}

describe("force-sensitive", () => {
  it("marks new and earlier media posts sensitive, and a reversal gives the author's own choices back", async () => {
    const before = await withMedia();
    const chosen = await withMedia({ sensitive: true });
    const text = await post({ status: "just words" });
    expect(before.sensitive).toBe(false);
    expect(await shown(before.id)).toEqual([false, false]);

    const decision = await forceSensitive(await caseId("account", author.id, `${s.ctx.config.url}/@${author.username}`));
    expect((await s.ctx.db.selectFrom("accounts").select("sensitized_at").where("id", "=", author.id).executeTakeFirstOrThrow()).sensitized_at).not.toBeNull();

    // posts made before the decision
    expect(await shown(before.id)).toEqual([true, true]);
    expect(await shown(chosen.id)).toEqual([true, true]);
    expect(await shown(text.id)).toEqual([false, false]);
    // a new post with media, as the author's app gets it back and as others read it
    const after = await withMedia();
    expect(after.sensitive).toBe(true);
    expect(await shown(after.id)).toEqual([true, true]);
    const mediaOnly = await post({ media_ids: [await mediaId()] });
    expect(mediaOnly.sensitive).toBe(true);
    expect((await post({ status: "more words" })).sensitive).toBe(false);
    // in lists too: the author's profile timeline as another user reads it
    const listed = await api(s, "GET", `/api/v1/accounts/${author.id}/statuses`, { token: reader.token });
    for (const st of listed.body.filter((x: any) => x.media_attachments.length > 0)) expect(st.sensitive).toBe(true);
    // the stored posts were not rewritten: the mark is the account's
    const stored = await s.ctx.db.selectFrom("statuses").select(["id", "sensitive"]).where("id", "in", [before.id, after.id, chosen.id]).execute();
    expect(Object.fromEntries(stored.map((r) => [r.id, r.sensitive]))).toEqual({ [before.id]: 0, [after.id]: 0, [chosen.id]: 1 });

    // the author appeals, a different staff member reverses
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${decision.id}/appeal`, { token: author.token, body: { text: "They are pictures of flowers." } });
    expect(appeal.status).toBe(200);
    const res = await api(s, "POST", `${A}/appeals/${appeal.body.id}/resolve`, { token: admin.token, body: { outcome: "reversed", reason: "Flowers, not explicit content." } });
    expect(res.status).toBe(200);
    expect(res.body.reversal.actionList).toEqual([{ type: "unsensitize" }]);
    expect(await shown(before.id)).toEqual([false, false]);
    expect(await shown(after.id)).toEqual([false, false]);
    expect(await shown(mediaOnly.id)).toEqual([false, false]);
    // the author's own choice stays
    expect(await shown(chosen.id)).toEqual([true, true]);
    expect((await withMedia()).sensitive).toBe(false);
  });

  it("stays while another standing decision also marks the account, and ends with the last one", async () => {
    const p = await withMedia();
    const onAccount = await forceSensitive(await caseId("account", author.id, `${s.ctx.config.url}/@${author.username}`));
    const onPost = await forceSensitive(await caseId("status", p.id, `${s.ctx.config.url}/@${author.username}/${p.id}`));
    expect(await shown(p.id)).toEqual([true, true]);

    // a staff correction of the first: the second still marks the account
    const first = await api(s, "POST", `${A}/decisions/${onAccount.id}/reverse`, { token: admin.token, body: { reason: "Decided on the wrong account case." } });
    expect(first.status).toBe(200);
    expect(first.body.actionList).toEqual([{ type: "unsensitize", kept: true }]);
    expect(await shown(p.id)).toEqual([true, true]);
    expect((await withMedia()).sensitive).toBe(true);
    const statement = await api(s, "GET", `/api/v1/rostra/decisions/${first.body.id}`, { token: author.token });
    expect(statement.body.actions).toEqual([expect.objectContaining({ type: "unsensitize", kept: true })]);

    const second = await api(s, "POST", `${A}/decisions/${onPost.id}/reverse`, { token: admin.token, body: { reason: "Flowers again." } });
    expect(second.status).toBe(200);
    expect(second.body.actionList).toEqual([{ type: "unsensitize" }]);
    expect(await shown(p.id)).toEqual([false, false]);
    expect((await withMedia()).sensitive).toBe(false);
  });
});
