// Small generated test images (no binary files in the repo).
import sharp from "sharp";

export async function testPng(color = "#3c8a5a", width = 640, height = 400): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer();
}

export const XSS_PAYLOAD = `<script>window.__xss=1;alert(1)</script><img src=x onerror="window.__xss=2;alert(2)"> "quotes" & <b>bold</b>`;
