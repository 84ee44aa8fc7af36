// Response shapes of the social-graph, list and tag endpoints against Mastodon's OpenAPI description.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer } from "../../../test/helpers.js";
import { schemaErrors } from "../../../test/openapi.js";

let s: TestServer;
beforeAll(async () => {
  s = await createTestServer();
});
afterAll(async () => {
  await s.close();
});

describe("entity shapes", () => {
  it("renders Relationship, List, Tag, FeaturedTag, FamiliarFollowers and Suggestion as documented", async () => {
    const [me, other] = [await createUser(s, "shapeme"), await createUser(s, "shapeother")];
    await s.ctx.db.updateTable("accounts").set({ discoverable: 1 }).where("id", "=", other.id).execute();
    const rel = await api(s, "POST", `/api/v1/accounts/${other.id}/mute`, { token: me.token, body: { duration: 60 } });
    expect(schemaErrors("Relationship", rel.body)).toEqual([]);
    const followed = await api(s, "POST", `/api/v1/accounts/${other.id}/follow`, { token: me.token, body: { languages: ["en"] } });
    expect(schemaErrors("Relationship", followed.body)).toEqual([]);
    const list = await api(s, "POST", "/api/v1/lists", { token: me.token, body: { title: "t" } });
    expect(schemaErrors("List", list.body)).toEqual([]);
    const tag = await api(s, "POST", "/api/v1/tags/shapes/follow", { token: me.token });
    expect(schemaErrors("Tag", tag.body)).toEqual([]);
    const featured = await api(s, "POST", "/api/v1/featured_tags", { token: me.token, body: { name: "shapes" } });
    expect(schemaErrors("FeaturedTag", featured.body)).toEqual([]);
    const familiar = await api(s, "GET", `/api/v1/accounts/familiar_followers?id[]=${other.id}`, { token: me.token });
    expect(schemaErrors("FamiliarFollowers", familiar.body[0])).toEqual([]);
    const followers = await api(s, "GET", `/api/v1/accounts/${other.id}/followers`);
    expect(schemaErrors("Account", followers.body[0])).toEqual([]);
    await api(s, "POST", `/api/v1/accounts/${other.id}/unfollow`, { token: me.token });
    await api(s, "POST", `/api/v1/accounts/${other.id}/unmute`, { token: me.token });
    const suggestions = await api(s, "GET", "/api/v2/suggestions", { token: me.token });
    expect(suggestions.body.length).toBeGreaterThan(0);
    for (const x of suggestions.body) expect(schemaErrors("Suggestion", x)).toEqual([]);
  });
});
