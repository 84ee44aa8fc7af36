// MediaAttachment JSON, exactly as Mastodon renders it; the status renderer uses renderMediaAttachments.
import type { Context } from "../../../context.js";
import type { MediaAttachmentsTable } from "../../../db/types.js";
import { fitInside, PREVIEW_MAX } from "../../../features/media/limits.js";
import { mediaUrl } from "./urls.js";

function dims(width: number, height: number) {
  return { width, height, size: `${width}x${height}`, aspect: width / height };
}

export function renderMediaAttachment(ctx: Context, m: MediaAttachmentsTable): Record<string, unknown> {
  const ready = m.state !== "processing" && !!m.file_name;
  const w = m.width ?? 0;
  const h = m.height ?? 0;
  const focus = { x: m.focus_x, y: m.focus_y };
  const meta: Record<string, unknown> = { focus };
  if (w > 0 && h > 0) {
    meta.original = dims(w, h);
    const small = fitInside(w, h, PREVIEW_MAX);
    meta.small = dims(small.width, small.height);
  }
  return {
    id: m.id,
    type: m.type,
    url: ready ? mediaUrl(ctx.config, m.file_name!) : null,
    preview_url: m.preview_file_name ? mediaUrl(ctx.config, m.preview_file_name) : ready ? mediaUrl(ctx.config, m.file_name!) : null,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta,
    description: m.description,
    blurhash: m.blurhash,
  };
}

export function renderMediaAttachments(ctx: Context, rows: MediaAttachmentsTable[]): Record<string, unknown>[] {
  return rows.map((m) => renderMediaAttachment(ctx, m));
}
