// Background work on SQLite runs synchronously, so a long job batch would hold the event loop and
// requests would wait behind it. Background loops call `slice()` between units of work: it gives the
// event loop a turn once background work has run for `ms` since the last such turn, so jobs and
// requests share the CPU (jobs keep up with a steady flow of posts instead of either starving requests
// or starving themselves).
//
// The clock is shared by every slicer in the process: a batch that starts right after another one
// ended (the job loop claims the next batch at once) continues the same slice instead of opening a
// fresh one, which used to let back-to-back batches hold the event loop for two slices (~30 ms).
let sliceStarted = performance.now();

export function timeSlicer(ms = 4): () => Promise<void> {
  return async () => {
    if (performance.now() - sliceStarted < ms) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStarted = performance.now();
  };
}
