import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/browser/**", "node_modules/**"],
    pool: "forks",
    // vitest's default is one fork fewer than the cores: one fork on a 2-core machine, which leaves a core
    // idle while tests wait on PostgreSQL, Redis or a worker thread. Two forks took .ci/run from 23.5 to 15.4 min here.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { requireAssertions: true },
  },
});
