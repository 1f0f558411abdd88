/**
 * Reading the library: every page type has no WCAG A or AA violations in light and dark mode, the
 * site works by keyboard, case-study pages need no JavaScript and stay small, lists paginate,
 * charts and the map carry the sample library's real numbers, and a case study prints cleanly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caseStudyOrders } from '../../src/lib/case-studies.ts';
import { listPageSize } from '../../src/lib/pagination.ts';
import { organisationSlug } from '../../src/lib/organisations.ts';
import { tocThreshold, wordCount } from '../../src/lib/toc.ts';
import { caseStudiesDir, contentRoot } from '../../src/schema/load-taxonomy.ts';
import { violations } from './axe.ts';
import { caseStudyPath, openSite, published, taxonomy, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

// A page with a chart and long enough for its table of contents (the tests below look at both).
const english = published.find(
  (entry) =>
    entry.data.lang === 'en' &&
    (entry.data.outcomes ?? []).some((outcome) => outcome.baseline) &&
    wordCount(entry.body) >= tocThreshold.words,
)!;
const welsh = published.find((entry) => entry.data.lang === 'cy')!;
const withImage = published.find((entry) => entry.data.image);
const mdx = published.find((entry) => readCaseStudyFile(entry.slug)?.endsWith('.mdx'));
const usedTopic = taxonomy.topics.find((topic) => published.some((entry) => entry.data.topics?.includes(topic.id)))!;
const unusedTopic = taxonomy.topics.find((topic) => !published.some((entry) => entry.data.topics?.includes(topic.id)));
const usedType = english.data.organisationType;

function readCaseStudyFile(slug: string): string | undefined {
  for (const extension of ['.md', '.mdx']) {
    const file = path.join(caseStudiesDir(contentRoot()), `${slug}${extension}`);
    try {
      readFileSync(file);
      return file;
    } catch {
      // Not this extension.
    }
  }
  return undefined;
}

/** One page of each type the site has, with real content. */
const pageTypes: [string, string][] = [
  ['home', ''],
  ['a case study with outcome charts', caseStudyPath(english.slug)],
  ['a Welsh case study', caseStudyPath(welsh.slug)],
  ...(withImage ? [['a case study with an image', caseStudyPath(withImage.slug)] as [string, string]] : []),
  ...(mdx ? [['an MDX case study', caseStudyPath(mdx.slug)] as [string, string]] : []),
  ['the list of case studies', 'case-studies/'],
  ...caseStudyOrders
    .filter((order) => order !== 'newest')
    .map((order): [string, string] => [`the list of case studies, ${order}`, `case-studies/by/${order}/`]),
  ...(published.length > listPageSize
    ? [['page 2 of the list of case studies', 'case-studies/page/2/'] as [string, string]]
    : []),
  ['the themes', 'themes/'],
  ['a theme', `themes/${english.data.themes[0]}/`],
  ['the topics', 'topics/'],
  ['a topic', `topics/${usedTopic.id}/`],
  ...(unusedTopic ? [['a topic without case studies', `topics/${unusedTopic.id}/`] as [string, string]] : []),
  ['the regions map', 'regions/'],
  ['a region', `regions/${english.data.region}/`],
  ['the nations', 'nations/'],
  ['a nation', 'nations/england/'],
  ['the types of organisation', 'organisation-types/'],
  ['a type of organisation', `organisation-types/${usedType}/`],
  ['the organisations', 'organisations/'],
  ['an organisation', `organisations/${organisationSlug(english.data.organisation)}/`],
  ['the library in numbers', 'stats/'],
  ['the open data', 'data/'],
  ['search', 'search/'],
  ['contribute', 'contribute/'],
  ['a missing page', 'no-such-page/'],
];

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, pagePath] of pageTypes) {
      test(`${name} has no WCAG A or AA violations in ${scheme} mode`, async () => {
        const page = await site.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(site.url(pagePath));

        expect(await violations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('small screens', () => {
  test('no page scrolls sideways on a 320 px wide screen; wide tables and charts scroll within themselves', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const [name, pagePath] of pageTypes) {
      await page.goto(site.url(pagePath));
      if ((await page.evaluate(() => document.documentElement.scrollWidth)) > 320) wide.push(name);
    }
    await context.close();

    expect(wide).toEqual([]);
  });
});

describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves the focus to the main content', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));

    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');

    expect(first).toBe('Skip to main content');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  test('every tile of the map is reached by Tab, shows where the focus is, and opens its region with Enter', async () => {
    const page = await site.newPage();
    await page.goto(site.url('regions/'));
    const tiles = await page.locator('.region-tile').count();

    const reached: string[] = [];
    for (let i = 0; i < 80 && reached.length < tiles; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.classList.contains('region-tile')
          ? document.activeElement.getAttribute('aria-label')
          : null,
      );
      if (label) reached.push(label);
    }
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!.querySelector('rect')!).strokeWidth,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/regions\/[a-z-]+\/$/);

    expect(reached).toHaveLength(taxonomy.regions.length);
    expect(parseFloat(outline)).toBeGreaterThanOrEqual(6);
  });

  test('a focused link has a visible outline', async () => {
    const page = await site.newPage();
    await page.goto(site.url('case-studies/'));

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const computed = getComputedStyle(document.activeElement!);
      return {
        tag: document.activeElement!.tagName,
        outline: computed.outlineStyle,
        width: parseFloat(computed.outlineWidth),
      };
    });

    expect(style.tag).toBe('A');
    expect(style.outline).not.toBe('none');
    expect(style.width).toBeGreaterThanOrEqual(2);
  });
});

