// End to end with the unmodified megalodon client (what many Mastodon apps are built on).
import * as megalodon from "megalodon";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServer, type TestServer } from "../helpers.js";
import { authorizeInBrowserLike, listenForClients } from "./clients.js";

// megalodon is CommonJS: its generator is the default export of the default export
// megalodon is CommonJS with __esModule: depending on the loader, its generator is `default` or `default.default`
const m = megalodon as any;
const generator = (typeof m.default === "function" ? m.default : m.default.default) as typeof import("megalodon").default;
const detector = (m.detector ?? m.default.detector) as (url: string) => Promise<string>;

let s: TestServer;
let base: string;

beforeAll(async () => {
  s = await createTestServer();
  base = await listenForClients(s);
});
afterAll(async () => {
  await s?.close();
});

/**
 * Every `event` the socket emits from now on, kept, so a test can wait for one that may already have
 * arrived: the server fans a post out as soon as it commits, and its streaming frame can reach the
 * client before the HTTP response of the request that created it.
 */
function recordEvents(socket: { on(e: string, l: (...a: any[]) => void): unknown }, event: string) {
  const seen: any[] = [];
  const waiting = new Set<(x: any) => void>();
  socket.on(event, (x: any) => {
    seen.push(x);
    for (const w of waiting) w(x);
  });
  return {
    next(match: (x: any) => boolean, ms = 5000): Promise<any> {
      const found = seen.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const check = (x: any) => {
          if (!match(x)) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(x);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no ${event} within ${ms} ms`));
        }, ms);
        waiting.add(check);
      });
    },
  };
}

describe("megalodon client", () => {
  it("detects the server as Mastodon and runs the main flows", async () => {
    expect(await detector(base)).toBe("mastodon");
    const anon = generator("mastodon", base);
    const app = await anon.registerApp("megalodon e2e", { scopes: ["read", "write", "follow"], redirect_uris: "urn:ietf:wg:oauth:2.0:oob" });
    const appToken = await fetch(`${base}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials", client_id: app.client_id, client_secret: app.client_secret, scope: "read write follow" }),
    }).then((r) => r.json() as Promise<{ access_token: string }>);
    const withApp = generator("mastodon", base, appToken.access_token);
    await withApp.registerAccount("mai", "mai@example.test", "mai password 123", true, "vi");
    const linh = (await withApp.registerAccount("linh", "linh@example.test", "linh password 123", true, "en")).data;

    const { code } = await authorizeInBrowserLike(base, { clientId: app.client_id, redirectUri: "urn:ietf:wg:oauth:2.0:oob", scope: "read write follow", login: "mai@example.test", password: "mai password 123", pkce: false });
    const token = await anon.fetchAccessToken(app.client_id, app.client_secret, code, "urn:ietf:wg:oauth:2.0:oob");
    const mai = generator("mastodon", base, token.access_token);
    const linhClient = generator("mastodon", base, linh.access_token);
    const me = (await mai.verifyAccountCredentials()).data;
    expect(me.username).toBe("mai");

    // start() opens the socket synchronously; `open` arrives on a later I/O turn, so listening now is safe
    const socket = await linhClient.userStreaming();
    const connected = recordEvents(socket as any, "connect");
    const updates = recordEvents(socket as any, "update");
    const deletes = recordEvents(socket as any, "delete");
    await connected.next(() => true);
    await linhClient.followAccount(me.id);

    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: "#f80" } }).png().toBuffer();
    const media = (await mai.uploadMedia(png, { description: "an orange square" })).data as any;
    expect(media.description).toBe("an orange square");
    const post = (await mai.postStatus("Xin chào #rostra", { media_ids: [media.id], language: "vi" })).data as any;
    const update = await updates.next((st: any) => st.id === post.id);
    expect(update.media_attachments[0].description).toBe("an orange square");

    const home = (await linhClient.getHomeTimeline({ limit: 10 })).data;
    expect(home[0].id).toBe(post.id);
    await linhClient.favouriteStatus(post.id);
    await linhClient.reblogStatus(post.id);
    const reply = (await linhClient.postStatus("@mai chào bạn", { in_reply_to_id: post.id })).data as any;
    const ctx = (await mai.getStatusContext(post.id)).data;
    expect(ctx.descendants.map((x) => x.id)).toContain(reply.id);
    const notes = (await mai.getNotifications()).data;
    expect(notes.map((n) => n.type)).toEqual(expect.arrayContaining(["follow", "favourite", "reblog", "mention"]));
    const found = (await linhClient.search("chào", { type: "statuses" })).data;
    expect(found.statuses.map((x) => x.id)).toContain(post.id);
    const edited = (await mai.editStatus(post.id, { status: "Xin chào #rostra (đã sửa)" })).data;
    expect(edited.edited_at).toBeTruthy();
    await mai.deleteStatus(post.id);
    await deletes.next((id: string) => id === post.id);
    socket.stop();
  }, 60_000);
});
