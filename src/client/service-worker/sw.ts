/**
 * The site's service worker (docs/public-interface.md §8, offline), built by Workbox after the
 * search index is written (src/integrations/service-worker.ts), so that its precache lists
 * Pagefind's files too.
 *
 * - The shell is precached, by revision: the style sheets and scripts, the offline and "not found"
 *   pages, the search page and Pagefind's runtime (its script, WebAssembly and entry file), icons
 *   and manifests. A new build's worker downloads what changed and deletes the rest.
 * - The pages of the reader's selection, and their pictures, are kept in a cache of this build
 *   when a page says what the selection holds (`cwb-keep`). A page is always fetched from the
 *   network first (five seconds at most), so that a reader online reads the current build; a kept
 *   page refreshes its copy then. Offline, a kept page opens from the cache, any other page shows
 *   the offline page.
 * - A new build's worker takes over at once (skipWaiting, clientsClaim): the site is pages, not an
 *   application with state to lose, and a prompt to update would ask readers a question they need
 *   not answer. It keeps the same selection, fetched afresh, and deletes the previous build's caches.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { keepMessageOf, keptCitationUrls, keptPageSlug, keptPageUrls, pagePictureUrls } from '../../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** This build's id, written in by the build: the name of its caches. */
declare const CWB_BUILD_ID: string;
/** The offline page of each interface language, as precached (relative to the worker). */
declare const CWB_OFFLINE_PAGES: { en: string; cy: string };

const keptCache = `cwb-kept-${CWB_BUILD_ID}`;
const searchCache = `cwb-search-${CWB_BUILD_ID}`;
const ownCaches = (name: string) => name.startsWith('cwb-kept-') || name.startsWith('cwb-search-');

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', cleanURLs: false });

/** A copy is only refreshed, never added, by reading: the selection says what is kept. */
const refreshOnlyKept = {
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) => {
    const cache = await caches.open(keptCache);
    return response.ok && (await cache.match(request, { ignoreSearch: true })) ? response : null;
  },
};

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: keptCache,
    networkTimeoutSeconds: 5,
    matchOptions: { ignoreSearch: true },
    plugins: [refreshOnlyKept],
  }),
);
registerRoute(
  ({ request, url }) => request.destination === 'image' && url.origin === self.location.origin,
  new CacheFirst({ cacheName: keptCache, plugins: [refreshOnlyKept] }),
);
// A kept case study's citation files, for the selection's export offline.
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith(new URL('data/citations/', self.registration.scope).pathname),
  new NetworkFirst({ cacheName: keptCache, networkTimeoutSeconds: 5, plugins: [refreshOnlyKept] }),
);
// The search index's chunks, once fetched: their names change with their content.
registerRoute(
  ({ url }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith(new URL('pagefind/', self.registration.scope).pathname),
  new CacheFirst({ cacheName: searchCache, plugins: [new ExpirationPlugin({ maxEntries: 300 })] }),
);

setCatchHandler(async ({ request }) => {
  if (request.mode !== 'navigate') return Response.error();
  const welsh = new URL(request.url).pathname.startsWith(new URL('cy/', self.registration.scope).pathname);
  return (await matchPrecache(welsh ? CWB_OFFLINE_PAGES.cy : CWB_OFFLINE_PAGES.en)) ?? Response.error();
});

/**
 * Keeps the pages of `slugs`, their pictures and their citation files in this build's cache, and
 * lets go of everything else in it. Pages already kept are not fetched again (reading them online refreshes
 * them). A page that cannot be fetched is left out, or copied from `fallback` (a previous build's
 * cache) so that a reader does not lose a page they chose.
 */
async function keepSelection(slugs: readonly string[], fallback?: Cache): Promise<void> {
  const cache = await caches.open(keptCache);
  const wanted = new Set<string>();
  for (const pageUrl of keptPageUrls(self.registration.scope, slugs)) {
    wanted.add(pageUrl);
    let page = await cache.match(pageUrl);
    if (!page) {
      const fetched = await fetch(pageUrl, { credentials: 'same-origin' }).catch(() => undefined);
      const copy = fetched?.ok ? fetched : await fallback?.match(pageUrl);
      if (!copy) continue;
      await cache.put(pageUrl, copy.clone());
      page = copy;
    }
    const slug = keptPageSlug(self.registration.scope, pageUrl)!;
    for (const file of [
      ...pagePictureUrls(await page.text(), pageUrl),
      ...keptCitationUrls(self.registration.scope, slug),
    ]) {
      wanted.add(file);
      if (await cache.match(file)) continue;
      const fetched = await fetch(file).catch(() => undefined);
      const copy = fetched?.ok ? fetched : await fallback?.match(file);
      if (copy) await cache.put(file, copy);
    }
  }
  for (const request of await cache.keys()) {
    if (!wanted.has(request.url)) await cache.delete(request);
  }
}

/** One change of what is kept at a time, in the order asked, so that a later selection wins. */
let keeping: Promise<void> = Promise.resolve();
function inTurn(task: () => Promise<void>): Promise<void> {
  keeping = keeping.then(task, task);
  return keeping;
}

self.addEventListener('message', (event) => {
  const message = keepMessageOf(event.data);
  if (message) event.waitUntil(inTurn(() => keepSelection(message.slugs)));
});

// A new build: keep the previous build's selection, fetched afresh, then delete its caches.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const previous = (await caches.keys()).filter(
        (name) => ownCaches(name) && name !== keptCache && name !== searchCache,
      );
      for (const name of previous.filter((one) => one.startsWith('cwb-kept-'))) {
        const old = await caches.open(name);
        const slugs = (await old.keys()).flatMap((request) => keptPageSlug(self.registration.scope, request.url) ?? []);
        await inTurn(() => keepSelection(slugs, old));
      }
      await Promise.all(previous.map((name) => caches.delete(name)));
    })(),
  );
});
