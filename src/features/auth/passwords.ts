import { hash, verify } from "@node-rs/argon2";

// argon2id (algorithm 2) with OWASP's memory-hard parameters.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD = 8;
export const MAX_PASSWORD_BYTES = 1024;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS as any);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** The problem with a new password (Mastodon's code and English words), or null when it is acceptable. */
export function passwordProblem(password: string): { error: "ERR_BLANK" | "ERR_TOO_SHORT" | "ERR_TOO_LONG"; description: string } | null {
  if (password.length === 0) return { error: "ERR_BLANK", description: "can't be blank" };
  if (password.length < MIN_PASSWORD) return { error: "ERR_TOO_SHORT", description: `is too short (minimum is ${MIN_PASSWORD} characters)` };
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return { error: "ERR_TOO_LONG", description: `is too long (maximum is ${MAX_PASSWORD_BYTES} bytes)` };
  return null;
}
