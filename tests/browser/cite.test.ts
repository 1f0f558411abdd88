/**
 * "Cite this case study" in the built site (docs/public-interface.md §8, citations): the Harvard
 * citation is on the page without JavaScript (with the build's day, and a note saying so); with
 * JavaScript it gives the reader's day and copies; its three files download and parse back in
 * citation-js with the case study's title, organisation, year, address and access date; a case
 * study written in Welsh is cited in Welsh.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { citationDate, citationMonths } from '../../src/lib/citation-date.ts';
import { violations } from './axe.ts';
import { caseStudyPath, openSite, published, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const english = published.find((entry) => entry.data.lang === 'en')!;
const welsh = published.find((entry) => entry.data.lang === 'cy')!;

/** The reader's day in the browser's time zone, as `YYYY-MM-DD`. */
const todayIn = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

describe('without JavaScript', () => {
  test('the page shows the Harvard citation with the day it was built, and says so', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));

    const citation = (await page.locator('[data-citation]').textContent())!;
    expect(citation).toContain(english.data.organisation);
    expect(citation).toContain(`(${english.data.published.slice(0, 4)})`);
    expect(citation).toContain(english.data.title);
    expect(citation).toMatch(new RegExp(`Available at: https?://\\S+/case-studies/${english.slug}/ \\(Accessed`));
    expect(citation).toMatch(/\(Accessed: \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
    expect(await page.locator('[data-cite-note]').textContent()).toContain('the day this page was last built');
    expect(await page.locator('[data-cite-copy]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('with JavaScript', () => {
  test('“Accessed” is the reader’s day, and the citation copies', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));
    const today = await todayIn(page);

    await expect.poll(() => page.locator('[data-cite-accessed]').getAttribute('datetime')).toBe(today);
    expect(await page.locator('[data-cite-accessed]').textContent()).toBe(citationDate(today, citationMonths.en));
    expect(await page.locator('[data-cite-note]').textContent()).toContain('today’s date');

    await page.getByRole('button', { name: 'Copy the citation' }).click();
    await expect.poll(() => page.locator('[data-cite-status]').textContent()).toBe('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('[data-citation]').textContent(),
    );
    await context.close();
  });

  test('a case study written in Welsh is cited in Welsh, with the reader’s day in Welsh', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(welsh.slug)));
    const today = await todayIn(page);

    await expect.poll(() => page.locator('[data-cite-accessed]').getAttribute('datetime')).toBe(today);
    const citation = (await page.locator('[data-citation]').textContent())!;
    expect(citation).toContain('Ar gael yn: ');
    expect(citation).toContain(`(Cyrchwyd: ${citationDate(today, citationMonths.cy)}).`);
    expect(await page.getByRole('heading', { name: 'Cyfeirio at yr astudiaeth achos hon' }).count()).toBe(1);
    await page.context().close();
  });
});

test.each(['light', 'dark'] as const)(
  'the section, its copy button shown, has no WCAG A or AA violation (%s)',
  async (scheme) => {
    const page = await site.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(site.url(caseStudyPath(english.slug)));
    await page.locator('[data-cite-copy]').waitFor({ state: 'visible' });
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  },
);

describe.each(['ris', 'bibtex', 'csl'] as const)('the %s file', (format) => {
  test('downloads from the page and parses back with title, organisation, year, address and access date', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-cite-file="${format}"]`).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');

    const [record, ...others] = new Cite(text).data as Record<string, unknown>[];
    expect(others).toEqual([]);
    expect(record!.title).toBe(english.data.title);
    expect(JSON.stringify(record!.author)).toContain(JSON.stringify(english.data.organisation).slice(1, -1));
    expect((record!.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(
      Number(english.data.published.slice(0, 4)),
    );
    expect(record!.URL).toMatch(new RegExp(`/case-studies/${english.slug}/$`));
    expect((record!.accessed as { 'date-parts': number[][] })['date-parts'][0]).toHaveLength(3);
    await page.context().close();
  });
});

describe.each(['ris', 'bibtex', 'csl'] as const)('the selection’s %s export', (format) => {
  test('holds one record for each case study the selection shows, and parses back', async () => {
    const chosen = published.filter((entry) => entry.data.lang === 'en').slice(0, 3);
    const page = await site.newPage();
    await page.goto(site.url(`/selection/?cases=${chosen.map(({ slug }) => slug).join(',')}`));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-export-citations="${format}"]`).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);

    const records = new Cite(Buffer.concat(chunks).toString('utf8')).data as Record<string, unknown>[];
    expect(records.map((record) => record.title)).toEqual(chosen.map(({ data }) => data.title));
    for (const [index, record] of records.entries())
      expect(record.URL).toMatch(new RegExp(`/case-studies/${chosen[index]!.slug}/$`));
    await page.context().close();
  });
});
