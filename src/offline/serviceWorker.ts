// The service worker: after one visit the page works with the network off. It keeps every
// file of the build (the list is written into this script at build time, so each build is a
// new worker with its own cache) and answers from that cache. Page loads try the network
// first, so a new version is seen as soon as it is online; the hashed assets never change and
// come from the cache. It sits next to index.html and resolves everything against its own
// scope, so the site works from any sub-path.

/// <reference lib="webworker" />

// A module for the type checker (so `self` below is this file's own); the bundle has no export.
export {};

declare const self: ServiceWorkerGlobalScope;

/** Written by the build: the build's files relative to the site folder, and a hash of them. */
declare const PRECACHE: { version: string; files: string[] };

const SCOPE = self.registration.scope;
/** Caches are per origin; the scope in the name keeps sites at other paths apart. */
const CACHE_PREFIX = `gradient-flow:${SCOPE}:`;
const CACHE = `${CACHE_PREFIX}${PRECACHE.version}`;
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.files.map((file) => new Request(new URL(file, SCOPE).href, { cache: 'reload' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(request.mode === 'navigate' ? pageFirstFromNetwork(request) : assetFromCache(request));
});

/** The page itself: the network's copy when online (and keep it), else the cached one. */
async function pageFirstFromNetwork(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(INDEX, response.clone());
    return response;
  } catch {
    const cached = (await cache.match(INDEX)) ?? (await cache.match(request, { ignoreSearch: true }));
    return cached ?? offlineResponse();
  }
}

/** A built file: from the cache, else from the network (and keep it for next time). */
async function assetFromCache(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch {
    return offlineResponse();
  }
}

function offlineResponse(): Response {
  return new Response('Gradient Flow is offline and this file was not saved on the last visit.', {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
