import type { Command } from "commander";
import { audit } from "../features/moderation/audit.js";
import { loadConfig } from "../config.js";
import { createContext } from "../context.js";
import { randomToken } from "../core/crypto.js";
import { accountByAcct } from "../features/accounts/queries.js";
import { createLocalUser } from "../features/accounts/register.js";
import { hashPassword } from "../features/auth/passwords.js";
import { revokeTokens } from "../features/auth/tokens.js";

async function withContext<T>(fn: (ctx: Awaited<ReturnType<typeof createContext>>) => Promise<T>): Promise<T> {
  const ctx = await createContext(loadConfig(), { log: (await import("pino")).default({ level: "warn" }) });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

async function findUser(ctx: Awaited<ReturnType<typeof createContext>>, username: string) {
  const row = await accountByAcct(ctx.db, username, ctx.config.domain);
  if (!row || row.domain) throw new Error(`No local user named ${username}`);
  return row;
}

export function userCommands(program: Command): void {
  const user = program.command("user").description("manage local users");
  user
    .command("create <username>")
    .requiredOption("--email <email>", "e-mail address")
    .option("--password <password>", "password (generated when omitted)")
    .option("--role <role>", "user, moderator or admin", "user")
    .description("create a local user (approved)")
    .action(async (username: string, opts: { email: string; password?: string; role: string }) => {
      if (!["user", "moderator", "admin"].includes(opts.role)) throw new Error("--role must be user, moderator or admin");
      const password = opts.password ?? randomToken(12);
      await withContext(async (ctx) => {
        const id = await createLocalUser(ctx, { username, email: opts.email, password, role: opts.role as "user", approved: true });
        process.stdout.write(`Created @${username} (id ${id}, role ${opts.role})${opts.password ? "" : `\nPassword: ${password}`}\n`);
      });
    });
  user
    .command("role <username> <role>")
    .description("set a user's role: user, moderator or admin")
    .action(async (username: string, role: string) => {
      if (!["user", "moderator", "admin"].includes(role)) throw new Error("role must be user, moderator or admin");
      await withContext(async (ctx) => {
        const a = await findUser(ctx, username);
        await ctx.db.transaction().execute(async (trx) => {
          await trx.updateTable("users").set({ role }).where("account_id", "=", a.id).execute();
          await audit(ctx, trx, { actorId: null, action: "cli.user.role", subjectType: "account", subjectId: a.id, payload: { role } });
        });
        process.stdout.write(`@${username} is now ${role}\n`);
      });
    });
  user
    .command("suspend <username>")
    .option("--undo", "lift the suspension")
    .description("suspend a user at once (sign-in refused, tokens revoked, profile hidden); audited. For a decision with a statement of reasons and appeal, use `rostra moderation`")
    .action(async (username: string, opts: { undo?: boolean }) => {
      await withContext(async (ctx) => {
        const a = await findUser(ctx, username);
        await ctx.db.transaction().execute(async (trx) => {
          await trx.updateTable("accounts").set({ suspended_at: opts.undo ? null : new Date().toISOString() }).where("id", "=", a.id).execute();
          // an operator's emergency switch: no statement of reasons, but on the hash-chained audit log
          await audit(ctx, trx, { actorId: null, action: opts.undo ? "cli.user.unsuspend" : "cli.user.suspend", subjectType: "account", subjectId: a.id, payload: {} });
        });
        if (!opts.undo) await revokeTokens(ctx, { accountId: a.id });
        process.stdout.write(`@${username} ${opts.undo ? "unsuspended" : "suspended"}\n`);
      });
    });
  user
    .command("approve <username>")
    .description("approve a pending sign-up")
    .action(async (username: string) => {
      await withContext(async (ctx) => {
        const a = await findUser(ctx, username);
        await ctx.db.updateTable("users").set({ approved: 1 }).where("account_id", "=", a.id).execute();
        process.stdout.write(`@${username} approved\n`);
      });
    });
  user
    .command("reset-password <username>")
    .option("--password <password>", "new password (generated when omitted)")
    .description("set a new password and sign the user out everywhere")
    .action(async (username: string, opts: { password?: string }) => {
      const password = opts.password ?? randomToken(12);
      await withContext(async (ctx) => {
        const a = await findUser(ctx, username);
        await ctx.db.updateTable("users").set({ password_hash: await hashPassword(password) }).where("account_id", "=", a.id).execute();
        await revokeTokens(ctx, { accountId: a.id });
        await ctx.db.deleteFrom("web_sessions").where("account_id", "=", a.id).execute();
        process.stdout.write(`Password of @${username} reset${opts.password ? "" : `: ${password}`}\n`);
      });
    });
}
