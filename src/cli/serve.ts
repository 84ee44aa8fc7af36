import { buildApp } from "../app.js";
import type { Config } from "../config.js";
import { createContext } from "../context.js";

export async function serve(config: Config): Promise<void> {
  const started = Date.now();
  const ctx = await createContext(config);
  const role = config.role;
  const app = role === "worker" ? null : await buildApp(ctx);
  if (role !== "web") ctx.jobs.start();
  if (app) await app.listen({ port: config.port, host: config.host });
  ctx.log.info({ url: config.url, role, database: config.database.kind, readyMs: Date.now() - started }, "Rostra is ready");
  if (app && config.logLevel !== "silent") process.stdout.write(`Rostra is running on ${config.url} (listening on ${config.host}:${config.port})\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    ctx.log.info({ signal }, "shutting down");
    // stop accepting, let in-flight requests and jobs finish, then close stores; bounded in time
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      if (app) await app.close();
      await ctx.close();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}
