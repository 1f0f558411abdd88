/**
 * One watch of the library for the dev server: the content check and the search index subscribe
 * to it, rather than each listening to every file event and timing its own pause. Astro's loader
 * keeps its own watch of the files it loads.
 */
import path from 'node:path';
import { caseStudiesDir, taxonomyDir } from './paths.ts';

/** What changed since subscribers were last told: case studies (or pictures), vocabularies, or both. */
export interface LibraryChange {
  caseStudies: boolean;
  taxonomy: boolean;
}

/** Told once an editor's writes have settled; handles its own errors. */
export type LibraryListener = (change: LibraryChange) => void;

/** The part of a file watcher (the dev server's chokidar, `server.watcher`) that a library watch uses. */
export interface FileWatcher {
  add(paths: string | readonly string[]): unknown;
  on(event: 'all', listener: (event: string, file: string) => void): unknown;
}

/** How long the files stay unchanged before subscribers are told: an editor's save is often several events. */
export const settleMs = 150;

const watches = new WeakMap<FileWatcher, Map<string, Set<LibraryListener>>>();

/**
 * Tells `listener` when the library under `root` changes, as `watcher` sees it. Every subscriber
 * of one root and watcher shares one watch and is told at the same moment. Returns the unsubscribe.
 */
export function watchLibrary(watcher: FileWatcher, root: string, listener: LibraryListener): () => void {
  let byRoot = watches.get(watcher);
  if (!byRoot) watches.set(watcher, (byRoot = new Map()));
  const key = path.resolve(root);
  let listeners = byRoot.get(key);
  if (!listeners) {
    byRoot.set(key, (listeners = new Set()));
    startWatch(watcher, key, listeners);
  }
  const subscribed = listeners;
  subscribed.add(listener);
  return () => void subscribed.delete(listener);
}

function startWatch(watcher: FileWatcher, root: string, listeners: ReadonlySet<LibraryListener>): void {
  const [caseStudies, taxonomy] = [path.resolve(caseStudiesDir(root)), path.resolve(taxonomyDir(root))];
  const within = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);
  watcher.add([caseStudies, taxonomy]);
  let pending: LibraryChange = { caseStudies: false, taxonomy: false };
  let timer: ReturnType<typeof setTimeout> | undefined;
  watcher.on('all', (_event, file) => {
    const changed = path.resolve(file);
    if (within(changed, caseStudies)) pending.caseStudies = true;
    else if (within(changed, taxonomy)) pending.taxonomy = true;
    else return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const change = pending;
      pending = { caseStudies: false, taxonomy: false };
      for (const listener of listeners) listener(change);
    }, settleMs);
  });
}
