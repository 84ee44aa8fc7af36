// Adapter for an OpenAI-compatible endpoint the operator runs or subscribes to: either the moderation
// API (POST /v1/moderations → category_scores) or a chat model (POST /v1/chat/completions) asked for a
// JSON verdict by a fixed system prompt (e.g. a self-hosted Llama Guard or any instruction model).
// Every answer is parsed defensively: anything unexpected is an error, and errors only mean "no opinion".
import { CATEGORIES, type Category, type Signal, type Span } from "../detection/types.js";
import { postJson } from "./http.js";
import { type Adapter, AdapterError } from "./types.js";

export interface OpenAiAdapterOptions {
  /** base URL without /v1 */
  url: string;
  key: string | null;
  model: string;
  mode: "moderation" | "chat";
  allowPrivate?: boolean;
  maxBytes?: number;
}

const MAX_INPUT_CHARS = 8000;

/** The moderation API's categories → ours, with a weight (1 = the score as given). */
const MODERATION_MAP: Record<string, [Category, number][]> = {
  violence: [["violence_threat", 1]],
  "violence/graphic": [["violence_threat", 0.5]],
  hate: [["hate", 1]],
  "hate/threatening": [["hate", 1], ["violence_incitement", 1]],
  harassment: [["harassment", 1]],
  "harassment/threatening": [["harassment", 1], ["violence_threat", 1]],
  sexual: [["sexual", 1]],
  "sexual/minors": [["sexual", 1]],
  "self-harm": [["self_harm", 1]],
  "self-harm/intent": [["self_harm", 1]],
  "self-harm/instructions": [["self_harm", 1]],
  "illicit/violent": [["violence_incitement", 0.8]],
  spam: [["spam", 1]],
};

export const CHAT_SYSTEM_PROMPT = [
  "You are a content-moderation classifier for a social network. The user message is one post, usually in",
  "English or Vietnamese (Vietnamese may lack diacritics or use teencode). Judge only the post itself.",
  `Categories: ${CATEGORIES.join(", ")}, or "none".`,
  "violence_threat = a threat to hurt a person; violence_incitement = a call to hurt or kill people or a group;",
  "hate = attacks or dehumanisation of people for a protected attribute; harassment = insults aimed at a person;",
  "self_harm = intent or encouragement of self-harm; sexual = sexual content; spam = scams or bulk advertising.",
  'Not violations: negation ("no one should hurt them"), news reports, condemnation or quotation to condemn,',
  'idioms and figurative speech ("killing time", "giết thời gian", "chém gió", "cười chết mất"), games, sport, cooking, fiction.',
  'Answer with JSON only, no prose: {"category": "<one category or none>", "score": <0..1 confidence>,',
  '"spans": ["<exact substrings of the post that show it>"]}.',
].join("\n");

