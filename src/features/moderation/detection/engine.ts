// Runs a language pack's patterns over a normalised text and applies the mitigating cues
// (negation, reporting, counter-speech, idioms, game/sport/cooking/fiction context).
import type { LanguagePack, MitigationKind, PatternRule } from "./languages/types.js";
import { gateFitsAt, gateOf, gatePasses, matchAt, matcherOf, scan, sliceStarts, test, wordStarts, type Starts } from "./matcher.js";
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

/** The text a pack's patterns run on (`text`) and its diacritic-free copy (`plain`, same offsets), with
 *  the word starts of `plain` computed once (see matcher.ts). */
interface Subject {
  text: string;
  plain: string;
}
/** The fast paths (matchers and gates, see matcher.ts) can be switched off: the plain regex runs then
 *  decide everything, which is how dump-analyses.ts and engine-paths.test.ts prove both give the same result. */
export const enginePaths = { fast: true };
const matcherOfFast = (re: RegExp) => (enginePaths.fast ? matcherOf(re) : null);
const gateOfFast = (re: RegExp) => (enginePaths.fast ? gateOf(re) : null);
const startsCache = new WeakMap<Subject, Starts>();
function startsOf(v: Subject): Starts {
  let s = startsCache.get(v);
  if (!s) startsCache.set(v, (s = wordStarts(v.plain)));
  return s;
}

/** All matches of a cue over the whole text, computed once per text and reused for every rule hit. */
function cueRanges(re: RegExp, v: Subject, cache: Map<object, unknown>): Array<[number, number]> {
  let r = cache.get(re) as Array<[number, number]> | undefined;
  if (!r) {
    r = [];
    const mt = matcherOfFast(re);
    const gate = mt ? null : gateOfFast(re);
    if (mt) for (const m of scan(mt, v.text, startsOf(v))) r.push([m.index, m.index + m[0].length]);
    else if (gate && !gatePasses(gate, startsOf(v))) {
      // no word of the text can begin a match: the scan would find nothing
    } else {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(v.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        r.push([m.index, m.index + m[0].length]);
      }
    }
    cache.set(re, r);
  }
  return r;
}

/** Does `re` match within [from, to) of the text? Remembered per post: several rules and hits ask the
 *  same question (the "names a group" check of a dozen rules, the negation cue before one span). */
function testIn(re: RegExp, v: Subject, from: number, to: number, cache?: Map<object, unknown>): boolean {
  if (!cache) return testInUncached(re, v, from, to);
  let byRange = cache.get(testKey(re)) as Map<number, boolean> | undefined;
  if (!byRange) cache.set(testKey(re), (byRange = new Map()));
  const k = from * 65536 + to;
  let r = byRange.get(k);
  if (r === undefined) byRange.set(k, (r = testInUncached(re, v, from, to)));
  return r;
}
// a second key per regex for the test cache (the regex itself keys its cue ranges)
const testKeys = new WeakMap<RegExp, object>();
function testKey(re: RegExp): object {
  let k = testKeys.get(re);
  if (!k) testKeys.set(re, (k = {}));
  return k;
}
function testInUncached(re: RegExp, v: Subject, from: number, to: number): boolean {
  const whole = from === 0 && to === v.text.length;
  const mt = matcherOfFast(re);
  if (mt) return whole ? test(mt, v.text, startsOf(v)) : test(mt, v.text.slice(from, to), sliceStarts(startsOf(v), v.plain, from, to));
  const gate = gateOfFast(re);
  if (gate && !gatePasses(gate, whole ? startsOf(v) : sliceStarts(startsOf(v), v.plain, from, to))) return false;
  re.lastIndex = 0;
  return re.test(whole ? v.text : v.text.slice(from, to));
}

/** The mitigations of a hit depend only on its span, the rule's immunities and whether it is a threat:
 *  hits of several rules on one span share them (remembered per post). */
const mitigationKey = {};
function mitigate(
  pack: LanguagePack, rule: PatternRule, v: Subject, a: number, b: number, hit: Hit, cache: Map<object, unknown>,
): void {
  let byHit = cache.get(mitigationKey) as Map<string, Array<{ f: number; why: string }>> | undefined;
  if (!byHit) cache.set(mitigationKey, (byHit = new Map()));
  const key = `${a}:${b}:${rule.id.startsWith("threat") ? 1 : 0}:${(rule.immune ?? []).join(",")}`;
  let found = byHit.get(key);
  if (!found) byHit.set(key, (found = mitigations(pack, rule, v, a, b, cache)));
  for (const { f, why } of found) {
    hit.score *= f;
    hit.notes.push(why);
  }
}

