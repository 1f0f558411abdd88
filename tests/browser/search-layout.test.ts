/**
 * How the search page and the header sit on a screen (issues 15 and 19): nothing moves when the
 * results arrive (layout shift measured by the browser), the header takes at most 15 % of a phone's
 * screen and reads in dark mode, and the search page has one search box.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { caseStudyPath, openSite, published, queryString, resultsFor, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };

/** A context whose pages add up their layout shifts from the start (as Lighthouse's CLS: none after input). */
async function measuringContext(viewport: { width: number; height: number }): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport });
  await context.addInitScript(() => {
    const counted = window as unknown as { layoutShift: number };
    counted.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) counted.layoutShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return context;
}

const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);

describe('layout shift when the results arrive (issue 15)', () => {
  test.each([
    ['a phone', phone],
    ['a laptop', laptop],
  ])('stays at or below 0.05 on %s for a search opened by its address', async (_name, viewport) => {
    const context = await measuringContext(viewport);
    const page = await context.newPage();
    await page.goto(site.url(`search/?${queryString('procurement')}`));
    await resultsFor(page, queryString('procurement'));
    // The guides that match come after the case studies, and the counts after both.
    await page.waitForFunction(() => document.getElementById('search-form')?.dataset.counts === 'q=procurement');
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.05);
    await context.close();
  });
});

describe('the search page’s head', () => {
  test('preloads files of the search bundle that exist, and the search uses them', async () => {
    const page = await site.newPage();
    const fetched: string[] = [];
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(site.url(`search/?${queryString('procurement')}`));
    await resultsFor(page, queryString('procurement'));
    const preloads = await page
      // The search bundle's own; the scripts' dynamic imports add module preloads of their own.
      .locator('link[rel="preload"][href*="pagefind"], link[rel="modulepreload"][href*="pagefind"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));

    // The script without sorts and the WebAssembly; not the entry file, which Pagefind asks for with a new ?ts= each time.
    expect(preloads.length).toBe(2);
    for (const preload of preloads) {
      expect((await page.request.get(new URL(preload, page.url()).href)).status(), preload).toBe(200);
      expect(fetched, preload).toContain(preload);
    }
  });
});

describe('the header (issue 19)', () => {
  test.each(['', 'cy/', caseStudyPath(published[0]!.slug), 'search/'])(
    'takes at most 15 per cent of a 390 × 844 phone screen on /%s',
    async (path) => {
      const context = await site.browser.newContext({ viewport: phone });
      const page = await context.newPage();
      await page.goto(site.url(path));
      const header = await page.locator('.site-header').boundingBox();

      expect(header!.height).toBeLessThanOrEqual(phone.height * 0.15);
      // Every section is still there, on a line that scrolls sideways.
      expect(await page.locator('.site-nav a').count()).toBeGreaterThanOrEqual(6);
      await context.close();
    },
  );

  test('has a search box that is dark in dark mode, with text that reads on it', async () => {
    const context = await site.browser.newContext({ viewport: laptop, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.url(caseStudyPath(published[0]!.slug)));
    const colours = await page.locator('#site-search-q').evaluate((input) => {
      const style = getComputedStyle(input);
      const header = getComputedStyle(document.querySelector('.site-header')!).backgroundColor;
      return { background: style.backgroundColor, text: style.color, border: style.borderTopColor, header };
    });

    expect(colours.background).not.toBe('rgb(255, 255, 255)');
    expect(contrast(colours.background, 'rgb(0, 0, 0)')).toBeLessThan(2);
    expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    // The box's edge stands out from the header around it (WCAG 1.4.11: 3 to 1).
    expect(contrast(colours.border, colours.header)).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});

describe('the search page (issue 19)', () => {
  test.each([
    ['a phone', phone],
    ['a laptop', laptop],
  ])('shows one search box on %s', async (_name, viewport) => {
    const context = await site.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(site.url('search/'));
    const boxes = page.locator('input[type="search"]');
    let visible = 0;
    for (let index = 0; index < (await boxes.count()); index++) if (await boxes.nth(index).isVisible()) visible++;

    expect(visible).toBe(1);
    expect(await page.locator('#search-q').isVisible()).toBe(true);
    await context.close();
  });
});

/** The WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(one: string, other: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
