// Runs a language pack's patterns over a normalised text and applies the mitigating cues
// (negation, reporting, counter-speech, idioms, game/sport/cooking/fiction context).
import type { LanguagePack, MitigationKind, PatternRule } from "./languages/types.js";
import { stripDiacritics, toOriginal, type Normalized } from "./normalize.js";
import type { Signal, Span } from "./types.js";

const MAX_MATCHES_PER_RULE = 8;
// . ! ? ; and newline end a sentence
const isSentenceEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 10 || c === 59;

interface Hit {
  a: number;
  b: number;
  score: number;
  notes: string[];
}

function sentenceBounds(t: string, a: number, b: number): [number, number] {
  let s = a;
  while (s > 0 && !isSentenceEnd(t.charCodeAt(s - 1))) s--;
  let e = b;
  while (e < t.length && !isSentenceEnd(t.charCodeAt(e))) e++;
  return [s, e];
}

/** Is [a,b) inside a quotation? Straight double quotes by parity; single quotes only when they
 *  open after a non-letter (so the apostrophe of "I'll" is not a quote). */
export function inQuotes(t: string, a: number, b: number): boolean {
  let dq = 0;
  for (let i = 0; i < a; i++) if (t[i] === '"') dq++;
  if (dq % 2 === 1 && t.indexOf('"', b) >= 0) return true;
  const isL = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  let open = -1;
  for (let i = 0; i < a; i++) {
    if (t[i] !== "'") continue;
    if (!isL(t[i - 1]) && isL(t[i + 1])) open = i;
    else if (isL(t[i - 1]) && !isL(t[i + 1])) open = -1;
  }
  if (open < 0) return false;
  for (let i = b; i < t.length; i++) if (t[i] === "'" && !isL(t[i + 1])) return true;
  return false;
}

/** Negation and reporting cues only count inside the clause of the match: in "don't come here or I will
 *  kill you" the "don't" belongs to another clause. */
function clauseStart(pack: LanguagePack, t: string, from: number, a: number): number {
  if (!pack.clause) return from;
  const re = pack.clause;
  re.lastIndex = 0;
  const seg = t.slice(from, a);
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    start = from + m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return start;
}

/** All matches of a cue over the whole text, computed once per text and reused for every rule hit. */
function cueRanges(re: RegExp, t: string, cache: Map<object, unknown>): Array<[number, number]> {
  let r = cache.get(re) as Array<[number, number]> | undefined;
  if (!r) {
    r = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      r.push([m.index, m.index + m[0].length]);
    }
    cache.set(re, r);
  }
  return r;
}

function testIn(re: RegExp, t: string, from: number, to: number): boolean {
  re.lastIndex = 0;
  return re.test(from === 0 && to === t.length ? t : t.slice(from, to));
}

function mitigate(
  pack: LanguagePack, rule: PatternRule, t: string, a: number, b: number, hit: Hit, cache: Map<object, unknown>,
): void {
  // cues are matched once over the whole text and reused for every rule hit
  const onPost = (re: RegExp) => cueRanges(re, t, cache).length > 0;
  const inRange = (re: RegExp, from: number, to: number, overlap?: [number, number]) =>
    cueRanges(re, t, cache).some(([x, y]) => (overlap ? x < overlap[1] && y > overlap[0] && x >= from && y <= to : x >= from && y <= to));
  const [sa, sb] = sentenceBounds(t, a, b);
  const best = new Map<MitigationKind, { f: number; why: string }>();
  const note = (k: MitigationKind, f: number, why: string) => {
    const cur = best.get(k);
    if (!cur || f < cur.f) best.set(k, { f, why });
  };
  const immune = rule.immune ?? [];
  for (const m of pack.mitigators) {
    if (immune.includes(m.kind)) continue;
    let found = false;
    if (m.where === "span") found = inRange(m.re, sa, sb, [a, b]);
    else if (m.where === "before") found = testIn(m.re, t, clauseStart(pack, t, Math.max(sa, a - (m.window ?? 60)), a), b);
    else if (m.where === "sentence") found = inRange(m.re, sa, sb);
    else found = onPost(m.re);
    if (found) note(m.kind, m.factor, m.reason);
  }
  if (!immune.includes("counter")) {
    const quoted = inQuotes(t, a, b);
    // the speech verb must introduce the match ("saying kill all …"), not sit in another clause
    // (or open it: "calls to kill …" where the call word is part of the match)
    const firstWordEnd = t.indexOf(" ", a) > 0 ? Math.min(t.indexOf(" ", a), b) : b;
    const reported =
      testIn(pack.counter.speech, t, clauseStart(pack, t, Math.max(sa, a - 60), a), a) ||
      (!rule.id.startsWith("threat") && testIn(pack.counter.speech, t, a, firstWordEnd + 1 + 12 > b ? b : firstWordEnd + 12));
    // the condemnation must be outside the match ("… are disgusting" is not a comment on itself)
    const condemned = (quoted || reported) && cueRanges(pack.counter.condemn, t, cache).some(([x, y]) => y <= a || x >= b);
    if ((quoted || reported) && condemned) note("counter", 0.1, "quoted or reported in order to condemn");
    else if (quoted) note("counter", 0.45, "quoted speech");
    else if (reported) note("counter", 0.6, "reported speech");
  }
  for (const { f, why } of best.values()) {
    hit.score *= f;
    hit.notes.push(why);
  }
}

