// Small helpers shared by the relationship routes: resolving the :id account and answering with the
// resulting Relationship.
import type { Context } from "../../context.js";
import { renderRelationship } from "../../api/mastodon/entities/relationship.js";
import { renderAccounts } from "../../api/mastodon/entities/account.js";
import { NotFoundError } from "../../core/errors.js";
import { type AccountRow, accountById } from "../accounts/queries.js";
import { plausibleId, relationshipBetween } from "./queries.js";

/** The account named in the path, or 404 {"error":"Record not found"}. */
export async function targetAccount(ctx: Context, id: unknown): Promise<AccountRow> {
  if (!plausibleId(id)) throw new NotFoundError();
  const row = await accountById(ctx.db, id);
  if (!row) throw new NotFoundError();
  return row;
}

export async function relationshipJson(ctx: Context, actorId: string, targetId: string): Promise<Record<string, unknown>> {
  const [rel] = await relationshipBetween(ctx.db, actorId, [targetId], ctx.clock.now());
  return renderRelationship(rel);
}

/** Render account rows to Account JSON, keeping their order. */
export async function renderAccountList(ctx: Context, rows: AccountRow[]): Promise<Record<string, unknown>[]> {
  const rendered = await renderAccounts(ctx, rows);
  return rows.map((r) => rendered.get(r.id)!);
}
