/**
 * The dev server's one watch of the library: the content check and the search index subscribe to
 * it, and are told once per settled change, together, with what changed.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect, test, vi } from 'vitest';
import { settleMs, watchLibrary, type FileWatcher, type LibraryChange } from '../../../src/content/watch.ts';

/** A stand-in for the dev server's chokidar watcher: what it was asked to watch, and a way to report events. */
function fakeWatcher() {
  const events = new EventEmitter();
  const added: string[] = [];
  let listeners = 0;
  const watcher: FileWatcher = {
    add: (paths) => added.push(...(typeof paths === 'string' ? [paths] : paths)),
    on: (event, listener) => {
      listeners++;
      events.on(event, listener);
      return watcher;
    },
  };
  return {
    watcher,
    added,
    listenerCount: () => listeners,
    emit: (event: string, file: string) => events.emit('all', event, file),
  };
}

// A library with vocabularies of its own: one without watches the sample library's.
const root = mkdtempSync(path.join(tmpdir(), 'cwb-watch-'));
mkdirSync(path.join(root, 'taxonomy'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

test('every subscriber shares one watch and is told once an editor has finished saving', () => {
  const fake = fakeWatcher();
  const check: LibraryChange[] = [];
  const index: LibraryChange[] = [];
  watchLibrary(fake.watcher, root, (change) => check.push(change));
  watchLibrary(fake.watcher, root, (change) => index.push(change));

  expect(fake.listenerCount()).toBe(1);
  expect(fake.added).toEqual([path.join(root, 'case-studies'), path.join(root, 'taxonomy')]);
  // An editor's save: several events for one file.
  fake.emit('add', path.join(root, 'case-studies', 'preston.md~'));
  fake.emit('change', path.join(root, 'case-studies', 'preston.md'));
  fake.emit('unlink', path.join(root, 'case-studies', 'preston.md~'));
  vi.advanceTimersByTime(settleMs - 1);
  expect(check).toEqual([]);
  vi.advanceTimersByTime(1);

  expect(check).toEqual([{ caseStudies: true, taxonomy: false }]);
  expect(index).toEqual(check);
});

test('says when a vocabulary changed, and ignores files outside the library', () => {
  const fake = fakeWatcher();
  const changes: LibraryChange[] = [];
  const stop = watchLibrary(fake.watcher, root, (change) => changes.push(change));

  fake.emit('change', path.resolve('/elsewhere/notes.md'));
  vi.advanceTimersByTime(settleMs);
  expect(changes).toEqual([]);

  fake.emit('change', path.join(root, 'taxonomy', 'topics.yml'));
  vi.advanceTimersByTime(settleMs);
  expect(changes).toEqual([{ caseStudies: false, taxonomy: true }]);

  stop();
  fake.emit('change', path.join(root, 'case-studies', 'preston.md'));
  vi.advanceTimersByTime(settleMs);
  expect(changes).toHaveLength(1);
});