// Trigger word lists, prepared once per pack: unaccented, lowercase.
const triggerSets = new WeakMap<LanguagePack, Map<string, Set<string>>>();
function triggerSet(pack: LanguagePack, name: string): Set<string> {
  let m = triggerSets.get(pack);
  if (!m) triggerSets.set(pack, (m = new Map()));
  let s = m.get(name);
  if (!s) {
    const words = pack.triggers[name];
    if (!words) throw new Error(`pack ${pack.code}: unknown trigger ${name}`);
    m.set(name, (s = new Set(words.map((w) => stripDiacritics(w.toLowerCase())))));
  }
  return s;
}
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}']*/gu;

interface Anchored {
  starts: Set<string>;
  sticky: RegExp;
}
const anchored = new WeakMap<PatternRule, Anchored>();
function anchorOf(rule: PatternRule): Anchored {
  let a = anchored.get(rule);
  if (!a) {
    a = {
      starts: new Set(rule.start!.map((w) => stripDiacritics(w.toLowerCase()))),
      sticky: new RegExp(rule.re.source, "yu"),
    };
    anchored.set(rule, a);
  }
  return a;
}

/** Matches of a rule: a plain global scan, or sticky attempts at the words a match can start with. */
function matchesOf(rule: PatternRule, t: string, words: () => Array<[string, number]>, max: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (!rule.start) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (out.length < max && (m = rule.re.exec(t)) !== null) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      out.push(m);
    }
    return out;
  }
  const { starts, sticky } = anchorOf(rule);
  let after = 0;
  const ws = words();
  for (let k = 0; k < ws.length && out.length < max; k++) {
    const [w, i] = ws[k];
    if (i < after || !starts.has(w)) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(t);
    if (m && m[0].length) {
      after = i + m[0].length;
      out.push(m);
    }
  }
  return out;
}

// Words of a view with their offsets, computed once per view (packs that share a view share them).
const viewWords = new WeakMap<Normalized, Array<[string, number]>>();
function wordsOfView(view: Normalized): Array<[string, number]> {
  let w = viewWords.get(view);
  if (!w) viewWords.set(view, (w = Array.from(view.plain.matchAll(TOKEN), (m) => [m[0], m.index!] as [string, number])));
  return w;
}

/** Run one pack; `view` must be the pack's own view of the text. */
export function runPack(pack: LanguagePack, view: Normalized, detectorPrefix = "patterns"): Signal[] {
  const t = view.text;
  let tokens: Set<string> | undefined;
  const triggerCache = new Map<string, boolean>();
  const postCache = new Map<object, unknown>();
  const triggered = (name: string) => {
    let v = triggerCache.get(name);
    if (v === undefined) {
      tokens ??= new Set(view.plain.match(TOKEN) ?? []);
      v = false;
      const set = triggerSet(pack, name);
      for (const w of tokens) if (set.has(w)) {
        v = true;
        break;
      }
      triggerCache.set(name, v);
    }
    return v;
  };
  const wordsOf = () => wordsOfView(view);
  const out: Signal[] = [];
  for (const rule of pack.rules) {
    if (rule.trigger && !(typeof rule.trigger === "string" ? triggered(rule.trigger) : rule.trigger.every(triggered))) continue;
    if (rule.requiresPost && !rule.requiresPost.every((r) => testIn(r, t, 0, t.length))) continue;
    const hits: Hit[] = [];
    for (const m of matchesOf(rule, t, wordsOf, MAX_MATCHES_PER_RULE)) {
      const a = m.index;
      const b = a + m[0].length;
      if (rule.requires) {
        const [sa, sb] = sentenceBounds(t, a, b);
        if (!rule.requires.every((r) => testIn(r, t, sa, sb))) continue;
      }
      const hit: Hit = { a, b, score: rule.score, notes: [] };
      mitigate(pack, rule, t, a, b, hit, postCache);
      hits.push(hit);
    }
    if (hits.length === 0) continue;
    hits.sort((x, y) => y.score - x.score);
    const top = hits[0];
    const spans: Span[] = hits.map((h) => toOriginal(view, h.a, h.b));
    out.push({
      category: rule.category,
      detector: `${detectorPrefix}:${pack.code}/${rule.id}`,
      version: pack.version,
      score: round(top.score),
      spans,
      reason: top.notes.length ? `${rule.reason} (lowered: ${top.notes.join("; ")})` : rule.reason,
    });
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
