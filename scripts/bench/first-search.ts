/**
 * node scripts/bench/first-search.ts --site DIR [--query WORDS]... [--runs N] [--files] [--json]
 *
 * The bytes of a cold first search (issue 15: at 10,000 case studies, every one- and two-word query
 * ≤ 300 KB): `/search/?q=<query>` opened in a fresh browser context of headless Chromium, the site
 * (DIR, built with base `/`) served as a static host serves it (scripts/bench/serve.ts: gzip, Pagefind's
 * files as they are). For each query, every byte transferred (bodies and headers) until the first
 * result shows and until the first page of results (ten, or fewer when fewer match) shows, by kind of
 * file: the page, the interface's code, Pagefind's runtime (script, entry, WebAssembly), its index
 * (metadata and word chunks), the results' fragments, the filter indexes: the page's Resource Timing
 * (transfer sizes, headers included), a file counting when its response had ended by then, in the
 * page's own clock. What the site's service worker fetched by the time the page was done is given
 * apart. `--files` lists the files of each search.
 * A measurement, not a test.
 */
import { parseArgs } from 'node:util';
import type { Browser, Request } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { kindOf, total, type ResourceKind } from './search-typing.ts';
import { serveStatic } from './serve.ts';

/** The queries of the bench (run.ts `benchQueries`) and the others issue 15 names. */
export const firstSearchQueries = [
  'procurement',
  'living wage',
  'Preston',
  'community land trust',
  'pension fund',
  'energy',
  'anchor institutions',
  'co-operative',
  'Wales',
];

interface Transfer {
  path: string;
  /** What the file is, or `service worker` for what the site's service worker fetched (its precache). */
  kind: ResourceKind | 'service worker';
  bytes: number;
  /** When the response ended, in milliseconds since the epoch. */
  end: number;
}

export interface FirstSearch {
  query: string;
  /** Results found (the length of the list once its first page is shown). */
  shown: number;
  /** Milliseconds from the start of navigation to the first result, and to the first page of results. */
  toFirst: number;
  toPage: number;
  /** Bytes by kind until the first result, and until the first page of results. */
  first: Partial<Record<Transfer['kind'], number>>;
  page: Partial<Record<Transfer['kind'], number>>;
  /** Every file transferred until the first page of results. */
  files: Transfer[];
  /** Bytes the service worker fetched by the time the page said it was done (the search page registers it after). */
  worker: number;
}

const byKind = (transfers: readonly Transfer[], until: number) => {
  const bytes: Partial<Record<Transfer['kind'], number>> = {};
  for (const transfer of transfers)
    if (transfer.end <= until) bytes[transfer.kind] = (bytes[transfer.kind] ?? 0) + transfer.bytes;
  return bytes;
};

