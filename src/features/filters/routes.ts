// Filters v2 (server-side filtering, Mastodon 4.0+) with keyword and status sub-resources.
import type { FastifyInstance } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderFilter, renderFilterKeyword, renderFilterStatus } from "../../api/mastodon/entities/filter.js";
import { setFilterApplier } from "../../api/mastodon/entities/status.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parse } from "../../core/validate.js";
import { filterStatusOf, filtersOf, keywordOf } from "./queries.js";
import { addFilterStatus, createFilter, deleteFilter, insertKeyword, keywordShape, notifyFiltersChanged, requireFilter, updateFilter } from "./service.js";
import { applyFiltersForViewer } from "./match.js";
import { filterV1Routes } from "./routes-v1.js";

type IdParams = { Params: { id: string } };
const READ = "read:filters";
const WRITE = "write:filters";

export async function filterRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  setFilterApplier(applyFiltersForViewer);

  app.get("/api/v2/filters", async (req) => {
    const auth = await requireUser(ctx, req, READ);
    return (await filtersOf(ctx.db, auth.accountId)).map(renderFilter);
  });

  app.post("/api/v2/filters", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    return renderFilter(await createFilter(ctx, auth.accountId, req.body));
  });

  app.get<IdParams>("/api/v2/filters/:id", async (req) => {
    const auth = await requireUser(ctx, req, READ);
    return renderFilter(await requireFilter(ctx, auth.accountId, req.params.id));
  });

  app.put<IdParams>("/api/v2/filters/:id", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    return renderFilter(await updateFilter(ctx, auth.accountId, req.params.id, req.body));
  });

  app.delete<IdParams>("/api/v2/filters/:id", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    await deleteFilter(ctx, auth.accountId, req.params.id);
    return {};
  });

  // keywords
  app.get<IdParams>("/api/v2/filters/:id/keywords", async (req) => {
    const auth = await requireUser(ctx, req, READ);
    return (await requireFilter(ctx, auth.accountId, req.params.id)).keywords.map(renderFilterKeyword);
  });

  app.post<IdParams>("/api/v2/filters/:id/keywords", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    const input = parse(keywordShape, req.body);
    await requireFilter(ctx, auth.accountId, req.params.id);
    const id = await insertKeyword(ctx.db, req.params.id, input.keyword, input.whole_word);
    await notifyFiltersChanged(ctx, auth.accountId);
    return renderFilterKeyword((await keywordOf(ctx.db, auth.accountId, id))!.keyword);
  });

  app.get<IdParams>("/api/v2/filters/keywords/:id", async (req) => {
    const auth = await requireUser(ctx, req, READ);
    const found = await keywordOf(ctx.db, auth.accountId, req.params.id);
    if (!found) throw new NotFoundError();
    return renderFilterKeyword(found.keyword);
  });

  app.put<IdParams>("/api/v2/filters/keywords/:id", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    const input = parse(keywordShape, req.body);
    const found = await keywordOf(ctx.db, auth.accountId, req.params.id);
    if (!found) throw new NotFoundError();
    const next = { ...found.keyword };
    if (input.keyword !== undefined && input.keyword.trim() !== "") next.keyword = input.keyword.trim();
    if (input.whole_word !== undefined) next.whole_word = input.whole_word ? 1 : 0;
    await ctx.db.updateTable("filter_keywords").set({ keyword: next.keyword, whole_word: next.whole_word }).where("id", "=", next.id).execute();
    await notifyFiltersChanged(ctx, auth.accountId);
    return renderFilterKeyword(next);
  });

  app.delete<IdParams>("/api/v2/filters/keywords/:id", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    const found = await keywordOf(ctx.db, auth.accountId, req.params.id);
    if (!found) throw new NotFoundError();
    await ctx.db.deleteFrom("filter_keywords").where("id", "=", found.keyword.id).execute();
    await notifyFiltersChanged(ctx, auth.accountId);
    return {};
  });

  // statuses
  app.get<IdParams>("/api/v2/filters/:id/statuses", async (req) => {
    const auth = await requireUser(ctx, req, READ);
    return (await requireFilter(ctx, auth.accountId, req.params.id)).statuses.map(renderFilterStatus);
  });

  app.post<IdParams>("/api/v2/filters/:id/statuses", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    const id = await addFilterStatus(ctx, auth.accountId, req.params.id, req.body);
    return renderFilterStatus((await filterStatusOf(ctx.db, auth.accountId, id))!.status);
  });

  app.get<IdParams>("/api/v2/filters/statuses/:id", async (req) => {
    const auth = await requireUser(ctx, req, READ);
    const found = await filterStatusOf(ctx.db, auth.accountId, req.params.id);
    if (!found) throw new NotFoundError();
    return renderFilterStatus(found.status);
  });

  app.delete<IdParams>("/api/v2/filters/statuses/:id", async (req) => {
    const auth = await requireUser(ctx, req, WRITE);
    const found = await filterStatusOf(ctx.db, auth.accountId, req.params.id);
    if (!found) throw new NotFoundError();
    await ctx.db.deleteFrom("filter_statuses").where("id", "=", found.status.id).execute();
    await notifyFiltersChanged(ctx, auth.accountId);
    return {};
  });

  await filterV1Routes(app, ctx);
}
