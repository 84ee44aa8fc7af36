// Poll JSON, with the viewer's own votes.
import { parseJson } from "../../../core/json.js";
import type { PollsTable } from "../../../db/types.js";

export interface PollOption {
  title: string;
  votes_count: number;
}

export function renderPoll(p: PollsTable, ownVotes: number[] | null, now = new Date()): Record<string, unknown> {
  const options = parseJson<PollOption[]>(p.options, []);
  const expired = !!p.expires_at && p.expires_at <= now.toISOString();
  return {
    id: p.id,
    expires_at: p.expires_at,
    expired,
    multiple: p.multiple === 1,
    votes_count: p.votes_count,
    voters_count: p.multiple === 1 ? p.voters_count : p.voters_count,
    options: options.map((o) => ({ title: o.title, votes_count: p.hide_totals && !expired ? null : o.votes_count })),
    emojis: [],
    ...(ownVotes ? { voted: ownVotes.length > 0, own_votes: ownVotes } : {}),
  };
}
