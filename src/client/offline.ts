/**
 * Registers the service worker (src/client/service-worker/sw.ts) once the page has loaded (the
 * search page: once its first results show, {@link searchShownEvent}), and
 * tells it what the reader's selection holds, whenever it changes (in this tab or another), so
 * that the selected case studies open without a connection. A browser without service workers
 * skips all of it: the site works as before. The worker checks every slug it is sent.
 */
import {
  keepMessageType,
  searchShownEvent,
  selectionChangeEvent,
  selectionStorageKey,
} from '../lib/selection-interface.ts';

/**
 * How long the search page waits for its first results before it registers the worker all the
 * same (a reader who opened it to type, and has not yet): see {@link searchShownEvent}.
 */
const searchWaitMs = 15_000;

if ('serviceWorker' in navigator) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const stored = (): unknown => {
    try {
      return JSON.parse(localStorage.getItem(selectionStorageKey) ?? '[]');
    } catch {
      return [];
    }
  };
  const keep = (slugs: unknown) =>
    navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: keepMessageType, slugs }),
    );
  window.addEventListener(
    selectionChangeEvent,
    (event) => void keep((event as CustomEvent<{ slugs?: unknown }>).detail?.slugs ?? stored()),
  );
  window.addEventListener('storage', (event) => {
    if (event.key === selectionStorageKey) void keep(stored());
  });
  // After the page's own downloads; this script is imported late, often once the page has loaded.
  const register = () =>
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
      () => keep(stored()),
      () => undefined,
    );
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  // The search page: also once its first results show (or after a while without any), so that
  // the precache does not share the connection with the first search.
  const shown = new Promise<void>((resolve) => {
    if (!document.getElementById('search-form') || document.documentElement.dataset.searchShown !== undefined)
      return resolve();
    window.addEventListener(searchShownEvent, () => resolve(), { once: true });
    setTimeout(resolve, searchWaitMs);
  });
  void Promise.all([loaded, shown]).then(register);
}
