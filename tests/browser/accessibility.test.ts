import { afterAll, beforeAll, expect, test } from 'vitest';
import { violations } from './axe.ts';
import { caseStudyPath, openSite, published, queryString, resultsFor, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('the home page has no WCAG A or AA violations', async () => {
  const page = await site.newPage();
  await page.goto(site.url());

  expect(await violations(page)).toEqual([]);
});

test('a case-study page has no WCAG A or AA violations', async () => {
  const page = await site.newPage();
  await page.goto(site.url(caseStudyPath(published[0]!.slug)));

  expect(await violations(page)).toEqual([]);
});

test('the search page with results shown has no WCAG A or AA violations', async () => {
  const theme = published[0]!.data.themes[0]!;
  const page = await site.newPage();
  await page.goto(site.url(`search/?${queryString('', { theme: [theme] })}`));
  await resultsFor(page, queryString('', { theme: [theme] }));

  expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
  expect(await violations(page)).toEqual([]);
});
