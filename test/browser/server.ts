// A real Rostra server for browser tests: the project's own buildApp/createContext on a random
// port with a fresh data directory, listening on 127.0.0.1 like `rostra serve`.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { buildApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createContext } from "../../src/context.js";
import { createLocalUser } from "../../src/features/accounts/register.js";

export interface RunningServer {
  url: string;
  dataDir: string;
  moderator: { username: string; password: string };
  admin: { username: string; password: string };
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rostra-browser-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({ ROSTRA_DATA_DIR: dataDir, ROSTRA_URL: url, ROSTRA_RATE_LIMITS: "off", PORT: String(port), LOG_LEVEL: "warn", ...env });
  const ctx = await createContext(config, { log: pino({ level: "warn" }) });
  const app = await buildApp(ctx);
  ctx.jobs.start();
  await app.listen({ port, host: "127.0.0.1" });
  // staff accounts are made by operators (`rostra user create --role moderator`); the same service here
  const moderator = { username: "modmaria", password: "moderator password 123" };
  await createLocalUser(ctx, { username: moderator.username, email: "mod@example.test", password: moderator.password, role: "moderator", approved: true });
  const admin = { username: "adminada", password: "admin password 12345" };
  await createLocalUser(ctx, { username: admin.username, email: "admin@example.test", password: admin.password, role: "admin", approved: true });
  return {
    url,
    dataDir,
    moderator,
    admin,
    async close() {
      await app.close();
      await ctx.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