function mitigations(
  pack: LanguagePack, rule: PatternRule, v: Subject, a: number, b: number, cache: Map<object, unknown>,
): Array<{ f: number; why: string }> {
  const t = v.text;
  // cues are matched once over the whole text and reused for every rule hit
  const onPost = (re: RegExp) => cueRanges(re, v, cache).length > 0;
  const inRange = (re: RegExp, from: number, to: number, overlap?: [number, number]) =>
    cueRanges(re, v, cache).some(([x, y]) => (overlap ? x < overlap[1] && y > overlap[0] && x >= from && y <= to : x >= from && y <= to));
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
    else if (m.where === "before") found = testIn(m.re, v, clauseStart(pack, t, Math.max(sa, a - (m.window ?? 60)), a), b, cache);
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
      testIn(pack.counter.speech, v, clauseStart(pack, t, Math.max(sa, a - 60), a), a, cache) ||
      (!rule.id.startsWith("threat") && testIn(pack.counter.speech, v, a, firstWordEnd + 1 + 12 > b ? b : firstWordEnd + 12, cache));
    // the condemnation must be outside the match ("… are disgusting" is not a comment on itself)
    const condemned = (quoted || reported) && cueRanges(pack.counter.condemn, v, cache).some(([x, y]) => y <= a || x >= b);
    if ((quoted || reported) && condemned) note("counter", 0.1, "quoted or reported in order to condemn");
    else if (quoted) note("counter", 0.45, "quoted speech");
    else if (reported) note("counter", 0.6, "reported speech");
  }
  return [...best.values()];
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
const startSets = new WeakMap<PatternRule, Set<string>>();
function startSet(rule: PatternRule): Set<string> {
  let s = startSets.get(rule);
  if (!s) startSets.set(rule, (s = new Set(rule.start!.map((w) => stripDiacritics(w.toLowerCase())))));
  return s;
}

/** Matches of a rule: a plain global scan, or sticky attempts at the words a match can start with. */
function matchesOf(rule: PatternRule, v: Subject, words: () => Words, max: number): RegExpExecArray[] {
  const t = v.text;
  const mt = matcherOfFast(rule.re);
  if (mt) {
    if (!rule.start) return scan(mt, t, startsOf(v), max);
    // the same attempts as below, each trying only the parts whose first words fit
    return attemptsAtWords(words(), startSet(rule), max, (i) => matchAt(mt, t, i, startsOf(v)));
  }
  const out: RegExpExecArray[] = [];
  if (!rule.start) {
    const gate = gateOfFast(rule.re);
    if (gate && !gatePasses(gate, startsOf(v))) return out;
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
  // the gate: skip the attempts whose words cannot begin a match (and a regex never needed is never compiled)
  const gate = gateOfFast(rule.re);
  const st = gate ? startsOf(v) : null;
  return attemptsAtWords(words(), starts, max, (i) => {
    if (gate && !gateFitsAt(gate, st!, i)) return null;
    sticky.lastIndex = i;
    return sticky.exec(t);
  });
}

/**
 * Matches found by trying `attempt` at each word a match can start with (`starts`), left to right,
 * never inside an earlier match: what a global scan finds, without trying every offset.
 */
function attemptsAtWords(ws: Words, starts: Set<string>, max: number, attempt: (offset: number) => RegExpExecArray | null): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (let k = 0; k < ws.w.length && out.length < max; k++) {
    const i = ws.i[k];
    if (i < after || !starts.has(ws.w[k])) continue;
    const m = attempt(i);
    if (m && m[0].length) {
      after = i + m[0].length;
      out.push(m);
    }
  }
  return out;
}

// Words of a view with their offsets, computed once per view (packs that share a view share them).
interface Words {
  w: string[];
  i: number[];
}
const viewWords = new WeakMap<Normalized, Words>();
function wordsOfView(view: Normalized): Words {
  let ws = viewWords.get(view);
  if (!ws) {
    ws = { w: [], i: [] };
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(view.plain)) !== null) ws.w.push(m[0]), ws.i.push(m.index);
    viewWords.set(view, ws);
  }
  return ws;
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
      tokens ??= new Set(wordsOfView(view).w);
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
    if (rule.requiresPost && !rule.requiresPost.every((r) => testIn(r, view, 0, t.length, postCache))) continue;
    const hits: Hit[] = [];
    for (const m of matchesOf(rule, view, wordsOf, MAX_MATCHES_PER_RULE)) {
      const a = m.index;
      const b = a + m[0].length;
      if (rule.requires) {
        const [sa, sb] = sentenceBounds(t, a, b);
        if (!rule.requires.every((r) => testIn(r, view, sa, sb, postCache))) continue;
      }
      const hit: Hit = { a, b, score: rule.score, notes: [] };
      mitigate(pack, rule, view, a, b, hit, postCache);
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
