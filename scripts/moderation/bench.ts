// Throughput and latency of analyze() on ~140-character posts (English, Vietnamese and Spanish, mixed
// benign and abusive), single core. Target: ≥ 5,000 posts/s and p99 ≤ 1 ms.
//   npx tsx scripts/moderation/bench.ts [--no-classifier] [--seconds 3] [--runs 3] [--iterations N]
//                                       [--root DIR] [--breakdown]
// The machine is shared: the report prints the load average, CPU time next to wall time, and the best
// of several runs. `--iterations N` runs a fixed amount of work (for instruction counts under
// `valgrind --tool=callgrind`, compare N=0 with N>0); `--root DIR` benchmarks another checkout of the
// detection engine (e.g. an export of the last commit) for before/after comparisons.
import { loadavg } from "node:os";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seconds = Number(opt("--seconds")) || 3;
const runs = Number(opt("--runs")) || 3;
const iterations = opt("--iterations") !== undefined ? Number(opt("--iterations")) : undefined;
const root = opt("--root") ?? new URL("../../", import.meta.url).pathname;
const lib = (p: string) => pathToFileURL(`${root}/src/features/moderation/detection/${p}`).href;
const { createDetector } = (await import(lib("detect.ts"))) as typeof import("../../src/features/moderation/detection/detect.js");
const { normalize } = (await import(lib("normalize.ts"))) as typeof import("../../src/features/moderation/detection/normalize.js");
const det = createDetector({ classifier: !args.includes("--no-classifier") });

const SAMPLES = [
  "Had a great time at the farmers market this morning, the peaches are finally in season and the bread was still warm!!",
  "If you show up at the council meeting tomorrow I will k1ll you, I know where you live and I am not joking at all.",
  "We should hang all the journalists who lied about the election, every last one of them, starting with the editors.",
  "The senator's new tax plan is a disaster for working families and we need to vote every one of these clowns out.",
  "Hôm nay trời đẹp quá, cả nhà mình đi biển chơi, ăn hải sản no nê rồi về ngủ một giấc thật ngon lành luôn nha mọi người",
  "Tao biết nhà mày ở đâu rồi, nếu mày còn đăng bài nói xấu thì tao sẽ đâm chết mày, liệu hồn đấy thằng chó kia.",
  "phai giet het bon phan dong, tap trung o quang truong toi nay mang theo dao va gay, khong tha mot dua nao het",
  "cười chết mất, bộ phim này hài quá trời luôn, nhân vật phản diện diễn đạt ghê, xem xong mà đẹp chết người",
  "Ayer fuimos al mercado con mis abuelos y compramos fruta fresca, pan recién hecho y un queso buenísimo del pueblo.",
  "Si vuelves a aparecer por mi barrio te voy a matar, sé dónde vives y no estoy bromeando, así que ten mucho cuidado.",
];
const posts = Array.from({ length: 4000 }, (_, i) => {
  const s = SAMPLES[i % SAMPLES.length];
  return i < SAMPLES.length ? s : s.slice(0, 100 + (i % 40)) + " #" + i; // defeat any caching
});
const avgLen = posts.reduce((s, p) => s + p.length, 0) / posts.length;

for (let i = 0; i < 2000; i++) det.analyze(posts[i % posts.length]); // warm up the JIT

if (iterations !== undefined) {
  for (let i = 0; i < iterations; i++) det.analyze(posts[i % posts.length]);
  console.log(`ran ${iterations} analyses`);
  process.exit(0);
}

interface Run {
  n: number;
  wall: number;
  cpu: number;
  lat: number[];
}
function once(): Run {
  const lat: number[] = [];
  let n = 0;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    const p = posts[n % posts.length];
    const a = performance.now();
    det.analyze(p);
    lat.push(performance.now() - a);
    n++;
  }
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  lat.sort((x, y) => x - y);
  return { n, wall, cpu: (c.user + c.system) / 1000, lat };
}

const q = (lat: number[], f: number) => lat[Math.min(lat.length - 1, Math.floor(lat.length * f))];
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(" ")} (${root})`);
const results: Run[] = [];
for (let r = 0; r < runs; r++) {
  const x = once();
  results.push(x);
  console.log(
    `run ${r + 1}: ${x.n} posts, avg ${avgLen.toFixed(0)} chars: ${(x.n / (x.wall / 1000)).toFixed(0)} posts/s wall, ` +
      `${(x.n / (x.cpu / 1000)).toFixed(0)} posts/s CPU; p50 ${us(q(x.lat, 0.5))}, p90 ${us(q(x.lat, 0.9))}, ` +
      `p99 ${us(q(x.lat, 0.99))}, max ${us(x.lat[x.lat.length - 1])}`,
  );
}
const best = results.reduce((a, b) => (b.n / b.wall > a.n / a.wall ? b : a));
console.log(`best: ${(best.n / (best.wall / 1000)).toFixed(0)} posts/s (one core), p99 ${us(q(best.lat, 0.99))}`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
if (args.includes("--breakdown")) {
  const t1 = performance.now();
  for (let i = 0; i < 20000; i++) normalize(posts[i % posts.length]);
  console.log(`  normalize alone: ${((performance.now() - t1) / 20000 * 1000).toFixed(1)} µs/post`);
}
