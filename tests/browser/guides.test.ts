/**
 * How-to guides (docs/public-interface.md §10) in the built site: each guide and the case studies it cites
 * link both ways, theme and topic pages list their guides, the pages have no WCAG A or AA
 * violations in light and dark mode, read without JavaScript and print cleanly, and search finds a
 * guide apart from the case studies without changing what a filter returns.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { violations } from './axe.ts';
import {
  allResultPaths,
  base,
  caseStudyPath,
  openSite,
  published,
  publishedGuides,
  queryString,
  resultsFor,
  type Site,
} from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const guidePath = (slug: string) => `guides/${slug}/`;
const guide = publishedGuides.find((one) => (one.data.topics ?? []).length > 0)!;
const cited = guide.data.cases[0]!;
const topic = guide.data.topics![0]!;

/** The paths (under the origin) of the links in the section headed by `#headingId`. */
async function linksUnder(page: import('playwright-core').Page, headingId: string): Promise<string[]> {
  return page
    .locator(`section:has(> #${headingId}) a`)
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

test('the sample library has guides, each citing published case studies', () => {
  expect(publishedGuides.length).toBeGreaterThanOrEqual(6);
  const slugs = new Set(published.map((entry) => entry.slug));
  for (const one of publishedGuides) for (const slug of one.data.cases) expect(slugs.has(slug), slug).toBe(true);
});

describe('a guide and its case studies link both ways', () => {
  test.each(publishedGuides.map((one) => [one.slug, one] as const))('%s', async (_slug, one) => {
    const page = await site.newPage();
    await page.goto(site.url(guidePath(one.slug)));

    expect(await linksUnder(page, 'cases-heading')).toEqual(
      one.data.cases.map((slug) => `${base}${caseStudyPath(slug)}`),
    );
    for (const slug of one.data.cases) {
      await page.goto(site.url(caseStudyPath(slug)));
      // A case study's page is in the interface of its own language, and links to that interface's guide page.
      const welsh = published.find((entry) => entry.slug === slug)?.data.lang === 'cy' ? 'cy/' : '';
      expect(await linksUnder(page, 'guides-heading'), slug).toContain(`${base}${welsh}${guidePath(one.slug)}`);
    }
    await page.close();
  });

  test('a case study that no guide cites has no guides section', async () => {
    const citedAnywhere = new Set(publishedGuides.flatMap((one) => one.data.cases));
    const uncited = published.find((entry) => !citedAnywhere.has(entry.slug));
    expect(uncited, 'the sample library needs a case study that no guide cites').toBeDefined();
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(uncited!.slug)));

    expect(await page.locator('#guides-heading').count()).toBe(0);
  });
});

describe('lists of guides', () => {
  test('the list of guides links every published guide', async () => {
    const page = await site.newPage();
    await page.goto(site.url('guides/'));

    const links = await page
      .locator('main .guide-list h2 a')
      .evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(links.sort()).toEqual(publishedGuides.map((one) => `${base}${guidePath(one.slug)}`).sort());
  });

  test('a theme page and a topic page list the guides with that term, and only those', async () => {
    const page = await site.newPage();
    for (const [segment, key, id] of [
      ['themes', 'themes', guide.data.themes[0]!],
      ['topics', 'topics', topic],
    ] as const) {
      await page.goto(site.url(`${segment}/${id}/`));
      const expected = publishedGuides
        .filter((one) => (one.data[key] ?? []).includes(id))
        .map((one) => `${base}${guidePath(one.slug)}`);

      expect((await linksUnder(page, 'guides-heading')).sort()).toEqual(expected.sort());
    }
  });

  test('every page links to the list of guides from its main menu', async () => {
    const page = await site.newPage();
    await page.goto(site.url());

    expect(await page.locator(`.site-nav a[href="${base}guides/"]`).count()).toBe(1);
  });
});

describe('accessibility of the guide pages', () => {
  const pages: [string, string][] = [
    ['the list of guides', 'guides/'],
    ['a guide', guidePath(guide.slug)],
    ['a case study with its guides', caseStudyPath(cited)],
    ['a topic with its guides', `topics/${topic}/`],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, pagePath] of pages) {
      test(`${name} has no WCAG A or AA violations in ${scheme} mode`, async () => {
        const page = await site.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url(pagePath));

        expect(await violations(page)).toEqual([]);
        await page.close();
      });
    }
    test(`the search page showing a guide has no WCAG A or AA violations in ${scheme} mode`, async () => {
      const words = guide.data.title;
      const page = await site.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url(`search/?${queryString(words)}`));
      await resultsFor(page, queryString(words));

      expect(await page.locator('#search-guides-list > li').count()).toBeGreaterThan(0);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('a guide page', () => {
  test('reads without JavaScript: its text, its case studies and its sources', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(guidePath(guide.slug)));

    expect(await page.locator('h1').textContent()).toBe(guide.data.title);
    expect(await page.locator('.guide .prose h2').count()).toBeGreaterThan(0);
    expect(await linksUnder(page, 'cases-heading')).toHaveLength(guide.data.cases.length);
    expect(await page.locator('.sources li').count()).toBe(guide.data.sources?.length ?? 0);
    await context.close();
  });

  test('prints without navigation, with its address and link targets written out', async () => {
    const page = await site.newPage();
    await page.goto(site.url(guidePath(guide.slug)));
    await page.emulateMedia({ media: 'print' });

    const hidden = await page.evaluate(() =>
      ['.site-nav', '.site-search', '.site-footer', '.breadcrumbs', '.page-actions'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display,
      ),
    );
    const printedFrom = await page.locator('.print-only').isVisible();
    const sourceLink = page.locator('.sources a[href^="http"]').first();
    const after = await sourceLink.evaluate((link) => getComputedStyle(link, '::after').content);

    expect(hidden.every((display) => display === 'none')).toBe(true);
    expect(printedFrom).toBe(true);
    expect(after).toContain(await sourceLink.getAttribute('href'));
  });
});

describe('search', () => {
  test('finds a guide by the words of its title, apart from the case studies', async () => {
    const words = guide.data.title;
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString(words)}`));
    await resultsFor(page, queryString(words));

    const guides = await page
      .locator('#search-guides-list a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(guides[0]).toBe(`${base}${guidePath(guide.slug)}`);
    expect((await allResultPaths(page)).filter((path) => path.startsWith(`${base}guides/`))).toEqual([]);
  });

  test('a filtered search returns case studies alone, and shows no guides', async () => {
    const words = guide.data.title;
    const filters = { theme: [guide.data.themes[0]!] };
    const page = await site.newPage();
    await page.goto(site.url(`search/?${queryString(words, filters)}`));
    await resultsFor(page, queryString(words, filters));

    const paths = await allResultPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith(`${base}case-studies/`))).toBe(true);
    expect(await page.locator('#search-guides').isHidden()).toBe(true);
  });
});
