/**
 * Offline (docs/public-interface.md §8, offline), in Chromium against the built site served over
 * HTTP on localhost (a secure context): the service worker keeps a selected case study, which then
 * opens with the network cut (the browser offline and the server stopped, so that nothing can
 * answer but the worker); a page not kept shows the offline page; a new build's worker replaces
 * the old caches and serves the new version; a browser without service workers reads the site as
 * before.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/bench/browser.ts';
import { violations } from './axe.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { freePort } from './free-port.ts';
import { base, caseStudyPath, published } from './site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = path.resolve(root, process.env.SITE_DIR ?? 'dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.pagefind': 'application/wasm',
};

/**
 * A static server of one built site whose folder can be switched, as a deployment replaces one
 * build by the next at the same address, and that can be stopped and started again on its port.
 */
class SwitchableSite {
  dir = built;
  port = 0;
  private server: Server | undefined;

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let file = path.join(this.dir, decodeURIComponent(url.pathname.slice(base.length - 1)));
      if (!file.startsWith(this.dir)) file = path.join(this.dir, '404.html');
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const found = existsSync(file);
      response.writeHead(found ? 200 : 404, {
        'Content-Type': types[path.extname(found ? file : '.html')] ?? 'application/octet-stream',
        // As a static host serves it: the browser asks again for the worker (it does anyway), and may keep the rest.
        'Cache-Control': 'no-cache',
      });
      response.end(readFileSync(found ? file : path.join(this.dir, '404.html')));
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, 'localhost', resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  url(pathUnderBase = ''): string {
    return `http://localhost:${this.port}${base}${pathUnderBase}`;
  }
}

const served = new SwitchableSite();
let browser: Browser;
const scratch: string[] = [];

beforeAll(async () => {
  await served.start();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served.stop();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

// Titles the page writes as they are (no character HTML escapes), so that build B can change one in place.
const [chosen, other] = published.filter(
  (entry) => entry.data.lang === 'en' && /^[\p{L}\p{N} :,.-]+$/u.test(entry.data.title),
);

/** Opens the home page and waits until the service worker controls it. */
async function controlledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(served.url());
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  return page;
}

/** Selects case studies as the selection's interface does: localStorage, then the change event. */
async function select(page: Page, slugs: string[]): Promise<void> {
  await page.evaluate((chosenSlugs) => {
    localStorage.setItem('cwb-selection', JSON.stringify(chosenSlugs));
    window.dispatchEvent(new CustomEvent('cwb-selection-change', { detail: { slugs: chosenSlugs } }));
  }, slugs);
}

/** The names of the worker's caches holding `url`. */
function cachesHolding(page: Page, url: string): Promise<string[]> {
  return page.evaluate(async (wanted) => {
    const names: string[] = [];
    for (const name of await caches.keys()) if (await (await caches.open(name)).match(wanted)) names.push(name);
    return names;
  }, url);
}

/** Cuts the network: the browser offline, and the server stopped. */
async function cut(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await served.stop();
}

async function reconnect(context: BrowserContext): Promise<void> {
  await served.start();
  await context.setOffline(false);
}

describe('with the network cut', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('a selected case study opens from the service worker, styled; a page not kept shows the offline page', async () => {
    const page = await controlledPage(context);
    await select(page, [chosen!.slug]);
    const chosenUrl = served.url(caseStudyPath(chosen!.slug));
    await expect
      .poll(() => cachesHolding(page, chosenUrl), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/^cwb-kept-/)]);

    await cut(context);
    try {
      await page.goto(chosenUrl);
      expect(await page.locator('h1').textContent()).toBe(chosen!.data.title);
      // Its style sheet came from the precache: the page is laid out, not bare HTML.
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).not.toBe('8px');
      expect(await page.locator('[data-citation]').textContent()).toContain(chosen!.data.title);
      // Its citation files too, for the selection's export.
      const ris = await page.evaluate(
        (url) => fetch(url).then((response) => response.text()),
        served.url(`data/citations/${chosen!.slug}.ris`),
      );
      expect(ris).toContain(`TI  - ${chosen!.data.title}`);

      await page.goto(served.url(caseStudyPath(other!.slug)));
      expect(await page.locator('h1').textContent()).toBe('You are offline');
      expect(await violations(page)).toEqual([]);
      await page.goto(served.url(`cy/${caseStudyPath(other!.slug)}`));
      expect(await page.locator('h1').textContent()).toBe('Rydych chi all-lein');
    } finally {
      await reconnect(context);
    }
  });

  test('a case study taken out of the selection is no longer kept', async () => {
    const page = await controlledPage(context);
    const chosenUrl = served.url(caseStudyPath(chosen!.slug));
    const otherUrl = served.url(caseStudyPath(other!.slug));
    await select(page, [other!.slug]);
    await expect.poll(() => cachesHolding(page, otherUrl), { timeout: 30_000 }).toHaveLength(1);
    await expect.poll(() => cachesHolding(page, chosenUrl)).toEqual([]);
  });
});