function clamp01(x: unknown): number | null {
  const n = typeof x === "string" ? Number(x) : x;
  if (typeof n !== "number" || !Number.isFinite(n)) return null;
  return Math.min(1, Math.max(0, n));
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Map a moderation result's category_scores to our categories (max over the mapped keys). */
export function mapModerationScores(scores: unknown): Map<Category, { score: number; from: string }> {
  const out = new Map<Category, { score: number; from: string }>();
  if (!scores || typeof scores !== "object" || Array.isArray(scores)) throw new AdapterError("malformed response: no category_scores");
  for (const [rawKey, raw] of Object.entries(scores as Record<string, unknown>)) {
    const key = rawKey.toLowerCase().replace(/[_ ]/g, "-");
    const targets = MODERATION_MAP[key];
    const score = clamp01(raw);
    if (!targets || score === null) continue;
    for (const [category, weight] of targets) {
      const s = score * weight;
      if (s > (out.get(category)?.score ?? -1)) out.set(category, { score: s, from: rawKey });
    }
  }
  return out;
}

/** Find each quoted piece in the original text (first occurrence, case-insensitive). */
export function locateSpans(text: string, pieces: unknown): Span[] {
  if (!Array.isArray(pieces)) return [];
  // lower-casing keeps offsets only when it keeps the length; otherwise match exactly
  const lower = text.toLowerCase();
  const folded = lower.length === text.length;
  const spans: Span[] = [];
  for (const p of pieces.slice(0, 8)) {
    const piece = typeof p === "string" ? p : p && typeof p === "object" && typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : "";
    if (!piece || piece.length > 500) continue;
    const needle = piece.toLowerCase();
    const at = folded && needle.length === piece.length ? lower.indexOf(needle) : text.indexOf(piece);
    if (at >= 0) spans.push({ start: at, end: at + piece.length, text: text.slice(at, at + piece.length) });
  }
  return spans;
}

/** The first balanced {...} in a chat answer (models wrap JSON in fences or prose despite the prompt). */
export function extractJson(content: string): unknown {
  const start = content.indexOf("{");
  if (start < 0) throw new AdapterError("malformed verdict: no JSON object");
  let depth = 0;
  let inString = false;
  for (let i = start; i < content.length; i++) {
    const c = content[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) {
      try {
        return JSON.parse(content.slice(start, i + 1));
      } catch {
        throw new AdapterError("malformed verdict: invalid JSON");
      }
    }
  }
  throw new AdapterError("malformed verdict: unterminated JSON");
}

export interface ChatVerdict {
  category: Category | null;
  score: number;
  spans: Span[];
}

export function parseChatVerdict(content: string, text: string): ChatVerdict {
  const v = extractJson(content) as Record<string, unknown>;
  const raw = typeof v.category === "string" ? v.category.trim().toLowerCase().replace(/[- ]/g, "_") : "";
  const score = clamp01(v.score);
  if (score === null) throw new AdapterError("malformed verdict: no score");
  if (raw === "" || raw === "none" || raw === "safe") return { category: null, score, spans: [] };
  if (!(CATEGORIES as readonly string[]).includes(raw)) throw new AdapterError(`malformed verdict: unknown category "${raw.slice(0, 40)}"`);
  return { category: raw as Category, score, spans: locateSpans(text, v.spans) };
}

function parseBody(status: number, body: string): Record<string, unknown> {
  if (status < 200 || status >= 300) throw new AdapterError(`HTTP ${status}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new AdapterError("malformed response: invalid JSON");
  }
  if (!parsed || typeof parsed !== "object") throw new AdapterError("malformed response: not an object");
  return parsed as Record<string, unknown>;
}

export function createOpenAiAdapter(opts: OpenAiAdapterOptions): Adapter {
  const id = `openai-compatible:${opts.model}`;
  const headers: Record<string, string> = opts.key ? { authorization: `Bearer ${opts.key}` } : {};
  const post = (path: string, payload: unknown, signal: AbortSignal) =>
    postJson(`${opts.url}${path}`, payload, { signal, headers, allowPrivate: opts.allowPrivate, maxBytes: opts.maxBytes });
  const versionOf = (res: Record<string, unknown>) => (typeof res.model === "string" && res.model ? res.model.slice(0, 80) : opts.mode);

  async function moderation(text: string, signal: AbortSignal): Promise<Signal[]> {
    const r = await post("/v1/moderations", { model: opts.model, input: text }, signal);
    const res = parseBody(r.status, r.body);
    const first = Array.isArray(res.results) ? (res.results[0] as Record<string, unknown> | undefined) : undefined;
    if (!first) throw new AdapterError("malformed response: no results");
    const version = versionOf(res);
    return [...mapModerationScores(first.category_scores)].map(([category, { score, from }]) => ({
      category, detector: id, version, score: round(score), spans: [], reason: `external moderation model: ${from} ${round(score)}`,
    }));
  }

  async function chat(text: string, signal: AbortSignal): Promise<Signal[]> {
    const r = await post("/v1/chat/completions", {
      model: opts.model, temperature: 0, max_tokens: 200,
      messages: [{ role: "system", content: CHAT_SYSTEM_PROMPT }, { role: "user", content: text }],
    }, signal);
    const res = parseBody(r.status, r.body);
    const choice = Array.isArray(res.choices) ? (res.choices[0] as { message?: { content?: unknown } } | undefined) : undefined;
    const content = choice?.message?.content;
    if (typeof content !== "string") throw new AdapterError("malformed response: no message content");
    const v = parseChatVerdict(content, text);
    if (!v.category) return [];
    return [{ category: v.category, detector: id, version: versionOf(res), score: round(v.score), spans: v.spans, reason: `external chat model verdict: ${v.category}` }];
  }

  return {
    id,
    classify(text, signal) {
      const input = text.length > MAX_INPUT_CHARS ? text.slice(0, MAX_INPUT_CHARS) : text;
      return opts.mode === "chat" ? chat(input, signal) : moderation(input, signal);
    },
  };
}
