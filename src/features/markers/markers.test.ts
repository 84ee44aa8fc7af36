import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";

let s: TestServer;
let alice: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  alice = await createUser(s, "alice");
});
afterAll(async () => {
  await s.close();
});

describe("markers", () => {
  it("saves read positions with increasing versions, from JSON or form bodies", async () => {
    expect((await api(s, "GET", "/api/v1/markers?timeline[]=home", { token: alice.token })).body).toEqual({});
    const first = await api(s, "POST", "/api/v1/markers", { token: alice.token, body: { home: { last_read_id: "100" } } });
    expect(first.body.home).toMatchObject({ last_read_id: "100", version: 1 });
    await s.app.inject({
      method: "POST", url: "/api/v1/markers",
      headers: { authorization: `Bearer ${alice.token}`, "content-type": "application/x-www-form-urlencoded" },
      payload: "home[last_read_id]=200&notifications[last_read_id]=7",
    });
    const got = await api(s, "GET", "/api/v1/markers?timeline[]=home&timeline[]=notifications", { token: alice.token });
    expect(got.body.home).toMatchObject({ last_read_id: "200", version: 2 });
    expect(got.body.notifications).toMatchObject({ last_read_id: "7", version: 1 });
    expect(typeof got.body.home.updated_at).toBe("string");
    expect(Object.keys((await api(s, "GET", "/api/v1/markers?timeline[]=home", { token: alice.token })).body)).toEqual(["home"]);
    expect((await api(s, "POST", "/api/v1/markers", { token: alice.token, body: { home: { last_read_id: "x y" } } })).status).toBe(422);
    expect((await api(s, "GET", "/api/v1/markers")).status).toBe(401);
  });
});
