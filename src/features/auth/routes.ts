// /api/v1/apps, /oauth/* and the browser pages for sign-in, consent and sign-up.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { AppError, ForbiddenError } from "../../core/errors.js";
import { sha256 } from "../../core/crypto.js";
import { parse, v } from "../../core/validate.js";
import { requireApp } from "../../api/mastodon/auth.js";
import { accountById } from "../accounts/queries.js";
import { createLocalUser, SignUpRefusedError } from "../accounts/register.js";
import { readSettings } from "../instance/info.js";
import { effectiveSettings, type EffectiveSettings } from "../instance-admin/settings.js";
import { checkLogin } from "./login.js";
import { OOB, OAuthError, appRedirectUris, checkAuthorizeRequest, createApp, exchangeToken, issueCode, type AuthorizeRequest } from "./oauth.js";
import { authorizeErrorPage, codePage, consentPage, errorPage, FLOW_TEXT, signInLang, signInPage, signUpPage, type SignInLang } from "./pages.js";
import { PAGE_TEXT, signUpErrorText, signUpRefusedText } from "./page-text.js";
import { KNOWN_SCOPES } from "./scopes.js";
import { csrfMatches, currentSession, endSession, ensureCsrfCookie, startSession } from "./sessions.js";
import { appByClientId } from "./oauth.js";
import { revokeTokens } from "./tokens.js";

const AUTHORIZE_PARAMS = ["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "lang"] as const;

function strings(obj: unknown, keys: readonly string[]): Record<string, string | undefined> {
  const src = (obj ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof src[k] === "string" ? (src[k] as string) : undefined]));
}

function html(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' *; frame-ancestors 'none'")
    .header("Cache-Control", "no-store")
    .type("text/html; charset=utf-8")
    .send(body);
}

/**
 * The checked authorize request, or null after answering with the error page the user can read, in
 * the page's language; the OAuth error code (invalid_client…) stays on it for the app's developer.
 */
async function authorizeRequestOrPage(ctx: Context, params: Record<string, string | undefined>, reply: FastifyReply, lang: SignInLang): Promise<AuthorizeRequest | null> {
  try {
    return await checkAuthorizeRequest(ctx, params);
  } catch (err) {
    if (!(err instanceof OAuthError)) throw err;
    html(reply, 400, authorizeErrorPage(err.message, lang));
    return null;
  }
}

function redirectWithCode(reply: FastifyReply, req: AuthorizeRequest, code: string, lang: SignInLang) {
  if (req.redirectUri === OOB) return html(reply, 200, codePage(code, lang));
  const url = new URL(req.redirectUri);
  url.searchParams.set("code", code);
  if (req.state !== undefined) url.searchParams.set("state", req.state);
  return reply.redirect(url.toString(), 302);
}

function redirectDenied(reply: FastifyReply, req: AuthorizeRequest, lang: SignInLang) {
  if (req.redirectUri === OOB) return html(reply, 403, errorPage(PAGE_TEXT[lang].deniedTitle, PAGE_TEXT[lang].denied, lang));
  // error and error_description are protocol fields the application reads (the web app translates the code)
  const url = new URL(req.redirectUri);
  url.searchParams.set("error", "access_denied");
  url.searchParams.set("error_description", "The resource owner or authorization server denied the request.");
  if (req.state !== undefined) url.searchParams.set("state", req.state);
  return reply.redirect(url.toString(), 302);
}

/**
 * The page shown while sign-ups are closed, with the operator's message when one is stored (their own
 * words, shown as written), else the server's sentence in the page's language.
 */
async function closedPage(ctx: Context, reply: FastifyReply, settings: EffectiveSettings, lang: SignInLang) {
  const legacy = settings.closed_registrations_message ? undefined : (await readSettings(ctx, ["closed_registrations_message"])).closed_registrations_message;
  const message = settings.closed_registrations_message || (typeof legacy === "string" && legacy.trim() ? legacy : PAGE_TEXT[lang].closed);
  return html(reply, 403, errorPage(PAGE_TEXT[lang].closedTitle, message, lang));
}

