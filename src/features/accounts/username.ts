// Mastodon's username rule: letters, digits and underscores, dots and dashes only inside, 30 at most.
const USERNAME = /^[a-z0-9_]+([a-z0-9_.-]+[a-z0-9_]+)?$/i;
const RESERVED = new Set([
  "admin", "administrator", "root", "support", "help", "moderator", "moderators", "mod", "staff",
  "security", "system", "rostra", "mastodon", "postmaster", "webmaster", "hostmaster", "abuse",
  "noreply", "no-reply", "api", "oauth", "auth", "settings", "about", "explore", "public", "tags",
  "users", "instance", "actor", "inbox", "outbox", "well-known", "nodeinfo",
]);

export function usernameProblem(username: string): string | null {
  if (username.length === 0) return "can't be blank";
  if (username.length > 30) return "is too long (maximum is 30 characters)";
  if (!USERNAME.test(username)) return "must contain only letters, numbers and underscores";
  if (RESERVED.has(username.toLowerCase())) return "is reserved";
  return null;
}
