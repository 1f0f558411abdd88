/**
 * Builds the search index after `astro build` (contract §9): Pagefind indexes the built pages,
 * which carry `data-pagefind-body` only on case studies, and writes its bundle to `dist/pagefind/`,
 * served at `<base>pagefind/`. Search in `npm run dev` is `pagefind-dev.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { searchIndexLanguage } from '../lib/search-record.ts';
import { contentRoot, loadTaxonomy } from '../schema/load-taxonomy.ts';
import { readCaseStudies } from './pagefind-content.ts';

/** Throws when a Pagefind response lists errors, naming the step that failed. */
export function assertNoErrors<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`, { cause: response.errors });
  }
  return response;
}

/**
 * Elements that end a line of text when shown but that Pagefind joins to their neighbours' words:
 * it separates only `h1`–`h6`, `p`, `td`, `div`, `ul`, `li`, `article` and `section`
 * (`SENTENCE_SELECTORS` in pagefind/src/fossick/parser.rs), and Astro's `compressHTML` removes the
 * whitespace between tags. Without a space "Real Living Wage" in a `<dt>` and "Paying the…" in its
 * `<dd>` become one word "WagePaying", which no search finds and every excerpt shows.
 */
const blockTag =
  /<\/?(?:address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|hgroup|hr|legend|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>])[^>]*>/gi;

/**
 * The page as Pagefind should read it: a space before every block-level element and after its end,
 * outside the element, so that Pagefind still ends a paragraph's sentence with a full stop.
 */
export const spaceBlocks = (html: string) => html.replace(blockTag, (tag) => (tag.startsWith('</') ? `${tag} ` : ` ${tag}`));

/**
 * The case-study pages of a built site, by URL path without the base. Only they are offered to
 * Pagefind: it indexes every page when none carries `data-pagefind-body`, which would put the home
 * and list pages of a library without case studies into its search.
 */
function caseStudyPages(siteDir: string): { url: string; file: string }[] {
  const dir = path.join(siteDir, 'case-studies');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'index.html')))
    .map((entry) => ({ url: `/case-studies/${entry.name}/`, file: path.join(dir, entry.name, 'index.html') }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** The number of pages in a written bundle, over all its languages. */
function indexedPageCount(bundleDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Indexes the case-study pages of the built site in `siteDir` and writes the bundle to `<siteDir>/pagefind`. */
export async function indexSite(siteDir: string, logger?: AstroIntegrationLogger): Promise<{ pageCount: number }> {
  const started = performance.now();
  const bundleDir = path.join(siteDir, 'pagefind');
  try {
    // One index language for every page: see `searchIndexLanguage`.
    const { index } = assertNoErrors('start', await pagefind.createIndex({ forceLanguage: searchIndexLanguage }));
    if (!index) throw new Error('Pagefind could not start: it returned no index');
    // A few pages in flight at once, so that reading the next file overlaps Pagefind's parsing.
    const pages = caseStudyPages(siteDir);
    let next = 0;
    const worker = async () => {
      for (let page = pages[next++]; page; page = pages[next++]) {
        const html = readFileSync(page.file, 'utf8');
        // List pages under case-studies/ (by year, page 2, …) are not case studies.
        if (!html.includes('data-pagefind-body')) continue;
        assertNoErrors(`index ${page.url}`, await index.addHTMLFile({ url: page.url, content: spaceBlocks(html) }));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    assertNoErrors('write the search index', await index.writeFiles({ outputPath: bundleDir }));
  } finally {
    await pagefind.close();
  }
  const pageCount = indexedPageCount(bundleDir);
  logger?.info(`Indexed ${pageCount} ${pageCount === 1 ? 'page' : 'pages'} in ${Math.round(performance.now() - started)} ms`);
  return { pageCount };
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

/** Indexes the built site and warns when the index does not match the library. */
async function writeIndex(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const indexed = indexSite(siteDir, logger);
  // Counted while Pagefind, in its own process, indexes.
  const root = contentRoot();
  const published = readCaseStudies(root, loadTaxonomy(root)).entries.length;
  const { pageCount } = await indexed;
  const warning = checkIndexedCount(pageCount, published);
  if (warning) logger.warn(warning);
}

/** The index being written, when {@link pagefindWait} is there to wait for it. */
let indexing: Promise<void> | undefined;

/**
 * The Astro integration that writes the search index on `astro build`. Pagefind indexes in a
 * process of its own, so when {@link pagefindWait} is listed after it, the build's next checks run
 * meanwhile on the other core (in a 10,000-case-study build, the link check took 35 s and the index
 * 69 s one after the other); without it, the index is written before the next integration runs.
 */
export default function pagefindIntegration(): AstroIntegration {
  let inBackground = false;
  return {
    name: 'cwb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        const names = config.integrations.map((integration) => integration.name);
        inBackground = names.indexOf('cwb:pagefind-wait') > names.indexOf('cwb:pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const written = writeIndex(fileURLToPath(dir), logger);
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
