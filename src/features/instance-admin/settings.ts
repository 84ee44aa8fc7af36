// The operator's instance settings edited from the web app (name, description, registration mode) and
// the server rules. A stored value wins over the environment (ROSTRA_INSTANCE_NAME, ROSTRA_REGISTRATIONS,
// …); with nothing stored the environment applies, so a fresh server behaves as configured.
import type { Kysely } from "kysely";
import type { Context } from "../../context.js";
import type { Config, Registrations } from "../../config.js";
import { ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import { inTransaction } from "../../db/tx.js";
import type { Database, Executor, RulesTable } from "../../db/types.js";
import { audit } from "../moderation/audit.js";

export interface InstanceSettingsTable {
  key: string;
  /** JSON */
  value: string;
  updated_at: string;
  updated_by: string | null;
}

/** Widen an executor with the table of migration 005 (the shared Database type stays the core's). */
export function idb(db: Executor): Kysely<Database & { instance_settings: InstanceSettingsTable }> {
  return db as unknown as Kysely<Database & { instance_settings: InstanceSettingsTable }>;
}

export const REGISTRATION_MODES = ["open", "approval", "closed"] as const;
export const LIMITS = { name: 100, description: 2000, closedMessage: 1000, rules: 50, ruleText: 500, ruleHint: 1000 };

export interface EffectiveSettings {
  name: string;
  description: string;
  registrations: Registrations;
  closed_registrations_message: string | null;
}

type Key = keyof EffectiveSettings;
const KEYS: Key[] = ["name", "description", "registrations", "closed_registrations_message"];

export interface StoredSetting {
  value: unknown;
  updated_at: string;
  updated_by: string | null;
}

export async function storedSettings(ctx: Context, exec: Executor = ctx.db): Promise<Partial<Record<Key, StoredSetting>>> {
  const rows = await idb(exec).selectFrom("instance_settings").selectAll().where("key", "in", KEYS).execute();
  const out: Partial<Record<Key, StoredSetting>> = {};
  for (const r of rows) out[r.key as Key] = { value: parseJson<unknown>(r.value, null), updated_at: r.updated_at, updated_by: r.updated_by };
  return out;
}

function fromStored(config: Config, stored: Partial<Record<Key, StoredSetting>>): EffectiveSettings {
  const s = (k: Key) => (typeof stored[k]?.value === "string" ? (stored[k]!.value as string) : undefined);
  const mode = s("registrations");
  return {
    name: s("name") || config.instanceName,
    // an emptied description falls back like an unset one: the Mastodon API never sends an empty one
    description: s("description") || config.instanceDescription,
    registrations: mode && (REGISTRATION_MODES as readonly string[]).includes(mode) ? (mode as Registrations) : config.registrations,
    closed_registrations_message: s("closed_registrations_message") || null,
  };
}

/** What the server says about itself now: stored settings over the environment. */
export async function effectiveSettings(ctx: Context, exec: Executor = ctx.db): Promise<EffectiveSettings> {
  return fromStored(ctx.config, await storedSettings(ctx, exec));
}

/** The registration mode sign-ups follow (stored, else ROSTRA_REGISTRATIONS). */
export async function registrationMode(ctx: Context, exec: Executor = ctx.db): Promise<Registrations> {
  return (await effectiveSettings(ctx, exec)).registrations;
}

/** A Context whose config carries the effective settings, for renderers that read ctx.config. */
export async function withEffectiveConfig(ctx: Context): Promise<Context> {
  const s = await effectiveSettings(ctx);
  return { ...ctx, config: { ...ctx.config, instanceName: s.name, instanceDescription: s.description, registrations: s.registrations } };
}

export interface RuleInput {
  id?: string;
  text: string;
  hint: string;
}

export interface SettingsChange {
  name?: string;
  description?: string;
  registrations?: Registrations;
  closed_registrations_message?: string;
  rules?: RuleInput[];
}

export async function adminView(ctx: Context): Promise<Record<string, unknown>> {
  const stored = await storedSettings(ctx);
  const eff = fromStored(ctx.config, stored);
  const rules = await ctx.db.selectFrom("rules").selectAll().orderBy("position").orderBy("id").execute();
  return {
    ...eff,
    rules: rules.map((r) => ({ id: r.id, text: r.text, hint: r.hint })),
    // which values come from the environment, so the UI can say so
    defaults: { name: ctx.config.instanceName, description: ctx.config.instanceDescription, registrations: ctx.config.registrations },
    stored: Object.fromEntries(KEYS.filter((k) => stored[k]).map((k) => [k, { updated_at: stored[k]!.updated_at, updated_by: stored[k]!.updated_by }])),
  };
}

function checkRules(rules: RuleInput[]): RuleInput[] {
  if (rules.length > LIMITS.rules) throw new ValidationError(`rules must have at most ${LIMITS.rules} items`, { field: "rules" });
  const seen = new Set<string>();
  return rules.map((r, i) => {
    const text = r.text.trim();
    if (!text) throw new ValidationError(`rules[${i}][text] is required`, { field: `rules[${i}][text]` });
    if (r.id) {
      if (seen.has(r.id)) throw new ValidationError(`rules[${i}][id] is repeated`, { field: `rules[${i}][id]` });
      seen.add(r.id);
    }
    return { id: r.id, text, hint: r.hint.trim() };
  });
}

/** Apply a change; every changed value and the rule list are written to the audit log with the change. */
export async function updateSettings(ctx: Context, actorId: string, change: SettingsChange): Promise<void> {
  const rules = change.rules ? checkRules(change.rules) : undefined;
  if (change.name !== undefined && !change.name.trim()) throw new ValidationError("name can't be blank", { field: "name" });
  const now = ctx.clock.now().toISOString();
  await inTransaction(ctx.db, async (trx) => {
    const before = fromStored(ctx.config, await storedSettings(ctx, trx));
    const changed: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of KEYS) {
      const raw = change[key];
      if (raw === undefined) continue;
      const value = typeof raw === "string" ? raw.trim() : raw;
      if (before[key] === value || (key === "closed_registrations_message" && (before[key] ?? "") === value)) continue;
      changed[key] = { from: before[key], to: value };
      await idb(trx)
        .insertInto("instance_settings")
        .values({ key, value: JSON.stringify(value), updated_at: now, updated_by: actorId })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: JSON.stringify(value), updated_at: now, updated_by: actorId }))
        .execute();
    }
    if (Object.keys(changed).length > 0) {
      await audit(ctx, trx, { actorId, action: "instance.settings.update", subjectType: "instance", subjectId: ctx.config.domain, payload: { changed } });
    }
    if (rules) await replaceRules(ctx, trx, actorId, rules, now);
  });
}

