/**
 * Places like mine, what it took and whether it is still true (docs/public-interface.md §11), on a
 * site built from `tests/fixtures/still-true-library`: a withdrawn case study keeps its page with a
 * banner and leaves the lists, search and the feed; one last checked years ago says so; the size
 * filter in the URL gives exactly its band; `/places-like-mine/` leads to the right search without
 * JavaScript; and the new pages are clean under axe in light and dark.
 *
 * The library is built in a copy of the project, like the build tests, then served by Astro's
 * preview server on a port of its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/bench/browser.ts';
import { copyProject, environmentOutsideTests } from '../support/scratch-project.ts';
import { violations } from './axe.ts';
import { freePort } from './free-port.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const content = path.join(repo, 'tests', 'fixtures', 'still-true-library');
const work = mkdtempSync(path.join(tmpdir(), 'cwb-still-true-'));
const project = path.join(work, 'project');
const outDir = path.join(work, 'dist');

let browser: Browser;
let server: { stop(): Promise<void> };
let origin: string;

const withdrawnSlug = 'kendal-anchor-spend-first-account';
const url = (page: string) => `${origin}/${page.replace(/^\/+/, '')}`;
const built = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

beforeAll(async () => {
  copyProject(project);
  // The fixture has no vocabularies of its own: the copy's sample vocabularies apply.
  cpSync(path.join(repo, 'content', 'taxonomy'), path.join(project, 'content', 'taxonomy'), { recursive: true });
  const build = spawnSync(process.execPath, [path.join(project, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    env: { ...environmentOutsideTests(), ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content },
  });
  if (build.status !== 0) throw new Error(`the fixture library did not build:\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  server = await preview({ root: project, outDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
  origin = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

async function open(page: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  await tab.goto(url(page));
  return tab;
}

/** The case-study slugs a page links to. */
const linkedCases = (tab: Page) =>
  tab
    .locator('main a[href*="/case-studies/"]')
    .evaluateAll((links) =>
      links.map((link) => /\/case-studies\/([^/]+)\/$/.exec(new URL((link as HTMLAnchorElement).href).pathname)?.[1]),
    );

/** Waits for the search page's results for `params`, and gives the slugs they link to. */
async function searchResults(tab: Page, params: string): Promise<string[]> {
  await tab.waitForFunction((expected) => {
    const list = document.getElementById('search-results');
    return list?.dataset.query === expected && !document.getElementById('search-status')?.hasAttribute('aria-busy');
  }, params);
  return (
    await tab
      .locator('#search-results > li h3 a')
      .evaluateAll((links) =>
        links.map((link) => /\/case-studies\/([^/]+)\/$/.exec(new URL((link as HTMLAnchorElement).href).pathname)![1]!),
      )
  ).sort();
}

describe('a withdrawn case study', () => {
  test('keeps its page, with a banner saying when and why, and linking its replacement', async () => {
    const tab = await open(`case-studies/${withdrawnSlug}/`, { javaScriptEnabled: false });
    const banner = tab.locator('[data-withdrawn-banner]');

    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.textContent()).toContain('Withdrawn on 1 June 2025.');
    expect(await banner.textContent()).toContain('Superseded by a fuller account with the figures for 2021.');
    expect(await banner.locator('a').getAttribute('href')).toBe('/case-studies/kendal-anchor-spend/');
  });

  test('is absent from the lists, the home page, the feed and the other case studies', async () => {
    for (const page of [
      'case-studies/',
      '',
      'regions/north-west/',
      'themes/procurement/',
      'case-studies/kendal-anchor-spend/',
    ]) {
      const tab = await open(page, { javaScriptEnabled: false });
      expect(await linkedCases(tab), page).not.toContain(withdrawnSlug);
    }
    expect(built('rss.xml')).toContain('/case-studies/kendal-anchor-spend/');
    expect(built('rss.xml')).not.toContain(withdrawnSlug);
  });

  test('is not found by search, by its own words or by a filter', async () => {
    const tab = await open('search/?q=zanzibarish');
    expect(await searchResults(tab, 'q=zanzibarish')).toEqual([]);

    const byTheme = await open('search/?theme=procurement');
    expect(await searchResults(byTheme, 'theme=procurement')).toEqual([
      'kendal-anchor-spend',
      'leeds-big-city-anchors',
    ]);
  });

  test('stays in the open data with its withdrawn field', () => {
    const records = JSON.parse(built('data/case-studies.json')) as { slug: string; withdrawn?: unknown }[];
    expect(records.find((record) => record.slug === withdrawnSlug)?.withdrawn).toEqual({
      date: '2025-06-01',
      reason: 'Superseded by a fuller account with the figures for 2021.',
      replacedBy: 'kendal-anchor-spend',
    });
    expect(built('data/case-studies.csv')).toContain(withdrawnSlug);
  });
});

