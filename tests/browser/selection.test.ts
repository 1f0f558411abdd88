/**
 * The reader's selection (issue 17, items 1 to 3): three case studies added from three different
 * pages survive a reload and show in the header's count; the comparison marks the rows where they
 * differ; its share link opens the same selection in a fresh browser; the briefing pack prints to
 * an A4 PDF with a cover, contents and every case study's title; the downloaded pack opens with no
 * request; the pages have no WCAG A or AA violations in light and dark mode and work by keyboard.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { selectionStorageKey } from '../../src/lib/selection.ts';
import { siteConfig } from '../../src/site.config.ts';
import { violations } from './axe.ts';
import { englishCatalogue, englishInWelshPage } from './interface-language.ts';
import { caseStudyPath, openSite, published, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

type Entry = (typeof published)[number];
const bySlug = new Map(published.map((entry) => [entry.slug, entry]));
// The first from a case study's page; the second and third from a list and a theme page, each in
// another region than those before it, so that at least the region row is marked.
const first = published.find((entry) => entry.data.lang === 'en' && !entry.data.draft)!;
const chosen: Entry[] = [first];
const themeOf = (entry: Entry) => entry.data.themes[0]!;

const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.selectionReady === 'true');
const toggle = (page: Page, slug: string) => page.locator(`button[data-selection-toggle="${slug}"]`).first();
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? '[]') as string[], selectionStorageKey);

/** Adds `slug` from the page at `path` (by default the first case study there in another region than those chosen). */
async function addFrom(page: Page, path: string, wanted?: string): Promise<Entry> {
  await page.goto(site.url(path));
  await ready(page);
  const shown = await page
    .locator('button[data-selection-toggle]')
    .evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.selectionToggle ?? ''));
  const slug =
    wanted ??
    shown.find((candidate) => {
      const entry = bySlug.get(candidate);
      return entry && !chosen.some((other) => other.slug === candidate || other.data.region === entry.data.region);
    });
  if (!slug) throw new Error(`${path} shows no case study in another region than those chosen`);
  const entry = bySlug.get(slug)!;
  if (!chosen.includes(entry)) chosen.push(entry);
  const button = toggle(page, slug);
  await expect.poll(() => button.isVisible()).toBe(true);
  await button.click();
  await expect.poll(() => button.getAttribute('data-selected')).toBe('true');
  return entry;
}

async function compareReady(page: Page) {
  await page.waitForFunction(() => document.documentElement.dataset.selectionCompareReady === 'true');
}

