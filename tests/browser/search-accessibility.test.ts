import { afterAll, beforeAll, expect, test } from 'vitest';
import { violations } from './axe.ts';
import { openSite, published, queryString, resultsFor, searchPage, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('the search page with results, every filter group open with its counts has no WCAG A or AA violations', async () => {
  const entry = published[0]!;
  const filters = { theme: [entry.data.themes[0]!], region: [entry.data.region] };
  const page = await site.newPage();
  await page.goto(site.url(`search/?${queryString('community', filters)}`));
  await resultsFor(page, queryString('community', filters));

  for (const group of await page.locator('details[data-facet]').all())
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  await page.waitForFunction(
    (expected) => {
      const form = document.getElementById('search-form');
      return (
        form?.dataset.counts === expected &&
        (form.dataset.counted ?? '').split(' ').length === document.querySelectorAll('details[data-facet]').length
      );
    },
    queryString('community', filters),
  );

  expect(await page.locator(searchPage.results).count()).toBeGreaterThan(0);
  expect(await page.locator('details[data-facet]:not([open])').count()).toBe(0);
  expect(await violations(page)).toEqual([]);
});

test('the search page with no results and an announced count has no WCAG A or AA violations', async () => {
  const page = await site.newPage();
  await page.goto(site.url(`search/?${queryString('zzzqqqxxy')}`));
  await resultsFor(page, queryString('zzzqqqxxy'));

  expect(await page.locator(searchPage.status).innerText()).toMatch(/^No case studies found/);
  expect(await page.locator('#search-empty').isVisible()).toBe(true);
  expect(await violations(page)).toEqual([]);
});

test('on a phone, the search page with its filters folded, then unfolded, has no WCAG A or AA violations', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(site.url(`search/?${queryString('community')}`));
  await resultsFor(page, queryString('community'));

  expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();
  expect(await violations(page)).toEqual([]);
  await page.locator('#search-filters > summary').click();
  await page.locator('details[data-facet="theme"] > summary').click();
  await page.waitForFunction(() => document.getElementById('search-form')?.dataset.counted === 'theme');
  expect(await violations(page)).toEqual([]);
  await context.close();
});
