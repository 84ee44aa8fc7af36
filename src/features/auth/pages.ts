// Server-rendered HTML for sign-in, consent, sign-up and OAuth errors. Every value is escaped.
import { escapeHtml as e } from "../../core/text/render.js";

export function page(title: string, body: string, lang = "en"): string {
  return `<!doctype html><html lang="${e(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>
:root{color-scheme:light dark;font-family:system-ui,sans-serif}body{max-width:26rem;margin:3rem auto;padding:0 1rem}
label{display:block;margin:.8rem 0 .2rem;font-weight:600}input[type=text],input[type=email],input[type=password]{width:100%;padding:.6rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer}.error{color:#b00020;font-weight:600}.muted{opacity:.75}
ul.scopes{padding-left:1.2rem}:focus-visible{outline:3px solid #4c8bf5;outline-offset:2px}
</style></head><body><main>${body}</main></body></html>`;
}

function hidden(fields: Record<string, string | undefined>): string {
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(v!)}">`)
    .join("");
}

export function signInPage(opts: { instance: string; action: string; params: Record<string, string | undefined>; csrf: string; error?: string; signUpUrl?: string }): string {
  return page(
    `Sign in — ${opts.instance}`,
    `<h1>Sign in to ${e(opts.instance)}</h1>${opts.error ? `<p class="error" role="alert">${e(opts.error)}</p>` : ""}
<form method="post" action="${e(opts.action)}">${hidden({ ...opts.params, csrf: opts.csrf })}
<label for="login">Username or e-mail</label><input id="login" name="login" type="text" autocomplete="username" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" name="intent" value="sign_in">Sign in</button></form>
${opts.signUpUrl ? `<p class="muted">No account? <a href="${e(opts.signUpUrl)}">Sign up</a></p>` : ""}`,
  );
}

export function consentPage(opts: { instance: string; appName: string; username: string; scopes: string[]; params: Record<string, string | undefined>; csrf: string }): string {
  return page(
    `Authorize ${opts.appName}`,
    `<h1>Authorize ${e(opts.appName)}?</h1><p>Signed in as <strong>@${e(opts.username)}</strong>.</p>
<p>This application will be able to:</p><ul class="scopes">${opts.scopes.map((s) => `<li>${e(s)}</li>`).join("")}</ul>
<form method="post" action="/oauth/authorize">${hidden({ ...opts.params, csrf: opts.csrf })}
<button type="submit" name="intent" value="approve">Authorize</button> <button type="submit" name="intent" value="deny">Deny</button></form>`,
  );
}

export function codePage(code: string): string {
  return page("Authorization code", `<h1>Authorization code</h1><p>Copy this code and paste it into the application:</p><p><code id="code">${e(code)}</code></p>`);
}

export function errorPage(title: string, message: string): string {
  return page(title, `<h1>${e(title)}</h1><p class="error" role="alert">${e(message)}</p>`);
}

export function signUpPage(opts: { instance: string; csrf: string; error?: string; values?: Record<string, string>; approval: boolean; returnTo?: string }): string {
  const v = opts.values ?? {};
  return page(
    `Sign up — ${opts.instance}`,
    `<h1>Create an account on ${e(opts.instance)}</h1>${opts.error ? `<p class="error" role="alert">${e(opts.error)}</p>` : ""}
<form method="post" action="/auth/sign_up">${hidden({ csrf: opts.csrf, return_to: opts.returnTo })}
<label for="username">Username</label><input id="username" name="username" type="text" autocomplete="username" value="${e(v.username ?? "")}" required maxlength="30">
<label for="email">E-mail</label><input id="email" name="email" type="email" autocomplete="email" value="${e(v.email ?? "")}" required>
<label for="password">Password (8 characters or more)</label><input id="password" name="password" type="password" autocomplete="new-password" required minlength="8">
${opts.approval ? `<label for="reason">Why do you want to join?</label><input id="reason" name="reason" type="text" value="${e(v.reason ?? "")}">` : ""}
<label><input type="checkbox" name="agreement" value="1" required> I agree to the server rules and terms</label>
<button type="submit">Sign up</button></form>`,
  );
}
