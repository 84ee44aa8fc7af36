// Images are uploaded as soon as they are picked (POST /api/v2/media); alt text is sent with PUT
// /api/v1/media/:id when the post goes out, so it can be written while the upload runs.
import { useI18n } from "../i18n";

export interface MediaDraft {
  key: string;
  id: string | null;
  preview: string;
  description: string;
  /** The description the server has, to skip needless PUTs. */
  savedDescription: string;
  error?: string;
}

export function MediaList({ media, requireAlt, onChange }: { media: MediaDraft[]; requireAlt: boolean; onChange: (m: MediaDraft[]) => void }) {
  const { t } = useI18n();
  if (media.length === 0) return null;
  return (
    <ul className="media-drafts">
      {media.map((m, i) => (
        <li key={m.key} className="media-draft">
          <img src={m.preview} alt="" />
          <div className="stack">
            <label className="field">
              <span>
                {t("compose.altText", { n: i + 1 })}
                {requireAlt ? ` (${t("common.required")})` : ""}
              </span>
              <textarea
                rows={2}
                maxLength={1500}
                value={m.description}
                required={requireAlt}
                aria-invalid={requireAlt && !m.description.trim()}
                onChange={(e) => onChange(media.map((x) => (x.key === m.key ? { ...x, description: e.target.value } : x)))}
              />
            </label>
            <p className="muted small" role="status">
              {m.error ? <span className="error">{m.error}</span> : m.id ? t("compose.uploaded") : t("compose.uploading")}
            </p>
            <button type="button" className="button small secondary" onClick={() => onChange(media.filter((x) => x.key !== m.key))}>
              {t("compose.removeImage")}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
