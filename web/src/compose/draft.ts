// Unsent text survives reloads and closed tabs: one draft per context (new post, reply to X, quote of X).
import { readJson, writeJson } from "../lib/storage";
import type { PollDraft } from "./PollEditor";

export interface Draft {
  text: string;
  spoiler: string | null;
  visibility: string;
  language: string;
  poll: PollDraft | null;
}

const all = () => readJson<Record<string, Draft>>("drafts", {});

export function loadDraft(key: string): Draft | null {
  return all()[key] ?? null;
}

export function saveDraft(key: string, draft: Draft | null): void {
  const drafts = all();
  if (draft && (draft.text.trim() || draft.spoiler || draft.poll)) drafts[key] = draft;
  else delete drafts[key];
  writeJson("drafts", drafts);
}
