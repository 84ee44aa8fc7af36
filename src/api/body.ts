// Mastodon clients send JSON, form-encoded or multipart bodies with `key[]=` arrays and nested
// `poll[options][]`. All three end up as the same plain object on req.body; uploaded files go to
// req.uploads.
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import qs from "qs";

export interface Upload {
  buffer: Buffer;
  filename: string;
  mimetype: string;
}

declare module "fastify" {
  interface FastifyRequest {
    uploads?: Record<string, Upload>;
  }
}

const QS_OPTIONS = { depth: 4, arrayLimit: 200, parameterLimit: 1000, allowDots: false } as const;
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

export async function installBodyParsers(app: FastifyInstance): Promise<void> {
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, qs.parse(body as string, QS_OPTIONS));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  await app.register(multipart, {
    attachFieldsToBody: true,
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 4, fields: 300, fieldSize: 200_000 },
  });
  app.addHook("preValidation", async (req) => {
    if (req.isMultipart()) flattenMultipart(req);
  });
}

type Part = { type: "file" | "field"; fieldname: string; value?: unknown; filename?: string; mimetype?: string; _buf?: Buffer };

function flattenMultipart(req: FastifyRequest): void {
  const raw = (req.body ?? {}) as Record<string, Part | Part[]>;
  const pairs: string[] = [];
  const uploads: Record<string, Upload> = {};
  for (const value of Object.values(raw)) {
    for (const part of Array.isArray(value) ? value : [value]) {
      if (!part || typeof part !== "object") continue;
      if (part.type === "file") {
        if (part._buf) uploads[part.fieldname] = { buffer: part._buf, filename: part.filename ?? "", mimetype: part.mimetype ?? "" };
      } else {
        pairs.push(`${encodeURIComponent(part.fieldname)}=${encodeURIComponent(String(part.value ?? ""))}`);
      }
    }
  }
  req.body = qs.parse(pairs.join("&"), QS_OPTIONS);
  req.uploads = uploads;
}
