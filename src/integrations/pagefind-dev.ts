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
import { guideSearchRecord, searchIndexLanguage, searchRecord } from '../lib/search-record.ts';
import { readCaseStudies, readGuides } from '../content/library.ts';
import { isWithdrawn } from '../lib/still-true.ts';
import { contentRoot } from '../content/paths.ts';
import { watchLibrary } from '../content/watch.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import { assertNoErrors } from './pagefind.ts';
import type { DevBundleAnswer, DevBundleRequest } from './pagefind-dev-worker.ts';
import { relevanceFiles, zlibBest } from './search-bundle.ts';
import { readRecordCache, recordCacheFile, writeRecordCache, type RecordCache } from './dev-search-cache.ts';
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
 * Builds an in-memory Pagefind bundle of the case studies and guides under `root`, drafts included
 * unless `includeDrafts` is false (the relevance table searches what the built site publishes).
 * Returns its files and the lines for files it could not read.
 */
export async function buildDevBundle(
  root: string,
  { includeDrafts = true } = {},
): Promise<{ files: BundleFiles; count: number; problems: string[] }> {
  // Fresh, not the per-process cache: a vocabulary may have been edited since the server started.
  const taxonomy = loadTaxonomy(root, { fresh: true });
  const read = readCaseStudies(root, taxonomy, { includeDrafts });
  // Withdrawn case studies keep their pages but leave search (docs/public-interface.md §11), as in the built index.
  const { problems } = read;
  const entries = read.entries.filter((entry) => !isWithdrawn(entry.data));
  const { index } = assertNoErrors('start', await pagefind.createIndex({ forceLanguage: searchIndexLanguage }));
  if (!index) throw new Error('Pagefind could not start: it returned no index');
  try {
    const { file: cacheFile, cache: recordCache } = recordCacheOf(root);
    const vocabularies = JSON.stringify(taxonomy);
    if (vocabularies !== recordCache.vocabularies) recordCache.records.clear();
    recordCache.vocabularies = vocabularies;
    const current = new Set(entries.map((entry) => entry.slug));
    let removedAny = false;
    for (const slug of recordCache.records.keys()) {
      if (current.has(slug)) continue;
      recordCache.records.delete(slug);
      removedAny = true;
    }
    let made = 0;
    for (const entry of entries) {
      // Turning the text into the record's (Markdown parsed) is most of this function's own time:
      // a case study unchanged since the last bundle (or the last dev server's) keeps its record.
      const source = sha256(JSON.stringify([entry.data, entry.body]));
      const kept = recordCache.records.get(entry.slug);
      let record = kept?.record;
      if (kept?.source !== source) {
        record = searchRecord(entry.slug, entry.data, entry.body, taxonomy);
        recordCache.records.set(entry.slug, { source, record });
        made++;
      }
      assertNoErrors(`index ${entry.slug}`, await index.addCustomRecord(record!));
    }
    if (made > 0 || removedAny) writeRecordCache(cacheFile, recordCache);
    // The guides, apart from the case studies, as the built index has them (docs/public-interface.md §10).
    const guides = readGuides(root, taxonomy, { includeDrafts });
    problems.push(...guides.problems);
    for (const guide of guides.entries)
      assertNoErrors(
        `index the guide ${guide.slug}`,
        await index.addCustomRecord(guideSearchRecord(guide.slug, guide.data, guide.body)),
      );
    const { files } = assertNoErrors('write the search index', await index.getFiles());
    const bundle: BundleFiles = new Map(files.map((file) => [file.path.replace(/^\/+/, ''), file.content]));
    // The entry without sorts the search page reads for searches by best match, as the build writes it.
    for (const [file, bytes] of await relevanceFiles((file) => bundle.get(file), zlibBest, { recompress: false }))
      bundle.set(file, bytes);
    return {
      files: bundle,
      count: entries.length,
      problems,
    };
  } finally {
    await index.deleteIndex();
  }
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
  bundle: () => Promise<BundleFiles | undefined>,
): Connect.NextHandleFunction {
  const prefixes = [`${base.replace(/\/?$/, '/')}pagefind/`, '/pagefind/'];
  return (req, res, next) => {
    const pathname = (req.url ?? '').split('?')[0] ?? '';
    const prefix = prefixes.find((candidate) => pathname.startsWith(candidate));
    if (!prefix) return next();
    bundle().then((files) => {
      if (!files) return next();
      const content = files.get(pathname.slice(prefix.length));
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
 * Bundles built on a thread of their own (`pagefind-dev-worker.ts`), one at a time, so that the
 * dev server answers pages while the index is built: on its own thread the index held up the
 * first pages by seconds at 1,000 case studies.
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
  return {
    build(root: string): Promise<Awaited<ReturnType<typeof buildDevBundle>>> {
      worker ??= start();
      const request: DevBundleRequest = { id: next++, root };
      const answered = new Promise<DevBundleAnswer>((resolve, reject) => waiting.set(request.id, { resolve, reject }));
      worker.postMessage(request);
      return answered.then((answer) => {
        if (!answer.ok) throw new Error(answer.error);
        return { files: new Map(answer.files), count: answer.count, problems: answer.problems };
      });
    },
    close() {
      worker?.postMessage('close');
      worker = undefined;
    },
  };
}

/** Rebuilds the bundle, replacing the served files only when the new bundle is complete. */
function createDevIndex(root: string, logger: AstroIntegrationLogger, reload: () => void) {
  let files: BundleFiles | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  const thread = devBundleWorker();

  const build = async (): Promise<void> => {
    const started = performance.now();
    try {
      const result = await thread.build(root);
      const firstBuild = files === undefined;
      files = result.files;
      for (const problem of result.problems) logger.warn(`Not searchable until fixed: ${problem}`);
      logger.info(`Search index: ${result.count} case studies in ${Math.round(performance.now() - started)} ms`);
      // A search page already open holds the old index; reload it so results stay true.
      if (!firstBuild) reload();
    } catch (error) {
      logger.error(`Search index not rebuilt: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const rebuild = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await build();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  // Until the first index is ready, requests for it wait rather than miss.
  const current = async () => files ?? (running ? (await running, files) : files);

  return { rebuild, files: current, close: () => thread.close() };
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
