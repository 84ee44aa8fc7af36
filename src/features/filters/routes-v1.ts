// Filters v1 (still used by Tusky and megalodon): each v1 filter is one keyword of a v2 filter and
// carries the keyword's id; `irreversible` maps to the "hide" action, otherwise "warn".
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderV1Filter } from "../../api/mastodon/entities/filter.js";
import type { Context } from "../../context.js";
import { NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parse, v } from "../../core/validate.js";
import { inTransaction } from "../../db/tx.js";
import type { FiltersTable } from "../../db/types.js";
import { FILTER_CONTEXTS, filtersOf, keywordOf } from "./queries.js";
import { expiryFrom, MAX_FILTERS, notifyFiltersChanged } from "./service.js";

type IdParams = { Params: { id: string } };

const v1Shape = {
  phrase: v.string({ max: 512 }),
  context: v.array(v.oneOf(FILTER_CONTEXTS), { max: 10 }),
  irreversible: v.boolean(),
  whole_word: v.boolean(),
  expires_in: v.int({ min: 1, max: 10 * 366 * 24 * 3600 }),
};

function invalid(field: string): never {
  throw new UnprocessableError(`Validation failed: ${field} can't be blank`, { [field]: [{ error: "ERR_BLANK", description: "can't be blank" }] });
}

async function findV1(ctx: Context, accountId: string, id: string) {
  const found = await keywordOf(ctx.db, accountId, id);
  if (!found) throw new NotFoundError();
  return found;
}

export async function filterV1Routes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/filters", async (req) => {
    const auth = await requireUser(ctx, req, "read:filters");
    const filters = await filtersOf(ctx.db, auth.accountId);
    return filters.flatMap((f) => f.keywords.map((k) => renderV1Filter(f.row, k)));
  });

  app.get<IdParams>("/api/v1/filters/:id", async (req) => {
    const auth = await requireUser(ctx, req, "read:filters");
    const { keyword, filter } = await findV1(ctx, auth.accountId, req.params.id);
    return renderV1Filter(filter, keyword);
  });

  app.post("/api/v1/filters", async (req) => {
    const auth = await requireUser(ctx, req, "write:filters");
    const input = parse(v1Shape, req.body);
    const phrase = input.phrase?.trim();
    if (!phrase) invalid("phrase");
    if (!input.context?.length) invalid("context");
    const filter: FiltersTable = {
      id: newId(),
      account_id: auth.accountId,
      title: phrase,
      context: JSON.stringify([...new Set(input.context)]),
      action: input.irreversible ? "hide" : "warn",
      expires_at: expiryFrom(ctx, req.body, input.expires_in) ?? null,
      created_at: ctx.clock.now().toISOString(),
    };
    const keyword = { id: newId(), filter_id: filter.id, keyword: phrase, whole_word: input.whole_word === false ? 0 : 1 };
    await inTransaction(ctx.db, async (trx) => {
      const n = await trx.selectFrom("filters").select((eb) => eb.fn.countAll<number>().as("n")).where("account_id", "=", auth.accountId).executeTakeFirst();
      if (Number(n?.n ?? 0) >= MAX_FILTERS) throw new UnprocessableError(`Validation failed: filters are limited to ${MAX_FILTERS} per account`);
      await trx.insertInto("filters").values(filter).execute();
      await trx.insertInto("filter_keywords").values(keyword).execute();
    });
    await notifyFiltersChanged(ctx, auth.accountId);
    return renderV1Filter(filter, keyword);
  });

  app.put<IdParams>("/api/v1/filters/:id", async (req) => {
    const auth = await requireUser(ctx, req, "write:filters");
    const input = parse(v1Shape, req.body);
    const { keyword, filter } = await findV1(ctx, auth.accountId, req.params.id);
    const nextFilter = { ...filter };
    const nextKeyword = { ...keyword };
    if (input.phrase !== undefined) {
      if (!input.phrase.trim()) invalid("phrase");
      nextKeyword.keyword = input.phrase.trim();
    }
    if (input.whole_word !== undefined) nextKeyword.whole_word = input.whole_word ? 1 : 0;
    if (input.context !== undefined) {
      if (input.context.length === 0) invalid("context");
      nextFilter.context = JSON.stringify([...new Set(input.context)]);
    }
    if (input.irreversible !== undefined) nextFilter.action = input.irreversible ? "hide" : "warn";
    const expiresAt = expiryFrom(ctx, req.body, input.expires_in);
    if (expiresAt !== undefined) nextFilter.expires_at = expiresAt;
    await inTransaction(ctx.db, async (trx) => {
      await trx.updateTable("filters").set({ context: nextFilter.context, action: nextFilter.action, expires_at: nextFilter.expires_at }).where("id", "=", filter.id).execute();
      await trx.updateTable("filter_keywords").set({ keyword: nextKeyword.keyword, whole_word: nextKeyword.whole_word }).where("id", "=", keyword.id).execute();
    });
    await notifyFiltersChanged(ctx, auth.accountId);
    return renderV1Filter(nextFilter, nextKeyword);
  });

  app.delete<IdParams>("/api/v1/filters/:id", async (req) => {
    const auth = await requireUser(ctx, req, "write:filters");
    const { keyword, filter } = await findV1(ctx, auth.accountId, req.params.id);
    await inTransaction(ctx.db, async (trx) => {
      await trx.deleteFrom("filter_keywords").where("id", "=", keyword.id).execute();
      // a filter left with nothing to match is removed with its last keyword
      const left = await trx.selectFrom("filter_keywords").select("id").where("filter_id", "=", filter.id).executeTakeFirst();
      const statuses = await trx.selectFrom("filter_statuses").select("id").where("filter_id", "=", filter.id).executeTakeFirst();
      if (!left && !statuses) await trx.deleteFrom("filters").where("id", "=", filter.id).execute();
    });
    await notifyFiltersChanged(ctx, auth.accountId);
    return {};
  });
}
