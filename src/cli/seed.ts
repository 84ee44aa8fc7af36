import type { Command } from "commander";
import pino from "pino";
import { loadConfig } from "../config.js";
import { createContext } from "../context.js";
import { seed } from "../features/seed/generate.js";
import { type Progress, progressBar } from "../infra/progress.js";

export function seedCommand(program: Command): void {
  program
    .command("seed")
    .description("fill the database with demo data (users, follows, statuses) — for demos and benchmarks")
    .option("--users <n>", "number of users", "100")
    .option("--statuses <n>", "number of statuses", "1000")
    .option("--median-follows <n>", "median number of accounts each user follows", "20")
    .option("--password <p>", "password of every demo user", "rostra-demo-password")
    .action(async (opts: { users: string; statuses: string; medianFollows: string; password: string }) => {
      const users = Number.parseInt(opts.users, 10);
      const statuses = Number.parseInt(opts.statuses, 10);
      if (!(users > 0) || !(statuses >= 0)) throw new Error("--users must be > 0 and --statuses ≥ 0");
      const ctx = await createContext(loadConfig(), { log: pino({ level: "warn" }) });
      const bars = new Map<string, { bar: Progress; done: number }>();
      const started = Date.now();
      try {
        const result = await seed(ctx, {
          users,
          statuses,
          medianFollows: Number.parseInt(opts.medianFollows, 10),
          password: opts.password,
          onProgress(phase, done, total) {
            let b = bars.get(phase);
            if (!b) bars.set(phase, (b = { bar: progressBar(phase.padEnd(9), total), done: 0 }));
            b.bar.tick(done - b.done);
            b.done = done;
            if (done >= total) b.bar.stop();
          },
        });
        process.stdout.write(`Seeded ${result.accountIds.length} users (user${0}… password "${result.password}") and ${result.statusIds.length} statuses in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      } finally {
        await ctx.close();
      }
    });
}
