import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { createStatus } from "../statuses/create.js";
import { schemaErrors } from "../../../test/openapi.js";

let s: TestServer;
let users: TestUser[];

beforeAll(async () => {
  s = await createTestServer();
  users = [];
  for (const name of ["ann", "ben", "cat", "dan"]) users.push(await createUser(s, name));
});
afterAll(async () => {
  await s.close();
});

describe("trends", () => {
  it("ranks tags by distinct accounts over the last week, with history", async () => {
    const [ann, ben, cat] = users;
    await createStatus(s.ctx, ann.id, { text: "#Rising one", visibility: "public" });
    await createStatus(s.ctx, ben.id, { text: "#rising two #steady", visibility: "public" });
    await createStatus(s.ctx, cat.id, { text: "#rising three", visibility: "public" });
    // many posts by one account count once
    for (let i = 0; i < 3; i++) await createStatus(s.ctx, ann.id, { text: `#spammy ${i}`, visibility: "public" });
    await createStatus(s.ctx, cat.id, { text: "#secret stuff", visibility: "private" });
    const res = await api(s, "GET", "/api/v1/trends/tags");
    expect(res.status).toBe(200);
    const names = res.body.map((t: any) => t.name.toLowerCase());
    expect(names[0]).toBe("rising");
    expect(names.slice(1).sort()).toEqual(["spammy", "steady"]);
    expect(res.body.some((t: any) => t.name === "secret")).toBe(false);
    expect(res.body[0].history).toHaveLength(7);
    expect(res.body[0].history[0]).toMatchObject({ uses: "3", accounts: "3" });
    for (const t of res.body) expect(schemaErrors("Tag", t)).toEqual([]);
    expect((await api(s, "GET", "/api/v1/trends/tags?limit=1")).body).toHaveLength(1);
    expect((await api(s, "GET", "/api/v1/trends/tags?limit=abc&offset=-5")).status).toBe(200);
  });

  it("ranks recent public statuses by favourites and reblogs, hiding what the viewer must not see", async () => {
    const [ann, ben, cat, dan] = users;
    const popular = await createStatus(s.ctx, ann.id, { text: "popular post", visibility: "public" });
    const modest = await createStatus(s.ctx, ben.id, { text: "modest post", visibility: "public" });
    const hidden = await createStatus(s.ctx, cat.id, { text: "followers only but loved", visibility: "private" });
    await s.ctx.db.updateTable("statuses").set({ favourites_count: 5, reblogs_count: 2 }).where("id", "=", popular.id).execute();
    await s.ctx.db.updateTable("statuses").set({ favourites_count: 1 }).where("id", "=", modest.id).execute();
    await s.ctx.db.updateTable("statuses").set({ favourites_count: 50 }).where("id", "=", hidden.id).execute();
    const anon = await api(s, "GET", "/api/v1/trends/statuses");
    expect(anon.body.map((x: any) => x.id)).toEqual([popular.id, modest.id]);
    expect(anon.body[0].account.username).toBe("ann");
    // a viewer who blocks ann no longer sees her post
    await s.ctx.db.insertInto("blocks").values({ id: "900000000000000001", account_id: dan.id, target_account_id: ann.id, created_at: new Date().toISOString() }).execute();
    const viewed = await api(s, "GET", "/api/v1/trends/statuses", { token: dan.token });
    expect(viewed.body.map((x: any) => x.id)).toEqual([modest.id]);
  });
});
