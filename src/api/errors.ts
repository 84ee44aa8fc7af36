// The one mapper from errors to Mastodon's { error, error_description } JSON. Unknown errors become a
// 500 whose body reveals nothing; they are logged.
import type { FastifyError, FastifyInstance } from "fastify";
import { AppError, RateLimitError } from "../core/errors.js";

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      if (err instanceof RateLimitError) reply.header("Retry-After", String(err.retryAfterSeconds));
      const body: Record<string, unknown> = { error: err.message };
      if (err.description) body.error_description = err.description;
      if (err.details) body.details = err.details;
      return reply.status(err.status).type("application/json").send(body);
    }
    const status = (err as FastifyError).statusCode;
    if (typeof status === "number" && status >= 400 && status < 500) {
      return reply.status(status).type("application/json").send({ error: clientMessage(err as FastifyError) });
    }
    req.log.error({ err }, "unhandled error");
    return reply.status(500).type("application/json").send({ error: "Internal server error" });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).type("application/json").send({ error: "Record not found" });
  });
}

function clientMessage(err: FastifyError): string {
  switch (err.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "Request body is too large";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return "Unsupported content type";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return "Body cannot be empty when content-type is set to 'application/json'";
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "Malformed request body";
    default:
      // Fastify's own 4xx messages are safe to show (validation, parsing); never include a stack
      return err.message?.split("\n")[0]?.slice(0, 300) || "Bad request";
  }
}
