// `rostra moderation …` in-process against a test server: queue work, decisions and reversals, appeals,
// reports, operator rules and policy thresholds; the HTTP API sees every change.
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { issueToken } from "../auth/tokens.js";
import { CliError, moderationCommands, policyChange } from "./cli.js";

let s: TestServer;
let user: TestUser, reporter: TestUser, mod: TestUser, mod2: TestUser, admin: TestUser;
const A = "/api/v1/rostra/admin";

beforeAll(async () => {
  s = await createTestServer();
  [user, reporter] = await Promise.all(["poster", "watcher"].map((n) => createUser(s, n)));
  mod = await createUser(s, "clim", { role: "moderator" });
  mod2 = await createUser(s, "clim2", { role: "moderator" });
  admin = await createUser(s, "cliadmin", { role: "admin" });
});
afterAll(async () => s.close());

async function cli(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const program = new Command().exitOverride();
  moderationCommands(program, { open: async () => ({ ctx: s.ctx, close: async () => {} }), out: (t) => lines.push(t) });
  await program.parseAsync(["node", "rostra", "moderation", ...args]);
  return lines.join("\n");
}

describe("rostra moderation CLI", () => {
  it("works the queue: assign, escalate, note, decide, list decisions, reverse", async () => {
    const post = await api(s, "POST", "/api/v1/statuses", { token: user.token, body: { status: "I will stab you tonight" } });
    expect(post.body.moderation_state).toBe("held");
    const queue = await cli("queue");
    const line = queue.split("\n").find((l) => l.includes(`status:${post.body.id}`))!;
    expect(line).toMatch(/violence_threat/);
    const caseId = line.split(/\s+/)[0];
    expect(await cli("assign", caseId, "--as", "clim")).toBe(`Case ${caseId} assigned to @clim`);
    expect(await cli("escalate", caseId, "--as", "clim", "--reason", "credible threat")).toMatch(/escalated/);
    expect(await cli("note", caseId, "--as", "clim", "--text", "Named a neighbour.")).toBe(`Note added to case ${caseId}`);
    const view = await api(s, "GET", `${A}/cases/${caseId}`, { token: admin.token });
    expect(view.body.case).toMatchObject({ assignee_id: mod.id, status: "escalated" });
    expect(view.body.events.map((e: any) => e.type)).toEqual(expect.arrayContaining(["assignment", "escalation", "note"]));
    await expect(cli("assign", caseId, "--as", "poster")).rejects.toThrow(CliError);

    const decided = await cli("decide", caseId, "--as", "clim", "--actions", "remove,suspend", "--days", "7", "--facts", "Threat to stab a neighbour.");
    const decisionId = /^Decision (\d+): remove, suspend$/.exec(decided)![1];
    const st = await api(s, "GET", `/api/v1/rostra/decisions/${decisionId}`, { token: admin.token });
    expect(st.body.actions.map((a: any) => [a.type, a.days])).toEqual([["remove", null], ["suspend", 7]]);
    expect(await cli("decisions", "--account", "poster")).toContain(`${decisionId}  `);
    const reversed = await cli("reverse", decisionId, "--as", "clim2", "--reason", "The neighbour confirmed it was a film quote.");
    expect(reversed).toMatch(new RegExp(`^Decision ${decisionId} reversed by \\d+: unsuspend, restore$`));
    expect((await s.ctx.db.selectFrom("accounts").select("suspended_at").where("id", "=", user.id).executeTakeFirstOrThrow()).suspended_at).toBeNull();
    await expect(cli("decide", caseId, "--as", "clim", "--actions", "obliterate", "--facts", "x")).rejects.toThrow(/actions\[0\]/);
    await expect(cli("queue", "--limit", "lots")).rejects.toThrow(/--limit/);
  });

  it("lists, shows and resolves reports and answers appeals", async () => {
    const rep = await api(s, "POST", "/api/v1/reports", { token: reporter.token, body: { account_id: user.id, category: "spam", comment: "ads everywhere" } });
    expect(await cli("reports", "list")).toContain(`${rep.body.id}  `);
    const shown = JSON.parse(await cli("reports", "show", rep.body.id, "--as", "clim"));
    expect(shown).toMatchObject({ id: rep.body.id, comment: "ads everywhere", cases: [{ subject: `account:${user.id}` }] });
    expect(await cli("reports", "resolve", rep.body.id, "--as", "clim")).toMatch(/^Report \d+ resolved at /);
    expect(await cli("reports", "list")).not.toContain(`${rep.body.id}  `);
    expect(await cli("reports", "list", "--resolved")).toContain(`${rep.body.id}  `);
    const mine = await api(s, "GET", "/api/v1/rostra/reports", { token: reporter.token });
    expect(mine.body.find((r: any) => r.id === rep.body.id).outcomes[0].kind).toBe("no_action");
    expect(await cli("reports", "reopen", rep.body.id, "--as", "clim")).toBe(`Report ${rep.body.id} reopened`);

    const shownCase = shown.cases[0].id;
    const decided = await cli("decide", shownCase, "--as", "clim", "--actions", "warn", "--facts", "Advertising in replies.");
    const decisionId = /^Decision (\d+)/.exec(decided)![1];
    // the suspension in the first test revoked the user's tokens; they signed in again since
    const fresh = await issueToken(s.ctx.db, { appId: null, accountId: user.id, scopes: ["read", "write"] });
    const appeal = await api(s, "POST", `/api/v1/rostra/decisions/${decisionId}/appeal`, { token: fresh.token, body: { text: "Those were my own products, once." } });
    expect(appeal.status).toBe(200);
    await expect(cli("appeals", "list")).rejects.toThrow(/--as/);
    expect(await cli("appeals", "list", "--as", "clim2")).toContain("Those were my own products, once.");
    await expect(cli("appeals", "resolve", appeal.body.id, "--as", "clim", "--outcome", "upheld", "--reason", "x")).rejects.toThrow(/different moderator/);
    await expect(cli("appeals", "resolve", appeal.body.id, "--as", "clim2", "--outcome", "maybe", "--reason", "x")).rejects.toThrow(/upheld or reversed/);
    expect(await cli("appeals", "resolve", appeal.body.id, "--as", "clim2", "--outcome", "upheld", "--reason", "Repeated advertising.")).toBe(`Appeal ${appeal.body.id} upheld`);
    const audit = (await api(s, "GET", `${A}/audit?limit=200`, { token: admin.token })).body.map((x: any) => x.action);
    for (const a of ["view.report", "report.resolve", "report.reopen", "view.appeals", "appeal.resolve", "case.assignment", "decision.reversal"]) expect(audit).toContain(a);
  });

  it("manages operator rules and policy thresholds (admins only)", async () => {
    await expect(cli("rules", "add", "--as", "clim", "--name", "x", "--category", "spam", "--pattern", "x")).rejects.toThrow(/admin/);
    await expect(cli("rules", "add", "--as", "cliadmin", "--name", "bad", "--category", "spam", "--pattern", "(a+)+$")).rejects.toThrow(/pattern/);
    const added = await cli("rules", "add", "--as", "cliadmin", "--name", "crypto giveaway", "--category", "spam", "--pattern", "free\\s+crypto", "--score", "0.95");
    const ruleId = /^Rule (\d+) added \(on\)$/.exec(added)![1];
    expect(await cli("rules", "list")).toContain(`${ruleId}  on   spam`);
    expect((await api(s, "POST", "/api/v1/statuses", { token: reporter.token, body: { status: "FREE crypto for all" } })).body.moderation_state).toBe("held");
    expect(await cli("rules", "set", ruleId, "--as", "cliadmin", "--disable")).toBe(`Rule ${ruleId} updated (off)`);
    expect((await api(s, "POST", "/api/v1/statuses", { token: reporter.token, body: { status: "FREE crypto, second try" } })).body.moderation_state).toBeUndefined();

    await expect(cli("policy", "set", "--as", "clim", "--due", "violence_threat=15")).rejects.toThrow(/admin/);
    await expect(cli("policy", "set", "--as", "cliadmin")).rejects.toThrow(/nothing to change/);
    await expect(cli("policy", "set", "--as", "cliadmin", "--threshold", "hate.hold=2")).rejects.toThrow(/between 0 and 1/);
    expect(await cli("policy", "set", "--as", "cliadmin", "--threshold", "hate.hold=0.7", "--threshold", "hate.reject=off", "--due", "violence_threat=15", "--final", "remove")).toMatch(/^Policy version \d+ stored$/);
    const policy = JSON.parse(await cli("policy"));
    expect(policy.thresholds.hate).toMatchObject({ hold: 0.7, reject: null });
    expect(policy.dueMinutes.violence_threat).toBe(15);
    expect(policy.finalActions).toEqual(["remove"]);
    expect((await api(s, "GET", `${A}/policy`, { token: mod.token })).body.version).toBe(policy.version);
  });

  it("parses policy changes strictly", () => {
    expect(policyChange({ threshold: ["spam.queue=0.5"], due: ["default=600"], severity: ["spam=25"], strikeDays: "30", final: "" })).toEqual({
      thresholds: { spam: { queue: 0.5 } }, dueMinutes: { default: 600 }, severity: { spam: 25 }, strikeDays: 30, finalActions: [],
    });
    expect(() => policyChange({ threshold: ["spam=0.5"], due: [], severity: [] })).toThrow(/category.outcome=value/);
    expect(() => policyChange({ threshold: [], due: ["spam=soon"], severity: [] })).toThrow(/must be a number/);
  });
});
