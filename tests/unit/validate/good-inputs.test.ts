/**
 * Odd but valid inputs: a byte-order mark, CRLF line endings, Welsh letters and emoji, quotes and
 * colons in titles, an ignored `_` file, a draft, MDX with the provided components, quoted and
 * unquoted dates, a case study outside the UK. They must give no problem at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';

const good = fileURLToPath(new URL('../../fixtures/validate/good/', import.meta.url));
const caseStudies = path.join(good, 'case-studies');

test('the library of odd but valid case studies has no problem', () => {
  const report = validateLibrary(good);

  expect(report.problems).toEqual([]);
  expect(report.errorCount).toBe(0);
});

test('every valid case study is checked, and files starting with _ are not', () => {
  const report = validateLibrary(good);

  expect(report.files.map((file) => path.basename(file))).toEqual([
    'a-draft.md',
    'bom-crlf-welsh.md',
    'caffi-cymraeg.md',
    'components.mdx',
    'dates-quoted-and-unquoted.md',
    'html-allowed.md',
    'links-within-the-site.md',
    'outside-uk-with-country.md',
    'quotes-and-colons.md',
    'with-image.md',
  ]);
});

test('the fixtures really hold what they claim', () => {
  const bomCrlf = readFileSync(path.join(caseStudies, 'bom-crlf-welsh.md'), 'utf8');
  const dates = readFileSync(path.join(caseStudies, 'dates-quoted-and-unquoted.md'), 'utf8');

  expect(bomCrlf.startsWith('\uFEFF---\r\n')).toBe(true);
  expect(bomCrlf).toMatch(/Tŷ Ŵyn 🌱/);
  expect(dates).toMatch(/^published: "2024-02-29"$/m);
  expect(dates).toMatch(/^updated: 2025-03-01$/m);
});

test('asking for one file still checks its links against the whole library', () => {
  const report = validateLibrary(good, { paths: [path.join(caseStudies, 'quotes-and-colons.md')] });

  expect(report.files).toHaveLength(1);
  expect(report.problems).toEqual([]);
});
