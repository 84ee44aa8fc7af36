// The reader's words for the identifiers the moderation API sends (categories, actions, sources, case
// states, event types…). Every console page goes through these, so no raw key like "force_sensitive"
// reaches the screen; a value this build does not know yet is shown humanised ("new_thing" → "new thing").
import { MOD_ACTIONS, MOD_CATEGORIES } from "../api/rostra";
import type { MessageKey, Translate } from "./index";

export const CATEGORIES = MOD_CATEGORIES;
/** What a moderator may choose in a decision (the server's CHOOSABLE list). */
export const CHOOSABLE_ACTIONS = MOD_ACTIONS;
export type ChoosableAction = (typeof CHOOSABLE_ACTIONS)[number];
/** Actions that need a post; the others act on the account. */
export const CONTENT_ACTIONS: readonly ChoosableAction[] = ["remove", "hold", "demote", "label", "restrict_replies", "restrict_quotes"];
/** Every action a decision can record, including the inverses that reversals apply. */
export const ALL_ACTIONS = [
  ...CHOOSABLE_ACTIONS, "restore", "undemote", "unlabel", "unrestrict_replies", "unrestrict_quotes", "unlimit", "unsensitize", "unfreeze", "unsuspend", "remove_strike",
] as const;
const SOURCES = ["automated", "rule", "report", "notice", "signal", "staff"] as const;
const CASE_STATES = ["active", "open", "escalated", "appealed", "resolved"] as const;
const EVENT_TYPES = ["signal", "report", "notice", "note", "assignment", "escalation", "decision", "appeal", "appeal_decision", "reopen"] as const;
const POST_STATES = ["published", "held", "removed"] as const;
const OUTCOMES = ["publish", "label", "queue", "hold", "reject"] as const;
const DECISION_KINDS = ["action", "no_action", "reversal", "modification"] as const;
const APPEAL_OUTCOMES = ["upheld", "reversed"] as const;
const ROLES = ["user", "moderator", "admin"] as const;
const SUBJECT_TYPES = ["status", "account", "instance", "policy", "report", "rule", "signup_block"] as const;
const AUDIT_ACTIONS = [
  "account.approve", "account.reject", "account.warn", "account.sensitive", "account.disable", "account.silence", "account.suspend",
  "account.enable", "account.unsilence", "account.unsensitive", "account.unsuspend", "account.role",
  "cli.user.role", "cli.user.suspend", "cli.user.unsuspend",
  "decision.action", "decision.no_action", "decision.reversal", "decision.modification",
  "case.assignment", "case.escalation", "case.note", "case.reopen",
  "appeal.resolve", "report.resolve", "report.reopen", "suspension.expired",
  "policy.update", "rule.create", "rule.update", "signup_block.add", "signup_block.remove",
  "instance.settings.update", "instance.rules.update",
  "view.case", "view.decision", "view.appeals", "view.report", "view.reports", "view.status_moderation",
] as const;
const DETECTOR_KINDS = ["patterns", "classifier", "rule", "openai-compatible", "onnx"] as const;
/** Keys of audit entry details the console names in the reader's language. */
const AUDIT_FIELDS = [
  "username", "email", "text", "report_id", "report_ids", "case_id", "case_ids", "decision_id", "appeal_id", "appeal_ids",
  "reversal_id", "actions", "category", "automated", "from", "to", "role", "reason", "outcome", "assignee_id", "private", "kind",
  "value", "note", "changed", "change", "before", "after", "name", "pattern", "score", "enabled", "id", "comment", "why", "type",
  "days", "previous", "strike_id", "ladder", "strikes", "supersedes_id", "interim", "thresholds", "strikeDays",
  "classifierCanHold", "dueMinutes", "severity", "finalActions", "appealDays", "registrations", "description",
  "closed_registrations_message", "rules", "added", "removed", "edited", "order", "hint", "label", "queue", "hold", "reject",
] as const;

/** "new_thing" → "new thing": for a value the server sends that this build has no words for yet. */
export const humanise = (key: string): string => key.replace(/[_.]+/g, " ").trim();

function pick<K extends string>(t: Translate, known: readonly K[], prefix: string, key: string | null | undefined): string {
  if (key === null || key === undefined || key === "" || key === "unknown") return t("transparency.unknown");
  return (known as readonly string[]).includes(key) ? t(`${prefix}${key}` as MessageKey) : humanise(key);
}

