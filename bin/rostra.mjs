#!/usr/bin/env node
// The `rostra` command. Runs the production bundle dist/server.mjs (`npm run build:server`) when it is
// at least as new as every file under src/; otherwise runs the TypeScript sources through tsx's loader.
// ROSTRA_FROM_SOURCE=1 forces the sources.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundle = path.join(root, "dist/server.mjs");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.ROSTRA_FROM_SOURCE === "1") return false;
  try {
    return fs.statSync(bundle).mtimeMs >= newestMtime(path.join(root, "src"));
  } catch {
    return false;
  }
}

if (bundleIsFresh()) {
  await import(bundle);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/main.ts");
}
