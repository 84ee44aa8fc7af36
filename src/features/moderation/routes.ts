// User-facing moderation routes: statements of reasons (JSON and page), appeals, the author's view of a
// held post, reporters' outcomes, and the moderation messages inbox. Staff routes live in api/admin.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { parseJson } from "../../core/json.js";
import { parse, v } from "../../core/validate.js";
import { bearerToken, requireUser } from "../../api/mastodon/auth.js";
import { csrfMatches, currentSession } from "../auth/sessions.js";
import { fileAppeal } from "./appeals.js";
import { audit } from "./audit.js";
import { mdb } from "./db.js";
import { type Decision, decisionById, toDecision } from "./decisions.js";
import { sendHtml } from "./html.js";
import { type Lang, langOf, t } from "./i18n.js";
import { decisionViewer, redressSignIn } from "./redress.js";
import { noticeRoutes } from "./routes-notices.js";
import { transparencyRoutes } from "./routes-transparency.js";
import { reportOutcome } from "./messages.js";
import { statementHtml, statementJson } from "./statement.js";

const STAFF = ["moderator", "admin"];

async function viewerLang(ctx: Context, accountId: string, override?: string): Promise<Lang> {
  if (override === "en" || override === "vi") return override;
  const u = await ctx.db.selectFrom("users").select("locale").where("account_id", "=", accountId).executeTakeFirst();
  return langOf(u?.locale);
}

/** The affected user and staff may read a decision; anyone else gets the same 404 as a missing one. */
async function readableDecision(ctx: Context, id: string, viewer: { accountId: string; role: string }): Promise<Decision> {
  const d = await decisionById(ctx.db, id);
  if (!d || (d.account_id !== viewer.accountId && !STAFF.includes(viewer.role))) throw new NotFoundError();
  // the statement quotes the post, which may be private: staff reading it is audited
  if (d.account_id !== viewer.accountId) await audit(ctx, ctx.db, { actorId: viewer.accountId, action: "view.decision", subjectType: d.subject_type, subjectId: d.subject_id, payload: { decision_id: d.id } });
  return d;
}

async function roleOf(ctx: Context, accountId: string): Promise<string> {
  return (await ctx.db.selectFrom("users").select("role").where("account_id", "=", accountId).executeTakeFirst())?.role ?? "user";
}

async function pageViewer(ctx: Context, req: FastifyRequest): Promise<{ accountId: string; role: string; csrf: string | null } | null> {
  const session = await currentSession(ctx, req);
  if (session) return { accountId: session.accountId, role: await roleOf(ctx, session.accountId), csrf: session.csrf };
  if (!bearerToken(req)) return null;
  const auth = await decisionViewer(ctx, req, "read");
  return { accountId: auth.accountId, role: auth.role, csrf: null };
}

