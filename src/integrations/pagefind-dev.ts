/**
 * Search in `npm run dev` (docs/public-interface.md §1): the dev server renders pages on request, so there is no
 * built site to index. Instead this builds a Pagefind index in memory from the case-study files,
 * with the same filters, meta and sorts as the built pages (`src/lib/search-record.ts`), drafts
 * included, and serves its files at `<base>pagefind/`. It rebuilds when a case study or a
 * vocabulary changes.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { Connect, ViteDevServer } from 'vite';
import { guideSearchRecord, searchIndexLanguage, searchRecord, type SearchRecord } from '../lib/search-record.ts';
import { readCaseStudies, readGuides, type ReadMemo } from '../content/library.ts';
import { isWithdrawn } from '../lib/still-true.ts';
import { contentRoot } from '../content/paths.ts';
import { watchLibrary } from '../content/watch.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import { assertNoErrors } from './pagefind.ts';
import type { DevBundleAnswer, DevBundleRequest } from './pagefind-dev-worker.ts';
import { relevanceFiles, zlibBest } from './search-bundle.ts';
import {
  bundleCacheFile,
  readBundleCache,
  readRecordCache,
  recordCacheFile,
  writeBundleCache,
  writeRecordCache,
  type BundleCache,
  type RecordCache,
} from './dev-search-cache.ts';
import { sha256 } from '../validate/cache.ts';

/** The files of a Pagefind bundle by path inside it, such as `pagefind.js` or `fragment/en_1.pf_fragment`. */
export type BundleFiles = Map<string, Uint8Array>;

/** The search records of the last bundle of each library (by its root), read from disk at the first bundle. */
const recordCaches = new Map<string, { file: string | undefined; cache: RecordCache }>();

function recordCacheOf(root: string): { file: string | undefined; cache: RecordCache } {
  let found = recordCaches.get(root);
  if (!found) {
    const file = recordCacheFile(root);
    found = { file, cache: readRecordCache(file) ?? { vocabularies: '', records: new Map() } };
    recordCaches.set(root, found);
  }
  return found;
}

/**
 * The bundles last made of each library (by its root), by the digest of their records, read from
 * disk at the first bundle: a part or whole index whose records are unchanged since the last
 * server's is served from here without indexing it again. Only the bundles last made are kept.
 */
const bundleCaches = new Map<
  string,
  { file: string | undefined; cache: BundleCache; shards?: string[]; full?: string[] }
>();

function bundleCacheOf(root: string) {
  let found = bundleCaches.get(root);
  if (!found) {
    const file = bundleCacheFile(root);
    found = { file, cache: readBundleCache(file) ?? new Map() };
    bundleCaches.set(root, found);
  }
  return found;
}

/**
 * The bundles `wanted` of one kind (the parts, or the whole index), each from the bundle cache when
 * it holds one of that digest, else made, or left undefined where there is no `make` (a part the
 * page already has); the cache then keeps these and the other kind's last ones (serialising and
 * writing it is about 40 ms at 1,000 case studies, on the index's thread).
 */
async function cachedBundles(
  root: string,
  kind: 'shards' | 'full',
  wanted: readonly { key: string; make?: () => Promise<BundleFiles> }[],
): Promise<(BundleFiles | undefined)[]> {
  const kept = bundleCacheOf(root);
  let changed = false;
  const bundles: (BundleFiles | undefined)[] = [];
  for (const { key, make } of wanted) {
    const id = `${kind}:${key}`;
    let files = kept.cache.get(id);
    if (!files && make) {
      files = await make();
      kept.cache.set(id, files);
      changed = true;
    }
    bundles.push(files);
  }
  kept[kind] = wanted.map(({ key }) => `${kind}:${key}`);
  // The other kind's last bundles (all of them until this process has made that kind).
  const keep = new Set([...(kept.shards ?? []), ...(kept.full ?? [])]);
  for (const id of kept.cache.keys()) {
    const other = !id.startsWith(`${kind}:`) && !kept[kind === 'shards' ? 'full' : 'shards'];
    if (keep.has(id) || other) continue;
    kept.cache.delete(id);
    changed = true;
  }
  if (changed) writeSoon(`bundles ${root}`, () => writeBundleCache(kept.file, kept.cache));
  return bundles;
}

