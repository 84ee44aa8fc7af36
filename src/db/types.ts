// Row types for every table. Conventions, identical on SQLite and PostgreSQL:
// ids are 18-digit TEXT (see core/ids.ts); timestamps are ISO-8601 TEXT (sortable);
// booleans are INTEGER 0/1; JSON is TEXT.
import type { Generated, Kysely, Transaction } from "kysely";

type Bool = number;
type Json = string;

export interface AccountsTable {
  id: string;
  username: string;
  domain: string | null;
  /** lower(username) for local, lower(username@domain) for remote: unique, case-insensitive */
  acct_lower: string;
  display_name: string;
  note: string;
  fields: Json;
  avatar_media_id: string | null;
  header_media_id: string | null;
  locked: Bool;
  bot: Bool;
  discoverable: Bool;
  indexable: Bool;
  uri: string;
  url: string;
  created_at: string;
  updated_at: string;
  followers_count: number;
  following_count: number;
  statuses_count: number;
  last_status_at: string | null;
  suspended_at: string | null;
  silenced_at: string | null;
  sensitized_at: string | null;
  moved_to_account_id: string | null;
}

export interface UsersTable {
  account_id: string;
  email: string;
  email_lower: string;
  password_hash: string;
  role: string;
  locale: string;
  approved: Bool;
  disabled: Bool;
  reason: string | null;
  sign_up_ip: string | null;
  settings: Json;
  created_at: string;
  last_sign_in_at: string | null;
}

export interface AppsTable {
  id: string;
  name: string;
  website: string | null;
  redirect_uris: Json;
  scopes: string;
  client_id: string;
  client_secret: string;
  created_at: string;
}

export interface OauthCodesTable {
  code_hash: string;
  app_id: string;
  account_id: string;
  redirect_uri: string;
  scopes: string;
  code_challenge: string | null;
  code_challenge_method: string | null;
  expires_at: string;
  used_at: string | null;
}

