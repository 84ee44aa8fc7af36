// sharp (libvips) adds about 20 MB to the process once loaded, and most minutes of a server's life
// process no image: it is loaded by the first image, not at start (idle memory, PERFORMANCE.md).
import type SharpModule from "sharp";

type SharpFn = typeof SharpModule;

let loaded: SharpFn | null = null;
let loading: Promise<SharpFn> | null = null;

export function loadSharp(): Promise<SharpFn> {
  loading ??= import("sharp").then((m) => (loaded = m.default));
  return loading;
}

/** sharp itself, for code that has awaited loadSharp() on its way here. */
export function sharpNow(): SharpFn {
  if (!loaded) throw new Error("sharp is not loaded yet: await loadSharp() first");
  return loaded;
}
