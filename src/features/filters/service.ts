// Filters v2: a filter has a title, contexts, an action, an optional expiry, keywords and statuses.
// Every change ends with a `filters_changed` event on the owner's user stream.
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError, ValidationError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parse, v } from "../../core/validate.js";
import { inTransaction } from "../../db/tx.js";
import type { Executor } from "../../db/types.js";
import { publishStream } from "../streaming/publish.js";
import { canView } from "../statuses/visibility.js";
import { statusById } from "../statuses/queries.js";
import { FILTER_ACTIONS, FILTER_CONTEXTS, filterOf, type LoadedFilter } from "./queries.js";

export const MAX_FILTERS = 300;
export const MAX_KEYWORDS = 500;
export const MAX_STATUSES = 500;
const MAX_EXPIRES_IN = 10 * 366 * 24 * 3600;

const keywordFields = { keyword: v.string({ max: 512 }), whole_word: v.boolean() };
const filterShape = {
  title: v.string({ max: 256 }),
  context: v.array(v.oneOf(FILTER_CONTEXTS), { max: 10 }),
  filter_action: v.oneOf(FILTER_ACTIONS),
  expires_in: v.int({ min: 1, max: MAX_EXPIRES_IN }),
  keywords_attributes: v.array(v.object({ id: v.id(), _destroy: v.boolean(), ...keywordFields }), { max: 200 }),
};

function invalid(field: string, description: string): never {
  throw new UnprocessableError(`Validation failed: ${field} ${description}`, { [field]: [{ error: "ERR_INVALID", description }] });
}

/** `expires_in` absent → unchanged; blank or null → never expires; seconds → from now. */
export function expiryFrom(ctx: Context, body: unknown, seconds: number | undefined): string | null | undefined {
  const raw = body && typeof body === "object" ? (body as Record<string, unknown>).expires_in : undefined;
  if (raw === undefined) return undefined;
  if (raw === null || raw === "") return null;
  return new Date(ctx.clock.now().getTime() + (seconds ?? 0) * 1000).toISOString();
}

export async function notifyFiltersChanged(ctx: Context, accountId: string): Promise<void> {
  await publishStream(ctx, `user:${accountId}`, { event: "filters_changed", stream: ["user"] });
}

