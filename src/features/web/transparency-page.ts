// The public transparency page in English or Vietnamese: the report's keys (sources, categories,
// actions, automation, appeal outcomes, languages) shown as words a reader understands, never as the
// raw keys of the JSON and CSV. Bar charts are inline SVG (no scripts or external assets), so the page
// works under the strictest Content-Security-Policy. The wording follows the console's (web/src/i18n).
import type { FastifyRequest } from "fastify";
import { escapeHtml } from "../../core/text/render.js";
import type { TransparencyReport } from "../moderation/transparency.js";

export type PageLang = "en" | "vi";

/** A public page's language: ?lang=, else the browser's first preference; English unless Vietnamese. */
export function publicPageLang(req: FastifyRequest): PageLang {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === "vi" || q === "en") return q;
  const first = String(req.headers["accept-language"] ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("vi") ? "vi" : "en";
}

type Words = Record<string, string>;

interface PageText {
  title: string;
  period: (from: string, to: string, generated: string) => string;
  data: string;
  json: string;
  csv: string;
  tdb: string;
  other: string;
  signals: string;
  reports: string;
  notices: string;
  refused: string;
  decisions: string;
  median: string;
  timedCases: (n: number) => string;
  appeals: string;
  appealsText: (filed: number, decided: number) => string;
  reversals: string;
  confirmed: string;
  confirmedText: (pct: number, confirmed: number, reviewed: number) => string;
  seconds: (n: number) => string;
  minutes: (n: number) => string;
  hours: (n: string) => string;
  evaluation: string;
  evalHead: [string, string, string, string, string];
  charts: { signalsBySource: string; signalsByCategory: string; byCategory: string; byAction: string; byAutomation: string; byLanguage: string; appealOutcomes: string };
  nothing: string;
  unknown: string;
  source: Words;
  category: Words;
  action: Words;
  automation: Words;
  outcome: Words;
}

