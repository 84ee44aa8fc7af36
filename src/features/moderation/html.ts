// Server-rendered moderation pages share one response helper: strict CSP (no scripts), never cached.
import type { FastifyReply } from "fastify";

export function sendHtml(reply: FastifyReply, status: number, body: string) {
  return reply
    .status(status)
    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
    .header("Cache-Control", "no-store")
    .type("text/html; charset=utf-8")
    .send(body);
}