export async function oauthRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  // name and registration mode as an admin stored them (else the environment), read on every request
  const instanceName = async () => (await effectiveSettings(ctx)).name;

  app.post("/api/v1/apps", async (req) => {
    const body = parse(
      {
        client_name: v.requiredString({ max: 200, trim: true }),
        redirect_uris: v.array(v.string({ max: 2000 }), { max: 20 }),
        redirect_uri: v.string({ max: 2000 }),
        scopes: v.string({ max: 2000 }),
        website: v.string({ max: 2000 }),
      },
      req.body,
    );
    const uris = (body.redirect_uris ?? (body.redirect_uri !== undefined ? [body.redirect_uri] : [])).flatMap((u) => u.split(/\s+/)).filter(Boolean);
    const row = await createApp(ctx, { name: body.client_name, redirectUris: uris, scopes: body.scopes, website: body.website || null });
    return renderApp(row, true);
  });

  app.get("/api/v1/apps/verify_credentials", async (req) => {
    const auth = await requireApp(ctx, req);
    const row = auth.appId ? await ctx.db.selectFrom("apps").selectAll().where("id", "=", auth.appId).executeTakeFirst() : undefined;
    if (!row) throw new ForbiddenError("This token has no application");
    return renderApp(row, false);
  });

  app.get("/oauth/authorize", async (req, reply) => {
    const params = strings(req.query, AUTHORIZE_PARAMS);
    // the page's language, worked out once: the app's lang, else the browser's first preference
    const lang = signInLang(params.lang, req.headers["accept-language"]);
    const areq = await authorizeRequestOrPage(ctx, params, reply, lang);
    if (!areq) return reply;
    const forceLogin = (req.query as Record<string, unknown>).force_login === "true";
    const session = forceLogin ? null : await currentSession(ctx, req);
    const instance = await instanceName();
    if (!session) {
      const csrf = ensureCsrfCookie(ctx, req, reply);
      return html(reply, 200, signInPage({ instance, action: "/oauth/authorize", params, csrf, signUpUrl: await signUpLink(ctx, req, lang), lang }));
    }
    const account = await accountById(ctx.db, session.accountId);
    return html(reply, 200, consentPage({ instance, appName: areq.app.name, username: account!.username, scopes: areq.scopes, params, csrf: session.csrf, lang }));
  });

  app.post("/oauth/authorize", async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const params = strings(body, AUTHORIZE_PARAMS);
    const lang = signInLang(params.lang, req.headers["accept-language"]);
    const areq = await authorizeRequestOrPage(ctx, params, reply, lang);
    if (!areq) return reply;
    const instance = await instanceName();
    const expired = () => html(reply, 403, errorPage(FLOW_TEXT[lang].expiredTitle, FLOW_TEXT[lang].expired, lang));
    if (body.intent === "sign_in") {
      if (!csrfMatches(req, body.csrf)) return expired();
      const login = typeof body.login === "string" ? body.login : "";
      const password = typeof body.password === "string" ? body.password : "";
      const result = await checkLogin(ctx, login, password);
      if (!result || !("accountId" in result)) {
        const csrf = ensureCsrfCookie(ctx, req, reply);
        const refusal = !result ? "invalid" : "pending" in result ? "pending" : result.restricted;
        return html(reply, 401, signInPage({ instance, action: "/oauth/authorize", params, csrf, refusal, signUpUrl: await signUpLink(ctx, req, lang), lang }));
      }
      const csrf = await startSession(ctx, reply, result.accountId);
      const account = await accountById(ctx.db, result.accountId);
      return html(reply, 200, consentPage({ instance, appName: areq.app.name, username: account!.username, scopes: areq.scopes, params, csrf, lang }));
    }
    const session = await currentSession(ctx, req);
    if (!session || !csrfMatches(req, body.csrf, session.csrf)) return expired();
    if (body.intent !== "approve") return redirectDenied(reply, areq, lang);
    const code = await issueCode(ctx, areq, session.accountId);
    return redirectWithCode(reply, areq, code, lang);
  });

  app.post("/oauth/token", async (req, reply) => {
    const body = strings(req.body, ["grant_type", "code", "client_id", "client_secret", "redirect_uri", "code_verifier", "scope"]);
    // client credentials may also come as HTTP Basic auth
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "");
    if (basic) {
      const [id, secret] = Buffer.from(basic[1], "base64").toString().split(":");
      body.client_id ??= decodeURIComponent(id ?? "");
      body.client_secret ??= decodeURIComponent(secret ?? "");
    }
    try {
      return await exchangeToken(ctx, body);
    } catch (err) {
      if (err instanceof OAuthError) return reply.status(err.status).send({ error: err.message, error_description: err.description });
      throw err;
    }
  });

  app.post("/oauth/revoke", async (req, reply) => {
    const body = strings(req.body, ["client_id", "client_secret", "token"]);
    const application = await appByClientId(ctx, body.client_id);
    if (!application || application.client_secret !== body.client_secret) {
      return reply.status(403).send({ error: "unauthorized_client", error_description: "You are not authorized to revoke this token" });
    }
    if (body.token) {
      const row = await ctx.db.selectFrom("tokens").select(["app_id"]).where("token_hash", "=", sha256(body.token)).executeTakeFirst();
      if (row && row.app_id === application.id) await revokeTokens(ctx, { tokenHash: sha256(body.token) });
    }
    return {};
  });

  app.get("/.well-known/oauth-authorization-server", async () => {
    const base = ctx.config.url;
    return {
      issuer: `${base}/`,
      service_documentation: "https://docs.joinmastodon.org/",
      authorization_endpoint: `${base}/oauth/authorize`,
      token_endpoint: `${base}/oauth/token`,
      revocation_endpoint: `${base}/oauth/revoke`,
      userinfo_endpoint: `${base}/oauth/userinfo`,
      app_registration_endpoint: `${base}/api/v1/apps`,
      scopes_supported: [...KNOWN_SCOPES],
      response_types_supported: ["code"],
      response_modes_supported: ["query", "fragment", "form_post"],
      code_challenge_methods_supported: ["S256"],
      grant_types_supported: ["authorization_code", "client_credentials"],
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "none"],
    };
  });

  app.get("/oauth/userinfo", async (req) => {
    const auth = await requireApp(ctx, req, "profile");
    if (!auth.accountId) throw new ForbiddenError();
    const a = await accountById(ctx.db, auth.accountId);
    return { iss: `${ctx.config.url}/`, sub: a!.uri, name: a!.display_name || a!.username, preferred_username: a!.username, profile: a!.url, picture: `${ctx.config.url}/avatars/original/missing.png` };
  });

  app.get("/auth/sign_up", async (req, reply) => {
    const query = req.query as Record<string, unknown>;
    const lang = signInLang(typeof query.lang === "string" ? query.lang : undefined, req.headers["accept-language"]);
    const settings = await effectiveSettings(ctx);
    if (settings.registrations === "closed") return closedPage(ctx, reply, settings, lang);
    const csrf = ensureCsrfCookie(ctx, req, reply);
    const returnTo = safeReturnTo(query.return_to);
    return html(reply, 200, signUpPage({ instance: settings.name, csrf, approval: settings.registrations === "approval", returnTo, lang }));
  });

  app.post("/auth/sign_up", async (req, reply) => {
    const body = strings(req.body, ["username", "email", "password", "reason", "agreement", "csrf", "return_to", "lang"]);
    const lang = signInLang(body.lang, req.headers["accept-language"]);
    const settings = await effectiveSettings(ctx);
    if (settings.registrations === "closed") return closedPage(ctx, reply, settings, lang);
    const instance = settings.name;
    const approval = settings.registrations === "approval";
    const again = (error: string, status = 422) => {
      const csrf = ensureCsrfCookie(ctx, req, reply);
      return html(reply, status, signUpPage({ instance, csrf, error, approval, values: { username: body.username ?? "", email: body.email ?? "", reason: body.reason ?? "" }, returnTo: safeReturnTo(body.return_to), lang }));
    };
    if (!csrfMatches(req, body.csrf)) return again(FLOW_TEXT[lang].expiredForm, 403);
    if (!body.agreement) return again(FLOW_TEXT[lang].mustAgree);
    let id: string;
    try {
      id = await createLocalUser(ctx, { username: body.username ?? "", email: body.email ?? "", password: body.password ?? "", reason: body.reason ?? null, ip: req.ip });
    } catch (err) {
      // the account service's Mastodon codes (ERR_TAKEN…) in the page's language, never its English words
      if (err instanceof AppError && err.status === 422) return again(signUpErrorText(err.details, lang));
      if (err instanceof ForbiddenError) {
        // sign-ups closed between the check above and the insert, or a blocked network: a page, not JSON
        const now = await effectiveSettings(ctx);
        if (now.registrations === "closed" || (err instanceof SignUpRefusedError && err.reason === "closed")) return closedPage(ctx, reply, now, lang);
        return again(signUpRefusedText(err instanceof SignUpRefusedError && err.reason === "ip_blocked" ? "ip_blocked" : "other", lang), 403);
      }
      throw err;
    }
    // the account's own state decides, so a mode changed meanwhile never signs in a waiting person
    const user = await ctx.db.selectFrom("users").select("approved").where("account_id", "=", id).executeTakeFirst();
    if (approval || !user?.approved) return html(reply, 200, errorPage(FLOW_TEXT[lang].thanksTitle, FLOW_TEXT[lang].thanks, lang));
    await startSession(ctx, reply, id);
    return reply.redirect(safeReturnTo(body.return_to) ?? "/", 303);
  });

  app.post("/auth/sign_out", async (req, reply) => {
    await endSession(ctx, req, reply);
    return reply.redirect("/", 303);
  });
}

/** The sign-in page's link to sign up, in the same language. */
async function signUpLink(ctx: Context, req: FastifyRequest, lang: SignInLang): Promise<string | undefined> {
  if ((await effectiveSettings(ctx)).registrations === "closed") return undefined;
  return `/auth/sign_up?return_to=${encodeURIComponent(req.url)}&lang=${lang}`;
}

/** Only same-site paths, never //host or a scheme. */
function safeReturnTo(value: unknown): string | undefined {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : undefined;
}

function renderApp(row: { id: string; name: string; website: string | null; redirect_uris: string; scopes: string; client_id: string; client_secret: string }, withSecret: boolean) {
  const uris = appRedirectUris(row as any);
  return {
    id: row.id,
    name: row.name,
    website: row.website,
    scopes: row.scopes.split(" "),
    redirect_uri: uris.join("\n"),
    redirect_uris: uris,
    vapid_key: "",
    ...(withSecret ? { client_id: row.client_id, client_secret: row.client_secret, client_secret_expires_at: 0 } : { client_id: row.client_id }),
  };
}
