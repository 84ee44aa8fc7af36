// Unread notifications since the last visit to the notifications page, counted live from the stream.
import { useQueryClient } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";
import { useStream } from "../api/streaming";

let unread = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function clearNotificationBadge(): void {
  unread = 0;
  emit();
}

export function useNotificationBadge(signedIn: boolean): number {
  const qc = useQueryClient();
  useStream(signedIn ? { kind: "notifications" } : null, (e) => {
    if (e.event !== "notification") return;
    if (location.pathname !== "/notifications") unread++;
    emit();
    void qc.invalidateQueries({ queryKey: ["notifications"] });
  });
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => unread,
  );
}
