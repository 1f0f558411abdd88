/**
 * What the browser tests share: the built site served by `astro preview` (as `npm start` serves
 * it) on a free port of 127.0.0.1, one headless Chromium, and the sample content the site was built from,
 * so that tests pick their words and expectations from the real case studies.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/bench/browser.ts';
import { readCaseStudies, readGuides, type CheckedCaseStudy, type CheckedGuide } from '../../src/content/index.ts';
import { searchParamsOf, type SearchQuery } from '../../src/lib/search-query.ts';
import { markdownToText } from '../../src/lib/search-record.ts';
import { normaliseBase } from '../../src/lib/urls.ts';
import { contentRoot, loadTaxonomy } from '../../src/schema/load-taxonomy.ts';
import { labelOf } from '../../src/schema/taxonomy.ts';
import { freePort } from './free-port.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Each test file serves the site on a port of its own (two files run at once, see vitest.config.ts);
// TEST_PORT fixes it, to open the site a failing test saw.
const fixedPort = process.env.TEST_PORT === undefined ? undefined : Number(process.env.TEST_PORT);

/** The deployment's base path, as `astro.config.ts` reads it. */
export const base = normaliseBase(process.env.BASE_PATH ?? '/');

export interface Site {
  browser: Browser;
  /** A new page with a fresh context; console errors are collected in `errors`. */
  newPage(): Promise<Page>;
  /** An absolute URL for a path under the base, such as `search/?q=wage`. */
  url(path?: string): string;
  close(): Promise<void>;
}

/**
 * The built site to test: `dist/`, or `SITE_DIR` (a build made with `astro build --outDir`, so that
 * a developer can test one build while another is being made).
 */
const outDir = path.resolve(root, process.env.SITE_DIR ?? 'dist');

/** A server the tests reach over HTTP: Astro's preview server or its dev server. */
interface Server {
  port: number;
  stop(): Promise<void>;
}

