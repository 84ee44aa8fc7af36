// The force_sensitive account action: while an account is marked sensitive (accounts.sensitized_at),
// every post of it that has media is shown as sensitive — the posts it makes after the decision and
// the ones it made before. Like Mastodon (`account.sensitized? || status.sensitive`), this is derived
// when a post is rendered rather than written into the posts: nothing needs rewriting when the mark is
// set, and when a reversal lifts it every post shows the author's own choice again (a post the author
// marked sensitive stays sensitive; the others do not).

/**
 * The `sensitive` a post is shown with: the stored flag (the author's choice, a content warning or a
 * moderator's label), or the author's account being marked sensitive when the post has media.
 * Unlike Mastodon, the author sees it too, so they see what everyone else sees (and what the
 * moderation_warning they got explains).
 */
export function shownSensitive(status: { sensitive: number | boolean }, author: { sensitized_at: string | null } | null | undefined, mediaCount: number): boolean {
  return status.sensitive === 1 || status.sensitive === true || (mediaCount > 0 && !!author?.sensitized_at);
}
