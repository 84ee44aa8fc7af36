// Starts the detection thread from the TypeScript sources (tests, `ROSTRA_FROM_SOURCE=1`): registers
// tsx in this worker, then loads the entry. The bundle starts dist/detect-thread.mjs instead.
import { register } from "tsx/esm/api";

register();
await import("./entry.ts");