async function replaceRules(ctx: Context, trx: Executor, actorId: string, rules: RuleInput[], now: string): Promise<void> {
  const existing = await trx.selectFrom("rules").selectAll().orderBy("position").orderBy("id").execute();
  const byId = new Map(existing.map((r) => [r.id, r]));
  for (const r of rules) {
    if (r.id && !byId.has(r.id)) throw new ValidationError(`rule ${r.id} does not exist`, { field: "rules" });
  }
  const keep = new Set(rules.flatMap((r) => (r.id ? [r.id] : [])));
  const removed = existing.filter((r) => !keep.has(r.id));
  const added: RulesTable[] = [];
  const edited: { id: string; from: { text: string; hint: string }; to: { text: string; hint: string } }[] = [];
  if (removed.length > 0) await trx.deleteFrom("rules").where("id", "in", removed.map((r) => r.id)).execute();
  let moved = false;
  for (const [position, r] of rules.entries()) {
    const old = r.id ? byId.get(r.id) : undefined;
    if (!old) {
      const row = { id: newId(), text: r.text, hint: r.hint, position, created_at: now };
      await trx.insertInto("rules").values(row).execute();
      added.push(row);
      continue;
    }
    if (old.text !== r.text || old.hint !== r.hint || Number(old.position) !== position) {
      await trx.updateTable("rules").set({ text: r.text, hint: r.hint, position }).where("id", "=", old.id).execute();
      if (old.text !== r.text || old.hint !== r.hint) edited.push({ id: old.id, from: { text: old.text, hint: old.hint }, to: { text: r.text, hint: r.hint } });
      else moved = true;
    }
  }
  if (removed.length + added.length + edited.length === 0 && !moved) return;
  await audit(ctx, trx, {
    actorId,
    action: "instance.rules.update",
    subjectType: "instance",
    subjectId: ctx.config.domain,
    payload: {
      added: added.map((r) => ({ id: r.id, text: r.text })),
      removed: removed.map((r) => ({ id: r.id, text: r.text })),
      edited,
      order: rules.length > 0 && moved ? "changed" : undefined,
    },
  });
}
