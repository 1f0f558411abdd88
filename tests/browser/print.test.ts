/**
 * Printing a case study with a figure: no page may end more than a fifth blank because the figure
 * that comes next did not fit below it (issue 19). The page is printed to PDF by headless Chromium
 * (`page.pdf`, A4 and US Letter) and the PDF read back with unpdf (PDF.js): where each line of text
 * and each picture landed on each page. Measuring the PDF, rather than element boxes under print
 * emulation, measures Chromium's own page breaks: emulation lays the page out as one long sheet.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { printedPages, type PrintedPage } from './pdf-pages.ts';
import { caseStudyPath, openSite, type Site } from './site.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The Preston anchor case study: the one with a diagram (issue 19 found page 1 40 % blank before it). */
const preston = 'preston-anchor-institution-procurement';

/** How much of each page but the last is left blank below its content, as a share of the printed area. */
function blankShares(pages: readonly PrintedPage[]): number[] {
  const all = pages.flatMap((page) => page.items);
  const areaTop = Math.max(...all.map((item) => item.top));
  const areaBottom = Math.min(...all.map((item) => item.bottom));
  return pages.map((page) => {
    const lowest = Math.min(...page.items.map((item) => item.bottom));
    return (lowest - areaBottom) / (areaTop - areaBottom);
  });
}

const squeeze = (text: string) => text.replace(/\s+/g, '').toLowerCase();

describe(`printing ${preston}`, { timeout: 60_000 }, () => {
  for (const format of ['A4', 'Letter'] as const)
    test(`on ${format}, no page is left more than a fifth blank before a figure`, async () => {
      const page = await site.newPage();
      await page.goto(site.url(caseStudyPath(preston)));
      // The picture loads lazily: load it as the print dialogue of a browser would.
      await page.evaluate(async () => {
        for (const image of document.images) image.loading = 'eager';
        await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
      });
      await page.emulateMedia({ media: 'print' });
      // What starts each figure on paper: its picture, or the first line of its text (a chart's).
      const figures = await page.evaluate(() =>
        [...document.querySelectorAll('main figure')]
          .filter((figure) => getComputedStyle(figure).display !== 'none')
          .map((figure) => ({
            image: figure.querySelector('img') !== null,
            firstLine: (figure as HTMLElement).innerText.split('\n').find((line) => line.trim() !== '') ?? '',
          })),
      );
      expect(figures.some((figure) => figure.image)).toBe(true);

      const pages = await printedPages(new Uint8Array(await page.pdf({ format })));
      const blank = blankShares(pages);
      const startsWithFigure = (printed: PrintedPage) => {
        const first = printed.items[0]!;
        if (first.kind === 'image') return true;
        return figures.some(
          (figure) =>
            !figure.image &&
            squeeze(figure.firstLine) !== '' &&
            squeeze(first.text).startsWith(squeeze(figure.firstLine).slice(0, 24)),
        );
      };

      // The diagram is printed, and every page before one that opens with a figure is nearly full.
      expect(pages.some((printed) => printed.items.some((item) => item.kind === 'image'))).toBe(true);
      const report = pages.map(
        (printed, index) =>
          `page ${printed.number}: ${Math.round(blank[index]! * 100)} % blank, starts with ${printed.items[0]?.kind === 'image' ? 'a picture' : `“${printed.items[0]?.text.slice(0, 40)}”`}`,
      );
      for (let index = 0; index + 1 < pages.length; index++)
        if (startsWithFigure(pages[index + 1]!)) expect(blank[index], report.join('\n')).toBeLessThanOrEqual(0.2);
    });
});
