/**
 * The service worker that keeps the hosted page working offline after one
 * visit. It precaches the build's files (listed at build time by
 * build/precachePlugin.ts, which strips the types from this file and puts the
 * manifest in front of it) and serves them cache-first. It must import
 * nothing: it is written out as one classic script, not bundled.
 */
import type { PrecacheManifest } from './precacheManifest';

declare const PRECACHE_MANIFEST: PrecacheManifest;

/** Every cache this app makes starts with this, so activation deletes only its own old ones. */
const CACHE_PREFIX = 'tierscape-';

const worker = self as unknown as ServiceWorkerGlobalScope;
const currentCache = `${CACHE_PREFIX}${PRECACHE_MANIFEST.version}`;
const absolute = (path: string) => new URL(path, worker.location.href).href;
const precached = new Set(PRECACHE_MANIFEST.files.map(absolute));
const indexPage = absolute('index.html');
const scope = absolute('./');

worker.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so the cache holds exactly this build's files.
  const requests = PRECACHE_MANIFEST.files.map((path) => new Request(path, { cache: 'reload' }));
  event.waitUntil(caches.open(currentCache).then((cache) => cache.addAll(requests)));
  // No skipWaiting: a tab still running the previous build may yet ask for
  // its own files (the optimiser loads its WebAssembly late), and they live
  // only in the previous cache, which activation deletes.
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const stale = (await caches.keys()).filter((key) => key.startsWith(CACHE_PREFIX) && key !== currentCache);
      await Promise.all(stale.map((key) => caches.delete(key)));
      // Take the page that installed us, so the first visit is already offline-ready.
      await worker.clients.claim();
    })(),
  );
});

/**
 * The cached file that answers a request, if any: index.html for a
 * navigation to the page's folder (whatever its query, such as an embed's
 * options), else the precached file at that URL.
 */
function cachedFileFor(request: Request): string | undefined {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
    if (url.href === scope) return indexPage;
  }
  return precached.has(url.href) ? url.href : undefined;
}

worker.addEventListener('fetch', (event) => {
  const file = cachedFileFor(event.request);
  if (file === undefined) return;
  event.respondWith(
    caches
      .open(currentCache)
      .then((cache) => cache.match(file))
      // A file missing from the cache (storage cleared under us) comes from the network as usual.
      .then((hit) => hit ?? fetch(event.request)),
  );
});
