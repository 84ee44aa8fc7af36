// Builds the web app into web/dist, which the Rostra server serves (src/features/web/serve.ts).
// JSX goes through esbuild's automatic runtime, so no React plugin is needed for production builds.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { pwa } from "./pwa-plugin";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  publicDir: "public",
  esbuild: { jsx: "automatic" },
  plugins: [pwa()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // no inline module-preload polyfill: the server's CSP forbids inline scripts
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      // React Query's "use client" markers are for server-component bundlers and mean nothing here
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  server: {
    // `npx vite web` during development proxies the API to a running server
    proxy: {
      "/api": { target: "http://localhost:3000", ws: true },
      "/oauth": "http://localhost:3000",
      "/auth": "http://localhost:3000",
      "/system": "http://localhost:3000",
      "/avatars": "http://localhost:3000",
      "/headers": "http://localhost:3000",
    },
  },
});
