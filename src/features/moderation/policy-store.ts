// The instance's moderation policy: per-category thresholds, severities, due times, strike lifetime,
// the escalation ladder and the rule each category maps to. Versioned and append-only: every change
// is a new version, and every decision records the version it applied.
import { sql } from "kysely";
import type { Context } from "../../context.js";
import { AppError, ValidationError } from "../../core/errors.js";
import { parseJson } from "../../core/json.js";
import type { Executor } from "../../db/types.js";
import { inTransaction } from "../../db/tx.js";
import { audit } from "./audit.js";
import { mdb } from "./db.js";

export const MOD_CATEGORIES = [
  "violence_threat", "violence_incitement", "hate", "harassment", "sexual", "self_harm", "spam", "illegal_other",
] as const;
export type ModCategory = (typeof MOD_CATEGORIES)[number];

/** Score at or above which each outcome applies; null disables that outcome for the category. */
export interface Thresholds {
  label: number | null;
  queue: number | null;
  hold: number | null;
  reject: number | null;
}

export interface LadderStep {
  /** active strikes (including the new one) at which the step applies */
  strikes: number;
  action: "limit" | "suspend";
  /** suspension length; absent = permanent */
  days?: number;
}

export interface PolicyBody {
  thresholds: Record<string, Thresholds>;
  severity: Record<string, number>;
  /** minutes from the first signal until a case is due, per category; "default" for the rest */
  dueMinutes: Record<string, number>;
  strikeDays: number;
  appealDays: number;
  ladder: LadderStep[];
  /** whether the statistical classifier alone may hold or reject (default: it can only queue) */
  classifierCanHold: boolean;
  /** actions a reversal leaves in place (e.g. removal of content a court found illegal); default none */
  finalActions: string[];
  /** the instance rule (text shown in statements of reasons) behind each category */
  rules: Record<string, { id: string; en: string; vi: string }>;
}

export interface Policy extends PolicyBody {
  version: number;
}

export const DEFAULT_POLICY: PolicyBody = {
  thresholds: {
    violence_threat: { label: null, queue: 0.35, hold: 0.6, reject: null },
    violence_incitement: { label: null, queue: 0.35, hold: 0.6, reject: null },
    hate: { label: null, queue: 0.45, hold: 0.85, reject: null },
    harassment: { label: null, queue: 0.5, hold: 0.9, reject: null },
    sexual: { label: 0.5, queue: 0.85, hold: null, reject: null },
    self_harm: { label: null, queue: 0.4, hold: null, reject: null },
    spam: { label: null, queue: 0.6, hold: 0.9, reject: null },
    illegal_other: { label: null, queue: 0.5, hold: 0.9, reject: null },
  },
  severity: { violence_threat: 100, violence_incitement: 95, self_harm: 80, illegal_other: 70, hate: 60, harassment: 50, sexual: 30, spam: 20 },
  dueMinutes: { violence_threat: 60, violence_incitement: 60, self_harm: 60, default: 24 * 60 },
  strikeDays: 90,
  appealDays: 183,
  classifierCanHold: false,
  finalActions: [],
  ladder: [
    { strikes: 2, action: "limit" },
    { strikes: 3, action: "suspend", days: 30 },
    { strikes: 5, action: "suspend" },
  ],
  rules: {
    violence_threat: { id: "violence", en: "No threats of violence against anyone", vi: "Không đe dọa bạo lực với bất kỳ ai" },
    violence_incitement: { id: "violence", en: "No calls to violence or incitement to harm", vi: "Không kêu gọi hay kích động bạo lực" },
    hate: { id: "hate", en: "No hateful conduct or dehumanisation of groups", vi: "Không phát ngôn thù ghét hay hạ nhục các nhóm người" },
    harassment: { id: "harassment", en: "No harassment or targeted abuse", vi: "Không quấy rối hay lăng mạ người khác" },
    sexual: { id: "sensitive", en: "Sexual content must be marked sensitive", vi: "Nội dung tình dục phải được đánh dấu nhạy cảm" },
    self_harm: { id: "self_harm", en: "No promotion of self-harm", vi: "Không cổ vũ hành vi tự gây hại" },
    spam: { id: "spam", en: "No spam or platform manipulation", vi: "Không gửi thư rác hay thao túng nền tảng" },
    illegal_other: { id: "illegal", en: "No illegal content", vi: "Không đăng nội dung bất hợp pháp" },
  },
};

