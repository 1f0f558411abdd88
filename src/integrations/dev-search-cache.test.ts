import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import {
  bundleCacheFile,
  readBundleCache,
  readRecordCache,
  recordCacheFile,
  writeBundleCache,
  writeRecordCache,
} from './dev-search-cache.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'cwb-dev-search-cache-'));
const root = path.join(scratch, 'library');
const cacheDir = path.join(scratch, 'cache');
const env = { CWB_DEV_SEARCH_CACHE: cacheDir };

const caseStudy = (title: string) => `---
title: ${title}
summary: A council moved its spending to local firms and kept more wealth in the place.
place: Testham
organisation: Testham Borough Council
organisationType: unitary-authority
region: north-west
themes: [procurement]
started: 2018
status: ongoing
sources:
  - title: Annual report
published: 2024-05-01
---
Local suppliers won more contracts.
`;

/** The titles in a bundle's fragments, by URL. */
function titles(files: Map<string, Uint8Array>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, content] of files) {
    if (!name.startsWith('fragment/')) continue;
    const record = JSON.parse(
      gunzipSync(content)
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { url: string; meta: { title: string } };
    found[record.url] = record.meta.title;
  }
  return found;
}

/** `buildDevBundle` of a fresh copy of its module, as a new dev server process has it (nothing in memory). */
async function freshBundle() {
  vi.resetModules();
  const { buildDevBundle, flushCacheWrites } = await import('./pagefind-dev.ts');
  const bundle = await buildDevBundle(root);
  // The caches are written once the bundle has been answered.
  flushCacheWrites();
  return bundle;
}

beforeAll(() => {
  mkdirSync(path.join(root, 'case-studies'), { recursive: true });
  writeFileSync(path.join(root, 'case-studies', 'anchor-spend.md'), caseStudy('Anchor spend in Testham'));
  writeFileSync(path.join(root, 'case-studies', 'local-energy.md'), caseStudy('Local energy in Testham'));
  vi.stubEnv('CWB_DEV_SEARCH_CACHE', cacheDir);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
  await pagefind.close();
});

test('a new dev server reuses the records of unchanged files and makes an edited file’s afresh', async () => {
  await freshBundle();
  const file = recordCacheFile(root, env)!;
  const kept = readRecordCache(file)!;
  expect([...kept.records.keys()].sort()).toEqual(['anchor-spend', 'local-energy']);

  // Marked, so that the next bundle shows whether it took the record from the cache.
  for (const entry of kept.records.values()) entry.record.meta.title = `${entry.record.meta.title} (kept)`;
  writeRecordCache(file, kept);
  writeFileSync(path.join(root, 'case-studies', 'local-energy.md'), caseStudy('Local energy in Testham, revised'));

  expect(titles((await freshBundle()).files)).toEqual({
    '/case-studies/anchor-spend/': 'Anchor spend in Testham (kept)',
    '/case-studies/local-energy/': 'Local energy in Testham, revised',
  });
  expect(readRecordCache(file)!.records.get('local-energy')!.record.meta.title).toBe(
    'Local energy in Testham, revised',
  );
}, 60_000);

test('a new dev server serves the bundle of unchanged records without indexing them again, and indexes an edit', async () => {
  await freshBundle();
  const file = bundleCacheFile(root, env)!;
  const kept = readBundleCache(file)!;
  expect([...kept.keys()]).toHaveLength(1);
  // Marked, so that the next bundle shows whether it came from the cache.
  for (const files of kept.values()) files.set('kept-marker', new Uint8Array([1]));
  writeBundleCache(file, kept);
  expect((await freshBundle()).files.has('kept-marker')).toBe(true);

  writeFileSync(path.join(root, 'case-studies', 'anchor-spend.md'), caseStudy('Anchor spend in Testham, revised'));
  const edited = await freshBundle();
  expect(edited.files.has('kept-marker')).toBe(false);
  expect(titles(edited.files)['/case-studies/anchor-spend/']).toBe('Anchor spend in Testham, revised');
  // Only the bundle now served is kept.
  expect([...readBundleCache(file)!.values()].map((files) => files.has('kept-marker'))).toEqual([false]);
}, 60_000);

test('a damaged cache file is not read, and CWB_DEV_SEARCH_CACHE=off keeps none', () => {
  const file = recordCacheFile(root, env)!;
  const bytes = readFileSync(file);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff;
  writeFileSync(file, bytes);
  expect(readRecordCache(file)).toBeUndefined();
  expect(recordCacheFile(root, { CWB_DEV_SEARCH_CACHE: 'off' })).toBeUndefined();
  const bundles = bundleCacheFile(root, env)!;
  const bundleBytes = readFileSync(bundles);
  bundleBytes[40] = bundleBytes[40]! ^ 0xff;
  writeFileSync(bundles, bundleBytes);
  expect(readBundleCache(bundles)).toBeUndefined();
  expect(bundleCacheFile(root, { CWB_DEV_SEARCH_CACHE: 'off' })).toBeUndefined();
});