const TEXT: Record<PageLang, PageText> = {
  en: {
    title: "Transparency report",
    period: (from, to, generated) => `Period: ${from} to ${to} (generated ${generated} UTC).`,
    data: "Data",
    json: "JSON",
    csv: "CSV",
    tdb: "decisions in the EU Transparency Database format",
    other: "Tiếng Việt",
    signals: "Signals",
    reports: "User reports",
    notices: "Anonymous notices",
    refused: "Posts refused before publication",
    decisions: "Decisions",
    median: "Median time to action",
    timedCases: (n) => `${n} ${n === 1 ? "case" : "cases"}`,
    appeals: "Appeals",
    appealsText: (filed, decided) => `${filed} filed, ${decided} decided`,
    reversals: "Reversals",
    confirmed: "Automated flags confirmed by people",
    confirmedText: (pct, confirmed, reviewed) => `${pct}% (${confirmed} of ${reviewed})`,
    seconds: (n) => `${n} s`,
    minutes: (n) => `${n} min`,
    hours: (n) => `${n} h`,
    evaluation: "Detector quality on our evaluation suites",
    evalHead: ["Language", "Cases", "Accuracy", "Violence precision", "Violence recall"],
    charts: {
      signalsBySource: "Signals by source", signalsByCategory: "Signals by category", byCategory: "Decisions by category", byAction: "Decisions by action",
      byAutomation: "Decisions by how they were made", byLanguage: "Decisions by language", appealOutcomes: "Appeal outcomes",
    },
    nothing: "Nothing in this period.",
    unknown: "Not recorded",
    source: { automated: "Automatic check", rule: "Operator rule", report: "Report", notice: "Notice of illegal content", staff: "Moderator", signal: "Other signal" },
    category: {
      violence_threat: "Threats of violence", violence_incitement: "Inciting violence", hate: "Hate", harassment: "Harassment", sexual: "Sexual content",
      self_harm: "Self-harm", spam: "Spam", illegal_other: "Other illegal content",
    },
    action: {
      none: "No action", remove: "Removed", hold: "Held for review", demote: "Shown less", label: "Labelled", restrict_replies: "Replies turned off",
      restrict_quotes: "Quotes turned off", restore: "Restored", undemote: "Shown normally again", unlabel: "Label removed",
      unrestrict_replies: "Replies allowed again", unrestrict_quotes: "Quotes allowed again", warn: "Warning", strike: "Strike", limit: "Limited",
      force_sensitive: "Media marked sensitive", freeze: "Frozen", suspend: "Suspended", unlimit: "Limit lifted", unsensitize: "Sensitive mark lifted",
      unfreeze: "Unfrozen", unsuspend: "Suspension lifted", remove_strike: "Strike removed",
    },
    automation: { automated: "Automatically", human: "By a moderator" },
    outcome: { upheld: "Decision kept", reversed: "Decision reversed" },
  },
  vi: {
    title: "Báo cáo minh bạch",
    period: (from, to, generated) => `Khoảng thời gian: từ ${from} đến ${to} (lập lúc ${generated} UTC).`,
    data: "Dữ liệu",
    json: "JSON",
    csv: "CSV",
    tdb: "các quyết định theo định dạng Cơ sở dữ liệu minh bạch của EU",
    other: "English",
    signals: "Tín hiệu",
    reports: "Báo cáo của người dùng",
    notices: "Thông báo ẩn danh",
    refused: "Bài viết bị từ chối trước khi đăng",
    decisions: "Quyết định",
    median: "Thời gian xử lý trung vị",
    timedCases: (n) => `${n} trường hợp`,
    appeals: "Khiếu nại",
    appealsText: (filed, decided) => `${filed} đã gửi, ${decided} đã giải quyết`,
    reversals: "Quyết định bị đảo ngược",
    confirmed: "Gắn cờ tự động được con người xác nhận",
    confirmedText: (pct, confirmed, reviewed) => `${pct}% (${confirmed} trên ${reviewed})`,
    seconds: (n) => `${n} giây`,
    minutes: (n) => `${n} phút`,
    hours: (n) => `${n.replace(".", ",")} giờ`,
    evaluation: "Chất lượng bộ phát hiện trên các bộ kiểm thử của chúng tôi",
    evalHead: ["Ngôn ngữ", "Số mẫu", "Độ chính xác", "Độ chuẩn xác (bạo lực)", "Độ bao phủ (bạo lực)"],
    charts: {
      signalsBySource: "Tín hiệu theo nguồn", signalsByCategory: "Tín hiệu theo loại vi phạm", byCategory: "Quyết định theo loại vi phạm",
      byAction: "Quyết định theo biện pháp", byAutomation: "Quyết định theo cách đưa ra", byLanguage: "Quyết định theo ngôn ngữ", appealOutcomes: "Kết quả khiếu nại",
    },
    nothing: "Không có gì trong khoảng thời gian này.",
    unknown: "Không ghi nhận",
    source: { automated: "Kiểm tra tự động", rule: "Quy tắc của quản trị viên", report: "Báo cáo", notice: "Thông báo nội dung bất hợp pháp", staff: "Người kiểm duyệt", signal: "Tín hiệu khác" },
    category: {
      violence_threat: "Đe dọa bạo lực", violence_incitement: "Kích động bạo lực", hate: "Thù ghét", harassment: "Quấy rối", sexual: "Nội dung tình dục",
      self_harm: "Tự gây hại", spam: "Tin rác", illegal_other: "Nội dung bất hợp pháp khác",
    },
    action: {
      none: "Không xử lý", remove: "Gỡ bỏ", hold: "Tạm giữ để xem xét", demote: "Giảm hiển thị", label: "Gắn nhãn", restrict_replies: "Tắt trả lời",
      restrict_quotes: "Tắt trích dẫn", restore: "Khôi phục", undemote: "Hiển thị bình thường trở lại", unlabel: "Bỏ nhãn",
      unrestrict_replies: "Cho phép trả lời trở lại", unrestrict_quotes: "Cho phép trích dẫn trở lại", warn: "Cảnh cáo", strike: "Ghi một lần vi phạm",
      limit: "Hạn chế", force_sensitive: "Đánh dấu nội dung nhạy cảm", freeze: "Đóng băng", suspend: "Đình chỉ", unlimit: "Gỡ hạn chế",
      unsensitize: "Bỏ đánh dấu nhạy cảm", unfreeze: "Bỏ đóng băng", unsuspend: "Gỡ đình chỉ", remove_strike: "Xóa lần vi phạm",
    },
    automation: { automated: "Tự động", human: "Do người kiểm duyệt" },
    outcome: { upheld: "Giữ nguyên quyết định", reversed: "Đảo ngược quyết định" },
  },
};

/** A language code as its name in the page's language ("vi" → "Vietnamese" / "Tiếng Việt"). */
function languageName(code: string, lang: PageLang): string {
  try {
    const name = new Intl.DisplayNames([lang], { type: "language", fallback: "none" }).of(code);
    if (name) return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    // not a language tag (a hand-edited row): shown as stored, below
  }
  return code;
}

type Kind = "source" | "category" | "action" | "automation" | "outcome" | "language";

/**
 * The words for one key of the report. A key this page does not know (added by a newer version, or an
 * operator's own category) is shown with spaces for underscores rather than as a code.
 */
export function keyLabel(kind: Kind, key: string, lang: PageLang): string {
  const tx = TEXT[lang];
  if (key === "unknown" || key === "") return tx.unknown;
  if (kind === "language") return languageName(key, lang);
  return tx[kind][key] ?? key.replace(/_+/g, " ");
}