/**
 * What was read of each library's files (by its root) for the vocabularies it was read with: an
 * edit makes the next index read and check only the files that changed (parsing and checking all
 * 1,000 took about a second of the edit's search entry).
 */
const readMemos = new Map<string, { vocabularies: string; caseStudies: ReadMemo; guides: ReadMemo }>();

function readMemoOf(root: string, vocabularies: string) {
  let found = readMemos.get(root);
  if (found?.vocabularies !== vocabularies) {
    found = { vocabularies, caseStudies: new Map(), guides: new Map() };
    readMemos.set(root, found);
  }
  return found;
}

/**
 * The cache files to write, each once the index at hand has been answered (`setImmediate`): at
 * 1,000 case studies writing them takes 50-150 ms, which held up an edit's search entry. Each writes
 * its cache as it is then; several asks before it runs make one write.
 */
const pendingWrites = new Map<string, () => void>();

function writeSoon(key: string, write: () => void): void {
  if (!pendingWrites.has(key))
    setImmediate(() => {
      const pending = pendingWrites.get(key);
      pendingWrites.delete(key);
      pending?.();
    });
  pendingWrites.set(key, write);
}

/** Writes the cache files still to write now (before the index's thread closes). */
export function flushCacheWrites(): void {
  for (const [key, write] of pendingWrites) {
    pendingWrites.delete(key);
    write();
  }
}

type GuideRecord = ReturnType<typeof guideSearchRecord>;

/** A record to index, named for Pagefind's errors, with a digest of what it was made from. */
interface NamedRecord {
  record: SearchRecord | GuideRecord;
  name: string;
  source: string;
}

/** The guides' records as {@link NamedRecord}s (a guide's source is its record: they are not cached). */
const guideRecordsOf = (library: LibraryRecords): NamedRecord[] =>
  library.guides.map((record) => ({ record, name: `the guide ${record.url}`, source: sha256(JSON.stringify(record)) }));

/** The digest a bundle of `records` is known by: `prefix`, then each record's name and source. */
const bundleKey = (prefix: string, records: readonly NamedRecord[]) =>
  sha256(`${prefix}\0${records.map(({ name, source }) => `${name}\0${source}`).join('\0')}`);

/** The search records of a library, read through its record cache, and the files it could not read. */
interface LibraryRecords {
  /** Each published (or draft) case study's record, with the SHA-256 of what it was made from. */
  caseStudies: { slug: string; source: string; record: SearchRecord }[];
  guides: GuideRecord[];
  /** A digest of the vocabularies, which every record depends on. */
  vocabularies: string;
  problems: string[];
}

function readLibraryRecords(root: string, includeDrafts: boolean): LibraryRecords {
  // Fresh, not the per-process cache: a vocabulary may have been edited since the server started.
  const taxonomy = loadTaxonomy(root, { fresh: true });
  const vocabularies = JSON.stringify(taxonomy);
  const memo = readMemoOf(root, vocabularies);
  const read = readCaseStudies(root, taxonomy, { includeDrafts, memo: memo.caseStudies });
  // Withdrawn case studies keep their pages but leave search (docs/public-interface.md §11), as in the built index.
  const problems = [...read.problems];
  const entries = read.entries.filter((entry) => !isWithdrawn(entry.data));
  const { file: cacheFile, cache: recordCache } = recordCacheOf(root);
  if (vocabularies !== recordCache.vocabularies) recordCache.records.clear();
  recordCache.vocabularies = vocabularies;
  const current = new Set(entries.map((entry) => entry.slug));
  let changed = false;
  for (const slug of recordCache.records.keys()) {
    if (current.has(slug)) continue;
    recordCache.records.delete(slug);
    changed = true;
  }
  const caseStudies = entries.map((entry) => {
    // Turning the text into the record's (Markdown parsed) is most of this function's own time:
    // a case study unchanged since the last bundle (or the last dev server's) keeps its record.
    const source = sha256(JSON.stringify([entry.data, entry.body]));
    const kept = recordCache.records.get(entry.slug);
    if (kept?.source === source) return { slug: entry.slug, source, record: kept.record };
    const record = searchRecord(entry.slug, entry.data, entry.body, taxonomy);
    recordCache.records.set(entry.slug, { source, record });
    changed = true;
    return { slug: entry.slug, source, record };
  });
  if (changed) writeSoon(`records ${root}`, () => writeRecordCache(cacheFile, recordCache));
  // The guides, apart from the case studies, as the built index has them (docs/public-interface.md §10).
  const guides = readGuides(root, taxonomy, { includeDrafts, memo: memo.guides });
  problems.push(...guides.problems);
  return {
    caseStudies,
    guides: guides.entries.map((guide) => guideSearchRecord(guide.slug, guide.data, guide.body)),
    vocabularies: sha256(vocabularies),
    problems,
  };
}

