// Public transparency: the report for any period as JSON, CSV and a page with charts, and decisions in
// the EU Transparency Database format. Aggregates only; nothing here identifies a person.
import type { FastifyInstance } from "fastify";
import type { Context } from "../../context.js";
import { parse, v } from "../../core/validate.js";
import { effectiveSettings } from "../instance-admin/settings.js";
import { sendHtml } from "./html.js";
import { tdbStatements } from "./tdb.js";
import { period, transparencyReport } from "./transparency.js";
import { transparencyCsv } from "./transparency-render.js";
import { publicPageLang, transparencyPage } from "../web/transparency-page.js";

const rangeShape = { from: v.date(), to: v.date(), format: v.oneOf(["json", "csv"] as const), eval: v.boolean() };

export async function transparencyRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get("/api/v1/rostra/transparency", async (req, reply) => {
    const q = parse(rangeShape, req.query);
    const report = await transparencyReport(ctx, period(ctx, q.from, q.to), { offline: q.eval });
    if (q.format === "csv") return reply.type("text/csv; charset=utf-8").send(transparencyCsv(report));
    return report;
  });

  app.get("/api/v1/rostra/transparency.csv", async (req, reply) => {
    const q = parse(rangeShape, req.query);
    const report = await transparencyReport(ctx, period(ctx, q.from, q.to));
    return reply.type("text/csv; charset=utf-8").header("Content-Disposition", 'attachment; filename="transparency.csv"').send(transparencyCsv(report));
  });

  app.get("/api/v1/rostra/transparency/statements", async (req) => {
    const q = parse({ ...rangeShape, limit: v.int({ min: 1, max: 10_000 }) }, req.query);
    return tdbStatements(ctx, period(ctx, q.from, q.to), q.limit ?? 1000);
  });

  app.get("/transparency", async (req, reply) => {
    const q = parse(rangeShape, req.query);
    // the public page always shows the measured quality (computed once per process)
    const report = await transparencyReport(ctx, period(ctx, q.from, q.to), { offline: q.eval ?? true });
    return sendHtml(reply, 200, transparencyPage(report, (await effectiveSettings(ctx)).name, publicPageLang(req)));
  });
}