export const categoryLabel = (t: Translate, c: string | null | undefined) => pick(t, CATEGORIES, "policy.category.", c);
/** An action as a past fact ("Removed", "Suspended"): statistics, history, audit. */
export const actionLabel = (t: Translate, a: string) => pick(t, ALL_ACTIONS, "transparency.action.", a);
/** An action as a choice in a decision form ("Remove the post", "Suspend the account"). */
export const actionChoiceLabel = (t: Translate, a: string) => pick(t, CHOOSABLE_ACTIONS, "console.action.", a);
export const sourceLabel = (t: Translate, s: string) => pick(t, SOURCES, "transparency.source.", s);
export const caseStateLabel = (t: Translate, s: string) => pick(t, CASE_STATES, "console.status.", s);
export const eventLabel = (t: Translate, e: string) => pick(t, EVENT_TYPES, "console.event.", e);
export const postStateLabel = (t: Translate, s: string) => pick(t, POST_STATES, "console.postState.", s);
export const outcomeLabel = (t: Translate, o: string) => pick(t, OUTCOMES, "console.outcome.", o);
export const decisionKindLabel = (t: Translate, k: string) => pick(t, DECISION_KINDS, "console.decisionKind.", k);
export const appealOutcomeLabel = (t: Translate, o: string) => pick(t, APPEAL_OUTCOMES, "transparency.outcome.", o);
export const roleLabel = (t: Translate, r: string) => pick(t, ROLES, "admin.role.", r);
export const subjectLabel = (t: Translate, s: string) => pick(t, SUBJECT_TYPES, "console.subject.", s);
export const auditActionLabel = (t: Translate, a: string) => pick(t, AUDIT_ACTIONS, "audit.action.", a);
export const auditFieldLabel = (t: Translate, f: string) => pick(t, AUDIT_FIELDS, "audit.field.", f);
export const automationLabel = (t: Translate, a: string) => pick(t, ["automated", "human"], "transparency.automation.", a);

/** A detector id such as "patterns:en/threat_kill" or "classifier:vi": the kind in words. */
export function detectorLabel(t: Translate, detector: string): string {
  const kind = detector.split(":")[0];
  return (DETECTOR_KINDS as readonly string[]).includes(kind) ? t(`console.detector.${kind === "openai-compatible" ? "external" : kind}` as MessageKey) : t("console.detector.other");
}

const REGISTRATION_MODES = ["open", "approval", "closed"] as const;
const looksLikeKey = (s: string) => /^[a-z]+(?:[_.][a-z]+)+$/.test(s);

/** One value of an audit entry's details in words: enumerations translated, nested objects spelled out. */
export function describeValue(t: Translate, key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (key === "category") return categoryLabel(t, value);
    if (key === "kind" && (DECISION_KINDS as readonly string[]).includes(value)) return decisionKindLabel(t, value);
    if (key === "outcome") return appealOutcomeLabel(t, value);
    if (key === "type") return actionLabel(t, value);
    if (key === "previous" && (POST_STATES as readonly string[]).includes(value)) return postStateLabel(t, value);
    if ((ROLES as readonly string[]).includes(value) && ["role", "from", "to"].includes(key)) return roleLabel(t, value);
    if ((REGISTRATION_MODES as readonly string[]).includes(value) && ["registrations", "from", "to"].includes(key)) return t(`admin.mode.${value as (typeof REGISTRATION_MODES)[number]}`);
    if (looksLikeKey(value)) {
      if ((CATEGORIES as readonly string[]).includes(value)) return categoryLabel(t, value);
      if ((ALL_ACTIONS as readonly string[]).includes(value)) return actionLabel(t, value);
      if ((AUDIT_FIELDS as readonly string[]).includes(value)) return auditFieldLabel(t, value);
      return humanise(value);
    }
    return value;
  }
  if (key === "why" && Array.isArray(value)) {
    // what a staff view showed that the public cannot see: "visibility:private", "state:held", "reports"
    return value
      .map((w) => {
        const [kind, v] = String(w).split(":");
        if (kind === "visibility" && ["public", "unlisted", "private", "direct"].includes(v)) return t(`visibility.${v as "public"}`);
        if (kind === "state") return postStateLabel(t, v);
        if (kind === "deleted") return t("audit.private.deleted");
        if (kind === "reports") return t("audit.private.reports");
        return humanise(String(w));
      })
      .join(", ");
  }
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        if (item && typeof item === "object" && typeof (item as { type?: unknown }).type === "string") {
          const a = item as { type: string; days?: number };
          return a.days ? `${actionLabel(t, a.type)} (${t("duration.days", { n: a.days })})` : actionLabel(t, a.type);
        }
        return describeValue(t, key, item);
      })
      .join(", ");
  }
  if (typeof value === "object") return `(${describeFields(t, value as Record<string, unknown>).join("; ")})`;
  return String(value);
}

/** The label of a detail's key: a category by its name, any other field by the console's word for it. */
function fieldName(t: Translate, key: string): string {
  return (CATEGORIES as readonly string[]).includes(key) ? categoryLabel(t, key) : auditFieldLabel(t, key);
}

export function describeFields(t: Translate, payload: Record<string, unknown>, max = 160): string[] {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(payload)) {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    const text = describeValue(t, k, v);
    parts.push(`${fieldName(t, k)}: ${text.length > max ? `${text.slice(0, max)}…` : text}`);
  }
  return parts;
}
