// Voting in polls, with Mastodon's rules and messages: no votes in one's own or an ended poll, one vote
// per single-choice poll, each choice at most once in a multiple-choice poll. Counters change in the
// same transaction as the votes; PostgreSQL locks the poll row so concurrent voters never lose counts.
import type { Context } from "../../context.js";
import { ForbiddenError, NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parseJson } from "../../core/json.js";
import type { PollOption } from "../../api/mastodon/entities/poll.js";
import type { Executor, PollsTable } from "../../db/types.js";

const invalid = (message: string) => new UnprocessableError(`Validation failed: ${message}`);

export async function pollById(db: Executor, id: string): Promise<PollsTable | undefined> {
  return db.selectFrom("polls").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function ownVotes(db: Executor, pollId: string, accountId: string): Promise<number[]> {
  const rows = await db.selectFrom("poll_votes").select("choice").where("poll_id", "=", pollId).where("account_id", "=", accountId).orderBy("choice").execute();
  return rows.map((r) => Number(r.choice));
}

export async function vote(ctx: Context, actorId: string, pollId: string, choices: number[]): Promise<PollsTable> {
  await ctx.db.transaction().execute(async (trx) => {
    let q = trx.selectFrom("polls").selectAll().where("id", "=", pollId);
    if (ctx.dialect === "postgres") q = q.forUpdate();
    const poll = await q.executeTakeFirst();
    if (!poll) throw new NotFoundError();
    const blocked = await trx
      .selectFrom("blocks")
      .select("id")
      .where("account_id", "=", actorId)
      .where("target_account_id", "=", poll.account_id)
      .executeTakeFirst();
    if (blocked) throw new ForbiddenError();
    const options = parseJson<PollOption[]>(poll.options, []);
    const now = ctx.clock.now().toISOString();
    if (poll.expires_at && poll.expires_at <= now) throw invalid("The poll has already ended");
    if (choices.some((c) => c < 0 || c >= options.length)) throw invalid("The chosen vote option does not exist");
    if (poll.account_id === actorId) throw invalid("You cannot vote in your own polls");
    const previous = await ownVotes(trx, poll.id, actorId);
    const taken = new Set(previous);
    for (const choice of choices) {
      if (poll.multiple !== 1 && taken.size > 0) throw invalid("You have already voted on this poll");
      if (taken.has(choice)) throw invalid("You have already voted on this poll");
      taken.add(choice);
      await trx.insertInto("poll_votes").values({ id: newId(), poll_id: poll.id, account_id: actorId, choice, created_at: now }).execute();
      options[choice].votes_count += 1;
    }
    await trx
      .updateTable("polls")
      .set({
        options: JSON.stringify(options),
        votes_count: poll.votes_count + choices.length,
        voters_count: poll.voters_count + (previous.length === 0 ? 1 : 0),
      })
      .where("id", "=", poll.id)
      .execute();
  });
  return (await pollById(ctx.db, pollId))!;
}
