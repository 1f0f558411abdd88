/**
 * Telephone numbers are personal data (issue 6): found in UK and international formats, in the
 * text and in the front matter, allowed only in a contact given with consent — and never confused
 * with the years, amounts and figures that case studies are full of.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';
import { findPhoneNumbers } from '../../../src/validate/personal-data.ts';

const bad = fileURLToPath(new URL('../../fixtures/validate/bad/', import.meta.url));
const valid = readFileSync(path.join(bad, 'email-in-body.md'), 'utf8').replace(/\nFor more, write to .*\n/, '\n');

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function validate(text: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'cwb-phone-'));
  scratch.push(root);
  mkdirSync(path.join(root, 'case-studies'));
  writeFileSync(path.join(root, 'case-studies', 'preston.md'), text);
  return validateLibrary(root).problems;
}

const phoneNumbers = [
  '01772 906000',
  '020 7946 0018',
  '(0161) 234 5000',
  '0161-234-5000',
  '07700 900123',
  '07700900123',
  '0800 123 4567',
  '+44 20 7946 0018',
  '+44 (0)20 7946 0018',
  '+447700900123',
  '0044 7700 900123',
  '+1 (555) 123-4567',
  '+1 555 123 4567',
  '+33 1 23 45 67 89',
  '+353 1 234 5678',
  '(555) 123-4567',
  '555-123-4567',
];

const figures = [
  '£4.5m',
  '2018/19',
  '2018-2019',
  '55-point',
  '£1,200,000',
  '1,234 jobs',
  '01/02/2020',
  '0.5%',
  '12:30',
  'in 2019, 2020 and 2021',
  '+12.5%',
  'ISBN 978-1-234-56789-7',
  'from £38m to £112m',
  '146000 residents',
  'a 30-40 per cent rise',
  '10000 20000 30000',
  'https://example.org/reports/0161234500012',
  '£01772906000',
];

describe('telephone numbers are found', () => {
  test.each(phoneNumbers)('%s', (number) => {
    expect(findPhoneNumbers(`For more, call ${number}.`).map((match) => match.text)).toEqual([number]);
  });
});

describe('figures are not telephone numbers', () => {
  test.each(figures)('%s', (figure) => {
    expect(findPhoneNumbers(`Spending was ${figure} that year.`)).toEqual([]);
  });
});

test('the sample library has no telephone number, so no figure of its was mistaken for one', () => {
  const report = validateLibrary(fileURLToPath(new URL('../../../content/', import.meta.url)));

  expect(report.problems.filter((item) => item.rule === 'phone-number')).toEqual([]);
});

test('a telephone number in the text is an error at its line and column', () => {
  const problems = validate(`${valid}\nFigures for 2018/19 and £4.5m.\nCall Jane on +44 (0)20 7946 0018 for more.\n`);

  expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([['phone-number', 22, 14]]);
});

test('a telephone number written as a bare number in the front matter is found as written', () => {
  const problems = validate(valid.replace('started: 2013', 'started: 2013\npopulation: 01772906000'));

  expect(problems.some((item) => item.rule === 'phone-number' && item.line === 10 && item.column === 13)).toBe(true);
});

test('a contact given with consent may include a telephone number', () => {
  const text = valid.replace('published: 2025-01-15', 'published: 2025-01-15\ncontact:\n  name: Community Wealth Building team\n  role: Team office, 01772 906000\n  consent: true');

  expect(validate(text)).toEqual([]);
});

test('the same contact without consent may not', () => {
  const text = valid.replace('published: 2025-01-15', 'published: 2025-01-15\ncontact:\n  name: Community Wealth Building team\n  role: Team office, 01772 906000');

  expect(validate(text).map((item) => [item.rule, item.line, item.column])).toEqual([['phone-number', 16, 22]]);
});
