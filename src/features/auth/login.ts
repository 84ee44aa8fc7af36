import type { Context } from "../../context.js";
import { hashPassword, verifyPassword } from "./passwords.js";

let dummyHash: Promise<string> | null = null;

/**
 * Returns the account id, or why it cannot sign in, or null for a wrong login or password. Takes the
 * same time whether or not the user exists. Suspension and freezing are told only to someone who knows
 * the password, so the sign-in page can send that person to the statement of reasons and appeal.
 */
export async function checkLogin(ctx: Context, login: string, password: string): Promise<{ accountId: string } | { pending: true } | { restricted: "suspended" | "frozen" } | null> {
  const key = login.trim().replace(/^@/, "").toLowerCase();
  const user = await ctx.db
    .selectFrom("users")
    .innerJoin("accounts", "accounts.id", "users.account_id")
    .select(["users.account_id", "users.password_hash", "users.approved", "users.disabled", "accounts.suspended_at"])
    .where((eb) => eb.or([eb("users.email_lower", "=", key), eb("accounts.acct_lower", "=", key)]))
    .executeTakeFirst();
  if (!user) {
    dummyHash ??= hashPassword("not-a-real-password-0");
    await verifyPassword(await dummyHash, password);
    return null;
  }
  if (!(await verifyPassword(user.password_hash, password))) return null;
  if (user.suspended_at) return { restricted: "suspended" };
  if (user.disabled) return { restricted: "frozen" };
  if (!user.approved) return { pending: true };
  return { accountId: user.account_id };
}
