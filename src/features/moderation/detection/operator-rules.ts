// Operator-written rules (AutoModerator-like): regular expressions over the normalised text.
// Operators are trusted but fallible, and one bad pattern must not stall publishing. If the `re2`
// package is installed we compile with it (linear time); otherwise we accept only a safe subset of
// JavaScript regex syntax: no backreferences, no lookaround, no nested or adjacent unbounded quantifiers.
import { createRequire } from "node:module";
import { toOriginal, type Normalized } from "./normalize.js";
import type { Category, Signal, Span } from "./types.js";

export interface OperatorRule {
  id: string;
  pattern: string;
  category: Category;
  /** default 0.9 */
  score?: number;
  reason?: string;
  /** match case-sensitively on the normalised (lowercase) text; default false */
  caseSensitive?: boolean;
}

interface Compiled {
  rule: OperatorRule;
  re: { lastIndex: number; exec(s: string): RegExpExecArray | null };
}

type Re2Ctor = new (pattern: string, flags: string) => Compiled["re"];
let re2: Re2Ctor | null | undefined;
function loadRe2(): Re2Ctor | null {
  if (re2 === undefined) {
    try {
      re2 = createRequire(import.meta.url)("re2") as Re2Ctor;
    } catch {
      re2 = null;
    }
  }
  return re2;
}

/** Why a pattern is outside the safe subset, or null when it is fine. */
export function unsafeReason(p: string): string | null {
  if (p.length > 500) return "pattern longer than 500 characters";
  if (/\\[1-9]|\\k</.test(p)) return "backreferences are not allowed";
  if (/\(\?<?[=!]/.test(p)) return "lookaround is not allowed";
  // a group that contains an unbounded quantifier and is itself quantified: (a+)+, (a|b*)*, (x+){2,}
  const stack: boolean[] = [];
  let inner = false;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (ch === "[") {
      while (i < p.length && p[i] !== "]") i += p[i] === "\\" ? 2 : 1;
      continue;
    }
    if (ch === "(") stack.push(inner), (inner = false);
    else if (ch === ")") {
      if (inner && /^([*+]|\{\d+,\})/.test(p.slice(i + 1))) return "nested unbounded quantifiers";
      const had: boolean = inner;
      inner = (stack.pop() ?? false) || had;
    } else if (ch === "*" || ch === "+" || (ch === "{" && /^\{\d+,\}/.test(p.slice(i)))) inner = true;
  }
  if (/(\.\*|\.\+|\\S\*|\\S\+|\\w\*|\\w\+)[^|)]{0,3}(\.\*|\.\+|\\S\*|\\S\+|\\w\*|\\w\+)/.test(p))
    return "adjacent unbounded wildcards";
  return null;
}

export function compileOperatorRules(rules: OperatorRule[]): Compiled[] {
  const R = loadRe2();
  return rules.map((rule) => {
    const flags = rule.caseSensitive ? "gu" : "giu";
    if (R) return { rule, re: new R(rule.pattern, flags.replace("u", "")) };
    const why = unsafeReason(rule.pattern);
    if (why) throw new Error(`operator rule ${rule.id}: ${why}`);
    return { rule, re: new RegExp(rule.pattern, flags) };
  });
}

export function runOperatorRules(rules: Compiled[], n: Normalized): Signal[] {
  const out: Signal[] = [];
  for (const { rule, re } of rules) {
    re.lastIndex = 0;
    const spans: Span[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(n.text)) !== null && spans.length < 8) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push(toOriginal(n, m.index, m.index + m[0].length));
    }
    if (spans.length)
      out.push({
        category: rule.category, detector: `rule:${rule.id}`, version: "operator", score: rule.score ?? 0.9,
        spans, reason: rule.reason ?? `operator rule ${rule.id}`,
      });
  }
  return out;
}