// Cached per context; the TTL bounds how long another process may apply an outdated version.
const CACHE_MS = 15_000;
const cache = new WeakMap<object, { policy: Policy; at: number }>();

/** What the policy may declare final: strikes and warnings always end with a reversal. */
export const FINALIZABLE = ["remove", "hold", "demote", "label", "restrict_replies", "restrict_quotes", "limit", "force_sensitive", "freeze", "suspend"] as const;

export async function currentPolicy(ctx: Context, exec: Executor = ctx.db): Promise<Policy> {
  const hit = cache.get(ctx);
  if (hit && !exec.isTransaction && Date.now() - hit.at < CACHE_MS) return hit.policy;
  const row = await mdb(exec).selectFrom("moderation_policies").selectAll().orderBy("version", "desc").limit(1).executeTakeFirst();
  const policy: Policy = row ? { ...DEFAULT_POLICY, ...parseJson<Partial<PolicyBody>>(row.body, {}), version: row.version } : { ...DEFAULT_POLICY, version: 0 };
  if (!exec.isTransaction) cache.set(ctx, { policy, at: Date.now() });
  return policy;
}

export async function policyVersion(ctx: Context, version: number, exec: Executor = ctx.db): Promise<Policy | null> {
  if (version === 0) return { ...DEFAULT_POLICY, version: 0 };
  const row = await mdb(exec).selectFrom("moderation_policies").selectAll().where("version", "=", version).executeTakeFirst();
  return row ? { ...DEFAULT_POLICY, ...parseJson<Partial<PolicyBody>>(row.body, {}), version: row.version } : null;
}

function checkUnit(name: string, x: unknown): number | null {
  if (x === null || x === undefined) return null;
  if (typeof x !== "number" || !Number.isFinite(x) || x < 0 || x > 1) throw new ValidationError(`${name} must be a number between 0 and 1 or null`);
  return x;
}

/** A save that would overwrite a change the admin has not seen, or that kept colliding: 409, not a 500. */
export class PolicyConflictError extends AppError {
  constructor(message = "The moderation policy was being changed by someone else at the same moment; reload it and save again") {
    super(409, message);
  }
}

// Serialises policy saves across processes on PostgreSQL (the audit chain uses 727274; this lock is
// always taken first, so the two cannot deadlock). SQLite serialises write transactions itself.
const POLICY_LOCK = 727275;

