// The signed-in session (an OAuth token in localStorage), observable so React re-renders on change.
import { readJson, writeJson } from "../lib/storage";

export interface Session {
  token: string;
  scope: string;
}

let current: Session | null = readJson<Session | null>("session", null);
const listeners = new Set<() => void>();

export function getSession(): Session | null {
  return current;
}

export function setSession(s: Session | null): void {
  current = s;
  writeJson("session", s);
  for (const l of listeners) l();
}

export function subscribeSession(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

// another tab signing in or out changes what this tab may do
window.addEventListener("storage", (e) => {
  if (e.key === "rostra.session") {
    current = readJson<Session | null>("session", null);
    for (const l of listeners) l();
  }
});
