// The audit log: every staff action and every staff view of private content, hash-chained so that an
// edited, inserted or deleted row breaks the chain. hash = sha256(prev_hash + canonical JSON of the row).
import { sql } from "kysely";
import type { Context } from "../../context.js";
import { sha256 } from "../../core/crypto.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import type { Executor } from "../../db/types.js";
import { type ModerationAuditTable, mdb } from "./db.js";

export const GENESIS = "0".repeat(64);

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  payload?: Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so the same row always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const keys = Object.keys(value as object).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
}

export function rowHash(row: Omit<ModerationAuditTable, "hash">): string {
  const { seq, id, actor_id, action, subject_type, subject_id, payload, created_at, prev_hash } = row;
  return sha256(prev_hash + canonicalJson({ seq: Number(seq), id, actor_id, action, subject_type, subject_id, payload, created_at }));
}

/** Append one entry; joins the caller's transaction so the entry commits with the action it records. */
export async function audit(ctx: Context, exec: Executor, entry: AuditEntry): Promise<void> {
  await inTransaction(exec, async (trx) => {
    // one writer at a time extends the chain (SQLite transactions are already serialised)
    if (ctx.dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(727274)`.execute(trx);
    const db = mdb(trx);
    const last = await db.selectFrom("moderation_audit").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
    const base = {
      seq: (last ? Number(last.seq) : 0) + 1,
      id: newId(),
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      payload: canonicalJson(entry.payload ?? {}),
      created_at: ctx.clock.now().toISOString(),
      prev_hash: last?.hash ?? GENESIS,
    };
    await db.insertInto("moderation_audit").values({ ...base, hash: rowHash(base) }).execute();
  });
}

export interface ChainReport {
  ok: boolean;
  rows: number;
  /** seq of the first row whose hash or link does not match */
  brokenAt: number | null;
  reason?: string;
}

/** Walk the whole chain in pages; any edit, gap or reordering shows as the first broken row. */
export async function verifyAuditChain(ctx: Context): Promise<ChainReport> {
  const db = mdb(ctx.db);
  let prev = GENESIS;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await db.selectFrom("moderation_audit").selectAll().where("seq", ">=", expectedSeq).orderBy("seq").limit(1000).execute();
    if (page.length === 0) break;
    for (const r of page) {
      const seq = Number(r.seq);
      if (seq !== expectedSeq) return { ok: false, rows, brokenAt: expectedSeq, reason: "missing row" };
      if (r.prev_hash !== prev) return { ok: false, rows, brokenAt: seq, reason: "link to previous row broken" };
      if (rowHash({ ...r, seq }) !== r.hash) return { ok: false, rows, brokenAt: seq, reason: "row content does not match its hash" };
      prev = r.hash;
      expectedSeq++;
      rows++;
    }
  }
  return { ok: true, rows, brokenAt: null };
}

export async function listAudit(ctx: Context, opts: { limit?: number; beforeSeq?: number; actorId?: string }) {
  let q = mdb(ctx.db).selectFrom("moderation_audit").selectAll().orderBy("seq", "desc").limit(Math.min(opts.limit ?? 50, 200));
  if (opts.beforeSeq) q = q.where("seq", "<", opts.beforeSeq);
  if (opts.actorId) q = q.where("actor_id", "=", opts.actorId);
  return (await q.execute()).map((r) => ({ ...r, seq: Number(r.seq), payload: JSON.parse(r.payload) as unknown }));
}
