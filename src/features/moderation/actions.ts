// Enforcement of the actions a decision lists, and their inverses for reversals. Content is never
// deleted here: a removed post keeps its row (moderation_state "removed") so a reversal can restore it.
import type { Context } from "../../context.js";
import { UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { Executor } from "../../db/types.js";
import { applyCounters } from "../statuses/create.js";
import { statusById } from "../statuses/queries.js";
import { mdb } from "./db.js";
import type { RenderedChange } from "./render-changes.js";

export const CONTENT_ACTIONS = ["remove", "hold", "demote", "label", "restrict_replies", "restrict_quotes", "restore", "undemote", "unlabel", "unrestrict_replies", "unrestrict_quotes"] as const;
export const ACCOUNT_ACTIONS = ["warn", "strike", "limit", "force_sensitive", "freeze", "suspend", "unlimit", "unsensitize", "unfreeze", "unsuspend", "remove_strike"] as const;
export type ActionType = (typeof CONTENT_ACTIONS)[number] | (typeof ACCOUNT_ACTIONS)[number] | "none";
/** What a moderator may choose; the un-* actions come only from reversals. */
export const CHOOSABLE = ["none", "remove", "hold", "demote", "label", "restrict_replies", "restrict_quotes", "warn", "strike", "limit", "force_sensitive", "freeze", "suspend"] as const;

export interface Action {
  type: ActionType;
  /** suspension length in days; absent = permanent */
  days?: number;
  /** the value before the action, so a reversal can put it back */
  previous?: string | number | null;
  /** added by the escalation ladder rather than chosen */
  ladder?: boolean;
  strike_id?: string;
  /** a lift (unlimit, unsensitize, unfreeze, unsuspend) left undone because another standing decision imposes the same */
  kept?: boolean;
}

export interface AfterCommit {
  revokeAccountIds: string[];
  notificationIds: string[];
  kick: boolean;
  /** posts and accounts whose rendered JSON the actions changed (render-changes.ts) */
  rendered: RenderedChange;
}

const isContent = (t: ActionType) => (CONTENT_ACTIONS as readonly string[]).includes(t);
/** Account actions that change how the account's posts render (sensitive media, the limited flag, suspension). */
const RENDERED_ACCOUNT_STATE = new Set<ActionType>(["limit", "unlimit", "force_sensitive", "unsensitize", "suspend", "unsuspend"]);

async function setStatusState(ctx: Context, trx: Executor, statusId: string, state: "published" | "held" | "removed", after: AfterCommit): Promise<string | null> {
  // deleted posts too (statusById skips them): the row keeps the state moderators decided on
  const s = await trx.selectFrom("statuses").selectAll().where("id", "=", statusId).executeTakeFirst();
  if (!s) return null;
  if (s.moderation_state === state) return s.moderation_state;
  await trx.updateTable("statuses").set({ moderation_state: state }).where("id", "=", s.id).execute();
  // a post its author deleted is out of circulation whatever its state: counters and timelines already
  // left it (or never had it), so releasing or removing it changes only the recorded state
  if (s.deleted_at) return s.moderation_state;
  const parent = s.in_reply_to_id ? await statusById(trx, s.in_reply_to_id) : undefined;
  const quoted = s.quote_of_id ? await statusById(trx, s.quote_of_id) : undefined;
  // counters and timelines only change when the post enters or leaves circulation
  if (s.moderation_state === "published") {
    await applyCounters(trx, s, parent, quoted, -1);
    await ctx.jobs.enqueue(trx, "status.undistribute", { statusId: s.id, accountId: s.account_id, reblogIds: [] });
    after.kick = true;
  } else if (state === "published") {
    await applyCounters(trx, { ...s, moderation_state: state }, parent, quoted, 1);
    await ctx.jobs.enqueue(trx, "status.distribute", { statusId: s.id });
    after.kick = true;
  }
  return s.moderation_state;
}

/** The account state each lifting action ends, when no other decision still imposes it. */
const LIFTS: Partial<Record<ActionType, ActionType>> = { unlimit: "limit", unsensitize: "force_sensitive", unfreeze: "freeze", unsuspend: "suspend" };

/**
 * Does a standing decision other than `reversedId` still impose `type` on the account? Two decisions can
 * both limit (or mark sensitive, freeze, suspend) an account; reversing one must not lift the other's.
 */
async function imposedByAnother(ctx: Context, trx: Executor, accountId: string, type: ActionType, reversedId: string | null): Promise<boolean> {
  const rows = await mdb(trx).selectFrom("moderation_decisions").select(["id", "supersedes_id", "kind", "actions", "ends_at"]).where("account_id", "=", accountId).execute();
  const superseded = new Set(rows.map((r) => r.supersedes_id).filter((x): x is string => !!x));
  if (reversedId) superseded.add(reversedId);
  const now = ctx.clock.now().toISOString();
  return rows.some(
    (r) => !superseded.has(r.id) && r.kind !== "reversal" && (type !== "suspend" || !r.ends_at || r.ends_at > now) && parseJson<Action[]>(r.actions, []).some((a) => a.type === type),
  );
}

/**
 * Apply actions to the subject inside the decision's transaction. Returns the actions with the
 * previous values filled in. Token revocation happens after commit (AfterCommit). `supersedesId` is the
 * decision a reversal undoes: its account states are lifted unless another standing decision keeps them.
 */
export async function applyActions(ctx: Context, trx: Executor, subject: { type: string; id: string }, accountId: string | null, actions: Action[], decisionId: string, after: AfterCommit, strikeExpiresAt: string, supersedesId: string | null = null): Promise<Action[]> {
  const now = ctx.clock.now().toISOString();
  const out: Action[] = [];
  for (const a of actions) {
    const done: Action = { ...a };
    const lifted = LIFTS[a.type];
    if (lifted && accountId && (await imposedByAnother(ctx, trx, accountId, lifted, supersedesId))) {
      // recorded as kept, so the statement of reasons does not claim a lift that did not happen
      done.kept = true;
      out.push(done);
      continue;
    }
    if (isContent(a.type) && subject.type !== "status") throw new UnprocessableError(`Action ${a.type} needs a status`);
    const sid = subject.id;
    if (!isContent(a.type) && a.type !== "none" && !accountId) throw new UnprocessableError(`Action ${a.type} needs an account`);
    const acc = accountId!;
    if (isContent(a.type)) after.rendered.statusIds.push(sid);
    if (RENDERED_ACCOUNT_STATE.has(a.type)) after.rendered.accountIds.push(acc);
    switch (a.type) {
      case "remove":
        done.previous = await setStatusState(ctx, trx, sid, "removed", after);
        break;
      case "hold":
        done.previous = await setStatusState(ctx, trx, sid, "held", after);
        break;
      case "restore":
        done.previous = await setStatusState(ctx, trx, sid, "published", after);
        break;
      case "demote": {
        // unlisted keeps the post for followers and links but out of public timelines, search and trends
        const s = await statusById(trx, sid);
        done.previous = s?.visibility ?? null;
        if (s?.visibility === "public") await trx.updateTable("statuses").set({ visibility: "unlisted" }).where("id", "=", sid).execute();
        break;
      }
      case "undemote":
        if (typeof a.previous === "string") await trx.updateTable("statuses").set({ visibility: a.previous }).where("id", "=", sid).execute();
        break;
      case "label": {
        const s = await statusById(trx, sid);
        done.previous = s?.sensitive ?? 0;
        await trx.updateTable("statuses").set({ sensitive: 1 }).where("id", "=", sid).execute();
        break;
      }
      case "unlabel":
        await trx.updateTable("statuses").set({ sensitive: Number(a.previous ?? 0) }).where("id", "=", sid).execute();
        break;
      case "restrict_replies": {
        const s = await statusById(trx, sid);
        done.previous = s?.reply_policy ?? "everyone";
        await trx.updateTable("statuses").set({ reply_policy: "nobody" }).where("id", "=", sid).execute();
        break;
      }
      case "unrestrict_replies":
        await trx.updateTable("statuses").set({ reply_policy: String(a.previous ?? "everyone") }).where("id", "=", sid).execute();
        break;
      case "restrict_quotes": {
        const s = await statusById(trx, sid);
        done.previous = s?.quote_approval ?? "public";
        await trx.updateTable("statuses").set({ quote_approval: "nobody" }).where("id", "=", sid).execute();
        break;
      }
      case "unrestrict_quotes":
        await trx.updateTable("statuses").set({ quote_approval: String(a.previous ?? "public") }).where("id", "=", sid).execute();
        break;
      case "strike": {
        const id = newId();
        await mdb(trx).insertInto("moderation_strikes").values({ id, account_id: acc, decision_id: decisionId, category: null, created_at: now, expires_at: strikeExpiresAt }).execute();
        done.strike_id = id;
        break;
      }
      case "limit":
        await trx.updateTable("accounts").set({ silenced_at: now }).where("id", "=", acc).where("silenced_at", "is", null).execute();
        break;
      case "unlimit":
        await trx.updateTable("accounts").set({ silenced_at: null }).where("id", "=", acc).execute();
        break;
      case "force_sensitive":
        await trx.updateTable("accounts").set({ sensitized_at: now }).where("id", "=", acc).where("sensitized_at", "is", null).execute();
        break;
      case "unsensitize":
        await trx.updateTable("accounts").set({ sensitized_at: null }).where("id", "=", acc).execute();
        break;
      case "freeze":
        await trx.updateTable("users").set({ disabled: 1 }).where("account_id", "=", acc).execute();
        after.revokeAccountIds.push(acc);
        break;
      case "unfreeze":
        await trx.updateTable("users").set({ disabled: 0 }).where("account_id", "=", acc).execute();
        break;
      case "suspend":
        await trx.updateTable("accounts").set({ suspended_at: now }).where("id", "=", acc).execute();
        after.revokeAccountIds.push(acc);
        if (a.days) {
          await ctx.jobs.enqueue(trx, "moderation.lift_suspension", { decisionId, accountId: acc }, { runAt: new Date(ctx.clock.now().getTime() + a.days * 86_400_000) });
        }
        break;
      case "unsuspend":
        await trx.updateTable("accounts").set({ suspended_at: null }).where("id", "=", acc).execute();
        break;
      case "warn":
      case "remove_strike": // a strike stops counting once its decision is reversed (see strikes.ts)
      case "none":
        break;
    }
    out.push(done);
  }
  return out;
}

/** The actions that undo a decision's actions, in reverse order. */
export function inverseActions(actions: Action[]): Action[] {
  const inv: Action[] = [];
  for (const a of [...actions].reverse()) {
    switch (a.type) {
      case "remove":
      case "hold":
        inv.push({ type: "restore" });
        break;
      case "demote":
        inv.push({ type: "undemote", previous: a.previous ?? "public" });
        break;
      case "label":
        inv.push({ type: "unlabel", previous: a.previous ?? 0 });
        break;
      case "restrict_replies":
        inv.push({ type: "unrestrict_replies", previous: a.previous ?? "everyone" });
        break;
      case "restrict_quotes":
        inv.push({ type: "unrestrict_quotes", previous: a.previous ?? "public" });
        break;
      case "strike":
        inv.push({ type: "remove_strike", strike_id: a.strike_id });
        break;
      case "limit":
        inv.push({ type: "unlimit" });
        break;
      case "force_sensitive":
        inv.push({ type: "unsensitize" });
        break;
      case "freeze":
        inv.push({ type: "unfreeze" });
        break;
      case "suspend":
        inv.push({ type: "unsuspend" });
        break;
    }
  }
  return inv;
}
