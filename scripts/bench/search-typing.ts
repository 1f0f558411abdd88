/**
 * node scripts/bench/search-typing.ts --site DIR [--query WORDS]... [--delay MS] [--runs N] [--json] [--explain]
 *
 * What a reader waits for when typing into the search page of a built site (DIR, built with base
 * `/`), in headless Chromium with an empty cache, served as a static host serves it (gzip): the
 * time from the last keystroke to the first results on screen, and the bytes transferred from
 * opening the page to then, the page and the interface's own code included. Then what opening a
 * filter group costs: the time and bytes until its live counts show.
 *
 * Two starts per query: typing as soon as the search box is there (the index still loading), and
 * typing once the page has settled (a reader reading the page first). A measurement, not a test.
 * `--explain` then says what the index files each query loaded are made of (pagefind-bundle.ts).
 */
import { parseArgs } from 'node:util';
import type { Browser, BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './browser.ts';
import { indexedWords, metaShares } from './pagefind-bundle.ts';
import { serveStatic } from './serve.ts';

export interface TypingMeasure {
  query: string;
  start: 'at once' | 'settled';
  /** Milliseconds from the last keydown to the first result of the whole query in the page. */
  toResults: number;
  /** … and to the next frame painted after them. */
  toPaint: number;
  /** Bytes transferred from opening the page until the first page of results showed, by kind. */
  bytes: Record<ResourceKind, number>;
  requests: number;
  /** The index files loaded by then (metadata and word index), as paths of the site. */
  indexFiles: string[];
  /** Opening a filter group afterwards: milliseconds and bytes until its counts show. */
  counts: { milliseconds: number; bytes: number };
}

export type ResourceKind = 'page' | 'interface' | 'pagefind runtime' | 'index' | 'fragments' | 'filters' | 'other';

export function kindOf(url: string): ResourceKind {
  const { pathname } = new URL(url);
  if (pathname.includes('/pagefind/fragment/')) return 'fragments';
  if (pathname.includes('/pagefind/filter/')) return 'filters';
  if (pathname.includes('/pagefind/index/') || pathname.endsWith('.pf_meta')) return 'index';
  if (pathname.includes('/pagefind/')) return 'pagefind runtime';
  if (pathname.includes('/_astro/')) return 'interface';
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'page';
  return 'other';
}

/**
 * Adds up what the browser context transfers, by kind: compressed bodies and headers, as Chromium
 * reports them. Counted on the context rather than through a DevTools session on the page, which
 * misses the requests of Pagefind's web worker (the index, fragments and filters).
 */
export function countBytes(context: BrowserContext) {
  const tally = { bytes: {} as Record<ResourceKind, number>, requests: 0, indexFiles: [] as string[] };
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    // The service worker's precache: the search page registers it once its first results show
    // (src/client/offline.ts), so what it fetches comes after what is measured here.
    if (request.serviceWorker()) return;
    pending.push(
      (async () => {
        const sizes = await request.sizes();
        // Chromium reports no body size for a worker's own script: take it from the header.
        const body = sizes.responseBodySize || Number((await request.response())?.headers()['content-length'] ?? 0);
        const kind = kindOf(request.url());
        tally.bytes[kind] = (tally.bytes[kind] ?? 0) + body + sizes.responseHeadersSize;
        tally.requests += 1;
        if (kind === 'index') tally.indexFiles.push(new URL(request.url()).pathname);
      })(),
    );
  });
  return {
    async snapshot() {
      await Promise.all(pending);
      return { bytes: { ...tally.bytes }, requests: tally.requests, indexFiles: [...tally.indexFiles] };
    },
  };
}

export const total = (bytes: Partial<Record<string, number>>) =>
  Object.values(bytes).reduce<number>((sum, value) => sum + (value ?? 0), 0);

/** Types `query` into the search page opened cold, and times it. */
async function typeOnce(
  browser: Browser,
  origin: string,
  query: string,
  start: TypingMeasure['start'],
  delay: number,
): Promise<TypingMeasure> {
  const context = await browser.newContext();
  try {
    const counter = countBytes(context);
    const page = await context.newPage();
    // Records, in the page's own clock, the last keydown and when the list answers the whole query.
    await page.addInitScript(
      (expected: string) => {
        const win = window as unknown as { __lastKey?: number; __results?: number; __paint?: number };
        document.addEventListener('keydown', () => (win.__lastKey = performance.now()), true);
        const check = () => {
          const list = document.getElementById('search-results');
          if (win.__results === undefined && list?.dataset.first === expected && list.children.length > 0) {
            win.__results = performance.now();
            requestAnimationFrame(() => (win.__paint = performance.now()));
          }
        };
        new MutationObserver(check).observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['data-first'],
        });
      },
      new URLSearchParams({ q: query }).toString(),
    );
    await page.goto(`${origin}/search/`, { waitUntil: start === 'settled' ? 'networkidle' : 'commit' });
    const box = page.locator('#search-q');
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset.ready === 'true', undefined, {
      polling: 5,
    });
    await box.pressSequentially(query, { delay });
    await page.waitForFunction(() => (window as unknown as { __paint?: number }).__paint !== undefined, undefined, {
      timeout: 60_000,
      polling: 5,
    });
    const times = await page.evaluate(() => {
      const win = window as unknown as { __lastKey: number; __results: number; __paint: number };
      return { toResults: win.__results - win.__lastKey, toPaint: win.__paint - win.__lastKey };
    });
    // The bytes of the whole first page of results: wait for the other nine as well.
    const expected = new URLSearchParams({ q: query }).toString();
    await page.waitForFunction(
      (params) => document.getElementById('search-results')?.dataset.query === params,
      expected,
      { polling: 5 },
    );
    await page.waitForLoadState('networkidle');
    const { bytes, requests, indexFiles } = await counter.snapshot();

    const before = total((await counter.snapshot()).bytes);
    const opened = await page.evaluate(() => performance.now());
    await page.locator('details[data-facet="region"] summary').click();
    await page.waitForFunction(
      (params) =>
        document.getElementById('search-form')?.dataset.counts === params &&
        document.getElementById('search-form')?.dataset.counted === 'region',
      expected,
      { polling: 5 },
    );
    const counted = await page.evaluate(() => performance.now());
    // Let the last responses finish before they are counted.
    await page.waitForLoadState('networkidle');
    const counts = { milliseconds: counted - opened, bytes: total((await counter.snapshot()).bytes) - before };

    return { query, start, ...times, bytes, requests, indexFiles, counts };
  } finally {
    await context.close();
  }
}

