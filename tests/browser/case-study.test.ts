import { afterAll, beforeAll, expect, test } from 'vitest';
import { labelOf } from '../../src/schema/taxonomy.ts';
import { caseStudyPath, openSite, published, regionLabel, taxonomy, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('a case-study page shows its place, region, organisation and themes', async () => {
  const entry = published.find((candidate) => candidate.data.lang === 'en')!;
  const page = await site.newPage();

  const response = await page.goto(site.url(caseStudyPath(entry.slug)));
  const main = await page.locator('main').innerText();

  expect(response?.status()).toBe(200);
  expect(await page.locator('h1').innerText()).toBe(entry.data.title);
  expect(main).toContain(entry.data.place);
  expect(main).toContain(regionLabel(entry));
  expect(main).toContain(entry.data.organisation);
  for (const theme of entry.data.themes) expect(main).toContain(labelOf(taxonomy.themes, theme));
});

test('a Welsh case-study page declares its language', async () => {
  const entry = published.find((candidate) => candidate.data.lang === 'cy');
  expect(entry, 'the sample library needs a Welsh case study (lang: cy)').toBeDefined();
  const page = await site.newPage();

  await page.goto(site.url(caseStudyPath(entry!.slug)));

  expect(await page.locator('html').getAttribute('lang')).toBe('cy');
  expect(await page.locator('h1').innerText()).toBe(entry!.data.title);
});
