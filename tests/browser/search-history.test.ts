/**
 * The search page and the browser's history (issue 15, item 3): a search the reader paused on,
 * submitted, or changed by a filter or an order is one entry; the searches run while typing
 * replace each other; Back and Forward restore the words, filters, order and scroll.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSite, queryString, resultsFor, searchPage, tick, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** Waits until the page has marked the current entry as a search the reader settled on. */
const settled = (page: Page) =>
  page.waitForFunction(() => (history.state as { settled?: boolean } | null)?.settled === true);

/** Types `words` into the page's search box key by key, as a reader does, and waits for the pause to settle them. */
async function typeAndPause(page: Page, words: string) {
  await page.locator(searchPage.query).fill('');
  await page.locator(searchPage.query).pressSequentially(words, { delay: 25 });
  await resultsFor(page, queryString(words));
  await settled(page);
}

describe('history', () => {
  test('three searches paused on, then two Backs, restore the first two; keystrokes between add no entry', async () => {
    const page = await site.newPage();
    await page.goto(site.url('search/'));
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset.ready === 'true');
    const start = await page.evaluate(() => history.length);

    await typeAndPause(page, 'living wage');
    await typeAndPause(page, 'co-operative');
    // Where the reader had scrolled to on the second search's results.
    await page.evaluate(() => scrollTo(0, 250));
    await page.waitForFunction(() => (history.state as { scroll?: number } | null)?.scroll === 250);
    // The third search typed without moving the page (fill would scroll the box into view).
    await page.evaluate(() => {
      const input = document.getElementById('search-q') as HTMLInputElement;
      input.value = 'procurement';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await resultsFor(page, queryString('procurement'));
    await settled(page);

    // The empty page the reader opened gave way to the first search: three searches, three entries.
    expect(await page.evaluate(() => history.length)).toBe(start + 2);

    await page.goBack();
    await resultsFor(page, queryString('co-operative'));
    expect(await page.locator(searchPage.query).inputValue()).toBe('co-operative');
    expect(new URL(page.url()).searchParams.get('q')).toBe('co-operative');
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(250);

    await page.goBack();
    await resultsFor(page, queryString('living wage'));
    expect(await page.locator(searchPage.query).inputValue()).toBe('living wage');

    await page.goForward();
    await resultsFor(page, queryString('co-operative'));
    expect(await page.locator(searchPage.query).inputValue()).toBe('co-operative');
  });

  test('a search submitted before the pause is an entry of its own; the keystrokes before it are not', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString('living wage')}`));
    await resultsFor(page, queryString('living wage'));
    const start = await page.evaluate(() => history.length);

    await page.locator(searchPage.query).fill('');
    await page.locator(searchPage.query).pressSequentially('pension', { delay: 25 });
    await page.locator(searchPage.query).press('Enter');
    await resultsFor(page, queryString('pension'));

    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    await page.goBack();
    await resultsFor(page, queryString('living wage'));
    expect(await page.locator(searchPage.query).inputValue()).toBe('living wage');
  });

  test('a filter and an order are entries of their own, and Back restores each', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString('procurement')}`));
    await resultsFor(page, queryString('procurement'));

    await tick(page, 'nation', 'scotland');
    const filtered = queryString('procurement', { nation: ['scotland'] });
    await resultsFor(page, filtered);
    await page.locator('#search-sort').selectOption('newest');
    await resultsFor(page, `${filtered}&sort=newest`);

    await page.goBack();
    await resultsFor(page, filtered);
    expect(await page.locator('#search-sort').inputValue()).toBe('relevance');
    expect(await page.locator(searchPage.checkbox('nation', 'scotland')).isChecked()).toBe(true);

    await page.goBack();
    await resultsFor(page, queryString('procurement'));
    expect(await page.locator(searchPage.checkbox('nation', 'scotland')).isChecked()).toBe(false);

    await page.goForward();
    await page.goForward();
    await resultsFor(page, `${filtered}&sort=newest`);
    expect(await page.locator('#search-sort').inputValue()).toBe('newest');
  });
});
