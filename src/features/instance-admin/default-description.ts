// The description a server has when its operator set none: no ROSTRA_INSTANCE_DESCRIPTION and no (or an
// empty) description saved in the instance settings. The Mastodon API (/api/v1/instance, /api/v2/instance)
// sends this English text as is, because clients expect a non-empty description and the API carries no
// language. The web app recognises this exact text and shows its own translation in the reader's
// language instead ("instance.defaultDescription" in web/src/i18n/en.ts and vi.ts); a description the
// operator wrote is shown as written. No imports, so the web app can share the constant.
export const DEFAULT_INSTANCE_DESCRIPTION = "A Rostra social network server.";
