// /api/v1/lists and their members, and /api/v1/accounts/:id/lists.
import type { FastifyInstance, FastifyRequest } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderList } from "../../api/mastodon/entities/list.js";
import { readPage, setLinkHeader } from "../../api/mastodon/paging.js";
import type { Context } from "../../context.js";
import { ValidationError } from "../../core/errors.js";
import { parse, v } from "../../core/validate.js";
import { renderAccountList, targetAccount } from "../relationships/target.js";
import {
  REPLIES_POLICIES, TITLE_MAX, addListAccounts, createList, deleteList, listMembers, listsContaining, listsOf,
  ownedList, removeListAccounts, updateList,
} from "./service.js";

type IdRequest = FastifyRequest<{ Params: { id: string } }>;

const listShape = {
  title: v.string({ max: TITLE_MAX }),
  replies_policy: v.oneOf(REPLIES_POLICIES),
  exclusive: v.boolean(),
};
const accountIdsShape = { account_ids: v.array(v.string({ max: 64 }), { max: 500 }) };

function listInput(body: unknown) {
  const input = parse(listShape, body);
  return { title: input.title, repliesPolicy: input.replies_policy, exclusive: input.exclusive };
}

function accountIds(input: unknown): string[] {
  const ids = parse(accountIdsShape, input).account_ids ?? [];
  if (ids.length === 0) throw new ValidationError("account_ids is required", { field: "account_ids" });
  return ids;
}

export async function listRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/lists", async (req) => {
    const auth = await requireUser(ctx, req, "read:lists");
    return (await listsOf(ctx, auth.accountId)).map(renderList);
  });
  app.post("/api/v1/lists", async (req) => {
    const auth = await requireUser(ctx, req, "write:lists");
    return renderList(await createList(ctx, auth.accountId, listInput(req.body)));
  });
  app.get("/api/v1/lists/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "read:lists");
    return renderList(await ownedList(ctx, auth.accountId, req.params.id));
  });
  app.put("/api/v1/lists/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:lists");
    const list = await ownedList(ctx, auth.accountId, req.params.id);
    return renderList(await updateList(ctx, list, listInput(req.body)));
  });
  app.delete("/api/v1/lists/:id", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:lists");
    await deleteList(ctx, await ownedList(ctx, auth.accountId, req.params.id));
    return {};
  });

  app.get("/api/v1/lists/:id/accounts", async (req: IdRequest, reply) => {
    const auth = await requireUser(ctx, req, "read:lists");
    const list = await ownedList(ctx, auth.accountId, req.params.id);
    // limit=0 asks for every member without pagination (Mastodon)
    const all = String((req.query as Record<string, unknown> | undefined)?.limit ?? "") === "0";
    const rows = await listMembers(ctx, list, all ? null : readPage(req.query, 40, 80));
    if (!all) setLinkHeader(ctx, req, reply, rows.map((r) => r.id));
    return renderAccountList(ctx, rows);
  });
  app.post("/api/v1/lists/:id/accounts", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:lists");
    const list = await ownedList(ctx, auth.accountId, req.params.id);
    await addListAccounts(ctx, list, accountIds(req.body));
    return {};
  });
  app.delete("/api/v1/lists/:id/accounts", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "write:lists");
    const list = await ownedList(ctx, auth.accountId, req.params.id);
    // some clients put the ids in the query string of a DELETE
    await removeListAccounts(ctx, list, accountIds({ ...(req.query as object), ...(req.body as object) }));
    return {};
  });

  app.get("/api/v1/accounts/:id/lists", async (req: IdRequest) => {
    const auth = await requireUser(ctx, req, "read:lists");
    const account = await targetAccount(ctx, req.params.id);
    return (await listsContaining(ctx, auth.accountId, account.id)).map(renderList);
  });
}
