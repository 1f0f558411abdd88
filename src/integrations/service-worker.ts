/**
 * Writes the service worker, `<base>sw.js` (docs/public-interface.md §8, offline), once the search
 * index is written: Workbox's injectManifest lists the shell to precache, Pagefind's runtime
 * included, with a revision for each file, into the worker that esbuild bundles from
 * src/client/service-worker/sw.ts. `npm run build` calls it after Pagefind (after-astro.ts);
 * `astro build` on its own, from this integration after the index.
 *
 * Why Workbox's build step and not @vite-pwa/astro: that plugin writes the worker inside Astro's
 * build, before Pagefind has indexed the pages, so Pagefind's files could not be in its precache;
 * and it bundles the same Workbox modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { getManifest, injectManifest } from 'workbox-build';
import { indexAfterAstro } from './pagefind.ts';

/** The service worker's file name, at the root of the built site (its scope is the whole site). */
export const serviceWorkerFile = 'sw.js';
/** The offline page of each interface language, as the worker finds it in its precache (relative to the worker). */
export const offlinePages = { en: 'offline/index.html', cy: 'cy/offline/index.html' };

/**
 * The site's shell, precached by every reader's worker: what any kept page needs (style sheets,
 * scripts), the pages to fall back on (offline, not found, the home pages for an installed app),
 * the search page with Pagefind's runtime, the icons and manifests. Not the contribution form's
 * script (its form needs a connection to send anything), not the pictures of every case study, nor
 * the search index's chunks, which the worker keeps as they are fetched.
 */
export const shellPatterns = [
  '_astro/*.css',
  '_astro/*.js',
  offlinePages.en,
  offlinePages.cy,
  '404.html',
  'index.html',
  'cy/index.html',
  'search/index.html',
  'cy/search/index.html',
  'selection/index.html',
  'cy/selection/index.html',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
  'cy/manifest.webmanifest',
  'pagefind/pagefind.js',
  'pagefind/pagefind-relevance.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-relevance-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
];
export const shellIgnores = ['_astro/*ontribute*'];

/**
 * Pagefind's WebAssembly files that no language of the built index reads (`wasm.unknown.pagefind`,
 * written whatever the pages' languages, when the index is in English only): 54 KB of every
 * reader's first visit that no search would use.
 */
export function unreadWasm(siteDir: string): string[] {
  const entryFile = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) return [];
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm?: string | null }> };
  const read = new Set(Object.values(entry.languages).map(({ wasm }) => `wasm.${wasm ?? 'unknown'}.pagefind`));
  return readdirSync(path.join(siteDir, 'pagefind'))
    .filter((file) => /^wasm\..+\.pagefind$/.test(file) && !read.has(file))
    .map((file) => `pagefind/${file}`);
}

/** What was written: the worker's size and how many files, of how many bytes, it precaches. */
export interface ServiceWorkerBuild {
  bytes: number;
  precached: number;
  precachedBytes: number;
  buildId: string;
  warnings: string[];
}

/**
 * Bundles the worker and writes it with its precache list into `siteDir`. Its build id, the name
 * of its caches, is a digest of the precache list and of every case-study page, so that any change
 * a reader could have kept makes a new worker, which fetches the selection afresh.
 */
export async function writeServiceWorker(siteDir: string): Promise<ServiceWorkerBuild> {
  const source = fileURLToPath(new URL('../client/service-worker/sw.ts', import.meta.url));
  const bundled = path.join(siteDir, 'sw.source.js');
  const swDest = path.join(siteDir, serviceWorkerFile);
  const placeholder = 'cwb-build-id-placeholder';
  await build({
    entryPoints: [source],
    outfile: bundled,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      CWB_BUILD_ID: JSON.stringify(placeholder),
      CWB_OFFLINE_PAGES: JSON.stringify(offlinePages),
      'process.env.NODE_ENV': '"production"',
    },
  });
  try {
    const result = await injectManifest({
      swSrc: bundled,
      swDest,
      globDirectory: siteDir,
      // A page a build does not have (the selection's, before it lands) is no reason to warn.
      globPatterns: shellPatterns.filter((pattern) => pattern.includes('*') || existsSync(path.join(siteDir, pattern))),
      globIgnores: [...shellIgnores, ...unreadWasm(siteDir)],
      // The hashed names under _astro/ are their own revision.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    });
    const pages = await getManifest({
      globDirectory: siteDir,
      globPatterns: ['case-studies/*/index.html'],
      maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    });
    const worker = readFileSync(swDest, 'utf8');
    const buildId = createHash('sha256')
      .update(worker)
      .update(JSON.stringify(pages.manifestEntries))
      .digest('hex')
      .slice(0, 16);
    if (!worker.includes(placeholder)) throw new Error(`${swDest} lost its build id placeholder`);
    const finished = worker.replaceAll(placeholder, buildId);
    writeFileSync(swDest, finished);
    return {
      bytes: Buffer.byteLength(finished),
      precached: result.count,
      precachedBytes: result.size,
      buildId,
      warnings: result.warnings,
    };
  } finally {
    rmSync(bundled, { force: true });
  }
}

/** Logs what {@link writeServiceWorker} wrote. */
export async function writeServiceWorkerLogged(
  siteDir: string,
  logger: { info(message: string): void; warn(message: string): void },
): Promise<void> {
  if (!existsSync(path.join(siteDir, 'index.html'))) return;
  const started = performance.now();
  const written = await writeServiceWorker(siteDir);
  for (const warning of written.warnings) logger.warn(warning);
  logger.info(
    `Service worker ${serviceWorkerFile} (${(written.bytes / 1024).toFixed(1)} KB) precaches ${written.precached} files, ${(written.precachedBytes / 1024).toFixed(0)} KB (${Math.round(performance.now() - started)} ms)`,
  );
}

/** On `astro build` run by itself, writes the worker after the search index (list it after `pagefindWait`). */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'cwb:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (indexAfterAstro()) return;
        await writeServiceWorkerLogged(fileURLToPath(dir), logger);
      },
    },
  };
}
