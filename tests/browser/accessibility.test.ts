import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { caseStudyPath, openSite, published, queryString, resultsFor, type Site } from './site.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page as it is now and returns its WCAG A and AA violations, readably. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: runOnly } })).violations;
  }, tags);
  return found.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

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
