import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { sdb } from "./db.js";

let s: TestServer;
let user: TestUser, viet: TestUser, moderator: TestUser, reporter: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [user, viet, reporter] = await Promise.all(["warned", "canhcao", "reporter"].map((n) => createUser(s, n)));
  moderator = await createUser(s, "staffer", { role: "moderator" });
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viet.id).execute();
});
afterAll(async () => s.close());

async function warn(u: TestUser, text: string, facts: string) {
  const st = await api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status: text } });
  await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@${u.username}/${st.body.id}`, category: "harassment", explanation: "insults" } });
  const queue = await api(s, "GET", "/api/v1/rostra/admin/queue", { token: moderator.token });
  const caseId = queue.body.find((c: any) => c.subject_id === st.body.id).id;
  const d = await api(s, "POST", `/api/v1/rostra/admin/cases/${caseId}/decisions`, { token: moderator.token, body: { actions: ["warn"], facts } });
  expect(d.status).toBe(200);
  return { statusId: st.body.id as string, decisionId: d.body.id as string };
}

describe("notification payloads", () => {
  it("moderation_warning carries the AccountWarning of its decision (v1 and v2, EN and VI)", async () => {
    for (const [u, text, facts] of [[user, "my neighbour is a clown", "Insulting a neighbour."], [viet, "hàng xóm tôi là đồ hề", "Xúc phạm hàng xóm."]] as const) {
      const { statusId, decisionId } = await warn(u, text, facts);
      const stored = await sdb(s.ctx.db).selectFrom("notifications").select("target_id").where("account_id", "=", u.id).where("type", "=", "moderation_warning").executeTakeFirstOrThrow();
      expect(stored.target_id).toBe(decisionId);
      const v1 = await api(s, "GET", "/api/v1/notifications?types[]=moderation_warning", { token: u.token });
      expect(v1.body).toHaveLength(1);
      const w = v1.body[0].moderation_warning;
      expect(w).toMatchObject({ id: decisionId, action: "none", status_ids: [statusId], appeal: null });
      expect(w.text).toContain(facts);
      expect(w.target_account.id).toBe(u.id);
      expect(typeof w.created_at).toBe("string");
      const v2 = await api(s, "GET", "/api/v2/notifications?types[]=moderation_warning", { token: u.token });
      expect(v2.body.notification_groups[0].moderation_warning).toEqual(w);
    }
  });

  it("admin.report carries the Report it is about", async () => {
    const rep = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: user.id, comment: "rude", category: "other" } });
    expect(rep.status).toBe(200);
    // filing the report notified the moderator
    const stored = await sdb(s.ctx.db).selectFrom("notifications").select(["target_id", "from_account_id"]).where("account_id", "=", moderator.id).where("type", "=", "admin.report").executeTakeFirstOrThrow();
    expect(stored).toEqual({ target_id: rep.body.id, from_account_id: reporter.id });
    const res = await api(s, "GET", "/api/v1/notifications?types[]=admin.report", { token: moderator.token });
    expect(res.body).toHaveLength(1);
    expect(res.body[0].report).toMatchObject({ id: rep.body.id, comment: "rude", category: "other", action_taken: false });
    expect(res.body[0].report.target_account.id).toBe(user.id);
  });
});
