// Sections of the staff console, as a row of links under the page title (scrolls sideways on phones).
import { useI18n } from "../i18n";
import { Link, useLocation } from "../router";

const SECTIONS = [
  ["/console", "console.queue"],
  ["/console/users", "admin.users"],
  ["/console/instance", "admin.instance"],
  ["/console/policy", "policy.title"],
  ["/console/audit", "audit.title"],
  ["/console/transparency", "console.transparency"],
] as const;

export function isAdmin(me: { role?: { name?: string } | null } | null): boolean {
  return me?.role?.name?.toLowerCase() === "admin";
}

export function ConsoleNav() {
  const { t } = useI18n();
  const { path } = useLocation();
  return (
    <nav className="tabs console-nav" aria-label={t("console.sections")}>
      {SECTIONS.map(([to, key]) => (
        <Link key={to} to={to} aria-current={path === to ? "page" : undefined}>
          {t(key)}
        </Link>
      ))}
    </nav>
  );
}
