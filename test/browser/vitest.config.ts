// Browser tests: a real server (global setup) driven through Debian's Chromium with playwright-core.
// Kept out of the root config so `npm test` stays a fast, browser-free server suite.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["test/browser/**/*.test.ts"],
    globalSetup: ["test/browser/global-setup.ts"],
    pool: "forks",
    // one Chromium at a time keeps a 2-core machine responsive and the shared server's state ordered
    fileParallelism: false,
    testTimeout: 90_000,
    // One retry, so a stall of a busy CI machine does not fail the landing. A race in the app still
    // shows: posts.test.ts pins the timeline races found while chasing such a failure, deterministically.
    retry: 1,
    hookTimeout: 120_000,
    expect: { requireAssertions: true },
  },
});