describe('choosing, comparing and sharing', () => {
  let page: Page;
  let shareUrl = '';
  let second: Entry;
  let third: Entry;

  beforeAll(async () => {
    page = await site.newPage();
  });

  test('three case studies added from a case study, the list and a theme page survive a reload', async () => {
    await addFrom(page, caseStudyPath(first.slug), first.slug);
    second = await addFrom(page, 'case-studies/');
    third = await addFrom(page, `themes/${themeOf(first)}/`);

    await page.reload();
    await ready(page);
    expect(await stored(page)).toEqual([first.slug, second.slug, third.slug]);
    const count = page.locator('a[data-selection-count]');
    expect(await count.getAttribute('aria-label')).toBe('My selection, 3 case studies');
    expect(await count.isVisible()).toBe(true);
    expect(await toggle(page, third.slug).textContent()).toBe('Remove from my selection');
  });

  test('the comparison is a table with row and column headers, its differing rows marked in words', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('a[data-selection-count]').click();
    await compareReady(page);

    const table = page.locator('[data-compare-table]');
    expect(await table.isVisible()).toBe(true);
    const columns = await table.locator('thead th[scope="col"]').allTextContents();
    expect(columns.map((text, index) => text.slice(0, chosen[index]!.data.title.length))).toEqual(
      chosen.map((entry) => entry.data.title),
    );
    const region = table.locator('tr[data-row="region"]');
    expect(await region.getAttribute('data-differs')).toBe('true');
    expect(await region.locator('th[scope="row"]').textContent()).toContain('Differs');
    // Every row that is not marked says the same for all three.
    for (const row of await table.locator('tbody tr[data-differs="false"]').all()) {
      const cells = await row.locator('td').allTextContents();
      expect(new Set(cells).size).toBe(1);
    }
  });

  test('on a phone the comparison is cards, not a wide table', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.locator('[data-compare-table]').isVisible()).toBe(false);
    expect(await page.locator('[data-compare-cards] > li').count()).toBe(3);
    expect(await page.locator('[data-compare-cards] > li').first().isVisible()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  test('the share link opens the same selection in a fresh browser, which can keep it', async () => {
    shareUrl = await page.locator('#selection-share').inputValue();
    expect(shareUrl).toBe(site.url(`selection/?cases=${[first.slug, second.slug, third.slug].join(',')}`));

    const fresh = await site.newPage();
    await fresh.goto(shareUrl);
    await compareReady(fresh);
    const titles = await fresh.locator('[data-compare-table] thead th[scope="col"] a').allTextContents();
    expect(titles).toEqual([first, second, third].map((entry) => entry.data.title));
    expect(await stored(fresh)).toEqual([]);
    await fresh.locator('button[data-selection-keep]').click();
    await expect.poll(() => stored(fresh)).toEqual([first.slug, second.slug, third.slug]);
    expect(await fresh.locator('a[data-selection-count]').getAttribute('aria-label')).toBe(
      'My selection, 3 case studies',
    );
    await fresh.context().close();
  });

  test('an unknown slug in a shared link is told, not dropped unseen', async () => {
    const fresh = await site.newPage();
    await fresh.goto(site.url(`selection/?cases=${first.slug},no-such-case-study,${second.slug}`));
    await compareReady(fresh);
    expect(await fresh.locator('[data-selection-notices]').textContent()).toContain('no-such-case-study');
    expect(await fresh.locator('[data-compare-table] thead th[scope="col"]').count()).toBe(2);
    await fresh.context().close();
  });

  test('by keyboard: a case study moves and is removed, the focus kept on the comparison', async () => {
    const later = page.getByRole('button', { name: `Move “${first.data.title}” later` }).first();
    await later.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stored(page)).toEqual([second.slug, first.slug, third.slug]);
    // The comparison is drawn again, then the focus goes to its heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compare-heading');

    await page
      .getByRole('button', { name: `Remove “${third.data.title}”` })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => stored(page)).toEqual([second.slug, first.slug]);
    await expect.poll(() => page.locator('[data-compare-table] thead th[scope="col"]').count()).toBe(2);
    // Put the third back for the pack.
    await addFrom(page, caseStudyPath(third.slug), third.slug);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of [
      ['the selection page, comparing', 'selection/'],
      ['the Welsh selection page, comparing', 'cy/selection/'],
      ['the briefing pack', 'selection/pack/'],
    ] as const) {
      test(`${name} has no WCAG A or AA violations in ${scheme} mode`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url(path));
        if (path.includes('pack'))
          await page.waitForFunction(() => document.documentElement.dataset.selectionPackReady === 'true');
        else await compareReady(page);
        expect(await page.locator('[data-selection-results]').textContent()).toContain(third.data.title);

        expect(await violations(page)).toEqual([]);
      });
    }
  }

  test('an empty selection page says how to choose, and has no violations', async () => {
    const fresh = await site.newPage();
    await fresh.goto(site.url('selection/'));
    await compareReady(fresh);
    expect(await fresh.locator('[data-selection-empty]').isVisible()).toBe(true);
    expect(await violations(fresh)).toEqual([]);
    await fresh.context().close();
  });

  describe('the briefing pack', () => {
    test('prints to an A4 PDF with a cover, contents and every case study, page numbers and the running title', async () => {
      const slugs = [second.slug, first.slug, third.slug];
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site.url(`selection/pack/?cases=${slugs.join(',')}`));
      await page.waitForFunction(() => document.documentElement.dataset.selectionPackReady === 'true');
      await page.locator('#pack-title').fill('Scrutiny committee, March');
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pdfDocument = await getDocumentProxy(new Uint8Array(pdf));
      const { totalPages, text } = await extractText(pdfDocument, { mergePages: false });

      // A cover, the contents, and each case study from a page of its own.
      expect(totalPages).toBeGreaterThanOrEqual(2 + slugs.length);
      expect(text[0]).toContain('Scrutiny committee, March');
      expect(text[0]).toContain('Prepared on');
      const contents = text.findIndex((pageText) => pageText.includes('Contents'));
      expect(contents).toBeGreaterThanOrEqual(0);
      const all = text.join('\n');
      for (const entry of [second, first, third]) {
        expect(text[contents]).toContain(entry.data.title.slice(0, 30));
        expect(all.split(entry.data.title.slice(0, 30)).length).toBeGreaterThanOrEqual(3);
      }
      // Page numbers and the running header from @page margin boxes, not on the cover.
      expect(text[1]).toMatch(new RegExp(`2 / ${totalPages}`));
      expect(text[1]).toContain('Scrutiny committee, March');
      expect(text[0]).not.toMatch(new RegExp(`1 / ${totalPages}`));
      // Links printed as their addresses.
      const source = [second, first, third].flatMap((entry) => entry.data.sources).find((item) => item.url);
      if (source?.url) expect(all.replace(/\s+/g, '')).toContain(source.url.replace(/\s+/g, ''));
    });

    test('downloads as one HTML file that opens with no request', async () => {
      const download = page.waitForEvent('download');
      await page.locator('button[data-pack-download]').click();
      const file = await (await download).path();
      const html = readFileSync(file, 'utf8');
      expect(html).toContain('Scrutiny committee, March');

      const offline = await site.browser.newContext({ offline: true });
      const view = await offline.newPage();
      const requests: string[] = [];
      view.on('request', (request) => {
        if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
      });
      await view.setContent(html, { waitUntil: 'load' });
      expect(requests).toEqual([]);
      for (const entry of [first, second, third])
        expect(await view.locator('h2', { hasText: entry.data.title }).count()).toBe(1);
      await offline.close();
    });
  });
});

