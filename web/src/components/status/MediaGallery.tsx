// Attached images with their alt text; sensitive media stay hidden until the reader chooses.
import type { mastodon } from "masto";
import { useState } from "react";
import { useI18n } from "../../i18n";

export function MediaGallery({ media, sensitive }: { media: mastodon.v1.MediaAttachment[]; sensitive: boolean }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(!sensitive);
  if (media.length === 0) return null;
  return (
    <div className={`media-gallery count-${Math.min(media.length, 4)}`}>
      {!shown && (
        <button type="button" className="media-cover" onClick={() => setShown(true)}>
          {t("status.sensitiveMedia")}
          <span className="muted">{t("status.clickToShow")}</span>
        </button>
      )}
      {shown &&
        media.map((m) => (
          <figure key={m.id} className="media-item">
            {m.type === "image" || m.type === "gifv" ? (
              <a href={m.url ?? m.remoteUrl ?? "#"} target="_blank" rel="noopener noreferrer">
                {/* intrinsic size from the server's metadata reserves the space, so the list doesn't jump as images load */}
                <img src={m.previewUrl ?? m.url ?? ""} alt={m.description ?? ""} loading="lazy" decoding="async" width={m.meta?.small?.width ?? undefined} height={m.meta?.small?.height ?? undefined} />
              </a>
            ) : m.type === "video" ? (
              <video src={m.url ?? undefined} controls preload="metadata" aria-label={m.description ?? undefined} />
            ) : (
              <a href={m.url ?? "#"}>{m.description || t("status.attachment")}</a>
            )}
            {m.description ? (
              <figcaption className="alt-badge" title={m.description}>
                ALT
              </figcaption>
            ) : null}
          </figure>
        ))}
      {shown && sensitive && (
        <button type="button" className="media-hide" onClick={() => setShown(false)}>
          {t("status.hideMedia")}
        </button>
      )}
    </div>
  );
}
