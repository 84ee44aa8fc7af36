// Lists: private, named subsets of the accounts one follows. Every read and write is scoped to the
// owner, so another user's list id behaves exactly like a missing one (404).
import type { Page } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import type { ListsTable } from "../../db/types.js";
import type { AccountRow } from "../accounts/queries.js";
import { keysetPage } from "../relationships/page.js";
import { plausibleId } from "../relationships/queries.js";
import { onListChanged } from "../timelines/home.js";

export const REPLIES_POLICIES = ["followed", "list", "none"] as const;
export type RepliesPolicy = (typeof REPLIES_POLICIES)[number];
export const LISTS_LIMIT = 50;
export const TITLE_MAX = 256;

export interface ListInput {
  title?: string;
  repliesPolicy?: RepliesPolicy;
  exclusive?: boolean;
}

function checkTitle(title: string): string {
  const t = title.trim();
  if (t === "") throw new UnprocessableError("Validation failed: Title can't be blank", { title: [{ error: "ERR_BLANK", description: "can't be blank" }] });
  return t;
}

export async function listsOf(ctx: Context, ownerId: string): Promise<ListsTable[]> {
  return ctx.db.selectFrom("lists").selectAll().where("account_id", "=", ownerId).orderBy("id", "asc").execute();
}

/** The owner's list, or 404 for a missing list and for someone else's. */
export async function ownedList(ctx: Context, ownerId: string, listId: unknown): Promise<ListsTable> {
  if (!plausibleId(listId)) throw new NotFoundError();
  const row = await ctx.db.selectFrom("lists").selectAll().where("id", "=", listId).where("account_id", "=", ownerId).executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

export async function createList(ctx: Context, ownerId: string, input: ListInput): Promise<ListsTable> {
  const row: ListsTable = {
    id: newId(),
    account_id: ownerId,
    title: checkTitle(input.title ?? ""),
    replies_policy: input.repliesPolicy ?? "list",
    exclusive: input.exclusive ? 1 : 0,
    created_at: ctx.clock.now().toISOString(),
  };
  await inTransaction(ctx.db, async (trx) => {
    const count = await trx.selectFrom("lists").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", ownerId).executeTakeFirst();
    if (Number(count?.n ?? 0) >= LISTS_LIMIT) throw new UnprocessableError(`Validation failed: You cannot have more than ${LISTS_LIMIT} lists`);
    await trx.insertInto("lists").values(row).execute();
  });
  return row;
}

export async function updateList(ctx: Context, list: ListsTable, input: ListInput): Promise<ListsTable> {
  const next: ListsTable = {
    ...list,
    title: input.title !== undefined ? checkTitle(input.title) : list.title,
    replies_policy: input.repliesPolicy ?? list.replies_policy,
    exclusive: input.exclusive === undefined ? list.exclusive : input.exclusive ? 1 : 0,
  };
  await ctx.db.updateTable("lists").set({ title: next.title, replies_policy: next.replies_policy, exclusive: next.exclusive }).where("id", "=", list.id).execute();
  if (next.replies_policy !== list.replies_policy) await onListChanged(ctx, list.id);
  return next;
}

export async function deleteList(ctx: Context, list: ListsTable): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    await trx.deleteFrom("list_accounts").where("list_id", "=", list.id).execute();
    await trx.deleteFrom("lists").where("id", "=", list.id).execute();
  });
  await onListChanged(ctx, list.id);
}

/**
 * Add accounts to a list. Each must exist (404) and be followed or requested by the owner, or be the
 * owner (422 otherwise); one already on the list is a 422, as in Mastodon. All or nothing.
 */
export async function addListAccounts(ctx: Context, list: ListsTable, accountIds: string[]): Promise<void> {
  const ids = [...new Set(accountIds)];
  await inTransaction(ctx.db, async (trx) => {
    for (const id of ids) {
      const account = plausibleId(id) ? await trx.selectFrom("accounts").select("id").where("id", "=", id).executeTakeFirst() : undefined;
      if (!account) throw new NotFoundError();
      if (id !== list.account_id) {
        const follow = await trx.selectFrom("follows").select("id").where("account_id", "=", list.account_id).where("target_account_id", "=", id).executeTakeFirst();
        const request = follow ? undefined : await trx.selectFrom("follow_requests").select("id").where("account_id", "=", list.account_id).where("target_account_id", "=", id).executeTakeFirst();
        if (!follow && !request) throw new UnprocessableError("Validation failed: Account follow relationship missing");
      }
      const res = await trx
        .insertInto("list_accounts")
        .values({ list_id: list.id, account_id: id })
        .onConflict((oc) => oc.columns(["list_id", "account_id"]).doNothing())
        .executeTakeFirst();
      if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) throw new UnprocessableError("Validation failed: Account has already been taken");
    }
  });
  await onListChanged(ctx, list.id);
}

export async function removeListAccounts(ctx: Context, list: ListsTable, accountIds: string[]): Promise<void> {
  const ids = [...new Set(accountIds)].filter(plausibleId);
  if (ids.length === 0) return;
  await ctx.db.deleteFrom("list_accounts").where("list_id", "=", list.id).where("account_id", "in", ids).execute();
  await onListChanged(ctx, list.id);
}

/** Members of a list, ordered by account id (list_accounts has no row id); limit null means all. */
export async function listMembers(ctx: Context, list: ListsTable, page: Page | null): Promise<AccountRow[]> {
  const qb = ctx.db
    .selectFrom("list_accounts")
    .innerJoin("accounts", "accounts.id", "list_accounts.account_id")
    .selectAll("accounts")
    .where("list_accounts.list_id", "=", list.id)
    .where("accounts.suspended_at", "is", null);
  if (!page) return qb.orderBy("accounts.id", "desc").execute();
  return keysetPage(qb, "accounts.id", page);
}

/** The owner's lists that contain `accountId` (GET /api/v1/accounts/:id/lists). */
export async function listsContaining(ctx: Context, ownerId: string, accountId: string): Promise<ListsTable[]> {
  return ctx.db
    .selectFrom("lists")
    .innerJoin("list_accounts", "list_accounts.list_id", "lists.id")
    .selectAll("lists")
    .where("lists.account_id", "=", ownerId)
    .where("list_accounts.account_id", "=", accountId)
    .orderBy("lists.id", "asc")
    .execute();
}
