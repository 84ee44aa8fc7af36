// `rostra moderation …`: the queue, cases, decisions, reversals, appeals, reports, operator rules, the
// policy's thresholds, the audit chain and the transparency report from the command line, through the
// same services as the admin API (and audited the same way: every command names the staff member --as).
import type { Command } from "commander";
import { loadConfig } from "../../config.js";
import { type Context, createContext } from "../../context.js";
import { accountByAcct } from "../accounts/queries.js";
import { parseActions } from "../../api/admin/guard.js";
import { pendingAppeals, resolveAppeal, reverseDecision } from "./appeals.js";
import { audit, verifyAuditChain } from "./audit.js";
import { mdb } from "./db.js";
import { decideCase, toDecision } from "./decisions.js";
import { currentPolicy, type PolicyBody, type Thresholds, updatePolicy } from "./policy-store.js";
import { addNote, assignCase, caseView, escalateCase, listQueue } from "./queue.js";
import { casesOfReport, listReports, reopenReport, reportById, resolveReport } from "./report-work.js";
import { createRule, listRules, updateRule } from "./rules-store.js";
import { period, transparencyReport } from "./transparency.js";
import { transparencyCsv } from "./transparency-render.js";

/** Where commands get their context and write their output; tests pass their own. */
export interface CliEnv {
  open(): Promise<{ ctx: Context; close(): Promise<void> }>;
  out(text: string): void;
}

const processEnv: CliEnv = {
  async open() {
    const ctx = await createContext(loadConfig(), { log: (await import("pino")).default({ level: "warn" }) });
    return { ctx, close: () => ctx.close() };
  },
  out: (text) => process.stdout.write(`${text}\n`),
};

export class CliError extends Error {}

async function staffId(ctx: Context, username: string, roles: string[] = ["moderator", "admin"]): Promise<string> {
  const a = await accountByAcct(ctx.db, username.replace(/^@/, ""), ctx.config.domain);
  const u = a && !a.domain ? await ctx.db.selectFrom("users").select("role").where("account_id", "=", a.id).executeTakeFirst() : undefined;
  if (!a || !u || !roles.includes(u.role)) throw new CliError(`@${username} is not a local ${roles.join(" or ")}`);
  return a.id;
}

async function accountId(ctx: Context, username: string): Promise<string> {
  const a = await accountByAcct(ctx.db, username.replace(/^@/, ""), ctx.config.domain);
  if (!a) throw new CliError(`No account named ${username}`);
  return a.id;
}

function date(raw: string | undefined, name: string): Date | undefined {
  if (!raw) return undefined;
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new CliError(`--${name} must be a date (YYYY-MM-DD)`);
  return d;
}

function count(raw: string, name: string, max = 200): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function number(raw: string, what: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n)) throw new CliError(`${what} must be a number, got "${raw}"`);
  return n;
}

/** `--threshold violence_threat.hold=0.5` (or `=off`) and `--due violence_threat=30` into a policy change. */
export function policyChange(opts: { threshold: string[]; due: string[]; severity: string[]; strikeDays?: string; final?: string }): Partial<PolicyBody> {
  const change: Partial<PolicyBody> = {};
  for (const spec of opts.threshold) {
    const m = /^([a-z_]+)\.(label|queue|hold|reject)=(.+)$/.exec(spec);
    if (!m) throw new CliError(`--threshold must look like category.outcome=value (outcome: label, queue, hold, reject), got "${spec}"`);
    const value = m[3] === "off" || m[3] === "null" ? null : number(m[3], `--threshold ${m[1]}.${m[2]}`);
    change.thresholds ??= {};
    change.thresholds[m[1]] = { ...change.thresholds[m[1]], [m[2]]: value } as Thresholds;
  }
  for (const [flag, key] of [["due", "dueMinutes"], ["severity", "severity"]] as const) {
    for (const spec of opts[flag]) {
      const m = /^([a-z_]+)=(.+)$/.exec(spec);
      if (!m) throw new CliError(`--${flag} must look like category=number, got "${spec}"`);
      change[key] = { ...change[key], [m[1]]: number(m[2], `--${flag} ${m[1]}`) };
    }
  }
  if (opts.strikeDays !== undefined) change.strikeDays = number(opts.strikeDays, "--strike-days");
  if (opts.final !== undefined) change.finalActions = opts.final.split(",").map((x) => x.trim()).filter(Boolean);
  return change;
}

