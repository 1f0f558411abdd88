/**
 * What typing costs (issue 15: a first search at 10,000 case studies under 300 KB, typed too): a
 * search waits longer while the word being typed has one or two letters, which Pagefind would match
 * by prefix across much of the index; and a search overtaken by more typing stops before it loads
 * its results' fragments.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { shortWordDelay, typingDelay } from '../../src/lib/search-query.ts';
import { openSite, queryString, resultsFor, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** The search page with its index loaded, ready for typing. */
async function readyPage(): Promise<Page> {
  const page = await site.newPage();
  await page.goto(site.url('search/'));
  await page.waitForFunction(() => document.getElementById('search-form')?.dataset.ready === 'true');
  return page;
}

/** Puts `value` in the search box as one keystroke would, and resolves to the milliseconds until the list answered it. */
async function msToAnswer(page: Page, value: string): Promise<number> {
  return page.evaluate(
    ({ value, expected }) =>
      new Promise<number>((resolve) => {
        const list = document.getElementById('search-results')!;
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (list.dataset.query !== expected) return;
          observer.disconnect();
          resolve(performance.now() - started);
        }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
        const input = document.getElementById('search-q') as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { value, expected: queryString(value) },
  );
}

test('a search waits for a longer pause while the word being typed has one or two letters', async () => {
  const page = await readyPage();
  // A timer never fires early: the short word's search cannot start before its pause is over.
  expect(await msToAnswer(page, 'pr')).toBeGreaterThanOrEqual(shortWordDelay);
  await msToAnswer(page, '');
  const whole = await msToAnswer(page, 'preston');
  expect(whole).toBeGreaterThanOrEqual(typingDelay);
  await resultsFor(page, queryString('preston'));
});

test('a search overtaken by more typing stops before its results’ fragments load', async () => {
  const page = await readyPage();
  // The index parts held back until released: the first search is still waiting for them when
  // the reader types on.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.context().route('**/pagefind/index/**', async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  await page.evaluate(() => {
    const box = document.getElementById('search-q') as HTMLInputElement;
    box.value = 'wales';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect.poll(() => held).toBeGreaterThan(0);
  await page.evaluate(() => {
    const box = document.getElementById('search-q') as HTMLInputElement;
    box.value = 'wales cardiff';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  release();
  await resultsFor(page, queryString('wales cardiff'));
  const shown = await page.locator('#search-results > li').count();
  const worker = page.workers().find((candidate) => candidate.url().includes('/pagefind/'));
  expect(worker, 'Pagefind’s worker').toBeDefined();
  const fragments = await worker!.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('/fragment/')),
  );
  // Only the fragments of the results shown, not those of "wales" alone (17 case studies).
  expect(shown).toBeGreaterThan(0);
  expect(new Set(fragments).size).toBeLessThanOrEqual(shown);
});
