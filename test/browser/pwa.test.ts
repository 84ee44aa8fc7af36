// Installable PWA: a valid manifest with real icons, and a service worker that starts the app shell
// offline without caching API responses.
import type { Browser } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launch, PHONE, screenshot } from "./browser.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("progressive web app", () => {
  it("serves a valid web app manifest with PNG icons of the sizes it declares", async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    const res = await fetch(`${baseUrl()}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    const manifest = await res.json();
    expect(manifest).toMatchObject({ name: "Rostra", start_url: "/", scope: "/", display: "standalone" });
    const pngs = manifest.icons.filter((i: { type: string }) => i.type === "image/png");
    expect(pngs.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === "maskable")).toBe(true);
    for (const icon of pngs) {
      const img = await fetch(`${baseUrl()}${icon.src}`);
      expect(img.headers.get("content-type")).toBe("image/png");
      const meta = await sharp(Buffer.from(await img.arrayBuffer())).metadata();
      expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
    }
  });

  it("registers a service worker that starts the app shell offline", async () => {
    const context = await browser.newContext({ viewport: PHONE, serviceWorkers: "allow" });
    const page = await context.newPage();
    const sw = await fetch(`${baseUrl()}/sw.js`);
    expect(sw.headers.get("content-type")).toMatch(/javascript/);
    expect(sw.headers.get("cache-control")).toBe("no-cache");
    const source = await sw.text();
    expect(source).not.toMatch(/"\/api/);

    await page.goto(`${baseUrl()}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // the shell is cached once the worker is active; API responses are not
    await expect.poll(() => page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith("rostra-shell-"))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    })).toEqual(expect.arrayContaining(["/", "/manifest.webmanifest"]));
    const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat());
    expect(cached.some((u) => u.includes("/api/"))).toBe(false);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole("navigation").first().waitFor();
    await expect.poll(() => page.locator("#root").innerText()).toContain("Rostra");
    await screenshot(page, "phone-offline-shell");
    await context.close();
  });
});
