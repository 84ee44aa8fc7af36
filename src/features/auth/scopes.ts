// OAuth scopes as Mastodon defines them: `read` covers every `read:*`, legacy `follow` covers the
// relationship scopes, `admin:read` covers `admin:read:*`.
export const KNOWN_SCOPES = new Set([
  "read", "write", "push", "follow", "profile", "admin:read", "admin:write",
  "read:accounts", "read:blocks", "read:bookmarks", "read:favourites", "read:filters", "read:follows",
  "read:lists", "read:mutes", "read:notifications", "read:search", "read:statuses",
  "write:accounts", "write:blocks", "write:bookmarks", "write:conversations", "write:favourites",
  "write:filters", "write:follows", "write:lists", "write:media", "write:mutes", "write:notifications",
  "write:reports", "write:statuses",
  "admin:read:accounts", "admin:read:reports", "admin:read:domain_allows", "admin:read:domain_blocks",
  "admin:read:ip_blocks", "admin:read:email_domain_blocks", "admin:read:canonical_email_blocks",
  "admin:write:accounts", "admin:write:reports", "admin:write:domain_allows", "admin:write:domain_blocks",
  "admin:write:ip_blocks", "admin:write:email_domain_blocks", "admin:write:canonical_email_blocks",
]);

const FOLLOW_COVERS = new Set(["read:blocks", "write:blocks", "read:follows", "write:follows", "read:mutes", "write:mutes"]);

/** Split a scope string separated by spaces or `+`; unknown scopes are kept out. */
export function parseScopes(raw: string | undefined | null, fallback = "read"): string[] {
  const text = raw && raw.trim() !== "" ? raw : fallback;
  return [...new Set(text.split(/[\s+]+/).filter(Boolean))];
}

export function unknownScopes(scopes: string[]): string[] {
  return scopes.filter((s) => !KNOWN_SCOPES.has(s));
}

export function hasScope(granted: readonly string[], required: string): boolean {
  if (granted.includes(required)) return true;
  const [head, tail] = splitScope(required);
  if (tail && granted.includes(head)) return true; // read ⊇ read:statuses, admin:read ⊇ admin:read:accounts
  if (FOLLOW_COVERS.has(required) && granted.includes("follow")) return true;
  // profile is a narrower read:accounts used only by verify_credentials
  if (required === "profile" && (granted.includes("read") || granted.includes("read:accounts"))) return true;
  return false;
}

function splitScope(scope: string): [string, string | undefined] {
  if (scope.startsWith("admin:")) {
    const parts = scope.split(":");
    return [`admin:${parts[1]}`, parts[2]];
  }
  const i = scope.indexOf(":");
  return i < 0 ? [scope, undefined] : [scope.slice(0, i), scope.slice(i + 1)];
}

/** Every requested scope must be covered by the app's registered scopes. */
export function scopesAllowed(appScopes: readonly string[], requested: readonly string[]): boolean {
  return requested.every((s) => hasScope(appScopes, s));
}
