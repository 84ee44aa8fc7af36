// A progress bar for long CLI work (seed, backfills); quiet when not attached to a terminal.
import cliProgress from "cli-progress";

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

export function progressBar(label: string, total: number): Progress {
  if (!process.stderr.isTTY) {
    let done = 0;
    let lastPct = -1;
    return {
      tick(n = 1) {
        done += n;
        const pct = Math.floor((done / Math.max(1, total)) * 10) * 10;
        if (pct !== lastPct) {
          lastPct = pct;
          process.stderr.write(`${label}: ${pct}% (${done}/${total})\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} | eta {eta}s`, stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(total, 0);
  return { tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
