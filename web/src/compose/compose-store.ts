// Which composer is open in the dialog (reply, quote, edit, or a new post from the compose button).
import type { mastodon } from "masto";
import { useSyncExternalStore } from "react";

export interface ComposeRequest {
  replyTo?: mastodon.v1.Status;
  quote?: mastodon.v1.Status;
  edit?: mastodon.v1.Status;
}

let request: ComposeRequest | null = null;
const listeners = new Set<() => void>();

export function openCompose(r: ComposeRequest): void {
  request = r;
  listeners.forEach((l) => l());
}

export function closeCompose(): void {
  request = null;
  listeners.forEach((l) => l());
}

export function useComposeRequest(): ComposeRequest | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => request,
  );
}
