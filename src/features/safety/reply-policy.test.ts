import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createTestServer, createUser, type TestServer, type TestUser } from "../../../test/helpers.js";
import { follow, post } from "../timelines/test-util.js";

let s: TestServer;
let author: TestUser, friend: TestUser, named: TestUser, stranger: TestUser, viet: TestUser, mod: TestUser;
beforeAll(async () => {
  s = await createTestServer();
  [author, friend, named, stranger, viet] = await Promise.all(["author", "friend", "named", "stranger", "viet"].map((n) => createUser(s, n)));
  mod = await createUser(s, "modnina", { role: "moderator" });
  await follow(s, author, friend);
  await s.ctx.db.updateTable("users").set({ locale: "vi" }).where("account_id", "=", viet.id).execute();
});
afterAll(async () => s.close());

const reply = (u: TestUser, to: string, text = "a reply") => api(s, "POST", "/api/v1/statuses", { token: u.token, body: { status: text, in_reply_to_id: to } });

describe("who may reply", () => {
  it("admits everyone by default and shows the policy on the Status", async () => {
    const st = await post(s, author, { status: "open to all" });
    expect(st.rostra).toEqual({ reply_policy: "everyone" });
    expect((await reply(stranger, st.id)).status).toBe(200);
  });

  it("'mentioned' admits only mentioned accounts and the author", async () => {
    const st = await post(s, author, { status: "@named what do you think?", reply_policy: "mentioned" });
    expect(st.rostra.reply_policy).toBe("mentioned");
    expect((await reply(named, st.id)).status).toBe(200);
    expect((await reply(author, st.id)).status).toBe(200);
    const denied = await reply(friend, st.id);
    expect(denied.status).toBe(403);
    expect(denied.body.error).toBe("Only accounts mentioned in this post can reply to it");
  });

  it("'following' admits accounts the author follows and mentioned ones, also further down the thread", async () => {
    const st = await post(s, author, { status: "friends only, and @named", reply_policy: "following" });
    const fromFriend = await reply(friend, st.id);
    expect(fromFriend.status).toBe(200);
    expect((await reply(named, st.id)).status).toBe(200);
    expect((await reply(stranger, st.id)).status).toBe(403);
    // the friend's reply is open to all, but the conversation is not
    expect((await reply(stranger, fromFriend.body.id)).status).toBe(403);
    expect((await reply(author, fromFriend.body.id)).status).toBe(200);
  });

  it("'nobody' leaves only the author, and the refusal speaks the replier's language", async () => {
    const st = await post(s, author, { status: "no replies please", reply_policy: "nobody" });
    expect((await reply(author, st.id, "adding a detail")).status).toBe(200);
    const en = await reply(friend, st.id);
    expect(en.status).toBe(403);
    expect(en.body.error).toBe("Replies to this post are turned off");
    const vi = await reply(viet, st.id, "trả lời");
    expect(vi.status).toBe(403);
    expect(vi.body.error).toBe("Bài viết này đã tắt tính năng trả lời");
  });

  it("rejects unknown values and lets the author change the policy with PUT", async () => {
    expect((await api(s, "POST", "/api/v1/statuses", { token: author.token, body: { status: "x", reply_policy: "friends" } })).status).toBe(422);
    const st = await post(s, author, { status: "changing my mind" });
    const put = await api(s, "PUT", `/api/v1/statuses/${st.id}`, { token: author.token, body: { status: "changing my mind", reply_policy: "nobody" } });
    expect(put.status).toBe(200);
    expect(put.body.rostra.reply_policy).toBe("nobody");
    expect((await reply(stranger, st.id)).status).toBe(403);
  });

  it("takes the author's default from update_credentials source[reply_policy]", async () => {
    const upd = await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: viet.token, body: { source: { reply_policy: "following" } } });
    expect(upd.status).toBe(200);
    const me = await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: viet.token });
    expect(me.body.source).toMatchObject({ reply_policy: "following", hide_likely_abuse: true });
    expect((await api(s, "GET", "/api/v1/preferences", { token: viet.token })).body["posting:default:reply_policy"]).toBe("following");
    const st = await post(s, viet, { status: "chỉ bạn bè mới được trả lời" });
    expect(st.rostra.reply_policy).toBe("following");
    expect((await reply(stranger, st.id)).status).toBe(403);
    expect((await post(s, viet, { status: "ai cũng được", reply_policy: "everyone" })).rostra.reply_policy).toBe("everyone");
  });

  it("a moderator's 'restrict replies' blocks replies until it is reversed", async () => {
    const st = await post(s, author, { status: "a post that draws a pile-on" });
    const notice = await api(s, "POST", "/api/moderation/notices", { body: { url: `${s.ctx.config.url}/@author/${st.id}`, category: "harassment", explanation: "Replies are a pile-on" } });
    expect(notice.status).toBe(202);
    const queue = await api(s, "GET", "/api/v1/rostra/admin/queue", { token: mod.token });
    const caseId = queue.body.find((c: any) => c.subject_id === st.id).id;
    const d = await api(s, "POST", `/api/v1/rostra/admin/cases/${caseId}/decisions`, { token: mod.token, body: { actions: ["restrict_replies"], facts: "Replies became a pile-on." } });
    expect(d.status).toBe(200);
    const denied = await reply(friend, st.id);
    expect(denied.status).toBe(403);
    expect(denied.body.error).toBe("Replies to this post are turned off");
    expect((await api(s, "GET", `/api/v1/statuses/${st.id}`, { token: friend.token })).body.rostra.reply_policy).toBe("nobody");
  });
});

describe("who may quote", () => {
  it("'followers' (also as the default from source[quote_policy]) admits followers only", async () => {
    const fan = await createUser(s, "fan");
    await follow(s, fan, named);
    await api(s, "PATCH", "/api/v1/accounts/update_credentials", { token: named.token, body: { source: { quote_policy: "followers" } } });
    expect((await api(s, "GET", "/api/v1/accounts/verify_credentials", { token: named.token })).body.source.quote_policy).toBe("followers");
    const st = await post(s, named, { status: "quote me if you follow me" });
    expect(st.quote_approval.automatic).toEqual(["followers"]);
    const ok = await api(s, "POST", "/api/v1/statuses", { token: fan.token, body: { status: "well said", quoted_status_id: st.id } });
    expect(ok.status).toBe(200);
    const no = await api(s, "POST", "/api/v1/statuses", { token: stranger.token, body: { status: "lol", quoted_status_id: st.id } });
    expect(no.status).toBe(422);
    expect((await api(s, "POST", "/api/v1/statuses", { token: named.token, body: { status: "self-quote", quoted_status_id: st.id } })).status).toBe(200);
  });
});