test('after a new build, the worker serves the new version, online and offline', async () => {
  // Build B: build A with the chosen case study changed, and its worker written as a build writes it.
  const next = mkdtempSync(path.join(tmpdir(), 'cwb-build-b-'));
  scratch.push(next);
  cpSync(built, next, { recursive: true });
  const pageFile = path.join(next, caseStudyPath(chosen!.slug), 'index.html');
  const changedTitle = `${chosen!.data.title} (build B)`;
  writeFileSync(
    pageFile,
    readFileSync(pageFile, 'utf8').replace(`>${chosen!.data.title}</h1>`, `>${changedTitle}</h1>`),
  );
  const before = readFileSync(path.join(built, 'sw.js'), 'utf8');
  const { buildId } = await writeServiceWorker(next);
  expect(readFileSync(path.join(next, 'sw.js'), 'utf8')).not.toBe(before);

  const context = await browser.newContext();
  try {
    served.dir = built;
    const page = await controlledPage(context);
    await select(page, [chosen!.slug]);
    const chosenUrl = served.url(caseStudyPath(chosen!.slug));
    await expect.poll(() => cachesHolding(page, chosenUrl), { timeout: 30_000 }).toHaveLength(1);
    const [oldCache] = await cachesHolding(page, chosenUrl);

    // The deployment moves to build B; the next visit finds the new worker, which takes over.
    served.dir = next;
    await page.goto(chosenUrl);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toContain(`cwb-kept-${buildId}`);
    await expect.poll(() => cachesHolding(page, chosenUrl), { timeout: 30_000 }).toEqual([`cwb-kept-${buildId}`]);
    expect(await page.evaluate(() => caches.keys())).not.toContain(oldCache);
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe(changedTitle);

    await cut(context);
    try {
      await page.goto(chosenUrl);
      expect(await page.locator('h1').textContent()).toBe(changedTitle);
    } finally {
      await reconnect(context);
    }
  } finally {
    served.dir = built;
    await context.close();
  }
});

test('without service workers the site reads as before', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(served.url(caseStudyPath(chosen!.slug)));
  await page.waitForLoadState('load');
  expect(await page.locator('h1').textContent()).toBe(chosen!.data.title);
  expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
  expect(errors).toEqual([]);
  await context.close();
});

test('the site is installable: each interface links its manifest, whose icons exist', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const [home, lang] of [
    ['', 'en-GB'],
    ['cy/', 'cy-GB'],
  ] as const) {
    await page.goto(served.url(home));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await fetch(new URL(href!, served.url()))).json();
    expect(manifest).toMatchObject({ lang, start_url: `${base}${home}`, display: 'standalone' });
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const response = await fetch(new URL(icon.src, served.url()));
      expect(response.ok, icon.src).toBe(true);
      expect(response.headers.get('content-type')).toBe(icon.type);
    }
  }
  await context.close();
});
