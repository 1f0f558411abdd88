import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentRoot } from '../content/paths.ts';
import { buildDevBundle, type BundleFiles } from './pagefind-dev.ts';
import {
  metadataWithoutSorts,
  rankedLength,
  relevanceEntry,
  relevanceFiles,
  relevanceScript,
  relevanceWorker,
  selfStartingWorker,
  writeRelevanceBundle,
  zlibBest,
  zopfli,
} from './search-bundle.ts';

interface Entry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

const json = (bytes: Uint8Array | undefined) => JSON.parse(new TextDecoder().decode(bytes)) as Entry;
/** A Pagefind file's CBOR: gunzipped, signature removed. */
const cbor = (bytes: Uint8Array | undefined) => gunzipSync(bytes!).subarray('pagefind_dcd'.length);
const metaOf = (files: BundleFiles | Map<string, Uint8Array>, entry: Entry) =>
  Object.values(entry.languages).map(({ hash }) => decode(cbor(files.get(`pagefind.${hash}.pf_meta`))) as unknown[]);

describe('the entry without sorts (issue 15)', () => {
  let bundle: BundleFiles;
  beforeAll(async () => {
    // The sample library's own bundle, built as the development server builds it (sorts included).
    bundle = (await buildDevBundle(contentRoot(), { includeDrafts: false })).files;
  }, 60_000);

  test('names metadata equal to the bundle’s own but for the sorts, and a script that reads it', async () => {
    const own = json(bundle.get('pagefind-entry.json'));
    const [ownMeta] = metaOf(bundle, own);
    // The sample's bundle does have the two sorts (docs/public-interface.md §9).
    expect((ownMeta![4] as [string, number[]][]).map(([name]) => name).sort()).toEqual(['published', 'started']);

    const added = await relevanceFiles((file) => bundle.get(file), zlibBest);
    const entry = json(added.get(relevanceEntry));
    const all = new Map([...bundle, ...added]);
    const [meta] = metaOf(all, entry);
    expect(meta![4]).toEqual([]);
    expect([...meta!.slice(0, 4), ...meta!.slice(5)]).toEqual([...ownMeta!.slice(0, 4), ...ownMeta!.slice(5)]);
    // Everything else of the entry is the bundle's own: page counts, WebAssembly, version.
    for (const [language, index] of Object.entries(own.languages)) {
      expect(entry.languages[language]).toEqual({ ...index, hash: entry.languages[language]!.hash });
      expect(entry.languages[language]!.hash).not.toBe(index.hash);
    }

    const script = new TextDecoder().decode(added.get(relevanceScript));
    expect(script).toContain(relevanceEntry);
    expect(script).not.toContain('pagefind-entry.json');
    // The page's script is its own worker (one download for both), which reads the same entry:
    // searching in a worker (the page's default) must not read the entry with sorts either.
    expect(script).not.toContain('pagefind-worker.js');
    expect(script).toContain('new Worker(workerUrl,{type:"module"})');
    expect(script).toContain('`${basePath}pagefind-relevance.js`');
    const worker = new TextDecoder().decode(added.get(relevanceWorker));
    expect(worker).not.toContain('pagefind-entry.json');
    expect(worker.replace(relevanceEntry, 'pagefind-entry.json')).toBe(
      new TextDecoder().decode(bundle.get('pagefind-worker.js')),
    );
    // Pagefind's script, but for the worker's message handler run only in a worker and the worker it starts.
    const handler = worker.slice(worker.indexOf('var dataCallbacks='), worker.lastIndexOf('})();'));
    expect(handler).toContain('self.addEventListener("message"');
    expect(
      script
        .replace(`if(typeof WorkerGlobalScope!=="undefined"&&self instanceof WorkerGlobalScope){${handler}}`, '')
        .replace(relevanceEntry, 'pagefind-entry.json')
        .replace('new Worker(workerUrl,{type:"module"})', 'new Worker(workerUrl)')
        .replace('pagefind-relevance.js`', 'pagefind-worker.js`'),
    ).toBe(new TextDecoder().decode(bundle.get('pagefind.js')));
  });

  test('compresses the bundle’s metadata again to the same bytes, smaller, and never makes a file larger', async () => {
    const own = json(bundle.get('pagefind-entry.json'));
    const added = await relevanceFiles((file) => bundle.get(file), zopfli);
    for (const { hash, wasm } of Object.values(own.languages)) {
      const meta = `pagefind.${hash}.pf_meta`;
      expect(added.has(meta), meta).toBe(true);
      for (const name of [meta, `wasm.${wasm ?? 'unknown'}.pagefind`]) {
        if (!added.has(name)) continue;
        expect(Buffer.from(gunzipSync(added.get(name)!)).equals(gunzipSync(bundle.get(name)!)), name).toBe(true);
        expect(added.get(name)!.length, name).toBeLessThan(bundle.get(name)!.length);
      }
    }
  }, 60_000);

  test('refuses a script or metadata it does not recognise rather than guess', async () => {
    const noEntryName = new Map(bundle);
    noEntryName.set('pagefind.js', new TextEncoder().encode('export const nothing = 1;'));
    await expect(relevanceFiles((file) => noEntryName.get(file), zlibBest)).rejects.toThrow(/0 times, not once/);
    const noHandler = new Map(bundle);
    noHandler.set('pagefind-worker.js', new TextEncoder().encode('self.onmessage = () => {};'));
    await expect(relevanceFiles((file) => noHandler.get(file), zlibBest)).rejects.toThrow(
      /0 times, not once|not laid out/,
    );
    const clash = new TextDecoder().decode(bundle.get('pagefind.js')).replace('export{', 'var handleMessage=1;export{');
    expect(() => selfStartingWorker(clash, new TextDecoder().decode(bundle.get('pagefind-worker.js')))).toThrow(
      /already declares handleMessage/,
    );
    expect(() => metadataWithoutSorts(new Uint8Array([0x83, 0x01, 0x02, 0x03]))).toThrow(/six parts/);
  });
});

