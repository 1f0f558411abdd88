import { expect, test } from 'vitest';
import { listPageSize, paginate } from '../../../src/lib/pagination.ts';
import { caseStudiesPerPage, compactListPageSize, pageInLanguage } from '../../../src/site/listing.ts';

const items = Array.from({ length: 1000 }, (_, index) => index + 1);

test('the Welsh lists hold five English pages a page', () => {
  expect(caseStudiesPerPage('en')).toBe(listPageSize);
  expect(caseStudiesPerPage('cy')).toBe(compactListPageSize);
  expect(compactListPageSize % listPageSize).toBe(0);
});

test('the switch of an English page goes to the Welsh page holding its case studies, and back to the first of them', () => {
  const english = paginate(items, caseStudiesPerPage('en'));
  const welsh = paginate(items, caseStudiesPerPage('cy'));
  for (const page of english) {
    const target = welsh[pageInLanguage(page.number, 'en', 'cy') - 1]!;
    // Every case study of the English page is on that one Welsh page.
    expect(page.items.every((item) => target.items.includes(item))).toBe(true);
  }
  for (const page of welsh) {
    const target = english[pageInLanguage(page.number, 'cy', 'en') - 1]!;
    expect(target.items[0]).toBe(page.items[0]);
  }
  expect(pageInLanguage(1, 'en', 'cy')).toBe(1);
  expect(pageInLanguage(6, 'en', 'cy')).toBe(2);
  expect(pageInLanguage(2, 'cy', 'en')).toBe(6);
  expect(pageInLanguage(3, 'en', 'en')).toBe(3);
});
