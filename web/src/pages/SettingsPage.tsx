// Settings. Stored on the server where the API has a place for them (default visibility and posting
// language in the account's source, notification policy); everything else is kept in this browser.
import type { mastodon } from "masto";
import { api, errorMessage } from "../api/client";
import { useMe } from "../api/me";
import { LANGUAGES } from "../compose/Composer";
import { PageTitle } from "../components/PageTitle";
import { isStaff } from "../components/StaffGate";
import { showToast } from "../components/toast";
import { LOCALE_NAMES, useI18n } from "../i18n";
import { type InteractionPolicy, type Locale, QUOTE_POLICIES, REPLY_POLICIES, type ReplyPolicy, type Theme, type Visibility, updatePrefs, usePrefs } from "../lib/prefs";
import { Link, navigate } from "../router";
import { signOut } from "../api/oauth";
import { closeStreaming } from "../api/streaming";

type SourcePatch = { replyPolicy?: ReplyPolicy; quotePolicy?: InteractionPolicy; hideLikelyAbuse?: boolean };

/** update_credentials with source[reply_policy], source[quote_policy], source[hide_likely_abuse]. */
function saveSource(source: SourcePatch) {
  return api().v1.accounts.updateCredentials({ source } as unknown as Parameters<ReturnType<typeof api>["v1"]["accounts"]["updateCredentials"]>[0]);
}

let saving: Promise<void> = Promise.resolve();

/**
 * One save at a time, in the order they were made: the server updates the account's settings as a
 * whole, so two changes sent together could each overwrite the other's.
 */
function saveRemote(fn: () => Promise<unknown>, okText: string): Promise<void> {
  saving = saving.then(async () => {
    try {
      await fn();
      showToast(okText);
    } catch (err) {
      showToast(errorMessage(err), true);
    }
  });
  return saving;
}

export default function SettingsPage() {
  const { t, locale } = useI18n();
  const prefs = usePrefs();
  const { me } = useMe();
  const langNames = new Intl.DisplayNames([locale], { type: "language" });
  const saved = t("settings.saved");

  return (
    <>
      <PageTitle title={t("nav.settings")} />
      {me && (
        <nav className="panel settings-links" aria-label={t("settings.more")}>
          <Link to={`/@${me.acct}`}>{t("nav.profile")}</Link>
          <Link to="/bookmarks">{t("nav.bookmarks")}</Link>
          <Link to="/lists">{t("nav.lists")}</Link>
          <Link to="/filters">{t("filters.title")}</Link>
          <Link to="/follow_requests">{t("followRequests.title")}</Link>
          <Link to="/scheduled">{t("scheduled.title")}</Link>
          <Link to="/statements">{t("statements.title")}</Link>
          {isStaff(me) && <Link to="/console">{t("console.title")}</Link>}
          <button type="button" className="button small secondary" onClick={() => {
            closeStreaming();
            void signOut().then(() => navigate("/"));
          }}>{t("nav.signOut")}</button>
        </nav>
      )}
      <section className="panel stack" aria-labelledby="settings-appearance">
        <h2 id="settings-appearance">{t("settings.appearance")}</h2>
        <div className="field">
          <label htmlFor="setting-select-1">{t("settings.language")}</label>
          <select id="setting-select-1" value={prefs.locale} onChange={(e) => updatePrefs({ locale: e.target.value as Locale })}>
            {Object.entries(LOCALE_NAMES).map(([code, name]) => <option key={code} value={code} lang={code}>{name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="setting-select-2">{t("settings.theme")}</label>
          <select id="setting-select-2" value={prefs.theme} onChange={(e) => updatePrefs({ theme: e.target.value as Theme })}>
            {(["system", "light", "dark"] as const).map((th) => <option key={th} value={th}>{t(`settings.theme.${th}`)}</option>)}
          </select>
        </div>
        <label className="check"><input type="checkbox" checked={prefs.reduceMotion} onChange={(e) => updatePrefs({ reduceMotion: e.target.checked })} />{t("settings.reduceMotion")}</label>
      </section>
      <section className="panel stack" aria-labelledby="settings-posting">
        <h2 id="settings-posting">{t("settings.posting")}</h2>
        <div className="field">
          <label htmlFor="setting-select-3">{t("settings.defaultVisibility")}</label>
          <select id="setting-select-3" value={prefs.defaultVisibility} onChange={(e) => {
            const v = e.target.value as Visibility;
            updatePrefs({ defaultVisibility: v });
            if (me) void saveRemote(() => api().v1.accounts.updateCredentials({ source: { privacy: v as mastodon.v1.StatusVisibility } }), saved);
          }}>
            {(["public", "unlisted", "private", "direct"] as const).map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="setting-select-4">{t("settings.postingLanguage")}</label>
          <select id="setting-select-4" value={prefs.defaultLanguage} onChange={(e) => {
            updatePrefs({ defaultLanguage: e.target.value });
            if (me) void saveRemote(() => api().v1.accounts.updateCredentials({ source: { language: e.target.value } }), saved);
          }}>
            {LANGUAGES.map((l) => <option key={l} value={l}>{langNames.of(l) ?? l}</option>)}
          </select>
        </div>
        <label className="check"><input type="checkbox" checked={prefs.requireAltText} onChange={(e) => updatePrefs({ requireAltText: e.target.checked })} />{t("settings.requireAlt")}</label>
        <div className="field">
          <label htmlFor="setting-select-5">{t("settings.replyPolicy")}</label>
          <select id="setting-select-5" value={prefs.replyPolicy} onChange={(e) => {
            const replyPolicy = e.target.value as ReplyPolicy;
            updatePrefs({ replyPolicy });
            if (me) void saveRemote(() => saveSource({ replyPolicy }), saved);
          }}>
            {REPLY_POLICIES.map((p) => <option key={p} value={p}>{t(`settings.reply.${p}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="setting-select-6">{t("settings.quotePolicy")}</label>
          <select id="setting-select-6" value={prefs.quotePolicy} onChange={(e) => {
            const quotePolicy = e.target.value as InteractionPolicy;
            updatePrefs({ quotePolicy });
            if (me) void saveRemote(() => saveSource({ quotePolicy }), saved);
          }}>
            {QUOTE_POLICIES.map((p) => <option key={p} value={p}>{t(`settings.policy.${p}`)}</option>)}
          </select>
        </div>
        <p className="muted small">{t("settings.localNote")}</p>
      </section>
      <section className="panel stack" aria-labelledby="settings-safety">
        <h2 id="settings-safety">{t("settings.safety")}</h2>
        <label className="check"><input type="checkbox" checked={prefs.hideLikelyAbuse} onChange={(e) => {
          const hideLikelyAbuse = e.target.checked;
          updatePrefs({ hideLikelyAbuse });
          if (me) void saveRemote(() => saveSource({ hideLikelyAbuse }), saved);
        }} />{t("settings.hideLikelyAbuse")}</label>
        <label className="check">
          <input type="checkbox" checked={!prefs.notifyFromStrangers} onChange={(e) => {
            updatePrefs({ notifyFromStrangers: !e.target.checked });
            if (me) void saveRemote(() => api().v2.notifications.policy.update({ forNotFollowing: e.target.checked ? "filter" : "accept", forNewAccounts: e.target.checked ? "filter" : "accept" }), saved);
          }} />
          {t("settings.filterStrangers")}
        </label>
      </section>
    </>
  );
}
