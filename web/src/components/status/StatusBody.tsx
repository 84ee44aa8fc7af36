// What a post says: content warning, text, media, poll and the quoted post.
import type { mastodon } from "masto";
import { useState } from "react";
import { useI18n } from "../../i18n";
import { renderSafeHtml } from "../../lib/sanitize";
import { Link } from "../../router";
import { DisplayName } from "../Avatar";
import { MediaGallery } from "./MediaGallery";
import { PollView } from "./PollView";
import { statusPath } from "./paths";

export function StatusBody({ status, signedIn, nested = false }: { status: mastodon.v1.Status; signedIn: boolean; nested?: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const hasCw = status.spoilerText.length > 0;
  const quoted = (status as QuoteCarrier).quote?.quotedStatus ?? null;
  return (
    <div className="status-body" lang={status.language ?? undefined}>
      {hasCw && (
        <p className="cw">
          <span>{status.spoilerText}</span>{" "}
          <button type="button" className="button small secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t("status.showLess") : t("status.showMore")}
          </button>
        </p>
      )}
      {(!hasCw || open) && (
        <>
          <div className="status-content">{renderSafeHtml(status.content)}</div>
          {status.poll && <PollView status={status} poll={status.poll} canVote={signedIn} />}
          <MediaGallery media={status.mediaAttachments} sensitive={status.sensitive && !hasCw} />
          {quoted && !nested && (
            <blockquote className="quote">
              <Link to={statusPath(quoted)} className="quote-head">
                <DisplayName account={quoted.account} />
              </Link>
              <StatusBody status={quoted} signedIn={signedIn} nested />
            </blockquote>
          )}
        </>
      )}
    </div>
  );
}

/** Mastodon 4.5 quotes: masto's Status type may not carry them yet. */
export type QuoteCarrier = mastodon.v1.Status & { quote?: { state?: string; quotedStatus?: mastodon.v1.Status | null } | null };