/** A Pagefind bundle of `records`, with the entry without sorts that the search page reads for searches by best match. */
async function bundleOf(
  records: readonly { record: SearchRecord | GuideRecord; name: string }[],
): Promise<BundleFiles> {
  const { index } = assertNoErrors('start', await pagefind.createIndex({ forceLanguage: searchIndexLanguage }));
  if (!index) throw new Error('Pagefind could not start: it returned no index');
  try {
    for (const { record, name } of records) assertNoErrors(`index ${name}`, await index.addCustomRecord(record));
    const { files } = assertNoErrors('write the search index', await index.getFiles());
    const bundle: BundleFiles = new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    for (const [file, bytes] of await relevanceFiles((file) => bundle.get(file), zlibBest, { recompress: false }))
      bundle.set(file, bytes);
    return bundle;
  } finally {
    await index.deleteIndex();
  }
}

/**
 * Builds an in-memory Pagefind bundle of the case studies and guides under `root`, drafts included
 * unless `includeDrafts` is false (the relevance table searches what the built site publishes).
 * Returns its files and the lines for files it could not read.
 */
export async function buildDevBundle(
  root: string,
  { includeDrafts = true } = {},
): Promise<{ files: BundleFiles; count: number; problems: string[] }> {
  const library = readLibraryRecords(root, includeDrafts);
  const records: NamedRecord[] = [
    ...library.caseStudies.map(({ slug, source, record }) => ({ record, name: slug, source })),
    ...guideRecordsOf(library),
  ];
  const key = bundleKey(`${includeDrafts}\0${library.vocabularies}`, records);
  const [files] = await cachedBundles(root, 'full', [{ key, make: () => bundleOf(records) }]);
  return { files: files!, count: library.caseStudies.length, problems: library.problems };
}

/**
 * About how many case studies each part of the dev index holds: Pagefind indexes one part in a
 * fraction of a second. `CWB_DEV_SEARCH_PART_SIZE` changes it (the browser tests split the sample
 * library into several parts).
 */
export const devShardSize = Number(process.env.CWB_DEV_SEARCH_PART_SIZE) || 100;

/** The part of the dev index a case study is in: a hash of its slug, so that it stays there while the server runs. */
export function shardOf(slug: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < slug.length; i++) hash = Math.imul(hash ^ slug.charCodeAt(i), 16777619);
  return (hash >>> 0) % shards;
}

/** One part of the dev index: a digest of what it holds, and its files when they were (re)built. */
export interface DevShard {
  key: string;
  files?: BundleFiles;
}

/**
 * The dev index in parts (issue 18: an edit's search entry current within a second), each a
 * Pagefind bundle that the search page merges (Pagefind's `mergeIndex`): after an edit only the
 * part holding the edited case study is indexed again. `previous` are the keys of the parts last
 * built; a part whose key is unchanged comes back without files. The guides are in part 0.
 */