describe('a case-study page', () => {
  test('shows everything without JavaScript: facts, contents, charts, sources, and the links to improve it', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));
    const charts = (english.data.outcomes ?? []).filter((outcome) => outcome.baseline).length;

    expect(await page.locator('.facts').isVisible()).toBe(true);
    expect(await page.locator('.toc a').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.outcome svg[role="img"]').count()).toBe(charts);
    expect(await page.locator('.sources > li').count()).toBe(english.data.sources.length);
    expect(await page.getByRole('link', { name: 'Edit this page on GitHub' }).getAttribute('href')).toMatch(
      new RegExp(`/edit/[^/]+/content/case-studies/${english.slug}\\.mdx?$`),
    );
    const report = new URL(
      (await page.getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href'))!,
    );
    expect(report.searchParams.get('template')).toBe('report-a-problem.yml');
    expect(report.searchParams.get('page')).toMatch(new RegExp(`/case-studies/${english.slug}/$`));
    await context.close();
  });

  test('names each chart with a sentence that gives its figures, years and change, and links its source', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));
    const outcome = english.data.outcomes!.find((candidate) => candidate.baseline)!;

    const chart = page.locator('.outcome svg[role="img"]').first();
    const name = await chart.evaluate(
      (svg) => document.getElementById(svg.getAttribute('aria-labelledby')!)!.textContent,
    );
    const source = await page.locator('.outcome--chart .source-ref').first().getAttribute('href');

    expect(name).toContain(outcome.metric);
    expect(name).toContain(String(outcome.year));
    expect(name).toContain(String(outcome.baseline!.year));
    expect(name).toMatch(/\b(up|down|unchanged)\b/);
    if (outcome.source) expect(source).toBe(`#source-${outcome.source}`);
  });

  test('transfers at most 30 KB of HTML and CSS, compressed', async () => {
    const sizes = await Promise.all(
      published.map(async (entry) => {
        const html = await (await fetch(site.url(caseStudyPath(entry.slug)))).text();
        const css = await Promise.all(
          [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(async ([, href]) =>
            (await fetch(new URL(href!, site.url()))).text(),
          ),
        );
        return gzipSync(html + css.join('')).length;
      }),
    );

    expect(Math.max(...sizes)).toBeLessThanOrEqual(30 * 1024);
  });

  test('describes itself to search engines and social sites: canonical URL, OpenGraph, Twitter card and schema.org JSON-LD', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));

    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);

    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
      new RegExp(`/case-studies/${english.slug}/$`),
    );
    expect(await meta('meta[property="og:type"]')).toBe('article');
    expect(await meta('meta[property="og:title"]')).toBe(english.data.title);
    expect(await meta('meta[property="og:image"]')).toMatch(/^https?:\/\//);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(jsonLd['@graph'][0]).toMatchObject({
      '@type': 'Article',
      headline: english.data.title,
      datePublished: english.data.published,
    });
  });

  test('prints without navigation, with link targets written out and charts kept', async () => {
    const page = await site.newPage();
    await page.goto(site.url(caseStudyPath(english.slug)));
    await page.emulateMedia({ media: 'print' });

    const hidden = await page.evaluate(() =>
      ['.site-nav', '.site-search', '.site-footer', '.breadcrumbs', '.toc', '.page-actions'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display,
      ),
    );
    const sourceLink = page.locator('.sources a[href^="http"]').first();
    const after = await sourceLink.evaluate((link) => getComputedStyle(link, '::after').content);
    const chartShown = await page.locator('.outcome svg').first().isVisible();
    const pdf = await page.pdf({ format: 'A4' });

    expect(hidden.every((display) => display === 'none')).toBe(true);
    expect(after).toContain(await sourceLink.getAttribute('href'));
    expect(chartShown).toBe(true);
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  test.runIf(withImage)(
    'shows its image through the image pipeline: sizes to choose from, width and height set, loaded lazily, with its text alternative',
    async () => {
      const page = await site.newPage();
      await page.goto(site.url(caseStudyPath(withImage!.slug)));

      const image = page.locator('.case-study__image img');
      const attributes = await image.evaluate((img) => ({
        srcset: img.getAttribute('srcset'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        alt: img.getAttribute('alt'),
        src: img.getAttribute('src'),
      }));
      await image.scrollIntoViewIfNeeded();
      const loaded = await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));

      expect(attributes.srcset?.split(',').length).toBeGreaterThanOrEqual(2);
      expect(Number(attributes.width)).toBeGreaterThan(0);
      expect(Number(attributes.height)).toBeGreaterThan(0);
      expect(attributes.loading).toBe('lazy');
      expect(attributes.alt).toBe(withImage!.data.image!.alt);
      expect(attributes.src).toMatch(/\/_astro\//);
      expect(loaded).toBeGreaterThan(0);
    },
  );
});

