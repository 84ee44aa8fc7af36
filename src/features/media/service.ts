// Media attachments: upload (processed at once for images), owner-only read/update/delete while
// unattached, and the profile image saver used by update_credentials.
import type { Upload } from "../../api/body.js";
import type { Context } from "../../context.js";
import { nowIso } from "../../core/clock.js";
import { NotFoundError, UnprocessableError } from "../../core/errors.js";
import { newId } from "../../core/ids.js";
import { parse, v } from "../../core/validate.js";
import type { Executor, MediaAttachmentsTable } from "../../db/types.js";
import { DESCRIPTION_LIMIT } from "./limits.js";
import { processImage, processProfileImage, type ProcessedImage } from "./images.js";
import { deleteMediaFile, writeMediaFile } from "./storage.js";
import { moderateAccountText } from "../statuses/moderation-gate.js";

export type MediaRow = MediaAttachmentsTable;

/** States: `ready` (attachable), `processing` (not used for images), `avatar`/`header` (profile images, never attachable). */
export type MediaState = "ready" | "processing" | "avatar" | "header";

export const mediaInputShape = {
  description: v.string({ max: DESCRIPTION_LIMIT }),
  focus: v.string({ max: 64 }),
};

/** Mastodon's focal point "x,y", each in [-1, 1]. */
export function parseFocus(raw: string | undefined): { x: number; y: number } | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const parts = raw.split(",").map((p) => p.trim());
  const nums = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if (nums.length !== 2 || nums.some((n) => !Number.isFinite(n) || n < -1 || n > 1)) {
    throw new UnprocessableError("Validation failed: Focus must be two numbers between -1.0 and 1.0, as \"x,y\"", { focus: [{ error: "ERR_INVALID", description: "is invalid" }] });
  }
  return { x: nums[0], y: nums[1] };
}

async function store(ctx: Context, image: ProcessedImage): Promise<{ file: string; preview: string }> {
  const file = await writeMediaFile(ctx, image.original.buffer, image.original.ext);
  try {
    const preview = image.preview === image.original ? file : await writeMediaFile(ctx, image.preview.buffer, image.preview.ext);
    return { file, preview };
  } catch (err) {
    await deleteMediaFile(ctx, file);
    throw err;
  }
}

async function insertRow(ctx: Context, row: MediaRow, files: { file: string; preview: string }): Promise<MediaRow> {
  try {
    await ctx.db.insertInto("media_attachments").values(row).execute();
    return row;
  } catch (err) {
    await deleteMediaFile(ctx, files.file);
    if (files.preview !== files.file) await deleteMediaFile(ctx, files.preview);
    throw err;
  }
}

export async function createMedia(ctx: Context, accountId: string, upload: Upload | undefined, body: unknown): Promise<MediaRow> {
  const input = parse(mediaInputShape, body);
  const focus = parseFocus(input.focus) ?? { x: 0, y: 0 };
  if (!upload || upload.buffer.length === 0) {
    throw new UnprocessableError("Validation failed: File can't be blank", { file: [{ error: "ERR_BLANK", description: "can't be blank" }] });
  }
  // the alt text passes the moderation pipeline before anything is stored
  if (input.description?.trim()) await moderateAccountText(ctx, { accountId, kind: "media_description", texts: [input.description] }, async () => {});
  const image = await processImage(upload.buffer);
  const files = await store(ctx, image);
  return insertRow(ctx, {
    id: newId(),
    account_id: accountId,
    status_id: null,
    type: "image",
    mime: image.original.mime,
    file_name: files.file,
    preview_file_name: files.preview,
    width: image.original.width,
    height: image.original.height,
    size: image.original.buffer.length,
    description: input.description?.trim() ? input.description : null,
    focus_x: focus.x,
    focus_y: focus.y,
    blurhash: image.blurhash,
    state: "ready",
    created_at: nowIso(ctx.clock),
  }, files);
}

/** The viewer's own media that is not attached to a status yet; anything else is a 404. */
export async function ownUnattachedMedia(db: Executor, accountId: string, id: string): Promise<MediaRow> {
  const row = await db
    .selectFrom("media_attachments")
    .selectAll()
    .where("id", "=", id)
    .where("account_id", "=", accountId)
    .where("status_id", "is", null)
    .where("state", "in", ["ready", "processing"])
    .executeTakeFirst();
  if (!row) throw new NotFoundError();
  return row;
}

export async function updateMedia(ctx: Context, accountId: string, id: string, body: unknown): Promise<MediaRow> {
  const input = parse(mediaInputShape, body);
  const focus = parseFocus(input.focus);
  const row = await ownUnattachedMedia(ctx.db, accountId, id);
  const patch: Partial<MediaRow> = {};
  if (input.description !== undefined) patch.description = input.description.trim() ? input.description : null;
  if (focus) {
    patch.focus_x = focus.x;
    patch.focus_y = focus.y;
  }
  if (Object.keys(patch).length === 0) return row;
  await moderateAccountText(ctx, { accountId, kind: "media_description", texts: [patch.description ?? ""] }, async (trx) => {
    await trx.updateTable("media_attachments").set(patch).where("id", "=", id).execute();
  });
  return { ...row, ...patch };
}

/** Delete rows and their files (files after the rows, so a failure leaves an orphan file, not a broken row). */
export async function deleteMediaRows(ctx: Context, rows: MediaRow[]): Promise<void> {
  if (rows.length === 0) return;
  await ctx.db.deleteFrom("media_attachments").where("id", "in", rows.map((r) => r.id)).execute();
  for (const r of rows) {
    await deleteMediaFile(ctx, r.file_name);
    if (r.preview_file_name !== r.file_name) await deleteMediaFile(ctx, r.preview_file_name);
  }
}

export async function deleteOwnMedia(ctx: Context, accountId: string, id: string): Promise<void> {
  await deleteMediaRows(ctx, [await ownUnattachedMedia(ctx.db, accountId, id)]);
}

/** The ProfileImageSaver installed into accounts/profile.ts: returns the new media id. */
export async function saveProfileImage(ctx: Context, accountId: string, kind: "avatar" | "header", upload: Upload): Promise<string> {
  const image = await processProfileImage(upload.buffer, kind);
  const files = await store(ctx, image);
  const id = newId();
  await insertRow(ctx, {
    id,
    account_id: accountId,
    status_id: null,
    type: "image",
    mime: image.original.mime,
    file_name: files.file,
    preview_file_name: files.preview,
    width: image.original.width,
    height: image.original.height,
    size: image.original.buffer.length,
    description: null,
    focus_x: 0,
    focus_y: 0,
    blurhash: image.blurhash,
    state: kind,
    created_at: nowIso(ctx.clock),
  }, files);
  // Earlier profile images of this kind that the account no longer points at are garbage; the one
  // still referenced stays until update_credentials switches to the new id.
  const account = await ctx.db.selectFrom("accounts").select(["avatar_media_id", "header_media_id"]).where("id", "=", accountId).executeTakeFirst();
  const current = kind === "avatar" ? account?.avatar_media_id : account?.header_media_id;
  let stale = ctx.db.selectFrom("media_attachments").selectAll().where("account_id", "=", accountId).where("state", "=", kind).where("id", "!=", id);
  if (current) stale = stale.where("id", "!=", current);
  await deleteMediaRows(ctx, await stale.execute());
  return id;
}