/** Adds the process commands under `rostra moderation` (joining the group if another feature made it, e.g. eval). */
export function moderationCommands(program: Command, env: CliEnv = processEnv): Command {
  const run = async (fn: (ctx: Context) => Promise<unknown>) => {
    const { ctx, close } = await env.open();
    try {
      await fn(ctx);
    } finally {
      await close();
    }
  };
  const out = (x: unknown) => env.out(typeof x === "string" ? x : JSON.stringify(x, null, 2));

  const mod = program.commands.find((c) => c.name() === "moderation") ?? program.command("moderation").description("moderation: queue, decisions, reports, rules, policy, audit, transparency, eval");

  mod
    .command("queue")
    .option("--status <status>", "active, open, escalated, appealed or resolved", "active")
    .option("--limit <n>", "how many cases", "20")
    .description("list the review queue, most urgent first")
    .action((opts: { status: string; limit: string }) =>
      run(async (ctx) => {
        if (!["active", "open", "escalated", "appealed", "resolved"].includes(opts.status)) throw new CliError("--status must be active, open, escalated, appealed or resolved");
        const rows = await listQueue(ctx, { status: opts.status as "active", limit: count(opts.limit, "limit") });
        if (rows.length === 0) return out("The queue is empty.");
        for (const c of rows) out(`${c.id}  ${c.status.padEnd(9)} ${String(c.category ?? "-").padEnd(20)} prio ${String(c.priority).padStart(8)}  due ${c.due_at ?? "-"}${c.overdue ? " OVERDUE" : ""}  ${c.subject_type}:${c.subject_id}${c.assignee_id ? `  assigned ${c.assignee_id}` : ""}`);
      }),
    );
  mod
    .command("case <id>")
    .requiredOption("--as <username>", "the moderator viewing (the view is audited)")
    .description("show a case with its evidence, events and decisions (JSON)")
    .action((id: string, opts: { as: string }) => run(async (ctx) => out(await caseView(ctx, id, await staffId(ctx, opts.as)))));
  mod
    .command("assign <caseId>")
    .requiredOption("--as <username>", "the moderator assigning")
    .option("--to <username>", "the moderator or admin to assign (default: yourself)")
    .option("--clear", "remove the assignment")
    .description("assign a case")
    .action((caseId: string, opts: { as: string; to?: string; clear?: boolean }) =>
      run(async (ctx) => {
        const actor = await staffId(ctx, opts.as);
        const assignee = opts.clear ? null : opts.to ? await staffId(ctx, opts.to) : actor;
        const c = await assignCase(ctx, caseId, actor, assignee);
        out(`Case ${c.id} ${assignee ? `assigned to @${opts.to ?? opts.as}` : "unassigned"}`);
      }),
    );
  mod
    .command("escalate <caseId>")
    .requiredOption("--as <username>", "the moderator escalating")
    .option("--reason <text>", "why", "")
    .description("escalate a case (doubles its priority)")
    .action((caseId: string, opts: { as: string; reason: string }) =>
      run(async (ctx) => {
        const c = await escalateCase(ctx, caseId, await staffId(ctx, opts.as), opts.reason);
        out(`Case ${c.id} escalated (priority ${c.priority})`);
      }),
    );
  mod
    .command("note <caseId>")
    .requiredOption("--as <username>", "the moderator writing")
    .requiredOption("--text <text>", "the internal note")
    .description("add an internal note to a case")
    .action((caseId: string, opts: { as: string; text: string }) =>
      run(async (ctx) => {
        if (!opts.text.trim()) throw new CliError("--text must not be empty");
        const c = await addNote(ctx, caseId, await staffId(ctx, opts.as), opts.text);
        out(`Note added to case ${c.id}`);
      }),
    );
  mod
    .command("decide <caseId>")
    .requiredOption("--as <username>", "the deciding moderator")
    .requiredOption("--facts <text>", "facts and circumstances for the statement of reasons")
    .option("--actions <list>", "comma-separated: remove,hold,demote,label,restrict_replies,restrict_quotes,warn,strike,limit,force_sensitive,freeze,suspend", "")
    .option("--days <n>", "suspension length in days (default permanent)")
    .option("--category <category>", "policy category")
    .option("--illegal <legalGround>", "decide on the ground of illegality, citing the law")
    .description("record a decision on a case")
    .action((caseId: string, opts: { as: string; facts: string; actions: string; days?: string; category?: string; illegal?: string }) =>
      run(async (ctx) => {
        const days = opts.days === undefined ? undefined : count(opts.days, "days", 3650);
        const actions = parseActions(opts.actions).map((a) => (a.type === "suspend" && days ? { ...a, days } : a));
        const d = await decideCase(ctx, {
          caseId, moderatorId: await staffId(ctx, opts.as), actions, facts: opts.facts, category: opts.category ?? null,
          ground: opts.illegal ? "illegal" : "terms", legalGround: opts.illegal ?? null,
        });
        out(`Decision ${d.id}: ${d.actionList.map((a) => a.type).join(", ")}`);
      }),
    );
  mod
    .command("reverse <decisionId>")
    .requiredOption("--as <username>", "the moderator reversing")
    .requiredOption("--reason <text>", "why (shown in the statement of reasons)")
    .description("reverse a decision without an appeal: undo its actions (except those the policy declares final)")
    .action((decisionId: string, opts: { as: string; reason: string }) =>
      run(async (ctx) => {
        const d = await reverseDecision(ctx, decisionId, await staffId(ctx, opts.as), opts.reason);
        out(`Decision ${decisionId} reversed by ${d.id}: ${d.actionList.map((a) => a.type).join(", ")}`);
      }),
    );
  mod
    .command("decisions")
    .option("--account <username>", "decisions about this account")
    .option("--case <id>", "decisions on this case")
    .option("--limit <n>", "how many", "20")
    .description("list decisions, newest first")
    .action((opts: { account?: string; case?: string; limit: string }) =>
      run(async (ctx) => {
        let q = mdb(ctx.db).selectFrom("moderation_decisions").selectAll().orderBy("id", "desc").limit(count(opts.limit, "limit"));
        if (opts.account) q = q.where("account_id", "=", await accountId(ctx, opts.account));
        if (opts.case) q = q.where("case_id", "=", opts.case);
        const rows = (await q.execute()).map(toDecision);
        if (rows.length === 0) return out("No decisions.");
        for (const d of rows) out(`${d.id}  ${d.created_at}  ${d.kind.padEnd(9)} ${String(d.category ?? "-").padEnd(20)} ${d.actionList.map((a) => a.type).join(",")}  case ${d.case_id}${d.supersedes_id ? `  supersedes ${d.supersedes_id}` : ""}`);
      }),
    );

  const appeals = mod.command("appeals").description("appeals awaiting a second moderator");
  appeals
    .command("list")
    .option("--as <username>", "the moderator reading (appeal texts are private; the view is audited)")
    .description("list pending appeals")
    .action((opts: { as?: string }) =>
      run(async (ctx) => {
        if (!opts.as) throw new CliError("--as <username> is required: reading appeals is audited");
        const rows = await pendingAppeals(ctx, 200);
        await audit(ctx, ctx.db, { actorId: await staffId(ctx, opts.as), action: "view.appeals", payload: { appeal_ids: rows.map((r) => r.id) } });
        if (rows.length === 0) return out("No pending appeals.");
        for (const a of rows) out(`${a.id}  ${a.created_at}  decision ${a.decision_id}  case ${a.case_id}  decided by ${a.decided_by ?? "automation"}\n    ${a.text}`);
      }),
    );
  appeals
    .command("resolve <appealId>")
    .requiredOption("--as <username>", "the answering moderator (not the one who decided)")
    .requiredOption("--outcome <outcome>", "upheld or reversed")
    .requiredOption("--reason <text>", "the reasoned answer the user reads")
    .description("answer an appeal")
    .action((appealId: string, opts: { as: string; outcome: string; reason: string }) =>
      run(async (ctx) => {
        if (opts.outcome !== "upheld" && opts.outcome !== "reversed") throw new CliError("--outcome must be upheld or reversed");
        if (!opts.reason.trim()) throw new CliError("--reason must not be empty");
        const r = await resolveAppeal(ctx, appealId, await staffId(ctx, opts.as), { outcome: opts.outcome, reason: opts.reason });
        out(`Appeal ${appealId} ${r.outcome}${r.reversal ? ` (reversal ${r.reversal.id})` : ""}`);
      }),
    );

  const reports = mod.command("reports").description("user reports (Mastodon's admin reports)");
  reports
    .command("list")
    .option("--resolved", "resolved reports instead of open ones")
    .option("--limit <n>", "how many", "20")
    .description("list reports, newest first")
    .action((opts: { resolved?: boolean; limit: string }) =>
      run(async (ctx) => {
        const rows = await listReports(ctx, { resolved: !!opts.resolved, limit: count(opts.limit, "limit") });
        if (rows.length === 0) return out(opts.resolved ? "No resolved reports." : "No open reports.");
        for (const r of rows) out(`${r.id}  ${r.created_at}  ${r.category.padEnd(9)} reporter ${r.account_id ?? "-"} → account ${r.target_account_id}${r.comment ? `  "${r.comment.slice(0, 80)}"` : ""}`);
      }),
    );
  reports
    .command("show <reportId>")
    .requiredOption("--as <username>", "the moderator reading (the view is audited)")
    .description("show a report and its cases (JSON)")
    .action((reportId: string, opts: { as: string }) =>
      run(async (ctx) => {
        const actor = await staffId(ctx, opts.as);
        const r = await reportById(ctx, reportId);
        await audit(ctx, ctx.db, { actorId: actor, action: "view.report", subjectType: "report", subjectId: r.id });
        out({ ...r, cases: (await casesOfReport(ctx, r.id)).map((c) => ({ id: c.id, status: c.status, category: c.category, subject: `${c.subject_type}:${c.subject_id}` })) });
      }),
    );
  reports
    .command("resolve <reportId>")
    .requiredOption("--as <username>", "the moderator resolving")
    .description("resolve a report without further action (a 'no action' decision on its open cases)")
    .action((reportId: string, opts: { as: string }) =>
      run(async (ctx) => {
        const r = await resolveReport(ctx, reportId, await staffId(ctx, opts.as));
        out(`Report ${r.id} resolved at ${r.action_taken_at}`);
      }),
    );
  reports
    .command("reopen <reportId>")
    .requiredOption("--as <username>", "the moderator reopening")
    .description("reopen a resolved report and its cases")
    .action((reportId: string, opts: { as: string }) =>
      run(async (ctx) => {
        const r = await reopenReport(ctx, reportId, await staffId(ctx, opts.as));
        out(`Report ${r.id} reopened`);
      }),
    );

  const rules = mod.command("rules").description("operator rules (patterns the pipeline checks before publication)");
  rules
    .command("list")
    .description("list operator rules")
    .action(() =>
      run(async (ctx) => {
        const rows = await listRules(ctx);
        if (rows.length === 0) return out("No operator rules.");
        for (const r of rows) out(`${r.id}  ${r.enabled ? "on " : "off"}  ${r.category.padEnd(20)} score ${Number(r.score)}  ${r.name}: /${r.pattern}/`);
      }),
    );
  rules
    .command("add")
    .requiredOption("--as <username>", "the admin adding it")
    .requiredOption("--name <name>", "what the rule is for")
    .requiredOption("--category <category>", "policy category of a hit")
    .requiredOption("--pattern <regex>", "pattern over the normalised text")
    .option("--score <n>", "score of a hit, 0..1", "0.9")
    .option("--disabled", "add it switched off")
    .description("add an operator rule")
    .action((opts: { as: string; name: string; category: string; pattern: string; score: string; disabled?: boolean }) =>
      run(async (ctx) => {
        const r = await createRule(ctx, await staffId(ctx, opts.as, ["admin"]), { name: opts.name, category: opts.category, pattern: opts.pattern, score: number(opts.score, "--score"), enabled: !opts.disabled });
        out(`Rule ${r.id} added (${r.enabled ? "on" : "off"})`);
      }),
    );
  rules
    .command("set <ruleId>")
    .requiredOption("--as <username>", "the admin changing it")
    .option("--name <name>")
    .option("--category <category>")
    .option("--pattern <regex>")
    .option("--score <n>")
    .option("--enable", "switch it on")
    .option("--disable", "switch it off")
    .description("change an operator rule (the audit log keeps the old version)")
    .action((ruleId: string, opts: { as: string; name?: string; category?: string; pattern?: string; score?: string; enable?: boolean; disable?: boolean }) =>
      run(async (ctx) => {
        if (opts.enable && opts.disable) throw new CliError("--enable and --disable exclude each other");
        const r = await updateRule(ctx, await staffId(ctx, opts.as, ["admin"]), ruleId, {
          name: opts.name, category: opts.category, pattern: opts.pattern, score: opts.score === undefined ? undefined : number(opts.score, "--score"),
          enabled: opts.enable ? true : opts.disable ? false : undefined,
        });
        out(`Rule ${r.id} updated (${r.enabled ? "on" : "off"})`);
      }),
    );

  const policy = mod
    .command("policy")
    .description("print the current moderation policy (thresholds, due times, ladder); `policy set` changes it")
    .action(() => run(async (ctx) => out(await currentPolicy(ctx))));
  policy
    .command("set")
    .requiredOption("--as <username>", "the admin changing it")
    .option("--threshold <category.outcome=value>", "score threshold, e.g. violence_threat.hold=0.55 or hate.reject=off (repeatable)", collect, [])
    .option("--due <category=minutes>", "review due time, e.g. violence_threat=30 or default=1440 (repeatable)", collect, [])
    .option("--severity <category=n>", "queue severity of a category (repeatable)", collect, [])
    .option("--strike-days <n>", "how long a strike counts")
    .option("--final <actions>", "comma-separated actions a reversal leaves in place (empty: none)")
    .description("store a new policy version (decisions record the version they applied)")
    .action((opts: { as: string; threshold: string[]; due: string[]; severity: string[]; strikeDays?: string; final?: string }) =>
      run(async (ctx) => {
        const change = policyChange(opts);
        if (Object.keys(change).length === 0) throw new CliError("nothing to change: give --threshold, --due, --severity, --strike-days or --final");
        const p = await updatePolicy(ctx, change, await staffId(ctx, opts.as, ["admin"]));
        out(`Policy version ${p.version} stored`);
      }),
    );

  mod
    .command("audit")
    .argument("<verify>", "verify the hash chain")
    .description("verify the audit log's hash chain (exit code 2 when broken)")
    .action(() =>
      run(async (ctx) => {
        const r = await verifyAuditChain(ctx);
        out(r.ok ? `Audit chain intact (${r.rows} rows).` : `Audit chain BROKEN at row ${r.brokenAt}: ${r.reason}`);
        if (!r.ok) process.exitCode = 2;
      }),
    );
  mod
    .command("transparency")
    .option("--from <date>", "start (inclusive), default 30 days ago")
    .option("--to <date>", "end (exclusive), default now")
    .option("--format <format>", "json or csv", "json")
    .option("--eval", "include detector quality measured on the repository's evaluation suites")
    .description("print the transparency report for a period")
    .action((opts: { from?: string; to?: string; format: string; eval?: boolean }) =>
      run(async (ctx) => {
        const r = await transparencyReport(ctx, period(ctx, date(opts.from, "from"), date(opts.to, "to")), { offline: !!opts.eval });
        out(opts.format === "csv" ? transparencyCsv(r).trimEnd() : r);
      }),
    );
  return mod;
}
