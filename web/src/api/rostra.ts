// Rostra's own moderation API (statements of reasons, appeals, the staff console). masto does not
// know these routes, so they are plain fetches with the session's token; snake_case stays as sent.
import { getSession } from "./session";

export class RostraApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** The answer's `details` (the decision a lift conflicts with, validation codes), when it has them. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** `token` overrides the session's (a redress token of a suspended account; null sends none). */
export async function rostra<T>(path: string, opts: { method?: string; body?: unknown; token?: string | null } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const token = opts.token !== undefined ? opts.token : getSession()?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(path, { method: opts.method ?? "GET", headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const body = data as { error?: string; details?: unknown } | null;
    const details = body?.details && typeof body.details === "object" && !Array.isArray(body.details) ? (body.details as Record<string, unknown>) : undefined;
    throw new RostraApiError(body?.error ?? res.statusText, res.status, details);
  }
  return data as T;
}

export interface Statement {
  id: string;
  created_at: string;
  kind: string;
  status: { id: string; text: string; moderation_state: string; created_at: string } | null;
  category: string | null;
  rule: { id: string; text: string } | null;
  ground_text: string;
  legal_ground: string | null;
  facts: string;
  automated_detection: boolean;
  automated_decision: string;
  actions: { type: string; text: string; days: number | null }[];
  ends_at: string | null;
  redress: { appeal_until: string | null; text: string };
  superseded_by: { id: string; kind: string } | null;
  appeal: { id: string; state: string; text: string; reason: string | null; created_at: string } | null;
  can_appeal: boolean;
}

export interface StatusModeration {
  id: string;
  moderation_state: string;
  notice: string | null;
  decisions: Statement[];
}

export interface ModerationMessage {
  id: string;
  kind: string;
  created_at: string;
  decision_id: string | null;
  outcome?: { kind: string; text: string };
}

export interface QueueCase {
  id: string;
  subject_type: string;
  subject_id: string;
  status: string;
  category: string | null;
  severity: number;
  reach: number;
  priority: number;
  due_at: string | null;
  overdue: boolean;
  reports_count: number;
  signals_count: number;
  assignee_id: string | null;
  opened_at: string;
}

export interface CaseView {
  case: QueueCase;
  subject: {
    status: { id: string; text: string; spoiler_text: string; visibility: string; moderation_state: string; created_at: string } | null;
    account: { id: string; username: string; display_name: string; note: string; statuses_count: number; followers_count: number; suspended_at: string | null } | null;
  };
  explanations: { detector: string; category: string; score: number; threshold: number; outcome: string; spans: { start: number; end: number; text?: string }[]; reason?: string }[];
  events: { id: string; type: string; created_at: string; actor_id: string | null; payload: Record<string, unknown> }[];
  decisions: { id: string; kind: string; category: string | null; facts: string; created_at: string; actionList: { type: string; days?: number }[] }[];
  author: { active_strikes: unknown[]; history: { id: string; kind: string; category: string | null; created_at: string }[] };
}

export interface PendingAppeal {
  id: string;
  decision_id: string;
  text: string;
  created_at: string;
  state?: string;
}

export const MOD_CATEGORIES = ["violence_threat", "violence_incitement", "hate", "harassment", "sexual", "self_harm", "spam", "illegal_other"] as const;
export const MOD_ACTIONS = ["none", "remove", "hold", "demote", "label", "restrict_replies", "restrict_quotes", "warn", "strike", "limit", "force_sensitive", "freeze", "suspend"] as const;

/** A staff decision and its statement of reasons, as the decision routes take it. */
export interface DecisionBody {
  actions: { type: (typeof MOD_ACTIONS)[number]; days?: number }[];
  category: string;
  ground: "terms" | "illegal";
  legal_ground?: string;
  facts: string;
}
