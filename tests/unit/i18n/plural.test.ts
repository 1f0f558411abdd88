import { expect, test } from 'vitest';
import { plural, pluralCategory } from '../../../src/i18n/plural.ts';
import { caseStudyWords, siteWords } from '../../../src/i18n/index.ts';

test('knows the six plural forms of Welsh', () => {
  const categories = [0, 1, 2, 3, 6, 4].map((count) => pluralCategory(count, 'cy'));

  expect(categories).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
});

test('chooses the form of the count and writes the count in', () => {
  const cats = {
    zero: 'dim cathod',
    one: '{count} gath',
    two: '{count} gath',
    few: '{count} cath',
    other: '{count} cath',
  };

  expect(plural(0, 'cy', cats)).toBe('dim cathod');
  expect(plural(2, 'cy', cats)).toBe('2 gath');
  expect(plural(1200, 'cy', cats)).toBe('1,200 cath');
  expect(plural(1, 'en', { one: '{count} cat', other: '{count} cats' })).toBe('1 cat');
  expect(plural(1.5, 'en', { one: '{count} cat', other: '{count} cats' })).toBe('1.5 cats');
});

test('uses the exact-zero form before the category, where a language has one', () => {
  const forms = { '=0': 'none', one: '{count} one', other: '{count} others' };

  expect(plural(0, 'en', forms)).toBe('none');
  expect(plural(0, 'en', { one: '{count} one', other: '{count} others' })).toBe('0 others');
});

test('counts case studies, organisations and percentage points by the plural rules', () => {
  const t = siteWords('en');

  expect(t.caseStudyCountLower(0)).toBe('no case studies');
  expect(t.regionsPage.tileLabel('Wales', 0)).toBe('Wales: 0 case studies');
  expect(t.regionsPage.tileLabel('Wales', 1)).toBe('Wales: 1 case study');
  expect(t.organisationsPage.count(1)).toBe('1 organisation');
  expect(t.organisationsPage.count(1500)).toBe('1,500 organisations');
  expect(caseStudyWords('en').percentagePoints(1)).toBe('1 percentage point');
  expect(caseStudyWords('en').percentagePoints(13.2)).toBe('13.2 percentage points');
  expect(caseStudyWords('cy').percentagePoints(2)).toBe('2 bwynt canran');
});

test('counts in Welsh with the noun singular after a number, and mutates it after 2, 3 and 6', () => {
  const t = siteWords('cy');

  expect([0, 1, 2, 3, 6, 11, 1500].map((count) => t.caseStudyCount(count))).toEqual([
    'Dim astudiaethau achos',
    '1 astudiaeth achos',
    '2 astudiaeth achos',
    '3 astudiaeth achos',
    '6 astudiaeth achos',
    '11 astudiaeth achos',
    '1,500 astudiaeth achos',
  ]);
  expect(t.organisationsPage.count(2)).toBe('2 sefydliad');
  expect(t.regionsPage.tileLabel('Cymru', 3)).toBe('Cymru: 3 astudiaeth achos');
  expect([1, 2, 3, 4, 6].map((amount) => caseStudyWords('cy').percentagePoints(amount))).toEqual([
    '1 pwynt canran',
    '2 bwynt canran',
    '3 phwynt canran',
    '4 pwynt canran',
    '6 phwynt canran',
  ]);
  expect(t.list.showing(1, 20, 45)).toBe("Yn dangos 1 i 20 o'r 45 astudiaeth achos");
});
