// Builds the language packs ahead of the first post that needs them, in small steps that yield to the event
// loop between them, so a server answers requests while it warms up and no post waits for a pack to compile.
// Without it a pack is built on first use: the first Spanish post built the Spanish pack, and the first
// Spanish threat spent seconds preparing the rules it triggered.
//
// Each step is one piece of work: a pack's rules, its mitigators, its speller, then the matcher and the gate
// (see matcher.ts) of each of its regexes. The regexes themselves are left for V8 to compile when they first
// run: V8 stops optimising regexes once a process holds a lot of regex code (see matcher.ts), so compiling all
// of them ahead would leave the ones that matter most, compiled later, the slowest.
import { PACKS } from "./languages/index.js";
import type { LanguagePack } from "./languages/types.js";
import { gateOf, matcherOf } from "./matcher.js";
import { normalize } from "./normalize.js";

export interface WarmUpOptions {
  packs?: readonly LanguagePack[];
  /** called after each step (for progress reports and tests) */
  onStep?: (done: number, total: number) => void;
  /** keep the process alive until done (a script that awaits it); by default a process with nothing else to
   *  do exits without waiting for a warm-up */
  keepAlive?: boolean;
}

const SAMPLE = "warm up";
const warming = new WeakMap<readonly LanguagePack[], Promise<void>>();

/** Prepare every pack in the background (once per set of packs); resolves when all are ready. */
export function warmUp(opts: WarmUpOptions = {}): Promise<void> {
  const packs = opts.packs ?? PACKS;
  let p = warming.get(packs);
  if (!p) {
    p = run(steps(packs), opts.onStep, opts.keepAlive ?? false);
    warming.set(packs, p);
  }
  return p;
}

/** The same work, synchronously (scripts and tests that want a fully built engine before they measure). */
export function warmUpNow(packs: readonly LanguagePack[] = PACKS): void {
  for (const s of steps(packs)) s();
}

function steps(packs: readonly LanguagePack[]): Array<() => void> {
  const out: Array<() => void> = [];
  for (const pack of packs) {
    out.push(() => void pack.rules);
    out.push(() => void pack.mitigators);
    out.push(() => void pack.counter);
    // the view builds what it needs (the Spanish speller reads every compiled pattern)
    out.push(() => void pack.view?.(normalize("warm up")));
    out.push(() => {
      // the regexes are known only once the rules exist: one step each from here on
      const res: RegExp[] = [];
      for (const r of pack.rules) res.push(r.re, ...(r.requires ?? []), ...(r.requiresPost ?? []));
      for (const m of pack.mitigators) res.push(m.re);
      res.push(pack.counter.speech, pack.counter.condemn);
      for (const re of res)
        out.push(() => {
          const mt = matcherOf(re);
          if (!mt) gateOf(re);
          // then one run of each regex on a short text, a step each: V8 compiles it to bytecode now, and to
          // machine code at its next use (the same compiled data serves every RegExp of the same source and
          // flags, so the engine's own copies are warm too)
          const all = mt ? mt.parts.flatMap((x) => (x.global ? [x.sticky, x.global] : [x.sticky])) : [re, new RegExp(re.source, "yu")];
          for (const r of all)
            out.push(() => {
              r.lastIndex = 0;
              r.exec(SAMPLE);
            });
        });
    });
  }
  return out;
}

function run(queue: Array<() => void>, onStep: ((done: number, total: number) => void) | undefined, keepAlive: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    let i = 0;
    const next = () => {
      try {
        // a few milliseconds of work, then back to the event loop
        const until = performance.now() + 8;
        do {
          if (i >= queue.length) return resolve();
          queue[i++]();
          onStep?.(i, queue.length);
        } while (performance.now() < until);
        later(next);
      } catch (e) {
        reject(e);
      }
    };
    const later = (f: () => void) => {
      const t = setTimeout(f, 0);
      if (!keepAlive) t.unref();
    };
    later(next);
  });
}
