import { expect, test } from 'vitest';
import { laterPageNumbers, pageNumbersToShow, pageUrl, paginate } from '../../../src/lib/pagination.ts';

test('cuts a list into pages of the given size, the last one shorter', () => {
  const pages = paginate(
    Array.from({ length: 50 }, (_, index) => index),
    24,
  );

  expect(pages.map((page) => page.items.length)).toEqual([24, 24, 2]);
  expect(pages[2]).toMatchObject({ number: 3, pages: 3, total: 50, from: 49, to: 50 });
  expect(pages[1]!.items[0]).toBe(24);
});

test('gives an empty list one empty page, so that its address still exists', () => {
  expect(paginate([], 24)).toEqual([{ items: [], number: 1, pages: 1, total: 0, from: 0, to: 0 }]);
});

test('keeps a list that fits on one page on one page', () => {
  expect(paginate([1, 2, 3], 3)).toHaveLength(1);
});

test('refuses a page size that is not a positive whole number', () => {
  expect(() => paginate([1], 0)).toThrow(RangeError);
  expect(() => paginate([1], 2.5)).toThrow(RangeError);
});

test('keeps the list address for page 1 and adds page/<n>/ for the others', () => {
  expect(pageUrl('/themes/finance/', 1)).toBe('/themes/finance/');
  expect(pageUrl('/cwb/themes/finance/', 3)).toBe('/cwb/themes/finance/page/3/');
  expect(laterPageNumbers(1)).toEqual([]);
  expect(laterPageNumbers(4)).toEqual([2, 3, 4]);
});

test('shows the first, last and neighbouring page numbers with gaps between', () => {
  expect(pageNumbersToShow(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
  expect(pageNumbersToShow(1, 3)).toEqual([1, 2, 3]);
  expect(pageNumbersToShow(1, 1)).toEqual([1]);
});

test('shows a single missing page instead of a gap', () => {
  expect(pageNumbersToShow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(pageNumbersToShow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
});

test('shows at most seven numbers however many pages there are', () => {
  for (const current of [1, 2, 50, 416, 417]) expect(pageNumbersToShow(current, 417).length).toBeLessThanOrEqual(7);
});