export async function moderationRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.get<{ Params: { id: string } }>("/api/v1/rostra/decisions/:id", async (req) => {
    const auth = await decisionViewer(ctx, req, "read");
    const { lang } = parse({ lang: v.oneOf(["en", "vi"] as const) }, req.query);
    const d = await readableDecision(ctx, req.params.id, auth);
    return statementJson(ctx, d, await viewerLang(ctx, auth.accountId, lang));
  });

  app.get<{ Params: { id: string } }>("/moderation/decisions/:id", async (req, reply) => {
    const viewer = await pageViewer(ctx, req);
    const { lang } = parse({ lang: v.oneOf(["en", "vi"] as const) }, req.query);
    // before we know the reader, the browser's language decides
    const guess: Lang = lang ?? langOf(String(req.headers["accept-language"] ?? "").split(",")[0]?.trim());
    if (!viewer) return sendHtml(reply, 401, `<!doctype html><html lang="${guess}"><title>${t(guess).signIn}</title><p>${t(guess).signInToRead} <a href="/auth/sign_in">${t(guess).signIn}</a></p></html>`);
    const d = await readableDecision(ctx, req.params.id, viewer).catch((err) => {
      if (err instanceof NotFoundError) return null;
      throw err;
    });
    if (!d) return sendHtml(reply, 404, `<!doctype html><html lang="${guess}"><title>${t(guess).notFound}</title><p>${t(guess).notFound}</p></html>`);
    const l = await viewerLang(ctx, viewer.accountId, lang);
    const json = await statementJson(ctx, d, l);
    const canAppealHere = d.account_id === viewer.accountId && viewer.csrf;
    return sendHtml(reply, 200, statementHtml(json, l, canAppealHere ? { appealAction: `/moderation/decisions/${d.id}/appeal`, csrf: viewer.csrf! } : {}));
  });

  // the page's appeal form: session and CSRF token required, then the same service as the API
  app.post<{ Params: { id: string } }>("/moderation/decisions/:id/appeal", async (req, reply) => {
    const session = await currentSession(ctx, req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!session || !csrfMatches(req, body.csrf, session.csrf)) return sendHtml(reply, 403, "<!doctype html><title>Forbidden</title><p>Your session expired. Reload the page and try again.</p>");
    const { text } = parse({ text: v.requiredString({ max: 2000, trim: true }) }, body);
    await fileAppeal(ctx, req.params.id, session.accountId, text);
    return reply.redirect(`/moderation/decisions/${req.params.id}`, 303);
  });

  app.post<{ Params: { id: string } }>("/api/v1/rostra/decisions/:id/appeal", async (req) => {
    const auth = await decisionViewer(ctx, req, "write");
    const { text } = parse({ text: v.requiredString({ max: 2000, trim: true, min: 1 }) }, req.body);
    return fileAppeal(ctx, req.params.id, auth.accountId, text);
  });

  // the author's view of their own post's moderation: state, a plain-language notice and the decisions
  app.get<{ Params: { id: string } }>("/api/v1/rostra/statuses/:id/moderation", async (req) => {
    const auth = await requireUser(ctx, req, "read:statuses");
    const s = await ctx.db.selectFrom("statuses").select(["id", "account_id", "moderation_state"]).where("id", "=", req.params.id).executeTakeFirst();
    if (!s || (s.account_id !== auth.accountId && !STAFF.includes(auth.role))) throw new NotFoundError();
    // staff reading someone else's held or removed post is a view of private content
    if (s.account_id !== auth.accountId) await audit(ctx, ctx.db, { actorId: auth.accountId, action: "view.status_moderation", subjectType: "status", subjectId: s.id });
    const lang = await viewerLang(ctx, auth.accountId);
    const decisions = await mdb(ctx.db).selectFrom("moderation_decisions").selectAll().where("subject_type", "=", "status").where("subject_id", "=", s.id).orderBy("id", "desc").execute();
    const tr = t(lang);
    const notice = s.moderation_state === "held" ? tr.held : s.moderation_state === "removed" ? tr.removed : null;
    return { id: s.id, moderation_state: s.moderation_state, notice, decisions: await Promise.all(decisions.map((d) => statementJson(ctx, toDecision(d), lang))) };
  });

  // reports I filed, with every outcome so far
  app.get("/api/v1/rostra/reports", async (req) => {
    const auth = await requireUser(ctx, req, "read");
    const reports = await ctx.db.selectFrom("reports").selectAll().where("account_id", "=", auth.accountId).orderBy("id", "desc").limit(40).execute();
    const lang = await viewerLang(ctx, auth.accountId);
    const msgs = reports.length ? await mdb(ctx.db).selectFrom("moderation_messages").selectAll().where("account_id", "=", auth.accountId).where("kind", "=", "report_outcome").where("report_id", "in", reports.map((r) => r.id)).orderBy("id").execute() : [];
    const decisionIds = [...new Set(msgs.map((m) => m.decision_id!).filter(Boolean))];
    const decisions = new Map((decisionIds.length ? await mdb(ctx.db).selectFrom("moderation_decisions").selectAll().where("id", "in", decisionIds).execute() : []).map((d) => [d.id, toDecision(d)]));
    return reports.map((r) => ({
      id: r.id, created_at: r.created_at, category: r.category, status_ids: parseJson<string[]>(r.status_ids, []), action_taken: !!r.action_taken_at, action_taken_at: r.action_taken_at,
      outcomes: msgs.filter((m) => m.report_id === r.id).map((m) => reportOutcome(decisions.get(m.decision_id!), lang, m.created_at)),
    }));
  });

  app.get("/api/v1/rostra/moderation/messages", async (req) => {
    const auth = await decisionViewer(ctx, req, "read");
    const rows = await mdb(ctx.db).selectFrom("moderation_messages").selectAll().where("account_id", "=", auth.accountId).orderBy("id", "desc").limit(40).execute();
    const lang = await viewerLang(ctx, auth.accountId);
    const out = [];
    for (const m of rows) {
      const d = m.decision_id ? await decisionById(ctx.db, m.decision_id) : undefined;
      out.push({ id: m.id, kind: m.kind, created_at: m.created_at, report_id: m.report_id, appeal_id: m.appeal_id, decision_id: m.decision_id, ...(m.kind === "report_outcome" ? { outcome: reportOutcome(d, lang, m.created_at) } : { url: d ? `${ctx.config.url}/moderation/decisions/${d.id}` : null }) });
    }
    return out;
  });

  app.post("/api/v1/rostra/redress/sign_in", async (req) => {
    const input = parse({ username: v.requiredString({ max: 320 }), password: v.requiredString({ max: 1024 }) }, req.body);
    return redressSignIn(ctx, input.username, input.password, req.ip);
  });

  await noticeRoutes(app, ctx);
  await transparencyRoutes(app, ctx);
}
