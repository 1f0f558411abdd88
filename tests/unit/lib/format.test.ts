import { expect, test } from 'vitest';
import { countryName, formatDate, formatNumber, formatValue } from '../../../src/lib/format.ts';

test('countryName names a country from its ISO code', () => {
  expect(countryName('US')).toBe('United States');
  expect(countryName('es')).toBe('Spain');
});

test('formatDate writes a date as people do, in English or Welsh', () => {
  expect(formatDate('2024-03-01')).toBe('1 March 2024');
  expect(formatDate('2024-03-01', 'cy')).toBe('1 Mawrth 2024');
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