async function countKeywords(db: Executor, filterId: string): Promise<number> {
  const r = await db.selectFrom("filter_keywords").select((eb) => eb.fn.countAll<number>().as("n")).where("filter_id", "=", filterId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertKeyword(db: Executor, filterId: string, keyword: string | undefined, wholeWord: boolean | undefined): Promise<string> {
  if (!keyword || keyword.trim() === "") invalid("keyword", "can't be blank");
  if ((await countKeywords(db, filterId)) >= MAX_KEYWORDS) invalid("keywords", `are limited to ${MAX_KEYWORDS} per filter`);
  const id = newId();
  await db.insertInto("filter_keywords").values({ id, filter_id: filterId, keyword: keyword.trim(), whole_word: wholeWord ? 1 : 0 }).execute();
  return id;
}

export async function createFilter(ctx: Context, accountId: string, body: unknown): Promise<LoadedFilter> {
  const input = parse(filterShape, body);
  if (!input.title?.trim()) invalid("title", "can't be blank");
  if (!input.context?.length) invalid("context", "can't be blank");
  const expiresAt = expiryFrom(ctx, body, input.expires_in) ?? null;
  const id = newId();
  await inTransaction(ctx.db, async (trx) => {
    const n = await trx.selectFrom("filters").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", accountId).executeTakeFirst();
    if (Number(n?.n ?? 0) >= MAX_FILTERS) invalid("filters", `are limited to ${MAX_FILTERS} per account`);
    await trx.insertInto("filters").values({
      id,
      account_id: accountId,
      title: input.title!.trim(),
      context: JSON.stringify([...new Set(input.context)]),
      action: input.filter_action ?? "warn",
      expires_at: expiresAt,
      created_at: ctx.clock.now().toISOString(),
    }).execute();
    for (const k of input.keywords_attributes ?? []) {
      if (k._destroy) continue;
      await insertKeyword(trx, id, k.keyword, k.whole_word);
    }
  });
  await notifyFiltersChanged(ctx, accountId);
  return (await filterOf(ctx.db, accountId, id))!;
}

export async function requireFilter(ctx: Context, accountId: string, id: string): Promise<LoadedFilter> {
  const f = await filterOf(ctx.db, accountId, id);
  if (!f) throw new NotFoundError();
  return f;
}

export async function updateFilter(ctx: Context, accountId: string, id: string, body: unknown): Promise<LoadedFilter> {
  const input = parse(filterShape, body);
  const current = await requireFilter(ctx, accountId, id);
  const patch: Record<string, unknown> = {};
  if (input.title !== undefined) {
    if (!input.title.trim()) invalid("title", "can't be blank");
    patch.title = input.title.trim();
  }
  if (input.context !== undefined) {
    if (input.context.length === 0) invalid("context", "can't be blank");
    patch.context = JSON.stringify([...new Set(input.context)]);
  }
  if (input.filter_action) patch.action = input.filter_action;
  const expiresAt = expiryFrom(ctx, body, input.expires_in);
  if (expiresAt !== undefined) patch.expires_at = expiresAt;
  const own = new Set(current.keywords.map((k) => k.id));
  await inTransaction(ctx.db, async (trx) => {
    if (Object.keys(patch).length) await trx.updateTable("filters").set(patch).where("id", "=", id).execute();
    for (const k of input.keywords_attributes ?? []) {
      if (k.id && !own.has(k.id)) throw new NotFoundError();
      if (k.id && k._destroy) await trx.deleteFrom("filter_keywords").where("id", "=", k.id).execute();
      else if (k.id) {
        const kp: Record<string, unknown> = {};
        if (k.keyword !== undefined) {
          if (!k.keyword.trim()) invalid("keyword", "can't be blank");
          kp.keyword = k.keyword.trim();
        }
        if (k.whole_word !== undefined) kp.whole_word = k.whole_word ? 1 : 0;
        if (Object.keys(kp).length) await trx.updateTable("filter_keywords").set(kp).where("id", "=", k.id).execute();
      } else if (!k._destroy) await insertKeyword(trx, id, k.keyword, k.whole_word);
    }
  });
  await notifyFiltersChanged(ctx, accountId);
  return (await filterOf(ctx.db, accountId, id))!;
}

export async function deleteFilter(ctx: Context, accountId: string, id: string): Promise<void> {
  await requireFilter(ctx, accountId, id);
  await inTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom("filter_keywords").where("filter_id", "=", id).execute();
    await trx.deleteFrom("filter_statuses").where("filter_id", "=", id).execute();
    await trx.deleteFrom("filters").where("id", "=", id).execute();
  });
  await notifyFiltersChanged(ctx, accountId);
}

export const keywordShape = keywordFields;

/** Add a status to a filter: the status must exist and be visible to the owner (no existence oracle). */
export async function addFilterStatus(ctx: Context, accountId: string, filterId: string, body: unknown): Promise<string> {
  const { status_id } = parse({ status_id: v.id() }, body);
  if (!status_id) throw new ValidationError("status_id can't be blank", { status_id: [{ error: "ERR_BLANK", description: "can't be blank" }] });
  const filter = await requireFilter(ctx, accountId, filterId);
  const status = await statusById(ctx.db, status_id);
  if (!status || !(await canView(ctx.db, { accountId }, status))) throw new NotFoundError();
  if (filter.statuses.some((s) => s.status_id === status_id)) invalid("status_id", "has already been taken");
  if (filter.statuses.length >= MAX_STATUSES) invalid("statuses", `are limited to ${MAX_STATUSES} per filter`);
  const id = newId();
  await ctx.db.insertInto("filter_statuses").values({ id, filter_id: filterId, status_id }).execute();
  await notifyFiltersChanged(ctx, accountId);
  return id;
}
