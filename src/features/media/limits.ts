// Upload limits and size rules shared by processing, rendering and the instance endpoint, so the
// stored files, the rendered meta and what clients are told always agree.

/** Mastodon's own limits (image_matrix_limit, image_size_limit). */
export const IMAGE_MATRIX_LIMIT = 33_177_600;
export const IMAGE_SIZE_LIMIT = 16 * 1024 * 1024;
export const MAX_FRAMES = 300;
export const DESCRIPTION_LIMIT = 1500;
export const ORIGINAL_MAX = 1920;
export const PREVIEW_MAX = 640;

/** What we can decode with the bundled libvips. HEIC (HEVC) needs a custom build, so it is not advertised. */
export const SUPPORTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"] as const;

/** Fit inside a box without enlarging. */
export function fitInside(width: number, height: number, maxW: number, maxH: number = maxW): { width: number; height: number } {
  const scale = Math.min(1, maxW / width, maxH / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
