#!/usr/bin/env node
// `npm run bench`: runs bench/run.ts through tsx (see PERFORMANCE.md for the protocol).
import { register } from "tsx/esm/api";
register();
await import("../bench/run.ts");
