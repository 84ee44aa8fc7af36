// A small parser for the regex syntax our pattern compiler emits (and plain hand-written regexes), for
// matcher.ts's exact rewrites. Anything outside that syntax throws Unsupported, and the regex is then
// run as it is.

/** A letter or digit: a word character of the languages we read. */
export const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** The word boundary our compiler writes before a word ("not after a letter, digit or _"). */
export const B0 = "(?<![\\p{L}\\p{N}_])";

// ── a small parser for the regex syntax our pattern compiler emits (and plain hand-written regexes) ──
export type Node =
  | { t: "seq"; items: Node[]; a: number; b: number }
  | { t: "alt"; alts: Node[]; a: number; b: number }
  | { t: "group"; kind: "nc" | "cap" | "look"; body: Node; a: number; b: number; src: string }
  | { t: "char"; ch: string; a: number; b: number }
  | { t: "set"; chars: string[] | null; word: boolean; nonword: boolean; a: number; b: number }
  | { t: "zw"; a: number; b: number }
  | { t: "quant"; node: Node; min: number; max: number; a: number; b: number };

export class Unsupported extends Error {}

export function parse(src: string): Node {
  let i = 0;
  const peek = () => src[i];
  function alt(): Node {
    const a = i;
    const alts: Node[] = [seq()];
    while (peek() === "|") {
      i++;
      alts.push(seq());
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts, a, b: i };
  }
  function seq(): Node {
    const a = i;
    const items: Node[] = [];
    while (i < src.length && peek() !== "|" && peek() !== ")") items.push(quantified(atom()));
    return { t: "seq", items, a, b: i };
  }
  function quantified(n: Node): Node {
    const a = n.a;
    for (;;) {
      const c = peek();
      let min: number;
      let max: number;
      if (c === "*") (min = 0), (max = Infinity), i++;
      else if (c === "+") (min = 1), (max = Infinity), i++;
      else if (c === "?") (min = 0), (max = 1), i++;
      else if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(src.slice(i, i + 12))) {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i))!;
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        i += m[0].length;
      } else return n;
      if (peek() === "?") i++; // lazy: the same set of strings
      n = { t: "quant", node: n, min, max, a, b: i };
    }
  }
  function atom(): Node {
    const a = i;
    const c = src[i];
    if (c === "(") {
      i++;
      let kind: "nc" | "cap" | "look" = "cap";
      if (src.startsWith("?:", i)) (kind = "nc"), (i += 2);
      else if (src.startsWith("?=", i) || src.startsWith("?!", i)) (kind = "look"), (i += 2);
      else if (src.startsWith("?<=", i) || src.startsWith("?<!", i)) (kind = "look"), (i += 3);
      else if (src.startsWith("?<", i)) {
        const e = src.indexOf(">", i);
        i = e + 1;
      } else if (src[i] === "?") throw new Unsupported("group");
      const body = alt();
      if (src[i] !== ")") throw new Unsupported("unbalanced");
      i++;
      return kind === "look" ? { t: "zw", a, b: i } : { t: "group", kind, body, a, b: i, src: src.slice(a, i) };
    }
    if (c === "[") return charClass();
    if (c === "\\") return escape(false);
    if (c === "^" || c === "$") return i++, { t: "zw", a, b: i };
    if (c === ".") return i++, { t: "set", chars: null, word: true, nonword: true, a, b: i };
    const cp = src.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    return { t: "char", ch, a, b: i };
  }
  // an escape, as an atom or inside a class
  function escape(inClass: boolean): Node {
    const a = i;
    const e = src[i + 1];
    i += 2;
    const set = (chars: string[] | null, word: boolean, nonword: boolean): Node => ({ t: "set", chars, word, nonword, a, b: i });
    switch (e) {
      case "p":
      case "P": {
        const close = src.indexOf("}", i);
        const prop = src.slice(i + 1, close);
        i = close + 1;
        // \p{L}, \p{N}, \p{M} … : letters or digits only when positive and L/N; anything else may be either
        const wordy = e === "p" && /^(?:L|Letter|N|Number|Lu|Ll|Lt|Lm|Lo|Nd|Nl|No)$/.test(prop);
        return set(null, true, !wordy);
      }
      case "d":
        return set("0123456789".split(""), true, false);
      case "s":
        return set([" ", "\t", "\n", "\r", "\f", "\v"], false, true);
      case "S":
      case "w":
      case "W":
      case "D":
        return set(null, true, true);
      case "b":
      case "B":
        if (inClass) return set(["\b"], false, true);
        return { t: "zw", a, b: i };
      case "n":
        return set(["\n"], false, true);
      case "t":
        return set(["\t"], false, true);
      case "r":
        return set(["\r"], false, true);
      case "f":
        return set(["\f"], false, true);
      case "v":
        return set(["\v"], false, true);
      case "u": {
        let hex: string;
        if (src[i] === "{") {
          const close = src.indexOf("}", i);
          hex = src.slice(i + 1, close);
          i = close + 1;
        } else {
          hex = src.slice(i, i + 4);
          i += 4;
        }
        return { t: "char", ch: String.fromCodePoint(parseInt(hex, 16)), a, b: i };
      }
      case "x": {
        const hex = src.slice(i, i + 2);
        i += 2;
        return { t: "char", ch: String.fromCodePoint(parseInt(hex, 16)), a, b: i };
      }
      case "k":
        throw new Unsupported("backreference");
      default:
        if (/[1-9]/.test(e)) throw new Unsupported("backreference");
        if (e === "0") return { t: "char", ch: "\0", a, b: i };
        if (e === undefined) throw new Unsupported("trailing backslash");
        {
          const cp = src.codePointAt(a + 1)!;
          const ch = String.fromCodePoint(cp);
          i = a + 1 + ch.length;
          return { t: "char", ch, a, b: i };
        }
    }
  }
  function charClass(): Node {
    const a = i;
    i++;
    let negated = false;
    if (src[i] === "^") (negated = true), i++;
    let chars: string[] | null = [];
    let word = false;
    let nonword = false;
    const add = (ch: string) => {
      chars?.push(ch);
      if (WORD_CHAR.test(ch)) word = true;
      else nonword = true;
    };
    let prev: string | null = null;
    while (i < src.length && src[i] !== "]") {
      let n: Node;
      if (src[i] === "\\") n = escape(true);
      else {
        const ch = String.fromCodePoint(src.codePointAt(i)!);
        n = { t: "char", ch, a: i, b: i + ch.length };
        i += ch.length;
      }
      if (n.t === "char" && src[i] === "-" && src[i + 1] !== "]" && i + 1 < src.length) {
        // a range
        i++;
        let hi: Node;
        if (src[i] === "\\") hi = escape(true);
        else {
          const ch = String.fromCodePoint(src.codePointAt(i)!);
          hi = { t: "char", ch, a: i, b: i + ch.length };
          i += ch.length;
        }
        if (hi.t !== "char") throw new Unsupported("class range");
        const lo = n.ch.codePointAt(0)!;
        const up = hi.ch.codePointAt(0)!;
        if (up - lo > 256) {
          chars = null;
          word = nonword = true;
        } else for (let x = lo; x <= up; x++) add(String.fromCodePoint(x));
        prev = null;
        continue;
      }
      if (n.t === "char") add(n.ch);
      else if (n.t === "set") {
        if (n.chars && chars) for (const ch of n.chars) add(ch);
        else {
          chars = null;
          if (n.word) word = true;
          if (n.nonword) nonword = true;
        }
      } else throw new Unsupported("class member");
      prev = null;
    }
    void prev;
    if (src[i] !== "]") throw new Unsupported("unterminated class");
    i++;
    if (negated) return { t: "set", chars: null, word: true, nonword: true, a, b: i };
    return { t: "set", chars, word, nonword, a, b: i };
  }
  const n = alt();
  if (i !== src.length) throw new Unsupported("trailing input");
  return n;
}