test('without JavaScript, a case study says how to print it alone and the selection page what it is for', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url(caseStudyPath(first.slug)));
  expect(await page.locator('button[data-selection-toggle]').isVisible()).toBe(false);
  expect(await page.locator('[data-selection-without-script]').textContent()).toContain('Print');
  await page.goto(site.url('selection/'));
  expect(await page.locator('[data-selection-without-script]').isVisible()).toBe(true);
  expect(await page.locator('h1').textContent()).toBe('My selection');
  await context.close();
});

test('the Welsh comparison and pack, as drawn, show no English interface word outside text marked lang="en"', async () => {
  const welsh = published.find((entry) => entry.data.lang === 'cy')!;
  const english = published.filter((entry) => entry.data.lang === 'en').slice(0, 2);
  const cases = [welsh, ...english].map((entry) => entry.slug).join(',');
  // Proper names, and the titles of the sources as the case studies write them (a Welsh case study
  // may cite an English report), are content, not interface words.
  const names = [
    siteConfig.title,
    ...new Set(published.flatMap((entry) => [entry.data.organisation, ...(entry.data.partners ?? [])])),
    ...welsh.data.sources.map((source) => source.title),
  ].sort((a, b) => b.length - a.length);
  const page = await site.newPage();
  await page.goto(site.url(`cy/selection/?cases=${cases}`));
  await compareReady(page);
  expect(await page.locator('[data-compare-table] thead th[scope="col"]').count()).toBe(3);
  expect(englishInWelshPage(await page.content(), englishCatalogue(), names)).toEqual([]);
  await page.goto(site.url(`cy/selection/pack/?cases=${cases}`));
  await page.waitForFunction(() => document.documentElement.dataset.selectionPackReady === 'true');
  expect(await page.locator('[data-pack-case]').count()).toBe(3);
  expect(englishInWelshPage(await page.content(), englishCatalogue(), names)).toEqual([]);
  await page.context().close();
});

test('the Welsh header counts in Welsh', async () => {
  const page = await site.newPage();
  await page.goto(site.url('cy/'));
  await ready(page);
  await page.evaluate((key) => window.localStorage.setItem(key, JSON.stringify(['a-b', 'c-d'])), selectionStorageKey);
  await page.reload();
  await ready(page);
  expect(await page.locator('a[data-selection-count]').getAttribute('aria-label')).toBe(
    'Fy netholiad, 2 astudiaeth achos',
  );
  await page.context().close();
});
