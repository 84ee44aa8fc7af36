import type { mastodon } from "masto";
import { useState } from "react";
import { api, errorMessage } from "../../api/client";
import { rememberStatus } from "../../api/status-store";
import { useI18n } from "../../i18n";
import { relativeTime } from "../../lib/time";
import { showToast } from "../toast";

export function PollView({ status, poll, canVote }: { status: mastodon.v1.Status; poll: mastodon.v1.Poll; canVote: boolean }) {
  const { t, locale } = useI18n();
  const [choices, setChoices] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const showResults = poll.voted || poll.expired || !canVote;
  const total = poll.multiple ? (poll.votersCount ?? poll.votesCount) : poll.votesCount;

  const vote = async () => {
    setBusy(true);
    try {
      const updated = await api().v1.polls.$select(poll.id).votes.create({ choices });
      rememberStatus({ ...status, poll: updated });
    } catch (err) {
      showToast(errorMessage(err), true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="poll">
      <legend className="visually-hidden">{t("poll.label")}</legend>
      {poll.options.map((o, i) => {
        const pct = total ? Math.round(((o.votesCount ?? 0) / total) * 100) : 0;
        return showResults ? (
          <div key={i} className="poll-result">
            <span className="poll-bar" style={{ width: `${pct}%` }} aria-hidden="true" />
            <span className="poll-pct">{pct}%</span> <span>{o.title}</span>
            {poll.ownVotes?.includes(i) ? <span className="muted"> ✓</span> : null}
          </div>
        ) : (
          <label key={i} className="poll-option">
            <input
              type={poll.multiple ? "checkbox" : "radio"}
              name={`poll-${poll.id}`}
              checked={choices.includes(i)}
              onChange={(e) => setChoices(poll.multiple ? (e.target.checked ? [...choices, i] : choices.filter((c) => c !== i)) : [i])}
            />
            {o.title}
          </label>
        );
      })}
      <p className="muted small">
        {t("poll.votes", { count: poll.votesCount })} ·{" "}
        {poll.expired ? t("poll.closed") : poll.expiresAt ? t("poll.endsIn", { time: relativeTime(poll.expiresAt, locale) }) : ""}
      </p>
      {!showResults && (
        <button type="button" className="button small" disabled={choices.length === 0 || busy} onClick={vote}>
          {t("poll.vote")}
        </button>
      )}
    </fieldset>
  );
}
