// Staff APIs the console uses beyond the review queue: instance settings, accounts and roles (Mastodon's
// admin accounts API plus Rostra's), moderation policy and operator rules, the audit log, transparency.
import { type DecisionBody, rostra } from "./rostra";

export type Registrations = "open" | "approval" | "closed";
export type StaffRole = "user" | "moderator" | "admin";

export interface InstanceRule {
  id?: string;
  text: string;
  hint: string;
}

export interface InstanceSettings {
  name: string;
  description: string;
  registrations: Registrations;
  closed_registrations_message: string | null;
  rules: InstanceRule[];
  defaults: { name: string; description: string; registrations: Registrations };
  stored: Record<string, { updated_at: string; updated_by: string | null }>;
}

export interface AdminAccount {
  id: string;
  username: string;
  domain: string | null;
  created_at: string;
  email: string;
  invite_request: string | null;
  approved: boolean;
  disabled: boolean;
  silenced: boolean;
  suspended: boolean;
  sensitized: boolean;
  account: { id: string; acct: string; display_name: string; avatar_static: string };
  rostra: { role: StaffRole; last_sign_in_at: string | null };
}

export const ACCOUNT_STATUSES = ["active", "pending", "suspended", "silenced", "disabled"] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export function listAccounts(f: { status?: AccountStatus | ""; username?: string; staff?: boolean }): Promise<AdminAccount[]> {
  const q = new URLSearchParams({ limit: "100" });
  if (f.status) q.set("status", f.status);
  if (f.username) q.set("username", f.username);
  if (f.staff) q.set("permissions", "staff");
  return rostra<AdminAccount[]>(`/api/v2/admin/accounts?${q}`);
}

export const accountAction = (id: string, action: "approve" | "reject" | "unsuspend") => rostra<AdminAccount>(`/api/v1/admin/accounts/${id}/${action}`, { method: "POST" });
/**
 * A moderation decision about an account (warn, strike, limit, mark sensitive, freeze, suspend) with its
 * statement of reasons: the server opens or reuses the account's case and records the decision there.
 */
export const decideAboutAccount = (id: string, body: DecisionBody) => rostra<{ id: string; case_id: string }>(`/api/v1/rostra/admin/accounts/${id}/decisions`, { method: "POST", body });
export const changeRole = (id: string, role: StaffRole) => rostra<AdminAccount>(`/api/v1/rostra/admin/accounts/${id}/role`, { method: "POST", body: { role } });
export const fetchInstanceSettings = () => rostra<InstanceSettings>("/api/v1/rostra/admin/instance");
export const saveInstanceSettings = (body: Partial<Omit<InstanceSettings, "defaults" | "stored">>) => rostra<InstanceSettings>("/api/v1/rostra/admin/instance", { method: "PUT", body });

export interface Thresholds {
  label: number | null;
  queue: number | null;
  hold: number | null;
  reject: number | null;
}

export interface Policy {
  version: number;
  thresholds: Record<string, Thresholds>;
  strikeDays: number;
  appealDays: number;
  classifierCanHold: boolean;
}

export interface OperatorRule {
  id: string;
  name: string;
  category: string;
  pattern: string;
  score: number;
  enabled: number | boolean;
}

export interface AuditEntry {
  seq: number;
  id: string;
  actor_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  payload: Record<string, unknown>;
  created_at: string;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  rows: number;
  brokenAt: number | null;
  reason?: string;
}

type Counts = Record<string, number>;
export interface TransparencyReport {
  period: { from: string; to: string };
  generated_at: string;
  signals: { total: number; by_source: Counts; by_category: Counts };
  reports: number;
  notices: number;
  rejected_before_publication: { total: number; by_category: Counts };
  decisions: { total: number; by_kind: Counts; by_category: Counts; by_automation: Counts; by_action: Counts };
  median_time_to_action_seconds: number | null;
  appeals: { filed: number; decided: number; outcomes: Counts };
  reversals: number;
}