/** Launches Chromium and pairs it with a started server; stops the server if Chromium fails. */
async function withBrowser(server: Server): Promise<Site> {
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw new Error('Chromium did not start: install Debian’s chromium (.ci/run does) or set CHROMIUM_PATH', {
      cause: error,
    });
  }
  const origin = `http://127.0.0.1:${server.port}`;
  return {
    browser,
    async newPage() {
      const context = await browser.newContext();
      return context.newPage();
    },
    url: (path = '') => `${origin}${base}${path.replace(/^\/+/, '')}`,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/** Serves the built site and launches Chromium. Call in `beforeAll`, and `close()` in `afterAll`. */
export async function openSite(): Promise<Site> {
  if (!existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(
      `${path.relative(root, outDir) || outDir} has no built site: run \`npm run build\` before \`npm run test:browser\` (npm test does both)`,
    );
  }
  const port = fixedPort ?? (await freePort());
  return withBrowser(await preview({ root, outDir, logLevel: 'error', server: { host: '127.0.0.1', port } }));
}

/**
 * Starts `astro dev` (what `npm run dev` runs) as its own process on a free port, waits until
 * it answers, and launches Chromium. A child process rather than Astro's `dev()`, which does not
 * find the pages when run inside the test runner's own Vite.
 */
export async function openDevSite({ env = {} }: { env?: Record<string, string> } = {}): Promise<Site> {
  // A port of its own: `astro dev` moves to the next port when its own is taken, and this would then
  // be waiting for, and testing, whatever else answers there.
  const devPort = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(devPort)],
    {
      cwd: root,
      // Without what the test runner adds to the environment (`MODE`, `BASE_URL`, `NODE_ENV`, …),
      // which Astro would otherwise take for its own; with `env` (such as `CONTENT_DIR`) added.
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(
            ([key]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/.test(key),
          ),
        ),
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped: ${errors}`);
    try {
      if ((await fetch(`http://127.0.0.1:${devPort}${base}`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not answer within a minute: ${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return withBrowser({ port: devPort, stop });
}

/** The listed case studies the site was built from, by slug: published, and not withdrawn (those leave lists and search). */
export const taxonomy = loadTaxonomy(contentRoot());
export const published: CheckedCaseStudy[] = readCaseStudies(contentRoot(), taxonomy).entries.filter(
  (entry) => entry.data.withdrawn === undefined,
);
/** The published how-to guides of the sample library (docs/public-interface.md §10). */
export const publishedGuides: CheckedGuide[] = readGuides(contentRoot(), taxonomy).entries;

/** The words of a case study as a reader can search for them: title, summary and body. */
export function wordsOf(entry: CheckedCaseStudy): string[] {
  return (
    `${entry.data.title} ${entry.data.summary} ${markdownToText(entry.body)}`.toLowerCase().match(/\p{L}+/gu) ?? []
  );
}

/**
 * A word of `entry` that no other published case study uses: long enough not to be a stop word or
 * a prefix of many others, and made of letters only. Throws when the content has none, so that a
 * test cannot pass by searching for nothing.
 */
export function distinctiveWord(entry: CheckedCaseStudy, { minLength = 7 } = {}): string {
  const others = new Set(published.filter((other) => other.slug !== entry.slug).flatMap(wordsOf));
  const word = wordsOf(entry).find(
    (candidate) =>
      candidate.length >= minLength &&
      ![...others].some((other) => other.startsWith(candidate.slice(0, minLength - 1))),
  );
  if (!word) throw new Error(`case study ${entry.slug} has no word that the other case studies lack`);
  return word;
}

/** The English label of an entry's region, as search results and filters show it. */
export const regionLabel = (entry: CheckedCaseStudy) => labelOf(taxonomy.regions, entry.data.region);

/** The path of a case-study page under the base. */
export const caseStudyPath = (slug: string) => `case-studies/${slug}/`;

/** The search page's parts, by the ids the page gives them. */
export const searchPage = {
  query: '#search-q',
  status: '#search-status',
  results: '#search-results > li',
  more: '#search-more',
  checkbox: (name: string, id: string) => `input[type="checkbox"][name="${name}"][value="${id}"]`,
};

/** Waits until the result list shows the answer to `params` (the page's canonical query string). */
export async function resultsFor(page: Page, params: string): Promise<void> {
  await page.waitForFunction((expected) => {
    const list = document.getElementById('search-results');
    return list?.dataset.query === expected && !document.getElementById('search-status')?.hasAttribute('aria-busy');
  }, params);
}

/** The number of results the live status announces ("12 case studies found …", "No case studies found …"). */
export async function announcedCount(page: Page): Promise<number> {
  const text = (await page.locator(searchPage.status).textContent()) ?? '';
  const match = /^(\d+|No) case stud(?:y|ies) found/.exec(text);
  if (!match) throw new Error(`the status does not announce a count: "${text}"`);
  return match[1] === 'No' ? 0 : Number(match[1]);
}

/** The links of the results shown, as paths under the origin. */
export async function resultPaths(page: Page): Promise<string[]> {
  return page
    .locator(`${searchPage.results} h3 a`)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** Clicks "More results" until every result is shown, then returns their paths. */
export async function allResultPaths(page: Page): Promise<string[]> {
  const more = page.locator(searchPage.more);
  while (await more.isVisible()) {
    const before = await page.locator(searchPage.results).count();
    await more.click();
    await page.waitForFunction(([selector, count]) => document.querySelectorAll(selector).length > count, [
      searchPage.results,
      before,
    ] as const);
  }
  return resultPaths(page);
}

/** The search page's canonical query string for `q` and filters, as the page writes it. */
export function queryString(q: string, filters: SearchQuery['filters'] = {}): string {
  return searchParamsOf({ q, filters, sort: 'relevance' });
}

/** Ticks a filter box as a reader does: opening the filters (folded on a phone) and its group first when they are folded away. */
export async function tick(page: Page, name: string, id: string, checked = true): Promise<void> {
  const filters = page.locator('#search-filters');
  if ((await filters.getAttribute('open')) === null) await filters.locator('> summary').click();
  const group = page.locator(`details[data-facet="${name}"]`);
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  await page.locator(searchPage.checkbox(name, id)).setChecked(checked);
}
