// WAL checkpoints off the main thread. SQLite checkpoints the write-ahead log into the database file
// on the connection that commits past `wal_autocheckpoint` pages, which on our single synchronous
// connection means the event loop stalls (0.4–1.7 s seen at 10⁶ statuses) while pages are copied and
// synced. A worker thread with its own connection runs PASSIVE checkpoints (which never block readers
// or writers) every few hundred milliseconds; the main connection keeps a much higher autocheckpoint
// threshold only as a backstop should the worker stop.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const WORKER_SOURCE = `
const { workerData, parentPort } = require("node:worker_threads");
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma("busy_timeout = 100");
const timer = setInterval(() => {
  try { db.pragma("wal_checkpoint(PASSIVE)"); } catch { /* busy or closed: the next tick tries again */ }
}, workerData.intervalMs);
parentPort.on("message", () => { clearInterval(timer); try { db.close(); } catch {} parentPort.close(); });
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string, intervalMs = 250): Checkpointer {
  const module = createRequire(import.meta.url).resolve("better-sqlite3");
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, module, intervalMs } });
  worker.unref();
  worker.on("error", () => {}); // the main connection's autocheckpoint still bounds the log
  return {
    async stop() {
      // keep the event loop alive until the worker is gone: with only unreferenced handles left, a
      // process awaiting this (a CLI command, the benchmark) would otherwise exit mid-await
      worker.ref();
      const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
      worker.postMessage("stop");
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)));
      await Promise.race([exited, timeout]);
      clearTimeout(timer);
      await worker.terminate().catch(() => {});
    },
  };
}
