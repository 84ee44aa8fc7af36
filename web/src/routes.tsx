// Route table: path patterns to pages. Pages load lazily so the first screen downloads little.
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { matchPath } from "./router";

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;
const page = (load: () => Promise<{ default: ComponentType<{ params: Record<string, string> }> }>): Page => lazy(load);

export const ROUTES: [string, Page][] = [
  ["/", page(() => import("./pages/HomePage"))],
  ["/local", page(() => import("./pages/LocalPage"))],
  ["/tags/:tag", page(() => import("./pages/TagPage"))],
  ["/@:acct", page(() => import("./pages/ProfilePage"))],
  ["/@:acct/:id", page(() => import("./pages/ThreadPage"))],
  ["/notifications", page(() => import("./pages/NotificationsPage"))],
  ["/search", page(() => import("./pages/SearchPage"))],
  ["/bookmarks", page(() => import("./pages/BookmarksPage"))],
  ["/lists", page(() => import("./pages/ListsPage"))],
  ["/lists/:id", page(() => import("./pages/ListTimelinePage"))],
  ["/filters", page(() => import("./pages/FiltersPage"))],
  ["/follow_requests", page(() => import("./pages/FollowRequestsPage"))],
  ["/settings", page(() => import("./pages/SettingsPage"))],
  ["/oauth-callback", page(() => import("./pages/OAuthCallbackPage"))],
  ["/statements", page(() => import("./pages/StatementsPage"))],
  ["/statements/:id", page(() => import("./pages/StatementPage"))],
  ["/restricted", page(() => import("./pages/RedressPage"))],
  ["/console", page(() => import("./pages/ConsolePage"))],
  ["/console/users", page(() => import("./pages/ConsoleUsersPage"))],
  ["/console/instance", page(() => import("./pages/ConsoleInstancePage"))],
  ["/console/policy", page(() => import("./pages/ConsolePolicyPage"))],
  ["/console/audit", page(() => import("./pages/ConsoleAuditPage"))],
  ["/console/transparency", page(() => import("./pages/ConsoleTransparencyPage"))],
  ["/scheduled", page(() => import("./pages/ScheduledPage"))],
  ["/console/cases/:id", page(() => import("./pages/CasePage"))],
  ["/console/appeals/:id", page(() => import("./pages/AppealPage"))],
];

export const NotFound: Page = page(() => import("./pages/NotFoundPage"));

export function resolveRoute(path: string): { Page: Page; params: Record<string, string> } {
  for (const [pattern, Page] of ROUTES) {
    const params = matchPath(pattern, path);
    if (params) return { Page, params };
  }
  return { Page: NotFound, params: {} };
}
