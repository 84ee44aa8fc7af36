// End to end with the unmodified masto v8 client against a real listening server: register, sign in,
// post with media and a poll, follow, home timeline, reply thread, favourite/boost, notifications,
// search, edit, delete, streaming. Response shapes are checked against Mastodon's OpenAPI schema.
import { createOAuthAPIClient, createRestAPIClient, createStreamingAPIClient } from "masto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../helpers.js";
import { schemaErrors } from "../openapi.js";
import { authorizeInBrowserLike, collect, installClientPolyfills, listenForClients } from "./clients.js";

installClientPolyfills();

let s: TestServer;
let base: string;

beforeAll(async () => {
  s = await createTestServer();
  base = await listenForClients(s);
});
afterAll(async () => {
  await s?.close();
});

// masto hands back camelCase keys; the schema describes the wire format, so convert back first
function snake(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snake);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), snake(v)]));
  }
  return value;
}

function valid(entity: string, value: unknown) {
  expect(schemaErrors(entity, snake(value))).toEqual([]);
}

describe("masto v8 client", () => {
  it("does everything a Mastodon app does", async () => {
    const anon = createRestAPIClient({ url: base });
    const instance = await anon.v2.instance.fetch();
    expect(instance.version).toMatch(/^4\.\d+\.\d+ \(compatible; Rostra/);

    // register an app and two accounts through the API
    const app = await anon.v1.apps.create({ clientName: "masto e2e", redirectUris: "urn:ietf:wg:oauth:2.0:oob", scopes: "read write follow push" });
    const oauth = createOAuthAPIClient({ url: base });
    const appToken = await oauth.token.create({ grantType: "client_credentials", clientId: app.clientId!, clientSecret: app.clientSecret!, scope: "read write follow push" } as any);
    const appClient = createRestAPIClient({ url: base, accessToken: appToken.accessToken });
    await appClient.v1.accounts.create({ username: "ana", email: "ana@example.test", password: "ana password 123", agreement: true, locale: "en" });
    const bobToken = await appClient.v1.accounts.create({ username: "bao", email: "bao@example.test", password: "bao password 123", agreement: true, locale: "vi" });

    // ana signs in through the real authorization-code + PKCE flow
    const { code, verifier } = await authorizeInBrowserLike(base, { clientId: app.clientId!, redirectUri: "urn:ietf:wg:oauth:2.0:oob", scope: "read write follow push", login: "ana", password: "ana password 123" });
    const anaToken = await oauth.token.create({ grantType: "authorization_code", clientId: app.clientId!, clientSecret: app.clientSecret!, redirectUri: "urn:ietf:wg:oauth:2.0:oob", code, codeVerifier: verifier } as any);
    const ana = createRestAPIClient({ url: base, accessToken: anaToken.accessToken });
    const bao = createRestAPIClient({ url: base, accessToken: bobToken.accessToken });
    const anaMe = await ana.v1.accounts.verifyCredentials();
    const baoMe = await bao.v1.accounts.verifyCredentials();
    valid("CredentialAccount", anaMe);
    expect(anaMe.username).toBe("ana");

    // bao streams his home timeline and notifications
    const stream = createStreamingAPIClient({ streamingApiUrl: instance.configuration.urls.streaming, accessToken: bobToken.accessToken });
    const userStream = stream.user.subscribe();
    const events = collect<any>(userStream);

    // bao follows ana
    const rel = await bao.v1.accounts.$select(anaMe.id).follow();
    valid("Relationship", rel);
    expect(rel.following).toBe(true);

    // ana posts with an image (alt text) and another with a poll
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } }).png().toBuffer();
    const media = await ana.v2.media.create({ file: new Blob([png], { type: "image/png" }), description: "A green rectangle" });
    valid("MediaAttachment", media);
    const withMedia = await ana.v1.statuses.create({ status: "Hello #rostra from masto", mediaIds: [media.id], language: "en" });
    valid("Status", withMedia);
    expect(withMedia.mediaAttachments[0].description).toBe("A green rectangle");
    const live = await events.waitFor((e: any) => e.event === "update" && e.payload.id === withMedia.id);
    expect((live as any).payload.content).toContain("Hello");
    const withPoll = await ana.v1.statuses.create({ status: "Tea or coffee?", poll: { options: ["Tea", "Coffee"], expiresIn: 3600 } });
    expect(withPoll.poll?.options).toHaveLength(2);

    // bao's home timeline has both, newest first
    const home = await bao.v1.timelines.home.list({ limit: 20 });
    expect(home.slice(0, 2).map((x) => x.id)).toEqual([withPoll.id, withMedia.id]);
    home.forEach((x) => valid("Status", x));

    // bao votes, replies, favourites and boosts; ana sees the notifications
    const voted = await bao.v1.polls.$select(withPoll.poll!.id).votes.create({ choices: [1] });
    expect(voted.ownVotes).toEqual([1]);
    const reply = await bao.v1.statuses.create({ status: `@ana nice photo`, inReplyToId: withMedia.id });
    await bao.v1.statuses.$select(withMedia.id).favourite();
    await bao.v1.statuses.$select(withMedia.id).reblog();
    const context = await ana.v1.statuses.$select(withMedia.id).context.fetch();
    valid("Context", context);
    expect(context.descendants.map((x) => x.id)).toContain(reply.id);
    const after = await ana.v1.statuses.$select(withMedia.id).fetch();
    expect(after.favouritesCount).toBe(1);
    expect(after.reblogsCount).toBe(1);
    expect(after.repliesCount).toBe(1);
    const notes = await ana.v1.notifications.list({ limit: 40 });
    notes.forEach((n) => valid("Notification", n));
    expect(new Set(notes.map((n) => n.type))).toEqual(new Set(["follow", "mention", "favourite", "reblog"]));
    const grouped = await ana.v2.notifications.list();
    expect(grouped.notificationGroups.length).toBeGreaterThanOrEqual(4);

    // search finds the account, the hashtag and the status
    const found = await bao.v2.search.list({ q: "rostra", resolve: false });
    expect(found.hashtags.map((t) => t.name)).toContain("rostra");
    const foundAccount = await bao.v2.search.list({ q: "ana", type: "accounts" });
    expect(foundAccount.accounts.map((a) => a.id)).toContain(anaMe.id);
    const foundStatus = await bao.v2.search.list({ q: "masto", type: "statuses" });
    expect(foundStatus.statuses.map((x) => x.id)).toContain(withMedia.id);

    // ana edits, bao's stream hears it; history keeps both versions
    const edited = await ana.v1.statuses.$select(withMedia.id).update({ status: "Hello #rostra from masto (edited)" });
    expect(edited.editedAt).toBeTruthy();
    await events.waitFor((e: any) => e.event === "status.update" && e.payload.id === withMedia.id);
    const history = await ana.v1.statuses.$select(withMedia.id).history.list();
    expect(history.length).toBe(2);

    // bao deletes his reply: it leaves the thread, the stream hears the delete
    await bao.v1.statuses.$select(reply.id).remove();
    const context2 = await ana.v1.statuses.$select(withMedia.id).context.fetch();
    expect(context2.descendants.map((x) => x.id)).not.toContain(reply.id);

    // ana deletes her poll post: bao's stream receives `delete`
    await ana.v1.statuses.$select(withPoll.id).remove();
    await events.waitFor((e: any) => e.event === "delete" && e.payload === withPoll.id);
    userStream.unsubscribe();
    stream.close();
    expect(baoMe.username).toBe("bao");
  }, 60_000);
});