export interface TokensTable {
  id: string;
  token_hash: string;
  app_id: string | null;
  account_id: string | null;
  scopes: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface WebSessionsTable {
  id_hash: string;
  account_id: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface StatusesTable {
  id: string;
  uri: string;
  url: string | null;
  account_id: string;
  text: string;
  content: string;
  spoiler_text: string;
  visibility: string;
  sensitive: Bool;
  language: string | null;
  in_reply_to_id: string | null;
  in_reply_to_account_id: string | null;
  reblog_of_id: string | null;
  quote_of_id: string | null;
  conversation_id: string;
  poll_id: string | null;
  application_id: string | null;
  local: Bool;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  replies_count: number;
  reblogs_count: number;
  favourites_count: number;
  quotes_count: number;
  /** published | held | rejected | removed — set by moderation */
  moderation_state: string;
  quote_approval: string;
  reply_policy: string;
}

export interface StatusEditsTable {
  id: string;
  status_id: string;
  account_id: string;
  text: string;
  content: string;
  spoiler_text: string;
  sensitive: Bool;
  media_ids: Json;
  poll_options: Json | null;
  created_at: string;
}

export interface MentionsTable {
  status_id: string;
  account_id: string;
}

export interface TagsTable {
  id: string;
  name: string;
  name_lower: string;
  created_at: string;
  last_status_at: string | null;
  usable: Bool;
}

export interface StatusTagsTable {
  status_id: string;
  tag_id: string;
}

export interface MediaAttachmentsTable {
  id: string;
  account_id: string;
  status_id: string | null;
  type: string;
  mime: string;
  file_name: string | null;
  preview_file_name: string | null;
  width: number | null;
  height: number | null;
  size: number;
  description: string | null;
  focus_x: number;
  focus_y: number;
  blurhash: string | null;
  state: string;
  created_at: string;
}

export interface PollsTable {
  id: string;
  status_id: string | null;
  account_id: string;
  options: Json;
  multiple: Bool;
  hide_totals: Bool;
  votes_count: number;
  voters_count: number;
  expires_at: string | null;
  created_at: string;
}

export interface PollVotesTable {
  id: string;
  poll_id: string;
  account_id: string;
  choice: number;
  created_at: string;
}

export interface AccountStatusEdge {
  id: string;
  account_id: string;
  status_id: string;
  created_at: string;
}

export interface ConversationMutesTable {
  account_id: string;
  conversation_id: string;
}

export interface FollowsTable {
  id: string;
  account_id: string;
  target_account_id: string;
  show_reblogs: Bool;
  notify: Bool;
  languages: Json | null;
  created_at: string;
}

export interface AccountEdge {
  id: string;
  account_id: string;
  target_account_id: string;
  created_at: string;
}

export interface MutesTable extends AccountEdge {
  hide_notifications: Bool;
  expires_at: string | null;
}

export interface AccountNotesTable {
  account_id: string;
  target_account_id: string;
  comment: string;
}

export interface ListsTable {
  id: string;
  account_id: string;
  title: string;
  replies_policy: string;
  exclusive: Bool;
  created_at: string;
}

export interface ListAccountsTable {
  list_id: string;
  account_id: string;
}

export interface FeaturedTagsTable {
  id: string;
  account_id: string;
  tag_id: string;
  created_at: string;
}

export interface FollowedTagsTable {
  id: string;
  account_id: string;
  tag_id: string;
  created_at: string;
}

export interface NotificationsTable {
  id: string;
  account_id: string;
  from_account_id: string;
  type: string;
  status_id: string | null;
  group_key: string;
  created_at: string;
}

export interface MarkersTable {
  account_id: string;
  timeline: string;
  last_read_id: string;
  version: number;
  updated_at: string;
}

export interface FiltersTable {
  id: string;
  account_id: string;
  title: string;
  context: Json;
  action: string;
  expires_at: string | null;
  created_at: string;
}

export interface FilterKeywordsTable {
  id: string;
  filter_id: string;
  keyword: string;
  whole_word: Bool;
}

export interface FilterStatusesTable {
  id: string;
  filter_id: string;
  status_id: string;
}

export interface AccountConversationsTable {
  id: string;
  account_id: string;
  conversation_id: string;
  participant_ids: Json;
  last_status_id: string;
  unread: Bool;
  updated_at: string;
}

export interface ScheduledStatusesTable {
  id: string;
  account_id: string;
  scheduled_at: string;
  params: Json;
  created_at: string;
}

export interface IdempotencyKeysTable {
  account_id: string;
  key: string;
  status_id: string;
  created_at: string;
}

export interface ReportsTable {
  id: string;
  account_id: string | null;
  target_account_id: string;
  status_ids: Json;
  rule_ids: Json;
  comment: string;
  category: string;
  forward: Bool;
  created_at: string;
  action_taken_at: string | null;
}

export interface RulesTable {
  id: string;
  text: string;
  hint: string;
  position: number;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: Json;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: Json;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
}

export interface Database {
  accounts: AccountsTable;
  users: UsersTable;
  apps: AppsTable;
  oauth_codes: OauthCodesTable;
  tokens: TokensTable;
  web_sessions: WebSessionsTable;
  statuses: StatusesTable;
  status_edits: StatusEditsTable;
  mentions: MentionsTable;
  tags: TagsTable;
  status_tags: StatusTagsTable;
  media_attachments: MediaAttachmentsTable;
  polls: PollsTable;
  poll_votes: PollVotesTable;
  favourites: AccountStatusEdge;
  bookmarks: AccountStatusEdge;
  status_pins: AccountStatusEdge;
  conversation_mutes: ConversationMutesTable;
  follows: FollowsTable;
  follow_requests: FollowsTable;
  blocks: AccountEdge;
  mutes: MutesTable;
  account_notes: AccountNotesTable;
  endorsements: AccountEdge;
  lists: ListsTable;
  list_accounts: ListAccountsTable;
  featured_tags: FeaturedTagsTable;
  followed_tags: FollowedTagsTable;
  notifications: NotificationsTable;
  markers: MarkersTable;
  filters: FiltersTable;
  filter_keywords: FilterKeywordsTable;
  filter_statuses: FilterStatusesTable;
  account_conversations: AccountConversationsTable;
  scheduled_statuses: ScheduledStatusesTable;
  idempotency_keys: IdempotencyKeysTable;
  reports: ReportsTable;
  rules: RulesTable;
  settings: SettingsTable;
  jobs: JobsTable;
}

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Kysely<Database>;
export type { Generated };
