import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { type FilePart, multipart } from "./multipart.test-util.js";

let s: TestServer;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
  bob = await createUser(s, "bob");
});
afterAll(async () => {
  await s.close();
});

async function upload(url: string, token: string | undefined, file: FilePart | null, fields: Record<string, string> = {}) {
  const { payload, headers } = multipart(fields, file ? [file] : []);
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await s.app.inject({ method: "POST", url, payload, headers });
  return { status: res.statusCode, body: res.json() };
}

async function fetchFile(url: string) {
  return s.app.inject({ method: "GET", url: new URL(url).pathname });
}

const gpsJpeg = () =>
  sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#3366cc" } })
    .jpeg()
    .withExif({ IFD0: { Make: "SecretCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 2406/100" } })
    .withMetadata({ orientation: 6 })
    .toBuffer();

describe("media uploads", () => {
  it("processes a JPEG: auto-rotates, bounds the size, strips EXIF/GPS, renders the Mastodon entity", async () => {
    const input = await gpsJpeg();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const res = await upload("/api/v2/media", alice.token, { name: "file", filename: "photo.jpg", type: "image/jpeg", data: input }, { description: "A blue square", focus: "0.5,-0.25" });
    expect(res.status).toBe(200);
    const m = res.body;
    expect(m).toMatchObject({ type: "image", remote_url: null, text_url: null, description: "A blue square" });
    expect(typeof m.id).toBe("string");
    expect(m.meta.focus).toEqual({ x: 0.5, y: -0.25 });
    // orientation 6 turns 3000×2000 into portrait; bounded to 1920 on the long side
    expect(m.meta.original).toEqual({ width: 1280, height: 1920, size: "1280x1920", aspect: 1280 / 1920 });
    expect(m.meta.small).toMatchObject({ width: 427, height: 640 });
    expect(m.blurhash).toMatch(/^[0-9A-Za-z#$%*+,-.:;=?@[\]^_{|}~]{20,}$/);

    const file = await fetchFile(m.url);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toBe("image/jpeg");
    expect(file.headers["x-content-type-options"]).toBe("nosniff");
    expect(file.headers["cache-control"]).toContain("immutable");
    const meta = await sharp(file.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([1280, 1920]);
    expect(file.rawPayload.includes(Buffer.from("SecretCam"))).toBe(false);

    const preview = await fetchFile(m.preview_url);
    expect(preview.statusCode).toBe(200);
    const pm = await sharp(preview.rawPayload).metadata();
    expect([pm.width, pm.height]).toEqual([427, 640]);
  });

  it("keeps a PNG with transparency as PNG through the v1 endpoint", async () => {
    const png = await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer();
    const res = await upload("/api/v1/media", alice.token, { name: "file", filename: "x.png", type: "image/png", data: png });
    expect(res.status).toBe(200);
    expect(res.body.meta.original).toMatchObject({ width: 64, height: 48 });
    const file = await fetchFile(res.body.url);
    expect(file.headers["content-type"]).toBe("image/png");
    expect((await sharp(file.rawPayload).metadata()).hasAlpha).toBe(true);
  });

  it("keeps animated GIFs animated while bounding their size", async () => {
    const frames = await Promise.all(["#f00", "#0f0", "#00f"].map((c) => sharp({ create: { width: 2400, height: 100, channels: 3, background: c } }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const res = await upload("/api/v2/media", alice.token, { name: "file", filename: "a.gif", type: "image/gif", data: gif });
    expect(res.status).toBe(200);
    expect(res.body.meta.original).toMatchObject({ width: 1920, height: 80 });
    const file = await fetchFile(res.body.url);
    expect(file.headers["content-type"]).toBe("image/gif");
    const meta = await sharp(file.rawPayload).metadata();
    expect([meta.pages, meta.width, meta.height]).toEqual([3, 1920, 80]);
    expect((await fetchFile(res.body.preview_url)).headers["content-type"]).toMatch(/^image\/(jpeg|webp)$/);
  });

  it("refuses a text file named .png, an SVG, an empty upload and a missing file with 422", async () => {
    const text = Buffer.from("this is not an image at all, just text pretending to be one\n".repeat(4));
    expect((await upload("/api/v2/media", alice.token, { name: "file", filename: "fake.png", type: "image/png", data: text })).status).toBe(422);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect((await upload("/api/v2/media", alice.token, { name: "file", filename: "a.svg", type: "image/svg+xml", data: svg })).status).toBe(422);
    expect((await upload("/api/v2/media", alice.token, null, { description: "no file" })).status).toBe(422);
    const truncated = (await gpsJpeg()).subarray(0, 400);
    expect((await upload("/api/v2/media", alice.token, { name: "file", filename: "t.jpg", type: "image/jpeg", data: truncated })).status).toBe(422);
  });

  it("accepts uploads larger than the 1 MB JSON body limit", async () => {
    const noise = Buffer.alloc(1400 * 1400 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const big = await sharp(noise, { raw: { width: 1400, height: 1400, channels: 3 } }).jpeg({ quality: 100 }).toBuffer();
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await upload("/api/v1/media", alice.token, { name: "file", filename: "big.jpg", type: "image/jpeg", data: big });
    expect(res.status).toBe(200);
  });

  it("refuses images with too many pixels (decompression bombs) with 422", async () => {
    const huge = await sharp({ create: { width: 6000, height: 6000, channels: 3, background: "#00ff00" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(huge.length).toBeLessThan(1024 * 1024);
    const res = await upload("/api/v2/media", alice.token, { name: "file", filename: "bomb.png", type: "image/png", data: huge });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatch(/too large/);
  });

  it("requires a token with write:media", async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer();
    expect((await upload("/api/v2/media", undefined, { name: "file", filename: "x.png", type: "image/png", data: png })).status).toBe(401);
    const reader = await createUser(s, "reader", { scopes: ["read"] });
    expect((await upload("/api/v2/media", reader.token, { name: "file", filename: "x.png", type: "image/png", data: png })).status).toBe(403);
  });

  it("lets only the owner read and edit unattached media, validating description and focus", async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: "#123456" } }).png().toBuffer();
    const { body: m } = await upload("/api/v2/media", alice.token, { name: "file", filename: "x.png", type: "image/png", data: png });
    const get = await api(s, "GET", `/api/v1/media/${m.id}`, { token: alice.token });
    expect(get.status).toBe(200);
    expect(get.body.id).toBe(m.id);
    expect((await api(s, "GET", `/api/v1/media/${m.id}`, { token: bob.token })).status).toBe(404);
    expect((await api(s, "PUT", `/api/v1/media/${m.id}`, { token: bob.token, body: { description: "mine now" } })).status).toBe(404);
    expect((await api(s, "GET", "/api/v1/media/999999999999999999", { token: alice.token })).status).toBe(404);
    expect((await api(s, "GET", "/api/v1/media/../../etc", { token: alice.token })).status).toBe(404);

    const put = await api(s, "PUT", `/api/v1/media/${m.id}`, { token: alice.token, form: { description: "Alt text", focus: "-1,1" } });
    expect(put.status).toBe(200);
    expect(put.body.description).toBe("Alt text");
    expect(put.body.meta.focus).toEqual({ x: -1, y: 1 });
    for (const focus of ["2,0", "a,b", "0.5", "0,0,0", "1e3,0"]) {
      expect((await api(s, "PUT", `/api/v1/media/${m.id}`, { token: alice.token, body: { focus } })).status).toBe(422);
    }
    expect((await api(s, "PUT", `/api/v1/media/${m.id}`, { token: alice.token, body: { description: "x".repeat(1501) } })).status).toBe(422);
    expect((await api(s, "PUT", `/api/v1/media/${m.id}`, { token: alice.token, body: { description: { nested: true } } })).status).toBe(422);

    // attached media can no longer be fetched or edited through this endpoint
    await s.ctx.db.updateTable("media_attachments").set({ status_id: "1" }).where("id", "=", m.id).execute();
    expect((await api(s, "GET", `/api/v1/media/${m.id}`, { token: alice.token })).status).toBe(404);
  });

  it("deletes own unattached media and its files", async () => {
    const png = await sharp({ create: { width: 20, height: 10, channels: 3, background: "#654321" } }).png().toBuffer();
    const { body: m } = await upload("/api/v2/media", alice.token, { name: "file", filename: "x.png", type: "image/png", data: png });
    expect((await api(s, "DELETE", `/api/v1/media/${m.id}`, { token: bob.token })).status).toBe(404);
    expect((await api(s, "DELETE", `/api/v1/media/${m.id}`, { token: alice.token })).status).toBe(200);
    expect((await fetchFile(m.url)).statusCode).toBe(404);
  });
});

describe("serving files", () => {
  it("serves only generated names: traversal and unknown names are 404", async () => {
    for (const path of ["/system/media/..%2F..%2Fetc%2Fpasswd", "/system/media/%2e%2e", "/system/media/abc.png", "/system/media/00000000000000000000000000000000.png", "/system/media/00000000000000000000000000000000.svg"]) {
      const res = await s.app.inject({ method: "GET", url: path });
      expect(res.statusCode).toBe(404);
    }
  });

  it("serves default avatar and header PNGs", async () => {
    const avatar = await s.app.inject({ method: "GET", url: "/avatars/original/missing.png" });
    expect(avatar.statusCode).toBe(200);
    expect(avatar.headers["content-type"]).toBe("image/png");
    expect((await sharp(avatar.rawPayload).metadata()).width).toBe(400);
    const header = await s.app.inject({ method: "GET", url: "/headers/original/missing.png" });
    expect((await sharp(header.rawPayload).metadata()).width).toBe(1500);
  });
});

describe("profile images", () => {
  it("crops avatars to a square ≤ 400 and headers to ≤ 1500×500 via update_credentials", async () => {
    const wide = await sharp({ create: { width: 1200, height: 800, channels: 3, background: "#abcdef" } }).jpeg().withExif({ IFD0: { Make: "SecretCam" } }).toBuffer();
    const { payload, headers } = multipart({ display_name: "Alice" }, [
      { name: "avatar", filename: "a.jpg", type: "image/jpeg", data: wide },
      { name: "header", filename: "h.jpg", type: "image/jpeg", data: wide },
    ]);
    const res = await s.app.inject({ method: "PATCH", url: "/api/v1/accounts/update_credentials", payload, headers: { ...headers, authorization: `Bearer ${alice.token}` } });
    expect(res.statusCode).toBe(200);
    const account = res.json();
    const avatar = await fetchFile(account.avatar);
    const am = await sharp(avatar.rawPayload).metadata();
    expect([am.width, am.height, am.exif]).toEqual([400, 400, undefined]);
    const header = await fetchFile(account.header);
    const hm = await sharp(header.rawPayload).metadata();
    expect([hm.width, hm.height]).toEqual([1200, 400]);

    const bad = multipart({}, [{ name: "avatar", filename: "a.png", type: "image/png", data: Buffer.from("not an image, honestly not at all") }]);
    const refused = await s.app.inject({ method: "PATCH", url: "/api/v1/accounts/update_credentials", payload: bad.payload, headers: { ...bad.headers, authorization: `Bearer ${alice.token}` } });
    expect(refused.statusCode).toBe(422);
  });
});
