// Suggests accounts after "@" and hashtags after "#" at the cursor; arrows choose, Enter or Tab inserts.
import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useState } from "react";
import { api } from "../api/client";

export interface Token {
  kind: "@" | "#";
  query: string;
  start: number;
  end: number;
}

/** The @word or #word ending at the cursor, if any. */
export function tokenAt(text: string, cursor: number): Token | null {
  const before = text.slice(0, cursor);
  const m = /(^|\s)([@#])([\p{L}\p{N}_.@-]{1,40})$/u.exec(before);
  if (!m) return null;
  return { kind: m[2] as "@" | "#", query: m[3], start: cursor - m[3].length - 1, end: cursor };
}

export function useAutocomplete(token: Token | null) {
  const [active, setActive] = useState(0);
  // Escape closes the suggestions for this word; typing on (a new word) brings them back
  const [dismissed, setDismissed] = useState<string | null>(null);
  const tokenKey = token ? `${token.start}:${token.kind}${token.query}` : null;
  const q = useQuery({
    queryKey: ["autocomplete", token?.kind, token?.query],
    enabled: !!token && token.query.length >= 1,
    staleTime: 30_000,
    queryFn: async () => {
      const res = await api().v2.search.list({ q: token!.query, type: token!.kind === "@" ? "accounts" : "hashtags", limit: 5, resolve: false });
      return token!.kind === "@" ? res.accounts.map((a) => ({ value: a.acct, label: `${a.displayName || a.username} @${a.acct}` })) : res.hashtags.map((h) => ({ value: h.name, label: `#${h.name}` }));
    },
  });
  // only the answer for the word at the cursor counts: a late answer for an earlier prefix is ignored
  const options = token && tokenKey !== dismissed ? (q.data ?? []) : [];
  return { options, active: Math.min(active, Math.max(0, options.length - 1)), setActive, dismiss: () => setDismissed(tokenKey) };
}

export function AutocompleteList(props: { id: string; options: { value: string; label: string }[]; active: number; onPick: (value: string) => void }) {
  if (props.options.length === 0) return null;
  return (
    <ul id={props.id} role="listbox" className="autocomplete">
      {props.options.map((o, i) => (
        <li
          key={o.value}
          id={`${props.id}-${i}`}
          role="option"
          aria-selected={i === props.active}
          onMouseDown={(e) => {
            e.preventDefault();
            props.onPick(o.value);
          }}
        >
          {o.label}
        </li>
      ))}
    </ul>
  );
}

/** Keyboard handling for the textarea while suggestions are showing; true when the key was used. */
export function handleAutocompleteKey(e: KeyboardEvent, count: number, active: number, setActive: (n: number) => void, pick: () => void, dismiss: () => void): boolean {
  if (count === 0 || e.nativeEvent.isComposing) return false;
  if (e.key === "ArrowDown") setActive((active + 1) % count);
  else if (e.key === "ArrowUp") setActive((active - 1 + count) % count);
  else if (e.key === "Enter" || e.key === "Tab") pick();
  else if (e.key === "Escape") dismiss();
  else return false;
  e.preventDefault();
  return true;
}
