// Rostra service worker: keeps the app shell (HTML, scripts, styles, icons) for offline starts.
// It never caches API responses, media or sign-in pages: those may hold private data.
const CACHE = "rostra-shell-__VERSION__";
const SHELL = __SHELL__;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith("rostra-shell-") && k !== CACHE).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

const PRIVATE = /^\/(api|oauth|auth|system|users|media|avatars|headers|\.well-known|nodeinfo|health|metrics)(\/|$)/;

self.addEventListener("fetch", (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== "GET" || url.origin !== self.location.origin || PRIVATE.test(url.pathname)) return;
  if (req.mode === "navigate") {
    // pages: always try the network (fresh, with link-preview tags); offline, start the cached shell
    event.respondWith(fetch(req).catch(() => caches.match("/").then((r) => r || Response.error())));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(req).then((hit) => hit || fetch(req)));
  }
});
