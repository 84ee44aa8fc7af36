// Mastodon's username rule: letters, digits and underscores, dots and dashes only inside, 30 at most.
const USERNAME = /^[a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)?$/i;
const RESERVED = new Set([
  "admin", "administrator", "root", "support", "help", "moderator", "moderators", "mod", "staff",
  "security", "system", "rostra", "mastodon", "postmaster", "webmaster", "hostmaster", "abuse",
  "noreply", "no-reply", "api", "oauth", "auth", "settings", "about", "explore", "public", "tags",
  "users", "instance", "actor", "inbox", "outbox", "well-known", "nodeinfo",
]);

export const MAX_USERNAME = 30;

/** A validation problem as Mastodon reports it in a 422's details: a stable code and English words. */
export interface FieldProblem {
  error: "ERR_BLANK" | "ERR_TOO_LONG" | "ERR_TOO_SHORT" | "ERR_INVALID" | "ERR_RESERVED" | "ERR_TAKEN" | "ERR_BLOCKED";
  description: string;
}

export function usernameProblem(username: string): FieldProblem | null {
  if (username.length === 0) return { error: "ERR_BLANK", description: "can't be blank" };
  if (username.length > MAX_USERNAME) return { error: "ERR_TOO_LONG", description: `is too long (maximum is ${MAX_USERNAME} characters)` };
  if (!USERNAME.test(username)) return { error: "ERR_INVALID", description: "must contain only letters, numbers and underscores" };
  if (RESERVED.has(username.toLowerCase())) return { error: "ERR_RESERVED", description: "is reserved" };
  return null;
}
