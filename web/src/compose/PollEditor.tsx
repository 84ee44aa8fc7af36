import { useI18n } from "../i18n";

export interface PollDraft {
  options: string[];
  expiresIn: number;
  multiple: boolean;
}

export const NEW_POLL: PollDraft = { options: ["", ""], expiresIn: 86_400, multiple: false };
const DURATIONS = [300, 1800, 3600, 21_600, 86_400, 259_200, 604_800];

export function PollEditor({ poll, onChange, maxOptions = 4 }: { poll: PollDraft; onChange: (p: PollDraft | null) => void; maxOptions?: number }) {
  const { t } = useI18n();
  const setOption = (i: number, v: string) => onChange({ ...poll, options: poll.options.map((o, j) => (j === i ? v : o)) });
  return (
    <fieldset className="poll-editor">
      <legend>{t("compose.poll")}</legend>
      {poll.options.map((o, i) => (
        <div key={i} className="row">
          <label className="visually-hidden" htmlFor={`poll-option-${i}`}>
            {t("compose.pollOption", { n: i + 1 })}
          </label>
          <input id={`poll-option-${i}`} type="text" value={o} maxLength={50} placeholder={t("compose.pollOption", { n: i + 1 })} onChange={(e) => setOption(i, e.target.value)} />
          {poll.options.length > 2 && (
            <button type="button" className="button small secondary" onClick={() => onChange({ ...poll, options: poll.options.filter((_, j) => j !== i) })}>
              {t("compose.pollRemoveOption")}
            </button>
          )}
        </div>
      ))}
      <div className="row wrap">
        {poll.options.length < maxOptions && (
          <button type="button" className="button small secondary" onClick={() => onChange({ ...poll, options: [...poll.options, ""] })}>
            {t("compose.pollAddOption")}
          </button>
        )}
        <label>
          {t("compose.pollDuration")}{" "}
          <select value={poll.expiresIn} onChange={(e) => onChange({ ...poll, expiresIn: Number(e.target.value) })}>
            {DURATIONS.map((d) => (
              <option key={d} value={d}>
                {d < 3600 ? t("duration.minutes", { n: d / 60 }) : d < 86_400 ? t("duration.hours", { n: d / 3600 }) : t("duration.days", { n: d / 86_400 })}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={poll.multiple} onChange={(e) => onChange({ ...poll, multiple: e.target.checked })} />
          {t("compose.pollMultiple")}
        </label>
        <button type="button" className="button small secondary" onClick={() => onChange(null)}>
          {t("compose.pollRemove")}
        </button>
      </div>
    </fieldset>
  );
}
