import { expect, test } from 'vitest';
import { countCaseStudies, countryName, formatDate, formatNumber, formatValue, formatYears } from '../../../src/lib/format.ts';

test('countryName names a country from its ISO code', () => {
  expect(countryName('US')).toBe('United States');
  expect(countryName('es')).toBe('Spain');
});

test('formatDate writes a date as people do, in English or Welsh', () => {
  expect(formatDate('2024-03-01')).toBe('1 March 2024');
  expect(formatDate('2024-03-01', 'cy')).toBe('1 Mawrth 2024');
});

test('formatYears shows a range, a single year, or an open start', () => {
  expect(formatYears(2013, 2019)).toBe('2013–2019');
  expect(formatYears(2020, 2020)).toBe('2020');
  expect(formatYears(2013, undefined)).toBe('Since 2013');
  expect(formatYears(2013, undefined, 'cy')).toBe('Ers 2013');
});

test('formatValue puts currency before the number and words after it', () => {
  expect(formatValue(112.3, '£m')).toBe('£112.3m');
  expect(formatValue(4, '£bn')).toBe('£4bn');
  expect(formatValue(-2.5, '£m')).toBe('-£2.5m');
  expect(formatValue(28, '%')).toBe('28%');
  expect(formatValue(34, 'p')).toBe('34p');
  expect(formatValue(4000, 'people')).toBe('4,000 people');
  expect(formatValue(1200, 'jobs')).toBe('1,200 jobs');
});

test('formatNumber separates thousands', () => {
  expect(formatNumber(147800)).toBe('147,800');
});

test('countCaseStudies says how many, in words for none', () => {
  expect(countCaseStudies(0)).toBe('No case studies');
  expect(countCaseStudies(1)).toBe('1 case study');
  expect(countCaseStudies(1200)).toBe('1,200 case studies');
});
