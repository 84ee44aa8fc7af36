// Builds the web app once, then starts one server shared by every browser test file.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { type RunningServer, startServer } from "./server.js";

let server: RunningServer | null = null;

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    moderator: { username: string; password: string };
    admin: { username: string; password: string };
  }
}

export async function setup(project: TestProject): Promise<void> {
  if (process.env.ROSTRA_SKIP_WEB_BUILD !== "1") {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    execFileSync(process.execPath, [fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url)), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  }
  server = await startServer();
  project.provide("baseUrl", server.url);
  project.provide("moderator", server.moderator);
  project.provide("admin", server.admin);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