/** Opens `/search/?q=<query>` in a new context and records what it transferred until its results showed. */
export async function firstSearch(browser: Browser, origin: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  try {
    // What the service worker fetches is not in the page's Resource Timing: counted here, all of it.
    const worker: Promise<Transfer>[] = [];
    context.on('requestfinished', (request: Request) => {
      if (!request.serviceWorker()) return;
      worker.push(
        request.sizes().then(
          (sizes) => ({
            path: new URL(request.url()).pathname,
            kind: 'service worker' as const,
            bytes: sizes.responseBodySize + sizes.responseHeadersSize,
            end: 0,
          }),
          () => ({ path: request.url(), kind: 'service worker' as const, bytes: 0, end: 0 }),
        ),
      );
    });
    const page = await context.newPage();
    const params = new URLSearchParams({ q: query }).toString();
    // Records, in the page's own clock, when the first result and the first page of results show.
    await page.addInitScript(
      ({ expected, pageSize }: { expected: string; pageSize: number }) => {
        const win = window as unknown as { __first?: number; __page?: number };
        const check = () => {
          const list = document.getElementById('search-results');
          if (!list) return;
          if (win.__first === undefined && list.children.length > 0) win.__first = performance.now();
          // Ten results of this query on screen, or all it found (the page says so once it is done).
          const page =
            (list.dataset.first === expected && list.children.length >= pageSize) || list.dataset.query === expected;
          if (win.__page === undefined && page) win.__page = performance.now();
        };
        new MutationObserver(check).observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['data-query', 'data-first'],
        });
      },
      { expected: params, pageSize: 10 },
    );
    await page.goto(`${origin}/search/?${params}`, { waitUntil: 'commit' });
    // The results shown: wait for the page to say it is done (guides and count follow the ten).
    await page.waitForFunction(
      (expected) => document.getElementById('search-results')?.dataset.query === expected,
      params,
      { timeout: 60_000, polling: 10 },
    );
    // Every response of the page by the browser's Resource Timing (same origin: sizes are given),
    // in the same clock as the marks, and of Pagefind's web worker (the index, fragments and filters
    // it fetches are in its own Resource Timing, not the page's), moved to the page's clock.
    const measured = await page.evaluate(() => {
      const win = window as unknown as { __first?: number; __page: number };
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      return {
        origin: performance.timeOrigin,
        first: win.__first ?? win.__page,
        page: win.__page,
        shown: document.getElementById('search-results')?.children.length ?? 0,
        entries: entries.map((entry) => ({ url: entry.name, bytes: entry.transferSize, end: entry.responseEnd })),
      };
    });
    for (const worker of page.workers()) {
      const inWorker = await worker.evaluate(() => ({
        origin: performance.timeOrigin,
        entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
          url: entry.name,
          bytes: entry.transferSize,
          end: entry.responseEnd,
        })),
      }));
      const shift = inWorker.origin - measured.origin;
      measured.entries.push(...inWorker.entries.map((entry) => ({ ...entry, end: entry.end + shift })));
    }
    const transfers: Transfer[] = measured.entries
      .filter((entry) => entry.bytes > 0)
      .map((entry) => ({
        path: new URL(entry.url).pathname,
        kind: kindOf(entry.url),
        bytes: entry.bytes,
        end: entry.end,
      }));
    const fetchedByWorker = await Promise.all(worker.slice());
    return {
      query,
      shown: measured.shown,
      toFirst: measured.first,
      toPage: measured.page,
      first: byKind(transfers, measured.first),
      page: byKind(transfers, measured.page),
      files: transfers.filter((transfer) => transfer.end <= measured.page).sort((a, b) => a.end - b.end),
      worker: fetchedByWorker.reduce((sum, transfer) => sum + transfer.bytes, 0),
    };
  } finally {
    await context.close();
  }
}

const kb = (bytes: number | undefined) => ((bytes ?? 0) / 1024).toFixed(1);
const kinds: Transfer['kind'][] = ['page', 'interface', 'pagefind runtime', 'index', 'fragments', 'filters', 'other'];
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function main() {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      query: { type: 'string', multiple: true },
      runs: { type: 'string', default: '1' },
      files: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.site) {
    console.error(
      'Usage: node scripts/bench/first-search.ts --site DIR [--query WORDS]... [--runs N] [--files] [--json]',
    );
    process.exit(2);
  }
  const queries = values.query?.length ? values.query : firstSearchQueries;
  const server = await serveStatic(values.site);
  const browser = await launchBrowser();
  try {
    const measures: FirstSearch[] = [];
    for (const query of queries)
      for (let run = 0; run < Number(values.runs); run += 1)
        measures.push(await firstSearch(browser, server.origin, query));
    if (values.json) {
      console.log(JSON.stringify(measures, null, 2));
      return;
    }
    console.log(
      `KB until the first result | until the first page of results (${kinds.join(' / ')}), results found (shown up to ten), ms to the first page | KB the service worker fetched by the page's end`,
    );
    for (const m of measures) {
      console.log(
        `${m.query.padEnd(22)} ${kb(total(m.first)).padStart(6)} | ${kb(total(m.page)).padStart(6)}  (${kinds.map((kind) => kb(m.page[kind])).join(' / ')})  ${String(m.shown).padStart(2)}  ${m.toPage.toFixed(0).padStart(5)} ms | ${kb(m.worker).padStart(6)}`,
      );
      if (values.files)
        for (const file of m.files)
          console.log(`    ${kb(file.bytes).padStart(7)} KB  ${file.kind.padEnd(16)} ${file.path}`);
    }
    const pages = measures.map((m) => total(m.page));
    console.log(
      `first page of results: median ${kb(median(pages))} KB, largest ${kb(Math.max(...pages))} KB; first result: largest ${kb(Math.max(...measures.map((m) => total(m.first))))} KB`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