describe('browsing', () => {
  test('pages the list of all case studies so that every one is listed once, in each order', async () => {
    for (const order of caseStudyOrders) {
      const page = await site.newPage();
      const first = order === 'newest' ? 'case-studies/' : `case-studies/by/${order}/`;
      await page.goto(site.url(first));
      const seen: string[] = [];
      for (;;) {
        seen.push(
          ...(await page
            .locator('.card__title a')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))),
        );
        const next = page.locator('.pagination a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
      }

      expect(seen, order).toHaveLength(published.length);
      expect(new Set(seen).size, order).toBe(published.length);
      await page.close();
    }
  });

  test('lists at most one page of cards on any list page', async () => {
    const page = await site.newPage();
    await page.goto(site.url('case-studies/'));

    expect(await page.locator('.card').count()).toBe(Math.min(listPageSize, published.length));
  });

  test('the map shows each region’s number of case studies, the same as its table', async () => {
    const page = await site.newPage();
    await page.goto(site.url('regions/'));

    for (const region of taxonomy.regions) {
      const count = published.filter((entry) => entry.data.region === region.id).length;
      const tile = page.locator(`.region-tile[href$="/regions/${region.id}/"]`);
      const row = page.locator('.region-table tbody tr', { has: page.locator(`a[href$="/regions/${region.id}/"]`) });

      expect(await tile.getAttribute('aria-label'), region.id).toBe(
        `${region.label}: ${count} ${count === 1 ? 'case study' : 'case studies'}`,
      );
      expect(await tile.locator('.region-tile__count').textContent(), region.id).toBe(String(count));
      expect(await row.locator('td.num').textContent(), region.id).toBe(String(count));
    }
  });

  test('the library in numbers counts the case studies by pillar and region as the content does', async () => {
    const page = await site.newPage();
    await page.goto(site.url('stats/'));
    const region = english.data.region;
    const theme = english.data.themes[0]!;
    const expected = published.filter(
      (entry) => entry.data.region === region && entry.data.themes.includes(theme),
    ).length;
    const column = taxonomy.themes.findIndex((candidate) => candidate.id === theme);

    const row = page.locator('.heat-table tbody tr', { has: page.locator(`th a[href$="/regions/${region}/"]`) });
    const cell = row.locator('td.heat-cell').nth(column);

    // innerText: the number as shown, without the white space around it in the HTML.
    expect(await cell.innerText()).toBe(String(expected));
    expect(await page.locator('.stat-tile dd').first().innerText()).toBe(String(published.length));
  });
});