function barChart(title: string, counts: Record<string, number>, kind: Kind, lang: PageLang): string {
  const entries = Object.entries(counts)
    .map(([k, v]) => [keyLabel(kind, k, lang), v, k] as const)
    .sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return `<figure><figcaption>${escapeHtml(title)}</figcaption><p>${escapeHtml(TEXT[lang].nothing)}</p></figure>`;
  const max = Math.max(...entries.map(([, v]) => v), 1);
  const row = 22;
  const h = entries.length * row + 4;
  // labels are words now, longer than the keys were: the bars start further right
  const x0 = 230;
  const bars = entries
    .map(([label, v, key], i) => {
      const w = Math.max(2, Math.round((v / max) * 240));
      const y = i * row + 2;
      // data-key: the report's own key, so the bar can be checked against the JSON report in any language
      return `<text x="0" y="${y + 15}" font-size="12">${escapeHtml(label)}</text><rect data-key="${escapeHtml(key)}" x="${x0}" y="${y + 3}" width="${w}" height="15" fill="#4a6fa5"><title>${escapeHtml(label)}: ${v}</title></rect><text x="${x0 + 6 + w}" y="${y + 15}" font-size="12">${v}</text>`;
    })
    .join("");
  return `<figure><figcaption>${escapeHtml(title)}</figcaption><svg role="img" aria-label="${escapeHtml(title)}" width="520" height="${h}" viewBox="0 0 520 ${h}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui,sans-serif">${bars}</svg></figure>`;
}

function evaluationTable(r: TransparencyReport, lang: PageLang): string {
  const ev = r.detector_quality.evaluation;
  if (!ev || ev.length === 0) return "";
  const tx = TEXT[lang];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const rows = ev.map((e) => `<tr><td>${escapeHtml(languageName(e.language, lang))}</td><td>${e.cases}</td><td>${pct(e.accuracy)}</td><td>${pct(e.violence.precision)}</td><td>${pct(e.violence.recall)}</td></tr>`).join("");
  return `<h2>${escapeHtml(tx.evaluation)}</h2><table><thead><tr>${tx.evalHead.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>`;
}

export function transparencyPage(r: TransparencyReport, instanceName: string, lang: PageLang): string {
  const tx = TEXT[lang];
  const fmt = (s: number | null) => (s === null ? "—" : s < 120 ? tx.seconds(Math.round(s)) : s < 7200 ? tx.minutes(Math.round(s / 60)) : tx.hours((s / 3600).toFixed(1)));
  const q = r.detector_quality;
  const range = `from=${encodeURIComponent(r.period.from)}&amp;to=${encodeURIComponent(r.period.to)}`;
  const otherLang = lang === "en" ? "vi" : "en";
  const title = `${tx.title} — ${instanceName}`;
  const dl = (k: string, v: string) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}figure{margin:1rem 0}figcaption{font-weight:600}svg{max-width:100%;height:auto}</style></head>
<body><main><p><a href="/transparency?${range}&amp;lang=${otherLang}" hreflang="${otherLang}" lang="${otherLang}">${escapeHtml(tx.other)}</a></p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(tx.period(r.period.from.slice(0, 10), r.period.to.slice(0, 10), r.generated_at.slice(0, 16).replace("T", " ")))}
${escapeHtml(tx.data)}: <a href="/api/v1/rostra/transparency?${range}">${tx.json}</a>, <a href="/api/v1/rostra/transparency.csv?${range}">${tx.csv}</a>, <a href="/api/v1/rostra/transparency/statements?${range}">${escapeHtml(tx.tdb)}</a>.</p>
<dl>
${dl(tx.signals, String(r.signals.total))}${dl(tx.reports, String(r.reports))}${dl(tx.notices, String(r.notices))}
${dl(tx.refused, String(r.rejected_before_publication.total))}${dl(tx.decisions, String(r.decisions.total))}
${dl(tx.median, `${fmt(r.median_time_to_action_seconds)} (${tx.timedCases(r.human_decisions_timed)})`)}
${dl(tx.appeals, tx.appealsText(r.appeals.filed, r.appeals.decided))}${dl(tx.reversals, String(r.reversals))}
${dl(tx.confirmed, q.precision === null ? "—" : tx.confirmedText(Math.round(q.precision * 100), q.confirmed, q.reviewed))}
</dl>
${evaluationTable(r, lang)}
${barChart(tx.charts.signalsBySource, r.signals.by_source, "source", lang)}
${barChart(tx.charts.signalsByCategory, r.signals.by_category, "category", lang)}
${barChart(tx.charts.byCategory, r.decisions.by_category, "category", lang)}
${barChart(tx.charts.byAction, r.decisions.by_action, "action", lang)}
${barChart(tx.charts.byAutomation, r.decisions.by_automation, "automation", lang)}
${barChart(tx.charts.byLanguage, r.decisions.by_language, "language", lang)}
${barChart(tx.charts.appealOutcomes, r.appeals.outcomes, "outcome", lang)}
</main></body></html>`;
}
