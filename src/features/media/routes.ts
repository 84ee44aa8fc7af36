// Media routes: upload (v1 and v2), poll, edit and delete own unattached media, and serving files.
import fs from "node:fs";
import type { FastifyInstance, FastifyReply } from "fastify";
import { requireUser } from "../../api/mastodon/auth.js";
import { renderMediaAttachment } from "../../api/mastodon/entities/media.js";
import { DEFAULT_AVATAR, DEFAULT_HEADER } from "../../api/mastodon/entities/urls.js";
import type { Context } from "../../context.js";
import { NotFoundError } from "../../core/errors.js";
import { setProfileImageSaver } from "../accounts/profile.js";
import { defaultAvatarPng, defaultHeaderPng } from "./defaults.js";
import { createMedia, deleteOwnMedia, ownUnattachedMedia, saveProfileImage, updateMedia } from "./service.js";
import { contentTypeOf, mediaFilePath } from "./storage.js";

type IdParams = { Params: { id: string } };
const IMMUTABLE = "public, max-age=31536000, immutable";

function sendPng(reply: FastifyReply, png: Buffer) {
  return reply.header("Cache-Control", "public, max-age=86400").type("image/png").send(png);
}

export async function mediaRoutes(app: FastifyInstance, ctx: Context): Promise<void> {
  setProfileImageSaver(saveProfileImage);

  // v1 is synchronous; v2 may answer 202 for slow media, but images are always processed at once (200)
  for (const path of ["/api/v1/media", "/api/v2/media"]) {
    app.post(path, async (req, reply) => {
      const auth = await requireUser(ctx, req, "write:media");
      const row = await createMedia(ctx, auth.accountId, req.uploads?.file, req.body);
      return reply.status(row.state === "processing" && path.startsWith("/api/v2") ? 202 : 200).send(renderMediaAttachment(ctx, row));
    });
  }

  app.get<IdParams>("/api/v1/media/:id", async (req, reply) => {
    const auth = await requireUser(ctx, req, "write:media");
    const row = await ownUnattachedMedia(ctx.db, auth.accountId, req.params.id);
    return reply.status(row.state === "processing" ? 206 : 200).send(renderMediaAttachment(ctx, row));
  });

  app.put<IdParams>("/api/v1/media/:id", async (req) => {
    const auth = await requireUser(ctx, req, "write:media");
    return renderMediaAttachment(ctx, await updateMedia(ctx, auth.accountId, req.params.id, req.body));
  });

  app.delete<IdParams>("/api/v1/media/:id", async (req) => {
    const auth = await requireUser(ctx, req, "write:media");
    await deleteOwnMedia(ctx, auth.accountId, req.params.id);
    return {};
  });

  app.get<{ Params: { file: string } }>("/system/media/:file", async (req, reply) => {
    const file = mediaFilePath(ctx, req.params.file);
    const type = contentTypeOf(req.params.file);
    if (!file || !type) throw new NotFoundError();
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat?.isFile()) throw new NotFoundError();
    return reply
      .header("Cache-Control", IMMUTABLE)
      .header("Content-Length", String(stat.size))
      .header("Content-Security-Policy", "default-src 'none'; sandbox")
      .header("X-Content-Type-Options", "nosniff")
      .type(type)
      .send(fs.createReadStream(file));
  });

  app.get(DEFAULT_AVATAR, async (_req, reply) => sendPng(reply, await defaultAvatarPng()));
  app.get(DEFAULT_HEADER, async (_req, reply) => sendPng(reply, await defaultHeaderPng()));
}
