// Deterministic demo and benchmark data written with bulk SQL: users with a power-law follow graph,
// statuses with replies, boosts, favourites, hashtags and mentions in realistic proportions.
import type { Context } from "../../context.js";
import { idFromParts } from "../../core/ids.js";
import { textToHtml } from "../../core/text/render.js";
import type { Database } from "../../db/types.js";
import { defaultSettings } from "../accounts/register.js";
import { hashPassword } from "../auth/passwords.js";
import { indexStatusForSearch } from "../search/indexer.js";
import { statusUri, statusUrl, tagUrl } from "../../api/mastodon/entities/urls.js";

export interface SeedOptions {
  users: number;
  statuses: number;
  /** median followees per user (power law around it) */
  medianFollows?: number;
  /** a few celebrity accounts with this many followers */
  celebrityFollowers?: number;
  password?: string;
  seed?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface SeedResult {
  accountIds: string[];
  usernames: string[];
  statusIds: string[];
  password: string;
}

const WORDS = "the a social network rostra post today news city music coffee morning night friends open source code garden rain sun book film river mountain train market idea question answer team work home story photo tea walk learn build share".split(" ");
const TAGS = ["rostra", "news", "music", "photography", "coffee", "opensource", "books", "hanoi", "saigon", "football", "cooking", "art"];

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

async function bulkInsert<T extends keyof Database>(ctx: Context, table: T, rows: Database[T][], chunk = 500) {
  // SQLite allows 32k variables per statement; keep chunks well below that
  const cols = rows.length ? Object.keys(rows[0] as object).length : 1;
  const size = Math.max(1, Math.min(chunk, Math.floor(30000 / cols)));
  for (let i = 0; i < rows.length; i += size) {
    await ctx.db.insertInto(table).values(rows.slice(i, i + size) as any).execute();
  }
}

export async function seed(ctx: Context, opts: SeedOptions): Promise<SeedResult> {
  const random = rng(opts.seed ?? 42);
  const password = opts.password ?? "rostra-demo-password";
  const hash = await hashPassword(password);
  const base = ctx.config.url;
  const now = Date.now();
  const start = now - 30 * 24 * 3600_000;
  const progress = opts.onProgress ?? (() => {});

  // accounts and users
  const existing = await ctx.db.selectFrom("accounts").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirst();
  const offset = Number(existing?.n ?? 0);
  const accountIds: string[] = [];
  const usernames: string[] = [];
  for (let i = 0; i < opts.users; i++) {
    accountIds.push(idFromParts(start - 86400_000 + i, (offset + i) & 0xffff));
    usernames.push(`user${offset + i}`);
  }
  const iso = new Date(start - 86400_000).toISOString();
  const settings = JSON.stringify(defaultSettings());
  const accRows = accountIds.map((id, i) => ({
    id, username: usernames[i], domain: null, acct_lower: usernames[i], display_name: `User ${offset + i}`, note: "Demo account", fields: "[]",
    avatar_media_id: null, header_media_id: null, locked: 0, bot: 0, discoverable: 1, indexable: 1,
    uri: `${base}/users/${usernames[i]}`, url: `${base}/@${usernames[i]}`, created_at: iso, updated_at: iso,
    followers_count: 0, following_count: 0, statuses_count: 0, last_status_at: null, suspended_at: null, silenced_at: null,
    sensitized_at: null, moved_to_account_id: null,
  }));
  await bulkInsert(ctx, "accounts", accRows);
  await bulkInsert(ctx, "users", accountIds.map((id, i) => ({
    account_id: id, email: `${usernames[i]}@example.invalid`, email_lower: `${usernames[i]}@example.invalid`, password_hash: hash,
    role: "user", locale: i % 5 === 0 ? "vi" : "en", approved: 1, disabled: 0, reason: null, sign_up_ip: null, settings, created_at: iso, last_sign_in_at: null,
  })));
  progress("accounts", opts.users, opts.users);

  // follow graph: power law around the median, plus celebrities
  const median = Math.min(opts.medianFollows ?? 50, Math.max(0, opts.users - 1));
  const celebs = accountIds.slice(0, Math.min(3, accountIds.length));
  const celebFollowers = Math.min(opts.celebrityFollowers ?? 5000, opts.users - 1);
  const follows: Database["follows"][] = [];
  const followers = new Map<string, number>();
  const following = new Map<string, number>();
  for (let i = 0; i < accountIds.length; i++) {
    const a = accountIds[i];
    const n = Math.min(opts.users - 1, Math.max(1, Math.round(median * Math.exp((random() - 0.5) * 2))));
    const targets = new Set<string>();
    if (i < celebFollowers + celebs.length) for (const c of celebs) if (c !== a) targets.add(c);
    while (targets.size < n) {
      // preferential attachment: low indexes are more popular
      const t = accountIds[Math.floor(opts.users * random() ** 2)];
      if (t !== a) targets.add(t);
    }
    for (const t of targets) {
      follows.push({ id: "", account_id: a, target_account_id: t, show_reblogs: 1, notify: 0, languages: null, created_at: iso });
      followers.set(t, (followers.get(t) ?? 0) + 1);
      following.set(a, (following.get(a) ?? 0) + 1);
    }
  }
  // unique follow ids: time part spread so they stay 18 digits and unique
  follows.forEach((f, i) => (f.id = idFromParts(start - 3600_000 - Math.floor(i / 65536), i & 0xffff)));
  await bulkInsert(ctx, "follows", follows);
  progress("follows", follows.length, follows.length);

  // statuses
  const statusIds: string[] = [];
  const tagIds = new Map<string, string>();
  for (const [i, name] of TAGS.entries()) tagIds.set(name, idFromParts(start - 7200_000, i));
  await ctx.db.insertInto("tags").values(TAGS.map((name) => ({ id: tagIds.get(name)!, name, name_lower: name, created_at: iso, last_status_at: iso, usable: 1 }))).onConflict((oc) => oc.column("name_lower").doNothing()).execute();
  const realTags = await ctx.db.selectFrom("tags").select(["id", "name_lower"]).where("name_lower", "in", TAGS).execute();
  for (const t of realTags) tagIds.set(t.name_lower, t.id);
  const statusCounts = new Map<string, number>();
  const replyCounts = new Map<string, number>();
  const reblogCounts = new Map<string, number>();
  const favCounts = new Map<string, number>();
  const meta = new Map<string, { author: string; conv: string }>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const span = now - start;
  const batch = 2000;
  for (let done = 0; done < opts.statuses; done += batch) {
    const rows: Database["statuses"][] = [];
    const tagRows: Database["status_tags"][] = [];
    const mentionRows: Database["mentions"][] = [];
    const favRows: Database["favourites"][] = [];
    const n = Math.min(batch, opts.statuses - done);
    for (let k = 0; k < n; k++) {
      const idx = done + k;
      const at = start + Math.floor((idx / opts.statuses) * span);
      const id = idFromParts(at, idx & 0xffff);
      const authorIndex = Math.floor(opts.users * random() ** 1.5);
      const author = accountIds[authorIndex];
      const username = usernames[authorIndex];
      const kind = random();
      let text = Array.from({ length: 8 + Math.floor(random() * 14) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
      let reblogOf: string | null = null;
      let replyTo: string | null = null;
      const tag = random() < 0.3 ? TAGS[Math.floor(random() * TAGS.length)] : null;
      const mention = random() < 0.15 ? Math.floor(random() * opts.users) : -1;
      if (kind < 0.1 && statusIds.length > 0) {
        reblogOf = statusIds[Math.floor(random() * statusIds.length)];
        bump(reblogCounts, reblogOf);
        text = "";
      } else {
        if (kind < 0.3 && statusIds.length > 0) {
          replyTo = statusIds[statusIds.length - 1 - Math.floor(random() * Math.min(500, statusIds.length))];
          bump(replyCounts, replyTo);
        }
        if (tag) text += ` #${tag}`;
        if (mention >= 0) text = `@${usernames[mention]} ${text}`;
      }
      const content = reblogOf ? "" : textToHtml(text, { mention: (u) => ({ url: `${base}/@${u}`, username: u }), hashtagUrl: (t) => tagUrl(ctx.config, t) });
      rows.push({
        id, uri: statusUri(ctx.config, username, id), url: reblogOf ? null : statusUrl(ctx.config, username, id), account_id: author, text, content,
        spoiler_text: "", visibility: random() < 0.9 ? "public" : random() < 0.5 ? "unlisted" : "private", sensitive: 0, language: "en",
        in_reply_to_id: replyTo, in_reply_to_account_id: replyTo ? meta.get(replyTo)!.author : null, reblog_of_id: reblogOf, quote_of_id: null,
        conversation_id: replyTo ? meta.get(replyTo)!.conv : id, poll_id: null,
        application_id: null, local: 1, created_at: new Date(at).toISOString(), edited_at: null, deleted_at: null, replies_count: 0,
        reblogs_count: 0, favourites_count: 0, quotes_count: 0, moderation_state: "published", quote_approval: "public", reply_policy: "everyone",
      });
      if (tag && !reblogOf) tagRows.push({ status_id: id, tag_id: tagIds.get(tag)! });
      if (mention >= 0 && !reblogOf && accountIds[mention] !== author) mentionRows.push({ status_id: id, account_id: accountIds[mention] });
      if (random() < 0.2 && !reblogOf) bump(favCounts, id);
      if (favCounts.has(id)) favRows.push({ id: idFromParts(at + 1000, idx & 0xffff), account_id: accountIds[Math.floor(random() * opts.users)], status_id: id, created_at: new Date(at + 1000).toISOString() });
      statusCounts.set(author, (statusCounts.get(author) ?? 0) + 1);
      meta.set(id, { author, conv: replyTo ? meta.get(replyTo)!.conv : id });
      statusIds.push(id);
    }
    await ctx.db.transaction().execute(async (trx) => {
      const sub = { ...ctx, db: trx } as Context;
      await bulkInsert(sub, "statuses", rows, 300);
      await bulkInsert(sub, "status_tags", tagRows);
      await bulkInsert(sub, "mentions", mentionRows);
      if (favRows.length) await trx.insertInto("favourites").values(favRows).onConflict((oc) => oc.doNothing()).execute();
      for (const r of rows) if (r.text) await indexStatusForSearch(trx, ctx.dialect, r.id, r.text);
    });
    progress("statuses", Math.min(done + n, opts.statuses), opts.statuses);
  }

  // counters, in one pass per account
  await ctx.db.transaction().execute(async (trx) => {
    for (const id of accountIds) {
      await trx
        .updateTable("accounts")
        .set({ followers_count: followers.get(id) ?? 0, following_count: following.get(id) ?? 0, statuses_count: statusCounts.get(id) ?? 0, last_status_at: statusCounts.get(id) ? new Date(now).toISOString() : null })
        .where("id", "=", id)
        .execute();
    }
  });
  const touched = new Set([...replyCounts.keys(), ...reblogCounts.keys(), ...favCounts.keys()]);
  const ids = [...touched];
  for (let i = 0; i < ids.length; i += 2000) {
    await ctx.db.transaction().execute(async (trx) => {
      for (const id of ids.slice(i, i + 2000)) {
        await trx
          .updateTable("statuses")
          .set({ replies_count: replyCounts.get(id) ?? 0, reblogs_count: reblogCounts.get(id) ?? 0, favourites_count: favCounts.get(id) ?? 0 })
          .where("id", "=", id)
          .execute();
      }
    });
  }
  progress("counters", opts.users, opts.users);
  return { accountIds, usernames, statusIds, password };
}
