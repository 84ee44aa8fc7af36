// Short status messages ("Link copied", errors) announced politely to screen readers.
import { useSyncExternalStore } from "react";

interface Toast {
  id: number;
  text: string;
  error?: boolean;
}
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

export function showToast(text: string, error = false): void {
  const id = nextId++;
  toasts = [...toasts, { id, text, error }];
  emit();
  setTimeout(() => {
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  }, 5000);
}

export function Toasts() {
  const list = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((t) => (
        <div key={t.id} className={t.error ? "toast error" : "toast"}>
          {t.text}
        </div>
      ))}
    </div>
  );
}
