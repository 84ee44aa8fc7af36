// Profile text and image descriptions pass the same pipeline as statuses; a held change is refused,
// the previous text stays, and the evidence lands on the account's case.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { mdb } from "./db.js";

let server: TestServer;
let user: TestUser;

beforeAll(async () => {
  server = await createTestServer();
  user = await createUser(server, "profiler");
});
afterAll(async () => server.close());

describe("profile text and media descriptions", () => {
  it("saves a harmless bio (EN and VI) and refuses a threatening one, keeping the old text", async () => {
    const ok = await api(server, "PATCH", "/api/v1/accounts/update_credentials", { token: user.token, body: { note: "Nhà báo ở Hà Nội. I cover city news." } });
    expect(ok.status).toBe(200);
    for (const note of ["I will shoot you tomorrow, you traitor", "phải giết hết bọn nhà báo"]) {
      const held = await api(server, "PATCH", "/api/v1/accounts/update_credentials", { token: user.token, body: { note } });
      expect(held.status).toBe(422);
      expect(held.body.error).toMatch(/review/);
    }
    const me = await api(server, "GET", "/api/v1/accounts/verify_credentials", { token: user.token });
    expect(me.body.source.note).toBe("Nhà báo ở Hà Nội. I cover city news.");
    const c = await mdb(server.ctx.db).selectFrom("moderation_cases").selectAll().where("subject_id", "=", user.id).executeTakeFirstOrThrow();
    expect(c.category).toMatch(/^violence/);
  });

  it("refuses a threatening image description on PUT /api/v1/media/:id", async () => {
    const sharp = (await import("sharp")).default;
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } }).png().toBuffer();
    const boundary = "----rostra";
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="description"\r\n\r\nA black square\r\n--${boundary}--\r\n`),
    ]);
    const up = await server.app.inject({ method: "POST", url: "/api/v2/media", headers: { authorization: `Bearer ${user.token}`, "content-type": `multipart/form-data; boundary=${boundary}` }, payload });
    expect(up.statusCode).toBe(200);
    const id = JSON.parse(up.body).id;
    const bad = await api(server, "PUT", `/api/v1/media/${id}`, { token: user.token, body: { description: "I will kill you and your family tonight" } });
    expect(bad.status).toBe(422);
    const again = await api(server, "GET", `/api/v1/media/${id}`, { token: user.token });
    expect(again.body.description).toBe("A black square");
  });
});
