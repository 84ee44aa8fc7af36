// Who may reply (a Rostra extension, see README.md): checked against the post replied to and against
// the conversation's first post, so a limited conversation cannot be joined one level further down.
import { ForbiddenError } from "../../core/errors.js";
import type { Executor } from "../../db/types.js";
import { langOf } from "../moderation/i18n.js";
import { isFollowing } from "../relationships/queries.js";
import { type StatusRow, statusById } from "../statuses/queries.js";
import type { ReplyPolicy } from "./settings.js";

const DENIED: Record<"en" | "vi", Record<Exclude<ReplyPolicy, "everyone">, string>> = {
  en: {
    following: "Only accounts the author follows, and accounts mentioned in the post, can reply to it",
    mentioned: "Only accounts mentioned in this post can reply to it",
    nobody: "Replies to this post are turned off",
  },
  vi: {
    following: "Chỉ những tài khoản mà tác giả theo dõi và những tài khoản được nhắc đến mới có thể trả lời bài viết này",
    mentioned: "Chỉ những tài khoản được nhắc đến trong bài viết này mới có thể trả lời",
    nobody: "Bài viết này đã tắt tính năng trả lời",
  },
};

/** Thrown when the reply policy of a post (or its conversation) leaves the replier out. */
export class ReplyNotAllowedError extends ForbiddenError {
  constructor(message: string, readonly policy: ReplyPolicy) {
    super(message);
  }
}

/** Does `policy` on `status` admit `accountId`? The author always may; under "nobody" no one else. */
export async function mayReply(db: Executor, status: StatusRow, accountId: string): Promise<boolean> {
  const policy = status.reply_policy as ReplyPolicy;
  if (policy === "everyone" || !policy || status.account_id === accountId) return true;
  if (policy === "nobody") return false;
  const mentioned = await db.selectFrom("mentions").select("account_id").where("status_id", "=", status.id).where("account_id", "=", accountId).executeTakeFirst();
  if (mentioned) return true;
  if (policy !== "following") return false;
  return isFollowing(db, status.account_id, accountId);
}

/** Throws ReplyNotAllowedError (403, in the replier's language) unless `accountId` may reply to `parent`. */
export async function assertMayReply(db: Executor, parent: StatusRow, accountId: string): Promise<void> {
  const root = parent.conversation_id !== parent.id ? await statusById(db, parent.conversation_id) : undefined;
  for (const s of root ? [parent, root] : [parent]) {
    if (await mayReply(db, s, accountId)) continue;
    const user = await db.selectFrom("users").select("locale").where("account_id", "=", accountId).executeTakeFirst();
    const policy = s.reply_policy as Exclude<ReplyPolicy, "everyone">;
    throw new ReplyNotAllowedError(DENIED[langOf(user?.locale)][policy] ?? DENIED.en.nobody, policy);
  }
}

/** PUT /api/v1/statuses/:id with reply_policy: the author changes who may reply from now on. */
export async function setReplyPolicy(db: Executor, status: StatusRow, policy: ReplyPolicy): Promise<StatusRow> {
  if (status.reply_policy === policy) return status;
  await db.updateTable("statuses").set({ reply_policy: policy }).where("id", "=", status.id).execute();
  return { ...status, reply_policy: policy };
}
