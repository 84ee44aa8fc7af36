// The audit log: staff views of private content — a case about a direct or held post, a statement of
// reasons quoting someone's post, a report — each write a row saying who saw what and why it was
// private; the author reading their own does not. Then the chain verifier against a forger who edits a
// row and recomputes its hash, and against a deleted row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { type ModerationAuditTable, mdb } from "./db.js";
import { rowHash, verifyAuditChain } from "./audit.js";

let s: TestServer;
let author: TestUser, friend: TestUser, mod: TestUser, mod2: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  author = await createUser(s, "writer");
  friend = await createUser(s, "friend");
  mod = await createUser(s, "auditmod", { role: "moderator" });
  mod2 = await createUser(s, "auditmod2", { role: "moderator" });
});
afterAll(async () => s.close());

const rows = () => mdb(s.ctx.db).selectFrom("moderation_audit").selectAll().orderBy("seq").execute();
const views = async (action: string) => (await rows()).filter((r) => r.action === action).map((r) => ({ ...r, payload: JSON.parse(r.payload) }));

async function caseOf(statusId: string): Promise<string> {
  const q = await api(s, "GET", `${A}/queue?limit=200`, { token: mod.token });
  return q.body.find((c: any) => c.subject_id === statusId).id;
}

describe("audit of staff views of private content", () => {
  let heldDecision = "";

  it("records opening a case about a direct message, with why it was private", async () => {
    const dm = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: `@${friend.username} meet me behind the station, you idiot`, visibility: "direct" } });
    expect(dm.status).toBe(200);
    const report = await api(s, "POST", "/api/v1/reports", { token: friend.token, body: { account_id: author.id, status_ids: [dm.body.id], category: "other", comment: "Insults me in private" } });
    expect(report.status).toBe(200);
    const caseId = await caseOf(dm.body.id);
    expect((await views("view.case")).length).toBe(0);
    const view = await api(s, "GET", `${A}/cases/${caseId}`, { token: mod.token });
    expect(view.status).toBe(200);
    expect(view.body.subject.status.visibility).toBe("direct");
    const [row] = await views("view.case");
    expect(row).toMatchObject({ actor_id: mod.id, subject_type: "status", subject_id: dm.body.id, payload: { case_id: caseId, private: true, why: ["visibility:direct", "reports"] } });

    // the Mastodon admin report shows the same post: its view is recorded too
    expect((await api(s, "GET", `/api/v1/admin/reports/${report.body.id}`, { token: mod2.token })).status).toBe(200);
    expect(await views("view.report")).toEqual([expect.objectContaining({ actor_id: mod2.id, subject_type: "report", subject_id: report.body.id })]);
    expect((await api(s, "GET", "/api/v1/admin/reports", { token: mod2.token })).status).toBe(200);
    expect((await views("view.reports"))[0]).toMatchObject({ actor_id: mod2.id, payload: { report_ids: [report.body.id] } });
  });

  it("records opening a case about a held post, and staff reading its statement of reasons", async () => {
    const held = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "I will shoot you tomorrow" } });
    expect(held.body.moderation_state).toBe("held");
    const caseId = await caseOf(held.body.id);
    expect((await api(s, "GET", `${A}/cases/${caseId}`, { token: mod2.token })).status).toBe(200);
    expect((await views("view.case")).at(-1)).toMatchObject({ actor_id: mod2.id, subject_id: held.body.id, payload: { private: true, why: ["state:held"] } });

    const d = await api(s, "POST", `${A}/cases/${caseId}/decisions`, { token: mod.token, body: { actions: ["remove"], category: "violence_threat", facts: "A threat to shoot a person." } });
    expect(d.status).toBe(200);
    heldDecision = d.body.id;
    // the author reads their own statement: not a staff view
    expect((await api(s, "GET", `/api/v1/rostra/decisions/${heldDecision}`, { token: author.token })).status).toBe(200);
    expect(await views("view.decision")).toEqual([]);
    // staff read it as JSON and as the page: two views, each naming the reader and the post
    expect((await api(s, "GET", `/api/v1/rostra/decisions/${heldDecision}`, { token: mod2.token })).status).toBe(200);
    expect((await api(s, "GET", `/moderation/decisions/${heldDecision}`, { token: mod2.token })).status).toBe(200);
    const seen = await views("view.decision");
    expect(seen).toHaveLength(2);
    for (const v of seen) expect(v).toMatchObject({ actor_id: mod2.id, subject_type: "status", subject_id: held.body.id, payload: { decision_id: heldDecision } });
    // and the author's view of the removed post's moderation, read by staff
    expect((await api(s, "GET", `/api/v1/rostra/statuses/${held.body.id}/moderation`, { token: mod.token })).status).toBe(200);
    expect(await views("view.status_moderation")).toEqual([expect.objectContaining({ actor_id: mod.id, subject_id: held.body.id })]);
    // a public, published post's case is audited too, marked as not private
    const plain = await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "an ordinary post" } });
    await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@${author.username}/${plain.body.id}`, category: "spam", explanation: "Looks like spam" } });
    expect((await api(s, "GET", `${A}/cases/${await caseOf(plain.body.id)}`, { token: mod.token })).status).toBe(200);
    expect((await views("view.case")).at(-1)).toMatchObject({ subject_id: plain.body.id, payload: { private: true, why: ["reports"] } });
  });

  it("has one audit row per decision, automated or not, and an actor on every view", async () => {
    const decisions = await mdb(s.ctx.db).selectFrom("moderation_decisions").select(["id", "decided_by"]).execute();
    expect(decisions.length).toBeGreaterThanOrEqual(2);
    const audited = (await rows()).filter((r) => r.action.startsWith("decision."));
    expect(audited.map((r) => JSON.parse(r.payload).decision_id).sort()).toEqual(decisions.map((d) => d.id).sort());
    for (const d of decisions) expect(audited.find((r) => JSON.parse(r.payload).decision_id === d.id)?.actor_id ?? null).toBe(d.decided_by);
    for (const r of await rows()) if (r.action.startsWith("view.")) expect(r.actor_id).toBeTruthy();
    expect(await verifyAuditChain(s.ctx)).toMatchObject({ ok: true, brokenAt: null });
  });

  it("detects a row edited with its own hash recomputed, and a deleted row", async () => {
    const all = await rows();
    expect(all.length).toBeGreaterThanOrEqual(6);
    const target = all[2]!;
    const seq = Number(target.seq);
    // a forger who knows the scheme rewrites the row and fixes its hash: the next row's link breaks
    const forged: Omit<ModerationAuditTable, "hash"> = { ...target, seq, actor_id: null, payload: JSON.stringify({ forged: true }) };
    await mdb(s.ctx.db).updateTable("moderation_audit").set({ actor_id: null, payload: forged.payload, hash: rowHash(forged) }).where("seq", "=", seq).execute();
    expect(await verifyAuditChain(s.ctx)).toMatchObject({ ok: false, brokenAt: seq + 1, reason: "link to previous row broken" });
    // put back, the chain verifies again
    await mdb(s.ctx.db).updateTable("moderation_audit").set({ actor_id: target.actor_id, payload: target.payload, hash: target.hash }).where("seq", "=", seq).execute();
    expect(await verifyAuditChain(s.ctx)).toMatchObject({ ok: true });
    // a row taken out (the view of the direct message, say) leaves a gap
    await mdb(s.ctx.db).deleteFrom("moderation_audit").where("seq", "=", seq).execute();
    expect(await verifyAuditChain(s.ctx)).toMatchObject({ ok: false, brokenAt: seq, reason: "missing row" });
    // and the staff API says so
    expect((await api(s, "GET", `${A}/audit/verify`, { token: mod.token })).body).toMatchObject({ ok: false, brokenAt: seq });
  });
});
