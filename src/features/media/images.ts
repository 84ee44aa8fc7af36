// Image processing for uploads: the real type comes from the bytes, never from the file name or the
// client's Content-Type; everything is decoded and re-encoded, which drops EXIF/GPS and any payload
// hidden after the image data.
import { encode as encodeBlurhash } from "blurhash";
import type sharpTypes from "sharp";
import type { Sharp } from "sharp";
import { loadSharp, sharpNow } from "./sharp.js";
import { UnprocessableError } from "../../core/errors.js";
import { fitInside, IMAGE_MATRIX_LIMIT, IMAGE_SIZE_LIMIT, MAX_FRAMES, ORIGINAL_MAX, PREVIEW_MAX } from "./limits.js";

export type InputKind = "jpeg" | "png" | "gif" | "webp" | "avif" | "heic";

export interface EncodedImage {
  buffer: Buffer;
  ext: "jpg" | "png" | "webp" | "gif";
  mime: string;
  width: number;
  height: number;
}

export interface ProcessedImage {
  original: EncodedImage;
  preview: EncodedImage;
  blurhash: string;
}

const ascii = (buf: Buffer, start: number, end: number) => buf.subarray(start, end).toString("latin1");

/** Magic-number sniffing: only the formats we accept, so SVG, PDF, TIFF and friends never reach libvips. */
export function sniffImage(buf: Buffer): InputKind | null {
  if (buf.length < 12) return null;
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return "jpeg";
  if (buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (ascii(buf, 0, 6) === "GIF87a" || ascii(buf, 0, 6) === "GIF89a") return "gif";
  if (ascii(buf, 0, 4) === "RIFF" && ascii(buf, 8, 12) === "WEBP") return "webp";
  if (ascii(buf, 4, 8) === "ftyp") {
    const brand = ascii(buf, 8, 12);
    if (brand === "avif" || brand === "avis") return "avif";
    if (["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"].includes(brand)) return "heic";
  }
  return null;
}

function refuse(message: string): never {
  throw new UnprocessableError(`Validation failed: ${message}`, { file: [{ error: "ERR_INVALID", description: message }] });
}

interface Inspected {
  kind: InputKind;
  /** displayed size, after EXIF orientation is applied */
  width: number;
  height: number;
  frames: number;
  hasAlpha: boolean;
}

type OutputFormat = "jpg" | "png" | "webp";

function open(buf: Buffer, animated = false): Sharp {
  // failOn "error" rejects truncated/corrupt files; limitInputPixels stops decompression bombs
  return sharpNow()(buf, { limitInputPixels: IMAGE_MATRIX_LIMIT, failOn: "error", animated });
}

/** Read the header only (no decoding) and refuse anything we will not process. */
export async function inspectImage(buf: Buffer): Promise<Inspected> {
  if (buf.length === 0) refuse("File can't be blank");
  if (buf.length > IMAGE_SIZE_LIMIT) refuse("File is too large");
  const kind = sniffImage(buf);
  if (!kind) refuse("File has an unsupported type");
  const sharp = await loadSharp();
  let meta: sharpTypes.Metadata;
  try {
    meta = await sharp(buf, { limitInputPixels: false }).metadata();
  } catch {
    refuse("File could not be read as an image");
  }
  const expected = { jpeg: ["jpeg"], png: ["png"], gif: ["gif"], webp: ["webp"], avif: ["heif"], heic: ["heif"] }[kind];
  if (!meta.format || !expected.includes(meta.format)) refuse("File content does not match its type");
  const rawW = meta.width ?? 0;
  const rawH = meta.pageHeight ?? meta.height ?? 0;
  const frames = meta.pages ?? 1;
  if (rawW <= 0 || rawH <= 0) refuse("File could not be read as an image");
  if (rawW * rawH > IMAGE_MATRIX_LIMIT) refuse(`Image dimensions are too large (maximum is ${IMAGE_MATRIX_LIMIT} pixels)`);
  if (frames > MAX_FRAMES || rawW * rawH * frames > IMAGE_MATRIX_LIMIT * 4) refuse("Animation has too many frames");
  const swapped = (meta.orientation ?? 1) >= 5;
  return { kind, width: swapped ? rawH : rawW, height: swapped ? rawW : rawH, frames, hasAlpha: !!meta.hasAlpha };
}

function finish(out: { data: Buffer; info: sharpTypes.OutputInfo }, ext: EncodedImage["ext"], mime: string): EncodedImage {
  return { buffer: out.data, ext, mime, width: out.info.width, height: out.info.height };
}

async function encodeStill(buf: Buffer, target: { width: number; height: number }, format: OutputFormat, fit: "fill" | "cover" = "fill"): Promise<EncodedImage> {
  const resized = open(buf).rotate().resize({ ...target, fit, position: "attention" });
  if (format === "png") return finish(await resized.png({ compressionLevel: 8 }).toBuffer({ resolveWithObject: true }), "png", "image/png");
  if (format === "webp") return finish(await resized.webp({ quality: 85 }).toBuffer({ resolveWithObject: true }), "webp", "image/webp");
  return finish(await resized.jpeg({ quality: 85, mozjpeg: true }).toBuffer({ resolveWithObject: true }), "jpg", "image/jpeg");
}

/** Keep the uploaded family where browsers handle it; HEIC/AVIF become JPEG (or WebP with transparency). */
function originalFormat(info: Inspected): OutputFormat {
  if (info.kind === "png" || info.kind === "gif") return "png";
  if (info.kind === "webp") return "webp";
  if (info.kind === "jpeg") return "jpg";
  return info.hasAlpha ? "webp" : "jpg";
}

async function blurhashOf(buf: Buffer): Promise<string> {
  const { data, info } = await open(buf).rotate().resize(32, 32, { fit: "inside" }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return encodeBlurhash(new Uint8ClampedArray(data), info.width, info.height, 4, 4);
}

function translateSharpError(err: unknown): never {
  const message = err instanceof Error ? err.message : "";
  if (/pixel limit/i.test(message)) refuse(`Image dimensions are too large (maximum is ${IMAGE_MATRIX_LIMIT} pixels)`);
  refuse("File could not be processed as an image");
}

/** Auto-rotate, bound to ORIGINAL_MAX and PREVIEW_MAX, strip metadata, re-encode, blurhash. */
export async function processImage(buf: Buffer): Promise<ProcessedImage> {
  const info = await inspectImage(buf);
  try {
    const originalSize = fitInside(info.width, info.height, ORIGINAL_MAX);
    const previewSize = fitInside(info.width, info.height, PREVIEW_MAX);
    let original: EncodedImage;
    if (info.kind === "gif" && info.frames > 1) {
      const out = await open(buf, true).resize({ ...originalSize, fit: "fill" }).gif().toBuffer({ resolveWithObject: true });
      original = { buffer: out.data, ext: "gif", mime: "image/gif", width: originalSize.width, height: originalSize.height };
    } else {
      original = await encodeStill(buf, originalSize, originalFormat(info));
    }
    const preview = await encodeStill(buf, previewSize, info.hasAlpha ? "webp" : "jpg");
    return { original, preview, blurhash: await blurhashOf(buf) };
  } catch (err) {
    translateSharpError(err);
  }
}

/** Cover-crop size for a box: the box's aspect ratio, never enlarging a small picture. */
export function coverSize(width: number, height: number, box: { width: number; height: number }): { width: number; height: number } {
  const aspect = box.width / box.height;
  let w = Math.min(width, box.width);
  let h = Math.round(w / aspect);
  if (h > height) {
    h = Math.min(height, box.height);
    w = Math.round(h * aspect);
  }
  return { width: Math.max(1, w), height: Math.max(1, h) };
}

/** Avatar (≤ 400×400 square) or header (≤ 1500×500), static; used by update_credentials. */
export async function processProfileImage(buf: Buffer, kind: "avatar" | "header"): Promise<ProcessedImage> {
  const info = await inspectImage(buf);
  const box = kind === "avatar" ? { width: 400, height: 400 } : { width: 1500, height: 500 };
  try {
    const original = await encodeStill(buf, coverSize(info.width, info.height, box), info.hasAlpha ? "png" : "jpg", "cover");
    return { original, preview: original, blurhash: await blurhashOf(buf) };
  } catch (err) {
    translateSharpError(err);
  }
}
