// Media files on disk under ctx.mediaDir, flat, with names we generate: 128 random bits plus an
// extension we chose. The name is the only capability for reading a file (see README.md), and the
// serving route accepts nothing but names of exactly this shape, so no path from a user reaches fs.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Context } from "../../context.js";

const CONTENT_TYPES = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", gif: "image/gif" } as const;
export type MediaExt = keyof typeof CONTENT_TYPES;

const FILE_NAME = /^[0-9a-f]{32}\.(jpg|png|webp|gif)$/;

export function isMediaFileName(name: string): boolean {
  return FILE_NAME.test(name);
}

export function contentTypeOf(name: string): string | null {
  const m = FILE_NAME.exec(name);
  return m ? CONTENT_TYPES[m[1] as MediaExt] : null;
}

/** Write atomically (temp file + rename) so a reader never sees half a file. */
export async function writeMediaFile(ctx: Context, data: Buffer, ext: MediaExt): Promise<string> {
  const name = `${randomBytes(16).toString("hex")}.${ext}`;
  const target = path.join(ctx.mediaDir, name);
  const tmp = `${target}.tmp`;
  await fs.writeFile(tmp, data, { flag: "wx" });
  await fs.rename(tmp, target);
  return name;
}

export async function deleteMediaFile(ctx: Context, name: string | null | undefined): Promise<void> {
  if (!name || !isMediaFileName(name)) return;
  await fs.rm(path.join(ctx.mediaDir, name), { force: true });
}

export function mediaFilePath(ctx: Context, name: string): string | null {
  return isMediaFileName(name) ? path.join(ctx.mediaDir, name) : null;
}
