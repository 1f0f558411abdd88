/**
 * Registers the service worker (src/client/service-worker/sw.ts) once the page has loaded, and
 * tells it what the reader's selection holds, whenever it changes (in this tab or another), so
 * that the selected case studies open without a connection. A browser without service workers
 * skips all of it: the site works as before. The worker checks every slug it is sent.
 */
import { keepMessageType, selectionChangeEvent, selectionStorageKey } from '../lib/selection-interface.ts';

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
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register());
}
