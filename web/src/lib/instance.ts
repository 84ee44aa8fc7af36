// The server's description as the web app shows it. A server whose operator set no description sends the
// English default (src/features/instance-admin/default-description.ts: the Mastodon API must carry a
// non-empty description and has no language); that exact text, or none at all, means "not set", and the
// web app shows its own translation in the reader's language instead. Anything else the operator wrote
// is shown as written.
import { DEFAULT_INSTANCE_DESCRIPTION } from "../../../src/features/instance-admin/default-description";
import type { Translate } from "../i18n";

export function isDefaultDescription(description: string | null | undefined): boolean {
  const d = description?.trim() ?? "";
  return d === "" || d === DEFAULT_INSTANCE_DESCRIPTION;
}

/** The description to show: the operator's own, else the translated default. */
export function instanceDescription(description: string | null | undefined, t: Translate): string {
  return isDefaultDescription(description) ? t("instance.defaultDescription") : description!.trim();
}