describe('when the facts were last checked', () => {
  test('every case study says so, and one checked more than 24 months ago shows the notice', async () => {
    const old = await open('case-studies/barrow-living-wage/', { javaScriptEnabled: false });
    const fresh = await open('case-studies/kendal-anchor-spend/', { javaScriptEnabled: false });

    expect(await old.locator('[data-facts-checked]').getAttribute('datetime')).toBe('2021-02-01');
    expect(await old.locator('[data-review-notice]').textContent()).toContain('1 February 2021');
    expect(await fresh.locator('[data-facts-checked]').getAttribute('datetime')).toBe('2026-06-01');
    expect(await fresh.locator('[data-review-notice]').count()).toBe(0);
  });
});

describe('what it took', () => {
  test('is shown under its heading, pointing at its source', async () => {
    const tab = await open('case-studies/kendal-anchor-spend/', { javaScriptEnabled: false });
    const section = tab.locator('section:has(#took-heading)');

    expect(await section.textContent()).toContain('£45,000 a year (2021)');
    expect(await section.textContent()).toContain('one procurement officer, part time');
    expect(await section.locator('a[href="#source-1"]').count()).toBe(1);
  });
});

describe('places like mine', () => {
  test('the size filter in the URL gives exactly the case studies of that band', async () => {
    const tab = await open('search/?size=50k-150k');
    expect(await searchResults(tab, 'size=50k-150k')).toEqual(['kendal-anchor-spend']);
    const big = await open('search/?size=300k-1m');
    expect(await searchResults(big, 'size=300k-1m')).toEqual(['leeds-big-city-anchors']);
  });

  test('a case study shows its band in its facts, and places like it', async () => {
    const tab = await open('case-studies/kendal-anchor-spend/', { javaScriptEnabled: false });

    expect(await tab.locator('[data-size-band]').textContent()).toBe('50,000 to 150,000');
    expect(
      await tab.locator('section:has(#places-heading) a').evaluateAll((links) => links.map((link) => link.textContent)),
    ).toEqual(['Barrow pays the Real Living Wage']);
  });

  test('the form leads to the matching search without JavaScript', async () => {
    const tab = await open('places-like-mine/', { javaScriptEnabled: false });
    await tab.selectOption('#places-type', 'district-council');
    await tab.selectOption('#places-nation', 'england');
    await tab.check('#places-size-50k-150k');
    await Promise.all([tab.waitForURL(/\/search\//), tab.click('[data-places-form] button[type="submit"]')]);

    const sent = new URL(tab.url()).searchParams;
    expect(sent.getAll('type')).toEqual(['district-council']);
    expect(sent.getAll('nation')).toEqual(['england']);
    expect(sent.getAll('size')).toEqual(['50k-150k']);

    // The same address, with the search page's script, shows exactly what was asked for.
    const search = await open(`search/${new URL(tab.url()).search}`);
    expect(await searchResults(search, 'nation=england&type=district-council&size=50k-150k')).toEqual([
      'kendal-anchor-spend',
    ]);
  });

  test('its table leads to the closest case studies without JavaScript', async () => {
    const tab = await open('places-like-mine/', { javaScriptEnabled: false });
    await Promise.all([
      tab.waitForURL(/district-council\/50k-150k\/$/),
      tab.click('a[href="/places-like-mine/district-council/50k-150k/"]'),
    ]);

    expect((await linkedCases(tab)).filter(Boolean)).toEqual(['kendal-anchor-spend', 'barrow-living-wage']);
  });
});

describe('the new pages and sections', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.each([
      'places-like-mine/',
      'places-like-mine/district-council/50k-150k/',
      `case-studies/${withdrawnSlug}/`,
      'case-studies/barrow-living-wage/',
      'case-studies/kendal-anchor-spend/',
    ])(`%s has no WCAG A or AA violations (${colorScheme})`, async (page) => {
      const tab = await open(page, { colorScheme });
      expect(await violations(tab)).toEqual([]);
    });
  }
});