export async function buildDevShards(
  root: string,
  previous: readonly string[] = [],
): Promise<{ shards: DevShard[]; count: number; problems: string[] }> {
  const library = readLibraryRecords(root, true);
  const count = previous.length || Math.max(1, Math.ceil(library.caseStudies.length / devShardSize));
  const parts = Array.from({ length: count }, () => [] as NamedRecord[]);
  for (const { slug, source, record } of library.caseStudies)
    parts[shardOf(slug, count)]!.push({ record, name: slug, source });
  parts[0]!.push(...guideRecordsOf(library));
  const keys = parts.map((part) => bundleKey(library.vocabularies, part));
  // A part the page already has (its key unchanged) is not indexed again, cached or not.
  const bundles = await cachedBundles(
    root,
    'shards',
    parts.map((part, i) => ({ key: keys[i]!, make: previous[i] === keys[i] ? undefined : () => bundleOf(part) })),
  );
  const shards: DevShard[] = keys.map((key, i) => (previous[i] === key ? { key } : { key, files: bundles[i] }));
  return { shards, count: library.caseStudies.length, problems: library.problems };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A Connect middleware answering `<base>pagefind/<file>` from the current bundle. */
export function bundleMiddleware(
  base: string,
  bundle: () => Promise<BundleLookup | undefined>,
): Connect.NextHandleFunction {
  const prefixes = [`${base.replace(/\/?$/, '/')}pagefind/`, '/pagefind/'];
  return (req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    if (!prefix) return next();
    bundle().then(async (files) => {
      if (!files) return next();
      const content = await files.get(pathname.slice(prefix.length));
      if (!content) {
        res.statusCode = 404;
        res.end('Not in the search index');
        return;
      }
      res.statusCode = 200;
      res.setHeader('Content-Type', contentTypes[path.extname(pathname)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
      res.end(content);
    }, next);
  };
}

/**
 * Bundles built on a thread of their own (`pagefind-dev-worker.ts`), so that the dev server answers
 * pages while the index is built: on its own thread the index held up the first pages by seconds
 * at 1,000 case studies.
 */
function devBundleWorker() {
  let worker: Worker | undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (answer: DevBundleAnswer) => void; reject: (error: Error) => void }>();
  const start = () => {
    const started = new Worker(new URL('./pagefind-dev-worker.ts', import.meta.url));
    started.unref();
    started.on('message', (answer: DevBundleAnswer) => {
      waiting.get(answer.id)?.resolve(answer);
      waiting.delete(answer.id);
    });
    const fail = (error: Error) => {
      worker = undefined;
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`the search index's thread stopped (exit code ${code})`)));
    return started;
  };
  const ask = (request: DevBundleRequest): Promise<DevBundleAnswer & { ok: true }> => {
    worker ??= start();
    const answered = new Promise<DevBundleAnswer>((resolve, reject) => waiting.set(request.id, { resolve, reject }));
    worker.postMessage(request);
    return answered.then((answer) => {
      if (!answer.ok) throw new Error(answer.error);
      return answer;
    });
  };
  return {
    async shards(root: string, previous: string[]) {
      const answer = await ask({ id: next++, root, kind: 'shards', previous });
      if (answer.kind !== 'shards') throw new Error('the search index thread answered with the wrong kind of index');
      return { ...answer, shards: answer.shards.map(({ key, files }) => ({ key, files: files && new Map(files) })) };
    },
    async full(root: string) {
      const answer = await ask({ id: next++, root, kind: 'full' });
      if (answer.kind !== 'full') throw new Error('the search index thread answered with the wrong kind of index');
      return new Map(answer.files);
    },
    close() {
      worker?.postMessage('close');
      worker = undefined;
    },
  };
}

/**
 * `task` run one at a time: asked for while it runs, it runs once more when it ends (any number of
 * asks in between make one run), then `after`. `running` is the current run, if any.
 */
function coalescing(task: () => Promise<void>, after?: () => void) {
  let again = false;
  const start = (): Promise<void> => {
    if (start.running) {
      again = true;
      return start.running;
    }
    start.running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => {
      start.running = undefined;
      after?.();
    });
    return start.running;
  };
  start.running = undefined as Promise<void> | undefined;
  return start;
}

