// The console needs a moderator or admin account and a token with admin scopes. Staff sign in again
// once to grant those scopes; ordinary users are never asked for them.
import type { ReactNode } from "react";
import { useSession } from "../api/client";
import { useMe } from "../api/me";
import { beginSignIn, STAFF_SCOPES } from "../api/oauth";
import { useI18n } from "../i18n";
import { RequireSignIn } from "./RequireSignIn";

export function isStaff(me: { role?: { name?: string } | null } | null): boolean {
  return !!me?.role?.name && ["moderator", "admin"].includes(me.role.name.toLowerCase());
}

export function StaffGate({ children }: { children: ReactNode }) {
  const { me } = useMe();
  const session = useSession();
  const { t, locale } = useI18n();
  if (!me) return <RequireSignIn>{null}</RequireSignIn>;
  if (!isStaff(me)) return <p className="empty">{t("console.staffOnly")}</p>;
  if (!session?.scope.split(/\s+/).includes("admin:write"))
    return (
      <div className="hero">
        <p>{t("console.grant")}</p>
        <button type="button" className="button" onClick={() => void beginSignIn(location.pathname + location.search, locale, STAFF_SCOPES)}>
          {t("console.grantButton")}
        </button>
      </div>
    );
  return <>{children}</>;
}
