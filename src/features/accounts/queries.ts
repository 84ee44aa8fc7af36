import type { Executor } from "../../db/types.js";
import type { AccountsTable } from "../../db/types.js";

export type AccountRow = AccountsTable;

export async function accountById(db: Executor, id: string): Promise<AccountRow | undefined> {
  return db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function accountsByIds(db: Executor, ids: readonly string[]): Promise<Map<string, AccountRow>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, AccountRow>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom("accounts").selectAll().where("id", "in", unique.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Find by `user` (local) or `user@domain`; the local domain is treated as local. */
export async function accountByAcct(db: Executor, acct: string, localDomain: string): Promise<AccountRow | undefined> {
  let key = acct.replace(/^@/, "").toLowerCase();
  const at = key.indexOf("@");
  if (at >= 0 && key.slice(at + 1) === localDomain.toLowerCase()) key = key.slice(0, at);
  return db.selectFrom("accounts").selectAll().where("acct_lower", "=", key).executeTakeFirst();
}
