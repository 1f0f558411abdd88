/**
 * Builds the search index after `astro build` (docs/public-interface.md §9): Pagefind indexes the built pages,
 * which carry `data-pagefind-body` only on case studies, and writes its bundle to `dist/pagefind/`,
 * served at `<base>pagefind/`. Search in `npm run dev` is `pagefind-dev.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { publishedFiles, publishedGuideSlugs } from '../content/library.ts';
import { contentRoot } from '../content/paths.ts';
import { searchIndexLanguage } from '../lib/search-record.ts';
import { writeRelevanceBundle } from './search-bundle.ts';

/** Throws when a Pagefind response lists errors, naming the step that failed. */
export function assertNoErrors<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`, { cause: response.errors });
  }
  return response;
}

export { spaceBlocks, spaceIndexedBlocks } from './indexed-text.ts';

/** The built case-study pages, for Pagefind's `addDirectory`: list pages under case-studies/ carry no `data-pagefind-body`, which Pagefind then leaves out. */
const caseStudyPagesGlob = 'case-studies/*/index.html';
/** The built guide pages (docs/public-interface.md §10), indexed without any case-study filter. */
const guidePagesGlob = 'guides/*/index.html';

/**
 * Indexes the case-study pages of the built site in `siteDir` and writes the bundle to
 * `<siteDir>/pagefind`. Pagefind reads the files itself, in parallel, as its command line does:
 * sending 10,000 pages through its Node API one message each took 12 s longer. Only case-study
 * pages are offered: Pagefind indexes every page when none carries `data-pagefind-body`, which
 * would put the home and list pages of a library without case studies into its search.
 */
export async function indexSite(
  siteDir: string,
  logger?: Pick<AstroIntegrationLogger, 'info'>,
): Promise<{ pageCount: number }> {
  const started = performance.now();
  const bundleDir = path.join(siteDir, 'pagefind');
  try {
    // One index language for every page: see `searchIndexLanguage`.
    const { index } = assertNoErrors('start', await pagefind.createIndex({ forceLanguage: searchIndexLanguage }));
    if (!index) throw new Error('Pagefind could not start: it returned no index');
    if (existsSync(path.join(siteDir, 'case-studies'))) {
      assertNoErrors(
        'index the case-study pages',
        await index.addDirectory({ path: siteDir, glob: caseStudyPagesGlob }),
      );
    }
    if (existsSync(path.join(siteDir, 'guides'))) {
      assertNoErrors('index the guide pages', await index.addDirectory({ path: siteDir, glob: guidePagesGlob }));
    }
    assertNoErrors('write the search index', await index.writeFiles({ outputPath: bundleDir }));
  } finally {
    await pagefind.close();
  }
  const pageCount = indexedPageCount(bundleDir);
  logger?.info(
    `Indexed ${pageCount} ${pageCount === 1 ? 'page' : 'pages'} in ${Math.round(performance.now() - started)} ms`,
  );
  // The entry without sorts for searches by best match, and the first files compressed again (issue 15).
  const bundled = performance.now();
  const { saved } = await writeRelevanceBundle(bundleDir);
  logger?.info(
    `Search bundle: entry without sorts for best-match searches, metadata and WebAssembly ${(saved / 1024).toFixed(1)} KB smaller (${Math.round(performance.now() - bundled)} ms)`,
  );
  return { pageCount };
}

/** The number of pages in a written bundle, over all its languages. */
function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Checks the index against the library: an empty index while case studies are published means the
 * case-study page lost its `data-pagefind-body`, and search would silently find nothing. Returns a
 * warning when the counts differ otherwise.
 */
export function checkIndexedCount(pageCount: number, published: number): string | undefined {
  if (published > 0 && pageCount === 0) {
    throw new Error(
      `The search index is empty although ${published} case ${published === 1 ? 'study is' : 'studies are'} published: the case-study page must mark its content with data-pagefind-body`,
    );
  }
  if (pageCount !== published) {
    return `The search index holds ${pageCount} pages but ${published} case studies are published; each published case-study page should carry data-pagefind-body`;
  }
  return undefined;
}

/**
 * Indexes the built site and, unless `checkCount` is false, warns when the index does not match
 * the library. The nothing-lost check, when it follows, makes the same check with the files it
 * reads anyway (see `cwb:nothing-lost`), so that a build reads each case study once after Astro's own steps.
 */
export async function writeIndex(
  siteDir: string,
  logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
  { checkCount = true } = {},
): Promise<void> {
  const { pageCount } = await indexSite(siteDir, logger);
  if (!checkCount) return;
  // Withdrawn case studies keep their pages but leave search; guides are in it.
  const root = contentRoot();
  const searchable = publishedFiles(root).filter((file) => !file.withdrawn).length;
  const warning = checkIndexedCount(pageCount, searchable + publishedGuideSlugs(root).length);
  if (warning) logger.warn(warning);
}

/**
 * True when `npm run build` (scripts/build.ts) writes the index once Astro has exited, and the
 * build's own hooks leave it alone. Pagefind's peak memory (about 3.5–4 GB for 10,000 case studies)
 * then no longer adds to what the Astro process still holds at the end of its build (3 GB).
 */
export const indexAfterAstro = () => process.env.CWB_SEARCH_INDEX === 'after-astro';

/** The index being written, when {@link pagefindWait} is there to wait for it. */
let indexing: Promise<void> | undefined;

/**
 * The Astro integration that writes the search index on `astro build` run by itself (`npm run build`
 * writes it after Astro has exited instead: {@link indexAfterAstro}). Pagefind indexes in a process
 * of its own, so when {@link pagefindWait} is listed after it, the build's next checks run meanwhile
 * (the link check, 8 s at 10,000 case studies, beside Pagefind's 24 s); without it, the index is
 * written before the next integration runs.
 */
export default function pagefindIntegration(): AstroIntegration {
  let inBackground = false;
  let countChecked = false;
  return {
    name: 'cwb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((integration) => integration.name);
        inBackground = names.indexOf('cwb:pagefind-wait') > names.indexOf('cwb:pagefind');
        countChecked = names.indexOf('cwb:nothing-lost') > names.indexOf('cwb:pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (indexAfterAstro()) {
          logger.info('The search index is written once Astro has exited');
          return;
        }
        const written = writeIndex(fileURLToPath(dir), logger, { checkCount: !countChecked });
        if (!inBackground) return written;
        // Awaited by pagefindWait, which fails the build if it failed; until then, not unhandled.
        written.catch(() => undefined);
        indexing = written;
      },
    },
  };
}

/** Waits for the index that {@link pagefindIntegration} started: list it after the checks that may run meanwhile. */
export function pagefindWait(): AstroIntegration {
  return {
    name: 'cwb:pagefind-wait',
    hooks: {
      'astro:build:done': async () => {
        const written = indexing;
        indexing = undefined;
        await written;
      },
    },
  };
}
