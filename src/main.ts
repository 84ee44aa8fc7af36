// The `rostra` command line.
import { Command } from "commander";
import { ConfigError, loadConfig, type Role } from "./config.js";
import { connectDb } from "./db/connect.js";
import { migrate } from "./db/migrate.js";
import { serve } from "./cli/serve.js";
import { seedCommand } from "./cli/seed.js";
import { userCommands } from "./cli/users.js";
import { moderationCommands } from "./features/moderation/cli.js";
import { moderationEvalCommand } from "./cli/moderation-eval.js";

const program = new Command();
program.name("rostra").description("Rostra social network server").version("0.1.0");

program
  .command("serve")
  .description("run the server")
  .option("--role <role>", "web, worker or all", undefined)
  .action(async (opts: { role?: string }) => {
    if (opts.role && !["web", "worker", "all"].includes(opts.role)) throw new ConfigError(`--role must be web, worker or all, got "${opts.role}"`);
    await serve(loadConfig(undefined, opts.role ? { role: opts.role as Role } : {}));
  });

program
  .command("migrate")
  .description("apply database migrations")
  .action(async () => {
    const config = loadConfig();
    const { db, dialect, close } = await connectDb(config.database);
    const applied = await migrate(db, dialect, (name) => process.stdout.write(`applying ${name}\n`));
    process.stdout.write(applied.length ? `applied ${applied.length} migration(s)\n` : "database is up to date\n");
    await close();
  });

userCommands(program);
seedCommand(program);
moderationCommands(program);
moderationEvalCommand(program);

program.parseAsync(process.argv).catch((err) => {
  if (err instanceof ConfigError) process.stderr.write(`Configuration error: ${err.message}\n`);
  else if (err instanceof Error) process.stderr.write(`Error: ${err.message}\n`);
  else process.stderr.write(`Error: ${String(err)}\n`);
  process.exit(1);
});
