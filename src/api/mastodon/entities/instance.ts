// Instance (v2) and V1 Instance JSON, and the Rule entity, as Mastodon renders them.
import type { Context } from "../../../context.js";
import type { RulesTable } from "../../../db/types.js";
import { API_VERSIONS, LIMITS, streamingUrl, type Usage, VERSION } from "../../../features/instance/info.js";
import { DESCRIPTION_LIMIT, IMAGE_MATRIX_LIMIT, IMAGE_SIZE_LIMIT, SUPPORTED_IMAGE_TYPES } from "../../../features/media/limits.js";
import { DEFAULT_HEADER } from "./urls.js";

export interface InstanceView {
  usage: Usage;
  rules: RulesTable[];
  contactAccount: Record<string, unknown> | null;
  settings: Record<string, unknown>;
}

export function renderRule(r: RulesTable): Record<string, unknown> {
  return { id: r.id, text: r.text, hint: r.hint, translations: {} };
}

function str(v: unknown): string | null {
  return typeof v === "string" && v !== "" ? v : null;
}

function languages(view: InstanceView): string[] {
  const l = view.settings.languages;
  return Array.isArray(l) && l.every((x) => typeof x === "string") ? (l as string[]) : ["en"];
}

function mediaConfig() {
  return {
    supported_mime_types: [...SUPPORTED_IMAGE_TYPES],
    description_limit: DESCRIPTION_LIMIT,
    image_size_limit: IMAGE_SIZE_LIMIT,
    image_matrix_limit: IMAGE_MATRIX_LIMIT,
    // no video or audio is accepted (see supported_mime_types); the limits are Mastodon's defaults
    video_size_limit: 103_809_024,
    video_frame_rate_limit: 120,
    video_matrix_limit: 8_294_400,
  };
}

function statusesConfig(ctx: Context) {
  return {
    max_characters: ctx.config.maxStatusChars,
    max_media_attachments: LIMITS.maxMediaAttachments,
    characters_reserved_per_url: LIMITS.charactersReservedPerUrl,
  };
}

function registrationMessage(ctx: Context, view: InstanceView): string | null {
  return ctx.config.registrations === "closed" ? (str(view.settings.closed_registrations_message) ?? "Registrations are closed on this server.") : null;
}

export function renderInstanceV2(ctx: Context, view: InstanceView): Record<string, unknown> {
  const { config } = ctx;
  return {
    domain: config.domain,
    title: config.instanceName,
    version: VERSION,
    source_url: str(view.settings.source_url) ?? `${config.url}/about`,
    description: config.instanceDescription,
    usage: { users: { active_month: view.usage.activeMonth } },
    thumbnail: { url: `${config.url}${DEFAULT_HEADER}`, blurhash: null, versions: {} },
    icon: [],
    languages: languages(view),
    configuration: {
      urls: {
        streaming: streamingUrl(ctx),
        status: null,
        about: `${config.url}/about`,
        privacy_policy: `${config.url}/privacy-policy`,
        terms_of_service: null,
      },
      vapid: { public_key: str(view.settings.vapid_public_key) ?? "" },
      accounts: {
        max_featured_tags: LIMITS.maxFeaturedTags,
        max_pinned_statuses: LIMITS.maxPinnedStatuses,
        max_profile_fields: LIMITS.maxProfileFields,
        profile_field_name_limit: 255,
        profile_field_value_limit: 2048,
        max_display_name_length: 30,
        max_note_length: 500,
      },
      statuses: statusesConfig(ctx),
      media_attachments: mediaConfig(),
      polls: { ...LIMITS.polls },
      translation: { enabled: false },
      timelines_access: {
        live_feeds: { local: "public", remote: "public" },
        hashtag_feeds: { local: "public", remote: "public" },
        trending_link_feeds: { local: "public", remote: "public" },
      },
      limited_federation: false,
    },
    registrations: {
      enabled: config.registrations !== "closed",
      approval_required: config.registrations === "approval",
      reason_required: config.registrations === "approval",
      message: registrationMessage(ctx, view),
      min_age: null,
      url: null,
    },
    api_versions: { ...API_VERSIONS },
    contact: { email: config.contactEmail, account: view.contactAccount },
    rules: view.rules.map(renderRule),
  };
}

export function renderInstanceV1(ctx: Context, view: InstanceView): Record<string, unknown> {
  const { config } = ctx;
  return {
    uri: config.domain,
    title: config.instanceName,
    short_description: config.instanceDescription,
    description: config.instanceDescription,
    email: config.contactEmail,
    version: VERSION,
    urls: { streaming_api: streamingUrl(ctx) },
    stats: { user_count: view.usage.userCount, status_count: view.usage.statusCount, domain_count: view.usage.domainCount },
    thumbnail: `${config.url}${DEFAULT_HEADER}`,
    languages: languages(view),
    registrations: config.registrations !== "closed",
    approval_required: config.registrations === "approval",
    invites_enabled: false,
    configuration: {
      accounts: { max_featured_tags: LIMITS.maxFeaturedTags },
      statuses: statusesConfig(ctx),
      media_attachments: mediaConfig(),
      polls: { ...LIMITS.polls },
    },
    contact_account: view.contactAccount,
    rules: view.rules.map(renderRule),
  };
}
