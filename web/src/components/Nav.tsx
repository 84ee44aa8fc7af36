// Main navigation. Wide screens: a side bar with every section. Phones: a top bar (brand, theme,
// language, compose) and a bottom tab bar with the five main sections.
import type { mastodon } from "masto";
import { useInstance } from "../api/me";
import { beginSignIn, beginSignUp, signOut } from "../api/oauth";
import { closeStreaming } from "../api/streaming";
import { openCompose } from "../compose/compose-store";
import { LOCALE_NAMES, type MessageKey, useI18n } from "../i18n";
import { type Locale, updatePrefs, usePrefs } from "../lib/prefs";
import { Link, navigate, useLocation } from "../router";
import { Avatar } from "./Avatar";
import { Icon, type IconName } from "./icons";
import { useNotificationBadge } from "./notification-badge";
import { isStaff } from "./StaffGate";

interface Item {
  to: string;
  label: MessageKey;
  icon: IconName;
  primary?: boolean;
  auth?: boolean;
}

const ITEMS: Item[] = [
  { to: "/", label: "nav.home", icon: "home", primary: true },
  { to: "/local", label: "nav.local", icon: "local", primary: true },
  { to: "/search", label: "nav.search", icon: "search", primary: true },
  { to: "/notifications", label: "nav.notifications", icon: "bell", primary: true, auth: true },
  { to: "/bookmarks", label: "nav.bookmarks", icon: "bookmark", auth: true },
  { to: "/lists", label: "nav.lists", icon: "list", auth: true },
  { to: "/settings", label: "nav.settings", icon: "settings", primary: true },
];

export function ThemeAndLanguage() {
  const { t, locale } = useI18n();
  const prefs = usePrefs();
  const dark = prefs.theme === "dark" || (prefs.theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  return (
    <div className="quick-prefs">
      <button type="button" className="icon-button" onClick={() => updatePrefs({ theme: dark ? "light" : "dark" })} aria-label={dark ? t("settings.useLight") : t("settings.useDark")} title={dark ? t("settings.useLight") : t("settings.useDark")}>
        <Icon name={dark ? "sun" : "moon"} />
      </button>
      <label className="visually-hidden" htmlFor="nav-locale">
        {t("settings.language")}
      </label>
      <select id="nav-locale" value={locale} onChange={(e) => updatePrefs({ locale: e.target.value as Locale })}>
        {Object.entries(LOCALE_NAMES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Nav({ me }: { me: mastodon.v1.CredentialAccount | null }) {
  const { t, locale } = useI18n();
  const { path } = useLocation();
  const unread = useNotificationBadge(!!me);
  const here = location.pathname + location.search;
  const items = ITEMS.filter((i) => !i.auth || me);
  const signUpOpen = useInstance().data?.registrations.enabled !== false;
  return (
    <>
      <header className="topbar">
        <Link to="/" className="brand">
          <img src="/icons/icon.svg" alt="" width={28} height={28} /> Rostra
        </Link>
        <ThemeAndLanguage />
        {me ? (
          <button type="button" className="button small" onClick={() => openCompose({})}>
            <Icon name="pen" size={16} /> {t("nav.compose")}
          </button>
        ) : (
          <button type="button" className="button small" onClick={() => void beginSignIn(here, locale)}>
            {t("nav.signIn")}
          </button>
        )}
      </header>
      <nav className="sidebar" aria-label={t("nav.label")}>
        <ul>
          {items.map((i) => (
            <li key={i.to} className={i.primary ? "primary" : "secondary"}>
              <Link to={i.to} aria-current={path === i.to ? "page" : undefined}>
                <Icon name={i.icon} />
                <span className="nav-label">{t(i.label)}</span>
                {i.to === "/notifications" && unread > 0 && <span className="badge" aria-label={t("nav.unread", { count: unread })}>{unread}</span>}
              </Link>
            </li>
          ))}
          {isStaff(me) && (
            <li className="secondary">
              <Link to="/console" aria-current={path.startsWith("/console") ? "page" : undefined}>
                <Icon name="shield" />
                <span className="nav-label">{t("console.title")}</span>
              </Link>
            </li>
          )}
          {me && (
            <li className="secondary">
              <Link to={`/@${me.acct}`} aria-current={path === `/@${me.acct}` ? "page" : undefined}>
                <Avatar account={me} size={24} />
                <span className="nav-label">{t("nav.profile")}</span>
              </Link>
            </li>
          )}
        </ul>
        <div className="sidebar-foot">
          {me ? (
            <>
              <button type="button" className="button wide" onClick={() => openCompose({})}>
                <Icon name="pen" size={16} /> {t("nav.compose")}
              </button>
              <button
                type="button"
                className="button secondary wide"
                onClick={() => {
                  closeStreaming();
                  void signOut().then(() => navigate("/"));
                }}
              >
                {t("nav.signOut")}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button wide" onClick={() => void beginSignIn(here, locale)}>
                {t("nav.signIn")}
              </button>
              {signUpOpen && (
                <button type="button" className="button secondary wide" onClick={() => void beginSignUp(here, locale)}>
                  {t("nav.signUp")}
                </button>
              )}
            </>
          )}
          <ThemeAndLanguage />
        </div>
      </nav>
    </>
  );
}
