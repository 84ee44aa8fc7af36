// Anonymous notices (DSA Art. 16) from anyone, signed in or not: a JSON endpoint and a plain HTML form.
// Name and e-mail are optional. The form uses a double-submit CSRF cookie.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Context } from "../../context.js";
import { AppError } from "../../core/errors.js";
import { escapeHtml } from "../../core/text/render.js";
import { parse, v } from "../../core/validate.js";
import { csrfMatches, ensureCsrfCookie } from "../auth/sessions.js";
import { NOTICE_CATEGORIES, submitNotice } from "./intake.js";
import { sendHtml } from "./html.js";
import { type Lang, langOf } from "./i18n.js";

const noticeShape = {
  url: v.requiredString({ max: 2000, trim: true }),
  category: v.oneOf(NOTICE_CATEGORIES),
  explanation: v.requiredString({ max: 5000, trim: true, min: 1 }),
  name: v.string({ max: 200, trim: true }),
  email: v.string({ max: 320, trim: true }),
  illegal: v.boolean(),
};

/** The form's language: ?lang=, else the browser's first preference; English unless Vietnamese. */
function pageLang(req: FastifyRequest): Lang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === "vi" || q === "en") return q;
  return langOf(String(req.headers["accept-language"] ?? "").split(",")[0]?.trim());
}

const TEXT = {
  en: {
    title: "Report content",
    intro: "Anyone can tell us about content on this server that breaks its rules or the law. Your name and e-mail are optional.",
    url: "Link to the post or account",
    category: "What is wrong",
    explanation: "Why (facts, and for illegal content the law concerned)",
    illegal: "I believe this content is illegal",
    name: "Your name (optional)",
    email: "Your e-mail (optional)",
    send: "Send",
    other: "Tiếng Việt",
    expired: "The form expired. Please send it again.",
    badUrl: "The link does not point at a post or account on this server.",
    thanks: "Thank you",
    received: (id: string) => `Your notice was received (reference ${id}). A moderator will review it.`,
    categories: {
      violence_threat: "Threat of violence", violence_incitement: "Call to violence", hate: "Hate", harassment: "Harassment",
      sexual: "Sexual content", self_harm: "Self-harm", spam: "Spam", illegal_other: "Other illegal content",
    } as Record<string, string>,
  },
  vi: {
    title: "Báo cáo nội dung",
    intro: "Bất kỳ ai cũng có thể báo cho chúng tôi về nội dung trên máy chủ này vi phạm quy tắc hoặc pháp luật. Tên và e-mail của bạn là không bắt buộc.",
    url: "Liên kết đến bài viết hoặc tài khoản",
    category: "Vấn đề là gì",
    explanation: "Lý do (sự việc, và với nội dung bất hợp pháp thì điều luật liên quan)",
    illegal: "Tôi cho rằng nội dung này bất hợp pháp",
    name: "Tên của bạn (không bắt buộc)",
    email: "E-mail của bạn (không bắt buộc)",
    send: "Gửi",
    other: "English",
    expired: "Biểu mẫu đã hết hạn. Vui lòng gửi lại.",
    badUrl: "Liên kết không trỏ đến bài viết hay tài khoản nào trên máy chủ này.",
    thanks: "Cảm ơn bạn",
    received: (id: string) => `Chúng tôi đã nhận được báo cáo của bạn (mã số ${id}). Người kiểm duyệt sẽ xem xét.`,
    categories: {
      violence_threat: "Đe dọa bạo lực", violence_incitement: "Kêu gọi bạo lực", hate: "Thù ghét", harassment: "Quấy rối",
      sexual: "Nội dung tình dục", self_harm: "Tự gây hại", spam: "Thư rác", illegal_other: "Nội dung bất hợp pháp khác",
    } as Record<string, string>,
  },
};

function formPage(lang: Lang, csrf: string, error?: string, values: Record<string, string> = {}): string {
  const tx = TEXT[lang];
  const opt = (c: string) => `<option value="${c}"${values.category === c ? " selected" : ""}>${escapeHtml(tx.categories[c])}</option>`;
  const val = (k: string) => escapeHtml(typeof values[k] === "string" ? values[k] : "");
  const action = `/moderation/notice?lang=${lang}`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(tx.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}label{display:block;margin:.8rem 0 .2rem}input,select,textarea{width:100%;box-sizing:border-box}.error{color:#a00}</style></head>
<body><main><p><a href="/moderation/notice?lang=${lang === "en" ? "vi" : "en"}" hreflang="${lang === "en" ? "vi" : "en"}">${escapeHtml(tx.other)}</a></p><h1>${escapeHtml(tx.title)}</h1>
<p>${escapeHtml(tx.intro)}</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${action}"><input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
<label for="url">${escapeHtml(tx.url)}</label><input id="url" name="url" type="url" required maxlength="2000" value="${val("url")}">
<label for="category">${escapeHtml(tx.category)}</label><select id="category" name="category" required>${NOTICE_CATEGORIES.map(opt).join("")}</select>
<label for="explanation">${escapeHtml(tx.explanation)}</label><textarea id="explanation" name="explanation" rows="5" required maxlength="5000">${val("explanation")}</textarea>
<label><input type="checkbox" name="illegal" value="true" style="width:auto"> ${escapeHtml(tx.illegal)}</label>
<label for="name">${escapeHtml(tx.name)}</label><input id="name" name="name" maxlength="200" value="${val("name")}">
<label for="email">${escapeHtml(tx.email)}</label><input id="email" name="email" type="email" maxlength="320" value="${val("email")}">
<p><button type="submit">${escapeHtml(tx.send)}</button></p></form></main></body></html>`;
}

export async function noticeRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  app.post("/api/moderation/notices", async (req, reply) => {
    const input = parse(noticeShape, req.body);
    const { id } = await submitNotice(ctx, { ...input, category: input.category ?? "illegal_other" });
    return reply.status(202).send({ id, state: "received" });
  });

  app.get("/moderation/notice", async (req, reply) => sendHtml(reply, 200, formPage(pageLang(req), ensureCsrfCookie(ctx, req, reply))));

  app.post("/moderation/notice", async (req, reply) => {
    const lang = pageLang(req);
    const tx = TEXT[lang];
    const body = (req.body && typeof req.body === "object" ? req.body : {}) as Record<string, string>;
    const csrf = ensureCsrfCookie(ctx, req, reply);
    if (!csrfMatches(req, body.csrf)) return sendHtml(reply, 403, formPage(lang, csrf, tx.expired, body));
    try {
      const input = parse(noticeShape, body);
      const { id } = await submitNotice(ctx, { ...input, category: input.category ?? "illegal_other" });
      return sendHtml(reply, 200, `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(tx.thanks)}</title></head><body><main><h1>${escapeHtml(tx.thanks)}</h1><p>${escapeHtml(tx.received(id))}</p></main></body></html>`);
    } catch (err) {
      if (err instanceof AppError && err.status < 500) return sendHtml(reply, 422, formPage(lang, csrf, err.details?.field === "url" ? tx.badUrl : err.message, body));
      throw err;
    }
  });
}
