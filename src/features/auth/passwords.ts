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

/** Returns an error message, or null when the password is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD) return `is too short (minimum is ${MIN_PASSWORD} characters)`;
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return `is too long (maximum is ${MAX_PASSWORD_BYTES} bytes)`;
  return null;
}