/** Another writer got there first: a duplicate version number, or (SQLite) a lock or stale snapshot. */
function isWriteConflict(err: unknown): boolean {
  const code = String((err as { code?: unknown })?.code ?? "");
  return code === "23505" || code === "40001" || code.startsWith("SQLITE_BUSY") || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/** The base policy with a partial change applied and validated. */
function mergePolicy(base: Policy, change: Partial<PolicyBody>): PolicyBody {
  const next: PolicyBody = { ...base, thresholds: { ...base.thresholds }, dueMinutes: { ...base.dueMinutes }, severity: { ...base.severity } };
  delete (next as Partial<Policy>).version;
  for (const [cat, t] of Object.entries(change.thresholds ?? {})) {
    if (!(MOD_CATEGORIES as readonly string[]).includes(cat)) throw new ValidationError(`unknown category ${cat}`);
    if (!t || typeof t !== "object" || Array.isArray(t)) throw new ValidationError(`thresholds.${cat} must be an object of label, queue, hold, reject`);
    const prev = next.thresholds[cat];
    const merged = { ...prev, ...(t as Partial<Thresholds>) };
    next.thresholds[cat] = {
      label: checkUnit(`${cat}.label`, merged.label), queue: checkUnit(`${cat}.queue`, merged.queue),
      hold: checkUnit(`${cat}.hold`, merged.hold), reject: checkUnit(`${cat}.reject`, merged.reject),
    };
  }
  for (const [cat, m] of Object.entries(change.dueMinutes ?? {})) {
    if (typeof m !== "number" || !Number.isInteger(m) || m < 1 || m > 60 * 24 * 30) throw new ValidationError(`dueMinutes.${cat} must be 1..43200`);
    next.dueMinutes[cat] = m;
  }
  for (const [cat, s] of Object.entries(change.severity ?? {})) {
    if (typeof s !== "number" || !Number.isInteger(s) || s < 0 || s > 1000) throw new ValidationError(`severity.${cat} must be 0..1000`);
    next.severity[cat] = s;
  }
  if (change.strikeDays !== undefined) {
    if (!Number.isInteger(change.strikeDays) || change.strikeDays < 1 || change.strikeDays > 3650) throw new ValidationError("strikeDays must be 1..3650");
    next.strikeDays = change.strikeDays;
  }
  if (change.classifierCanHold !== undefined) next.classifierCanHold = change.classifierCanHold === true;
  if (change.ladder !== undefined) {
    if (!Array.isArray(change.ladder) || change.ladder.some((s) => !Number.isInteger(s?.strikes) || s.strikes < 1 || (s.action !== "limit" && s.action !== "suspend") || (s.days !== undefined && (!Number.isInteger(s.days) || s.days < 1)))) {
      throw new ValidationError("ladder must be a list of { strikes, action: limit|suspend, days? }");
    }
    next.ladder = [...change.ladder].sort((a, b) => a.strikes - b.strikes);
  }
  if (change.finalActions !== undefined) {
    if (!Array.isArray(change.finalActions) || change.finalActions.some((a) => !(FINALIZABLE as readonly string[]).includes(a))) {
      throw new ValidationError(`finalActions must be a list of: ${FINALIZABLE.join(", ")}`);
    }
    next.finalActions = [...new Set(change.finalActions)];
  }
  return next;
}

/**
 * Validate a partial change and store it as the next version. The latest version is read inside the
 * saving transaction, under a lock, so concurrent saves apply one after the other, each on top of the
 * one before (no change is lost and no version number is taken twice). A conflict the lock cannot
 * prevent (another process holding SQLite's write lock too long) is retried, then answered with 409.
 *
 * `expectedVersion` is the version the admin's form was loaded from: a form sends every threshold, so
 * saving it over a newer version would silently undo someone else's change; that save gets a 409.
 */
export async function updatePolicy(ctx: Context, change: Partial<PolicyBody>, actorId: string | null, opts: { expectedVersion?: number } = {}): Promise<Policy> {
  for (let attempt = 1; ; attempt++) {
    try {
      const saved = await inTransaction(ctx.db, async (trx) => {
        if (ctx.dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(${POLICY_LOCK})`.execute(trx);
        const base = await currentPolicy(ctx, trx);
        if (opts.expectedVersion !== undefined && opts.expectedVersion !== base.version) {
          throw new PolicyConflictError(`The moderation policy changed since version ${opts.expectedVersion} (it is now version ${base.version}); reload it and save again`);
        }
        const next = mergePolicy(base, change);
        const version = base.version + 1;
        await mdb(trx).insertInto("moderation_policies").values({ version, body: JSON.stringify(next), created_at: ctx.clock.now().toISOString(), created_by: actorId }).execute();
        await audit(ctx, trx, { actorId, action: "policy.update", subjectType: "policy", subjectId: String(version), payload: { change: JSON.parse(JSON.stringify(change)) as Record<string, unknown> } });
        return { ...next, version };
      });
      // a save that finished after a newer one must not put its older version back in the cache
      const hit = cache.get(ctx);
      if (!hit || hit.policy.version <= saved.version) cache.set(ctx, { policy: saved, at: Date.now() });
      return saved;
    } catch (err) {
      if (!isWriteConflict(err)) throw err;
      if (attempt >= 5) throw new PolicyConflictError();
      await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
    }
  }
}

export function dueAt(policy: Policy, category: string | null, from: Date): string {
  const minutes = (category && policy.dueMinutes[category]) || policy.dueMinutes.default || 1440;
  return new Date(from.getTime() + minutes * 60_000).toISOString();
}
