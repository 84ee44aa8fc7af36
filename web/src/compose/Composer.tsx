// Writing a post: text with a live counter and autocomplete, content warning, visibility, language,
// up to four images with alt text, a poll; also used for replies, quotes and edits.
import type { mastodon } from "masto";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useInstance } from "../api/me";
import { useI18n } from "../i18n";
import { countCharacters } from "../lib/count";
import { usePrefs } from "../lib/prefs";
import { Icon } from "../components/icons";
import { AutocompleteList, handleAutocompleteKey, tokenAt, useAutocomplete } from "./Autocomplete";
import { MediaList } from "./MediaPicker";
import { NEW_POLL, PollEditor } from "./PollEditor";
import { type ComposeTarget, useCompose } from "./use-compose";

export const LANGUAGES = ["en", "vi", "fr", "de", "es", "ja", "zh", "ko", "pt", "th", "id"];
const VISIBILITIES = ["public", "unlisted", "private", "direct"] as const;

/** The earliest time the server accepts (5 minutes ahead), as a datetime-local value. */
function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function Composer({ target = {}, me, onDone, onScheduled, autoFocus }: { target?: ComposeTarget; me: mastodon.v1.Account | null; onDone?: (s: mastodon.v1.Status) => void; onScheduled?: () => void; autoFocus?: boolean }) {
  const { t, locale } = useI18n();
  const prefs = usePrefs();
  const instance = useInstance();
  const c = useCompose(target, me, onDone, onScheduled);
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const [cursor, setCursor] = useState(0);
  const cfg = instance.data?.configuration.statuses;
  const max = cfg?.maxCharacters ?? 500;
  const used = countCharacters(c.text, cfg?.charactersReservedPerUrl ?? 23) + Array.from(c.spoiler ?? "").length;
  const left = max - used;
  // a reply starts with "@name ": put the caret after it, not before
  useEffect(() => {
    const el = area.current;
    if (autoFocus && el) el.setSelectionRange(el.value.length, el.value.length);
  }, [autoFocus]);
  const token = tokenAt(c.text, cursor);
  const ac = useAutocomplete(token);

  // the caret goes after an inserted completion in the same commit as the new text: set any later (a
  // frame later, say) it lands after what a fast typist already typed, and their next letters go before it
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const pos = caretAfterPick.current;
    if (pos === null || !area.current) return;
    caretAfterPick.current = null;
    area.current.setSelectionRange(pos, pos);
  });
  const pick = (value: string) => {
    if (!token) return;
    const next = `${c.text.slice(0, token.start)}${token.kind}${value} ${c.text.slice(token.end)}`;
    c.setText(next);
    const pos = token.start + value.length + 2;
    caretAfterPick.current = pos;
    setCursor(pos);
  };

  const empty = !c.text.trim() && c.media.length === 0;
  const pollInvalid = !!c.poll && c.poll.options.filter((o) => o.trim()).length < 2;
  const scheduleTooSoon = c.scheduleAt !== null && !(new Date(c.scheduleAt).getTime() >= Date.now() + 5 * 60_000);
  const disabled = c.busy || empty || left < 0 || c.missingAlt || c.uploading || pollInvalid || scheduleTooSoon;
  const langNames = new Intl.DisplayNames([locale], { type: "language" });

  return (
    <form
      className="composer"
      aria-label={target.edit ? t("compose.editTitle") : target.replyTo ? t("compose.replyTitle") : t("compose.title")}
      onSubmit={(e) => {
        e.preventDefault();
        if (!disabled) void c.submit();
      }}
    >
      {c.spoiler !== null && (
        <label className="field">
          <span>{t("compose.cw")}</span>
          <input type="text" value={c.spoiler} maxLength={200} onChange={(e) => c.setSpoiler(e.target.value)} placeholder={t("compose.cwPlaceholder")} />
        </label>
      )}
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t("compose.textLabel")}
      </label>
      <div className="autocomplete-wrap">
        <textarea
          id={`${id}-text`}
          ref={area}
          value={c.text}
          rows={target.replyTo || target.edit ? 4 : 3}
          placeholder={target.replyTo ? t("compose.replyPlaceholder") : t("compose.placeholder")}
          autoFocus={autoFocus}
          aria-describedby={`${id}-count`}
          role="combobox"
          aria-expanded={ac.options.length > 0}
          aria-controls={`${id}-ac`}
          aria-autocomplete="list"
          aria-activedescendant={ac.options.length ? `${id}-ac-${ac.active}` : undefined}
          onChange={(e) => {
            c.setText(e.target.value);
            setCursor(e.target.selectionStart);
          }}
          onSelect={(e) => setCursor(e.currentTarget.selectionStart)}
          onKeyDown={(e) => {
            if (handleAutocompleteKey(e, ac.options.length, ac.active, ac.setActive, () => pick(ac.options[ac.active].value), ac.dismiss)) return;
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && !disabled) void c.submit();
          }}
        />
        <AutocompleteList id={`${id}-ac`} options={ac.options} active={ac.active} onPick={pick} />
      </div>
      <MediaList media={c.media} requireAlt={prefs.requireAltText} onChange={c.setMedia} />
      {c.missingAlt && <p className="hint">{t("compose.altRequired")}</p>}
      {c.scheduleAt !== null && (
        <div className="field">
          <label htmlFor={`${id}-when`}>{t("compose.scheduleAt")}</label>
          <input id={`${id}-when`} type="datetime-local" value={c.scheduleAt} min={localInputValue(new Date(Date.now() + 5 * 60_000))} aria-describedby={`${id}-when-hint`} onChange={(e) => c.setScheduleAt(e.target.value)} />
          <span id={`${id}-when-hint`} className={scheduleTooSoon ? "hint error" : "hint"}>{t("compose.scheduleHint")}</span>
        </div>
      )}
      {c.poll && <PollEditor poll={c.poll} onChange={c.setPoll} maxOptions={instance.data?.configuration.polls.maxOptions ?? 4} />}
      <div className="composer-tools">
        <input ref={file} type="file" accept="image/jpeg,image/png,image/webp,image/gif" multiple hidden onChange={(e) => {
          c.addFiles(e.target.files);
          e.target.value = "";
        }} aria-label={t("compose.addImage")} />
        <button type="button" className="icon-button" disabled={c.media.length >= 4 || !!c.poll || !!target.edit} onClick={() => file.current?.click()} title={t("compose.addImage")} aria-label={t("compose.addImage")}>
          <Icon name="image" />
        </button>
        <button type="button" className="icon-button" disabled={c.media.length > 0 || !!target.edit} aria-pressed={!!c.poll} onClick={() => c.setPoll(c.poll ? null : NEW_POLL)} title={t("compose.poll")} aria-label={t("compose.poll")}>
          <Icon name="poll" />
        </button>
        <button type="button" className="icon-button" aria-pressed={c.spoiler !== null} onClick={() => c.setSpoiler(c.spoiler === null ? "" : null)} title={t("compose.cw")} aria-label={t("compose.cw")}>
          <Icon name="warning" />
        </button>
        {!target.edit && (
          <button type="button" className="icon-button" aria-pressed={c.scheduleAt !== null} onClick={() => c.setScheduleAt(c.scheduleAt === null ? localInputValue(new Date(Date.now() + 60 * 60_000)) : null)} title={t("compose.schedule")} aria-label={t("compose.schedule")}>
            <Icon name="clock" />
          </button>
        )}
        <label className="visually-hidden" htmlFor={`${id}-vis`}>{t("compose.visibility")}</label>
        <select id={`${id}-vis`} value={c.visibility} disabled={!!target.edit} onChange={(e) => c.setVisibility(e.target.value)}>
          {VISIBILITIES.map((v) => (
            <option key={v} value={v}>{t(`visibility.${v}`)}</option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-lang`}>{t("compose.language")}</label>
        <select id={`${id}-lang`} value={c.language} onChange={(e) => c.setLanguage(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>{langNames.of(l) ?? l}</option>
          ))}
        </select>
        <span className="composer-send">
          <span id={`${id}-count`} className={left < 0 ? "counter over" : "counter"} aria-live="polite" aria-label={t("compose.charsLeft", { n: left })}>
            {left}
          </span>
          <button type="submit" className="button" disabled={disabled}>
            {target.edit ? t("compose.save") : c.scheduleAt !== null ? t("compose.scheduleButton") : target.replyTo ? t("compose.reply") : t("compose.post")}
          </button>
        </span>
      </div>
    </form>
  );
}