/** Every query, both starts, `runs` times each. */
export async function measureTyping(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  { delay = 100, runs = 1 } = {},
): Promise<TypingMeasure[]> {
  const measures: TypingMeasure[] = [];
  for (const query of queries) {
    for (const start of ['at once', 'settled'] as const) {
      for (let run = 0; run < runs; run += 1) measures.push(await typeOnce(browser, origin, query, start, delay));
    }
  }
  return measures;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** What the index files a search loaded are made of: the metadata's parts, then each word index file's largest words. */
export function explainIndexFiles(siteDir: string, files: readonly string[]): string[] {
  const lines: string[] = [];
  for (const file of [...new Set(files)].sort(
    (a, b) => Number(b.endsWith('.pf_meta')) - Number(a.endsWith('.pf_meta')),
  )) {
    const bytes = readFileSync(path.join(siteDir, file));
    lines.push(`  ${path.basename(file)}: ${kb(bytes.length)} KB`);
    if (file.endsWith('.pf_meta')) {
      for (const share of metaShares(bytes, file).shares)
        lines.push(`    ${kb(share.bytes).padStart(7)} KB  ${share.part}`);
    } else {
      const words = indexedWords(bytes, file);
      for (const word of words.slice(0, 5))
        lines.push(
          `    ${kb(word.bytes).padStart(7)} KB  "${word.part}": ${word.pages} pages, ${word.positions} positions`,
        );
      if (words.length > 5)
        lines.push(
          `    ${kb(words.slice(5).reduce((sum, word) => sum + word.bytes, 0)).padStart(7)} KB  ${words.length - 5} other words`,
        );
    }
  }
  return lines;
}

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      query: { type: 'string', multiple: true },
      delay: { type: 'string', default: '100' },
      runs: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      explain: { type: 'boolean', default: false },
    },
  });
  if (!values.site) {
    console.error(
      'Usage: node scripts/bench/search-typing.ts --site DIR [--query WORDS]... [--delay MS] [--runs N] [--json] [--explain]',
    );
    process.exit(2);
  }
  const queries = values.query?.length
    ? values.query
    : ['procurement', 'living wage', 'Preston', 'community land trust', 'pension fund'];
  const server = await serveStatic(values.site);
  const browser = await launchBrowser();
  try {
    const measures = await measureTyping(browser, server.origin, queries, {
      delay: Number(values.delay),
      runs: Number(values.runs),
    });
    if (values.json) {
      console.log(JSON.stringify(measures, null, 2));
      return;
    }
    console.log(
      'query                  start     results  painted   KB total  (page / interface / pagefind / index / fragments / filters)  requests | open a group: ms  KB',
    );
    for (const m of measures) {
      const b = m.bytes;
      console.log(
        `${m.query.padEnd(22)} ${m.start.padEnd(8)} ${m.toResults.toFixed(0).padStart(6)} ms ${m.toPaint.toFixed(0).padStart(6)} ms ${kb(total(b)).padStart(8)}  (${[b.page, b.interface, b['pagefind runtime'], b.index, b.fragments, b.filters].map((value) => kb(value ?? 0)).join(' / ')})  ${String(m.requests).padStart(3)} | ${m.counts.milliseconds.toFixed(0).padStart(6)} ${kb(m.counts.bytes).padStart(7)}`,
      );
    }
    const worst = (pick: (m: TypingMeasure) => number) => Math.max(...measures.map(pick));
    console.log(
      `worst: ${worst((m) => m.toPaint).toFixed(0)} ms to painted results, ${kb(worst((m) => total(m.bytes)))} KB transferred for a cold first search`,
    );
    if (values.explain) {
      for (const query of queries) {
        const measure = measures.find((m) => m.query === query);
        if (!measure) continue;
        console.log(`\n"${query}": the index files it loaded, by what fills them`);
        for (const line of explainIndexFiles(values.site, measure.indexFiles)) console.log(line);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
