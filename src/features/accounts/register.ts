// Creating local accounts: from the API, the web sign-up page, the CLI and the seeder.
import { queueSignUpNotice } from "../moderation/staff-notify.js";
import type { Context } from "../../context.js";
import { ForbiddenError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { inTransaction } from "../../db/tx.js";
import type { Executor } from "../../db/types.js";
import { hashPassword, passwordProblem } from "../auth/passwords.js";
import { registrationMode } from "../instance-admin/settings.js";
import { signupBlockReason } from "../moderation/signup-blocks.js";
import { type FieldProblem, usernameProblem } from "./username.js";

export interface NewUser {
  username: string;
  email: string;
  password: string;
  locale?: string;
  reason?: string | null;
  ip?: string | null;
  role?: "user" | "moderator" | "admin";
  /** Defaults to the registration mode: approval mode leaves new users unapproved. */
  approved?: boolean;
  displayName?: string;
  /** Precomputed hash (seeding many users with one password). */
  passwordHash?: string;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

export function defaultSettings() {
  return {
    "posting:default:visibility": "public",
    "posting:default:sensitive": false,
    "posting:default:language": null as string | null,
    "posting:default:quote_policy": "public",
    "reading:expand:media": "default",
    "reading:expand:spoilers": false,
    "reading:autoplay:gifs": false,
  };
}

/**
 * A sign-up refused for who is asking rather than what they typed: the network is blocked, or sign-ups
 * are closed. The API answers a plain 403 as before; `reason` lets a page say it in the reader's language.
 */
export class SignUpRefusedError extends ForbiddenError {
  constructor(
    message: string,
    readonly reason: "ip_blocked" | "closed",
  ) {
    super(message);
  }
}

/** Moderation's sign-up blocks (IP, e-mail domain); only self-service sign-ups (which carry an IP) are checked. */
export async function checkSignupBlocks(db: Executor, input: NewUser): Promise<void> {
  if (input.ip === undefined || input.ip === null) return;
  const blocked = await signupBlockReason(db, input.email, input.ip);
  if (blocked?.field === "ip") throw new SignUpRefusedError(blocked.message, "ip_blocked");
  if (blocked) throw new UnprocessableError(`Validation failed: Email ${blocked.message}`, { email: [{ error: "ERR_BLOCKED", description: blocked.message }] });
}

/**
 * Throws a 422 as Mastodon words it: an English `error` ("Validation failed: Username is already taken")
 * and per-field `details` with Mastodon's stable codes (ERR_TAKEN, ERR_INVALID…), which pages translate.
 */
export async function validateNewUser(db: Executor, input: NewUser): Promise<void> {
  await checkSignupBlocks(db, input);
  const errors: Record<string, FieldProblem> = {};
  const u = usernameProblem(input.username);
  if (u) errors.username = u;
  if (input.email.length === 0) errors.email = { error: "ERR_BLANK", description: "can't be blank" };
  else if (!EMAIL.test(input.email) || input.email.length > 320) errors.email = { error: "ERR_INVALID", description: "is invalid" };
  const p = input.passwordHash ? null : passwordProblem(input.password);
  if (p) errors.password = p;
  if (!errors.username) {
    const taken = await db.selectFrom("accounts").select("id").where("acct_lower", "=", input.username.toLowerCase()).executeTakeFirst();
    if (taken) errors.username = { error: "ERR_TAKEN", description: "is already taken" };
  }
  if (!errors.email) {
    const taken = await db.selectFrom("users").select("account_id").where("email_lower", "=", input.email.toLowerCase()).executeTakeFirst();
    if (taken) errors.email = { error: "ERR_TAKEN", description: "is already taken" };
  }
  const fields = Object.keys(errors);
  if (fields.length > 0) {
    const message = fields.map((f) => `${f[0].toUpperCase()}${f.slice(1)} ${errors[f].description}`).join(", ");
    throw new UnprocessableError(`Validation failed: ${message}`, Object.fromEntries(fields.map((f) => [f, [errors[f]]])));
  }
}

export async function createLocalUser(ctx: Context, input: NewUser, exec: Executor = ctx.db): Promise<string> {
  await validateNewUser(exec, input);
  const id = newId();
  const now = new Date().toISOString();
  const passwordHash = input.passwordHash ?? (await hashPassword(input.password));
  const base = ctx.config.url;
  // the mode an admin stored in the web app, else ROSTRA_REGISTRATIONS; self-service sign-ups (with an IP)
  // are refused while registrations are closed, whichever page or API they came through
  const mode = await registrationMode(ctx, exec);
  if (mode === "closed" && input.ip !== undefined && input.ip !== null) throw new SignUpRefusedError("Registrations are closed on this server", "closed");
  const approved = input.approved ?? mode !== "approval";
  await inTransaction(exec, insert);
  return id;

  async function insert(trx: Executor) {
    await trx
      .insertInto("accounts")
      .values({
        id,
        username: input.username,
        domain: null,
        acct_lower: input.username.toLowerCase(),
        display_name: input.displayName ?? "",
        note: "",
        fields: "[]",
        avatar_media_id: null,
        header_media_id: null,
        locked: 0,
        bot: 0,
        discoverable: 1,
        indexable: 1,
        uri: `${base}/users/${input.username}`,
        url: `${base}/@${input.username}`,
        created_at: now,
        updated_at: now,
        followers_count: 0,
        following_count: 0,
        statuses_count: 0,
        last_status_at: null,
        suspended_at: null,
        silenced_at: null,
        sensitized_at: null,
        moved_to_account_id: null,
      })
      .execute();
    await trx
      .insertInto("users")
      .values({
        account_id: id,
        email: input.email,
        email_lower: input.email.toLowerCase(),
        password_hash: passwordHash,
        role: input.role ?? "user",
        locale: input.locale ?? "en",
        approved: approved ? 1 : 0,
        disabled: 0,
        reason: input.reason ?? null,
        sign_up_ip: input.ip ?? null,
        settings: JSON.stringify(defaultSettings()),
        created_at: now,
        last_sign_in_at: null,
      })
      .execute();
    // staff hear of a sign-up waiting for approval (admin.sign_up), through the durable job queue
    if (!approved) await queueSignUpNotice(ctx, trx, id);
  }
}
