// Wide screens only: what this server is, its rules, and where to read how it is moderated.
import { useInstance } from "../api/me";
import { useI18n } from "../i18n";
import { instanceDescription } from "../lib/instance";

export function Aside() {
  const { t } = useI18n();
  const instance = useInstance();
  const i = instance.data;
  return (
    <aside className="aside" aria-label={t("aside.label")}>
      <section className="panel stack">
        <h2>{i?.title ?? "Rostra"}</h2>
        {i && <p className="muted">{instanceDescription(i.description, t)}</p>}
        {i && i.rules.length > 0 && (
          <>
            <h3>{t("aside.rules")}</h3>
            <ol className="rules">
              {i.rules.map((r) => (
                <li key={r.id}>{r.text}</li>
              ))}
            </ol>
          </>
        )}
        <p className="small">
          <a href="/transparency">{t("console.transparency")}</a>
        </p>
      </section>
    </aside>
  );
}