test('a page length is exact below 256 words, else to the nearest 16', () => {
  expect([1, 255, 256, 263, 264, 800, 1527].map(rankedLength)).toEqual([1, 255, 256, 256, 272, 800, 1520]);
});

describe('writeRelevanceBundle', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cwb-search-bundle-'));
    const { files } = await buildDevBundle(contentRoot(), { includeDrafts: false });
    // Pagefind's own files only: the development bundle has the entry without sorts already.
    const own = json(files.get('pagefind-entry.json'));
    const ownMeta = new Set(Object.values(own.languages).map(({ hash }) => `pagefind.${hash}.pf_meta`));
    for (const [file, bytes] of files) {
      if (
        file === relevanceEntry ||
        file === relevanceScript ||
        file === relevanceWorker ||
        (file.endsWith('.pf_meta') && !ownMeta.has(file))
      )
        continue;
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), bytes);
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes the entry, its metadata and script beside the bundle’s own, which keeps its sorts', async () => {
    const before = readdirSync(dir).filter((file) => file.endsWith('.pf_meta'));
    const fragments = readdirSync(path.join(dir, 'fragment')).sort();
    const originals = new Map(
      fragments.map((file) => [file.replace('.pf_fragment', ''), readFileSync(path.join(dir, 'fragment', file))]),
    );
    const pagefindMeta = metaOf(
      new Map(before.map((file) => [file, readFileSync(path.join(dir, file))])),
      json(readFileSync(path.join(dir, 'pagefind-entry.json'))),
    )[0]!;
    await writeRelevanceBundle(dir);
    const after = readdirSync(dir).filter((file) => file.endsWith('.pf_meta'));
    expect(after.length).toBe(before.length * 2);
    expect(readdirSync(dir)).toEqual(expect.arrayContaining([relevanceEntry, relevanceScript, relevanceWorker]));
    const own = json(readFileSync(path.join(dir, 'pagefind-entry.json')));
    const [ownMeta] = Object.values(own.languages).map(
      ({ hash }) => decode(cbor(readFileSync(path.join(dir, `pagefind.${hash}.pf_meta`)))) as unknown[],
    );
    expect((ownMeta![4] as unknown[]).length).toBe(2);
    // The fragments renamed, each page's in both entries' metadata, with its bytes unchanged.
    const pages = ownMeta![1] as [string, ...unknown[]][];
    const [relevanceMeta] = metaOf(
      new Map(after.map((file) => [file, readFileSync(path.join(dir, file))])),
      json(readFileSync(path.join(dir, relevanceEntry))),
    );
    expect(relevanceMeta![1]).toEqual(pages);
    const renamed = readdirSync(path.join(dir, 'fragment')).sort();
    expect(renamed).toEqual(pages.map(([name]) => `${name}.pf_fragment`).sort());
    expect(renamed.length).toBe(fragments.length);
    expect(pages.map(([name]) => name)).toEqual(
      pages.map((_, page) => expect.stringMatching(new RegExp(`^en_[0-9a-f]{6}_${page.toString(36)}$`))),
    );
    // Everything of the metadata but the names is Pagefind's.
    expect(pages.map(([, words, ...rest]) => [words, ...rest])).toEqual(
      (pagefindMeta[1] as [string, number, ...unknown[]][]).map(([, words, ...rest]) => [rankedLength(words), ...rest]),
    );
    expect(ownMeta!.slice(2)).toEqual(pagefindMeta.slice(2));
    const byOldName = new Map((pagefindMeta[1] as [string][]).map(([name], page) => [name, pages[page]![0]]));
    // Each fragment as Pagefind wrote it but for the anchors no result uses (a case study's sources).
    for (const [from, to] of byOldName) {
      const read = (bytes: Uint8Array) =>
        JSON.parse(new TextDecoder().decode(cbor(bytes))) as { anchors: { element: string; id: string }[] };
      const before = read(originals.get(from)!);
      const after = read(readFileSync(path.join(dir, 'fragment', `${to}.pf_fragment`)));
      expect({ ...after, anchors: [] }).toEqual({ ...before, anchors: [] });
      expect(after.anchors).toEqual(
        before.anchors.filter(({ element, id }) => /^h\d$/.test(element) || id === 'search-only'),
      );
    }
  }, 60_000);
});