/** The files the search page may ask `<base>pagefind/` for, by their path under it. */
export interface BundleLookup {
  get(file: string): Uint8Array | undefined | Promise<Uint8Array | undefined>;
}

/** The list of the parts the search page merges into the first (src/client/search.ts, in dev only). */
export const devShardsFile = 'dev-shards.json';

/**
 * The dev index: its parts (searches by best match, current within about a second of an edit),
 * and the whole index with its sort orders (searches in another order, and Pagefind's own entry),
 * built after the parts and current a few seconds later. Served files are replaced only by
 * complete new ones.
 */
function createDevIndex(root: string, logger: AstroIntegrationLogger, reload: () => void) {
  let shards: { key: string; files: BundleFiles }[] | undefined;
  let full: BundleFiles | undefined;
  const thread = devBundleWorker();

  const buildShards = async (): Promise<void> => {
    const started = performance.now();
    try {
      const result = await thread.shards(root, shards?.map(({ key }) => key) ?? []);
      const firstBuild = shards === undefined;
      const previous = shards;
      shards = result.shards.map(({ key, files }, i) => ({ key, files: files ?? previous![i]!.files }));
      const indexed = result.shards.filter(({ files }) => files).length;
      for (const problem of result.problems) logger.warn(`Not searchable until fixed: ${problem}`);
      logger.info(
        `Search index: ${result.count} case studies in ${Math.round(performance.now() - started)} ms (${indexed} of ${shards.length} parts indexed)`,
      );
      // A search page already open holds the old index; reload it so results stay true.
      if (!firstBuild) reload();
    } catch (error) {
      logger.error(`Search index not rebuilt: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  // The whole index after every round of parts: Pagefind merges parts by score, losing a date order.
  const buildFull = coalescing(async () => {
    try {
      full = await thread.full(root);
    } catch (error) {
      logger.error(`Search index in date order not rebuilt: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  const rebuild = coalescing(buildShards, () => void buildFull());

  const lookup: BundleLookup = {
    async get(file) {
      // Until the first index is ready, requests for it wait rather than miss.
      if (!shards) await rebuild.running;
      if (!shards) return undefined;
      if (file === devShardsFile)
        return new TextEncoder().encode(JSON.stringify(shards.slice(1).map((_, i) => `shard-${i + 1}`)));
      const part = /^shard-(\d+)\/(.+)$/.exec(file);
      if (part) return shards[Number(part[1])]?.files.get(part[2]!);
      // Pagefind's own entry is the whole index's (with the sort orders); any other file of the
      // first part is the same in the whole index (Pagefind names its files by their contents).
      const first = file === 'pagefind-entry.json' ? undefined : shards[0]!.files.get(file);
      if (first) return first;
      if (!full) await buildFull.running;
      return full?.get(file);
    },
  };

  return { rebuild, files: async () => lookup, close: () => thread.close() };
}

/** The Astro integration that serves a live search index from `npm run dev`. */
export default function pagefindDevIntegration(): AstroIntegration {
  let base = '/';
  let command: string | undefined;
  let index: ReturnType<typeof createDevIndex> | undefined;
  let server: ViteDevServer | undefined;
  let closeIndex: (() => void) | undefined;
  return {
    name: 'cwb:pagefind-dev',
    hooks: {
      'astro:config:setup': ({ command: running }) => {
        command = running;
      },
      // Started as soon as the dev server's configuration is known, not once its server is set up
      // (seconds later at 1,000 case studies): the index is built on its own thread meanwhile.
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        if (command !== 'dev') return;
        index = createDevIndex(contentRoot(), logger, () => server?.ws.send({ type: 'full-reload', path: '*' }));
        closeIndex = index.close;
        void index.rebuild();
      },
      'astro:server:setup': ({ server: started }) => {
        if (!index) return;
        server = started;
        const current = index;
        server.middlewares.use(bundleMiddleware(base, current.files));
        watchLibrary(server.watcher, contentRoot(), () => void current.rebuild());
      },
      // Pagefind runs in the index's thread only, which closes it.
      'astro:server:done': () => {
        closeIndex?.();
      },
    },
  };
}
