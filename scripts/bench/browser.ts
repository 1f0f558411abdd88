/**
 * What a reader waits for and downloads, measured in headless Chromium over HTTP: the first
 * results of a search opened cold (empty cache) and warm (same browser, cache filled by the cold
 * search), and the transferred size of a few pages. Bytes are what crossed the wire (compressed
 * bodies and headers), as Playwright reports them, Pagefind's web worker included.
 */
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';

/** Results of the project's search page and of Pagefind's default UI (the reference site). */
const resultSelector = '#search-results > li, .pagefind-ui__result';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium, headless, as the bench and the browser tests drive it (`CHROMIUM_PATH` to use another). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
}

/**
 * Counts what a browser context transfers from now on: compressed bodies and headers of every
 * request, including those of Pagefind's web worker (which a page-level DevTools session misses).
 */
function countBytes(context: BrowserContext) {
  const sizes: Promise<number>[] = [];
  const listener = (request: Request) => {
    sizes.push(
      request.sizes().then(
        (size) => size.responseBodySize + size.responseHeadersSize,
        () => 0,
      ),
    );
  };
  context.on('requestfinished', listener);
  return {
    /** Bytes and requests of the requests finished so far; stops counting. */
    async stop() {
      context.off('requestfinished', listener);
      const finished = sizes.slice();
      return { bytes: (await Promise.all(finished)).reduce((sum, size) => sum + size, 0), requests: finished.length };
    },
  };
}

export interface SearchTiming {
  query: string;
  /** Milliseconds from the start of navigation to the first result in the page. */
  milliseconds: number;
  /** Bytes transferred until then, the search page itself included. */
  bytes: number;
  requests: number;
}

/**
 * How a search is started: `query` opens `/search/?q=` (the project's page and the minimal
 * site's); `box` opens `/` and puts the query into Pagefind UI's search box as soon as it is there
 * (Starlight, whose search is a dialog on every page and reads no query from the address).
 */
export type SearchStart = 'query' | 'box';

/** Pagefind UI's search box (Starlight's dialog holds one). */
const searchBoxSelector = '.pagefind-ui__search-input';

async function timeSearch(
  context: BrowserContext,
  url: string,
  query: string,
  timeoutMs: number,
  start: SearchStart = 'query',
): Promise<SearchTiming> {
  const page = await context.newPage();
  try {
    const counter = countBytes(context);
    await page.addInitScript(
      ({ selector, box, fill }: { selector: string; box: string; fill: string | null }) => {
        let filled = false;
        const record = () => {
          const win = window as unknown as { __benchFirst?: number };
          if (fill !== null && !filled) {
            const input = document.querySelector<HTMLInputElement>(box);
            if (input) {
              filled = true;
              input.value = fill;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }
          }
          if (win.__benchFirst === undefined && document.querySelector(selector)) win.__benchFirst = performance.now();
        };
        new MutationObserver(record).observe(document, { childList: true, subtree: true });
      },
      { selector: resultSelector, box: searchBoxSelector, fill: start === 'box' ? query : null },
    );
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __benchFirst?: number }).__benchFirst !== undefined,
      undefined,
      { timeout: timeoutMs, polling: 10 },
    );
    const { bytes, requests } = await counter.stop();
    const milliseconds = await page.evaluate(() => (window as unknown as { __benchFirst: number }).__benchFirst);
    return { query, milliseconds, bytes, requests };
  } finally {
    await page.close();
  }
}

export interface SearchMeasure {
  cold: SearchTiming[];
  warm: SearchTiming[];
}

/**
 * For each query: open `<origin>/search/?q=` (or, with `start: 'box'`, `<origin>/` and type into its
 * search box) in a fresh browser context (cold), then again in the same context (warm).
 */
export async function measureSearch(
  browser: Browser,
  origin: string,
  queries: readonly string[],
  timeoutMs = 60_000,
  start: SearchStart = 'query',
): Promise<SearchMeasure> {
  const cold: SearchTiming[] = [];
  const warm: SearchTiming[] = [];
  for (const query of queries) {
    const context = await browser.newContext();
    try {
      const url = start === 'box' ? `${origin}/` : `${origin}/search/?q=${encodeURIComponent(query)}`;
      cold.push(await timeSearch(context, url, query, timeoutMs, start));
      warm.push(await timeSearch(context, url, query, timeoutMs, start));
    } finally {
      await context.close();
    }
  }
  return { cold, warm };
}

export interface PageWeight {
  path: string;
  /** Bytes transferred to load the page with an empty cache, everything it loads included. */
  bytes: number;
  requests: number;
  /** Bytes of the HTML document alone, as transferred. */
  documentBytes: number;
}

/** Loads `path` with an empty cache and counts what it transfers until the network is idle. */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const counter = countBytes(context);
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
    const sizes = await response.request().sizes();
    const { bytes, requests } = await counter.stop();
    return { path, bytes, requests, documentBytes: sizes.responseBodySize + sizes.responseHeadersSize };
  } finally {
    await context.close();
  }
}
