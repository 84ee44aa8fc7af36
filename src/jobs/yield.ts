// Background work on SQLite runs synchronously, so a long job batch would hold the event loop and
// requests would wait behind it. Background loops call `slice()` between units of work: it gives the
// event loop a turn once the current slice has run for `ms`, so jobs and requests share the CPU (jobs
// keep up with a steady flow of posts instead of either starving requests or starving themselves).
export function timeSlicer(ms = 15): () => Promise<void> {
  let started = performance.now();
  return async () => {
    if (performance.now() - started < ms) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    started = performance.now();
  };
}
