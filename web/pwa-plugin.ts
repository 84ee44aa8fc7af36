// Build step for the PWA: PNG icons rendered from the SVG with sharp, and a service worker whose
// precache list is this build's own files (so a new build replaces the old shell).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export function pwa(): Plugin {
  return {
    name: "rostra-pwa",
    apply: "build",
    async generateBundle(_opts, bundle) {
      const sharp = (await import("sharp")).default;
      const svg = readFileSync(here("./public/icons/icon.svg"));
      for (const size of [192, 512]) {
        this.emitFile({ type: "asset", fileName: `icons/icon-${size}.png`, source: await sharp(svg, { density: 300 }).resize(size, size).png().toBuffer() });
      }
      // maskable: the glyph inside the 80% safe zone on a full-bleed background
      const inner = await sharp(svg, { density: 300 }).resize(384, 384).png().toBuffer();
      const maskable = await sharp({ create: { width: 512, height: 512, channels: 4, background: "#3c4ab8" } }).composite([{ input: inner, gravity: "center" }]).png().toBuffer();
      this.emitFile({ type: "asset", fileName: "icons/icon-maskable-512.png", source: maskable });

      const files = Object.keys(bundle).filter((f) => /\.(js|css)$/.test(f)).map((f) => `/${f}`);
      const shell = ["/", "/manifest.webmanifest", "/icons/icon.svg", "/icons/icon-192.png", ...files.sort()];
      const version = createHash("sha256").update(shell.join("\n")).digest("hex").slice(0, 12);
      const sw = readFileSync(here("./sw-template.js"), "utf8").replace("__VERSION__", version).replace("__SHELL__", JSON.stringify(shell));
      this.emitFile({ type: "asset", fileName: "sw.js", source: sw });
    },
  };
}
