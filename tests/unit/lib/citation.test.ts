import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { citationFile, citationRecord, harvardCitation, type CitationInput } from '../../../src/lib/citation.ts';
import { citationDate, citationMonths } from '../../../src/lib/citation-date.ts';
import { citationFormatOrder } from '../../../src/lib/citation-formats.ts';
import { joinCitations, shownSelection } from '../../../src/lib/citation-join.ts';
import { formatDate } from '../../../src/lib/format.ts';
import { buildDay } from '../../../src/site/citation.ts';

const preston: CitationInput = {
  slug: 'preston-anchor-institutions',
  title: 'Preston: anchor institutions buy local',
  organisation: 'Preston City Council',
  published: '2024-05-03',
  lang: 'en',
  url: 'https://example.org/case-studies/preston-anchor-institutions/',
  siteName: 'Community Wealth Building Practice Library',
  accessed: '2026-12-02',
};
const carmarthenshire: CitationInput = {
  ...preston,
  slug: 'sir-gar-caffael',
  title: 'Sir Gâr: caffael lleol',
  organisation: 'Cyngor Sir Caerfyrddin',
  published: '2023-11-20',
  lang: 'cy',
  url: 'https://example.org/case-studies/sir-gar-caffael/',
};

/** The CSL records citation-js reads back from a file. */
const readBack = (text: string) => new Cite(text).data as Record<string, unknown>[];
const year = (date: unknown) => (date as { 'date-parts': number[][] })['date-parts'][0]![0];
const day = (date: unknown) => (date as { 'date-parts': number[][] })['date-parts'][0]!.join('-');

describe('a case study’s citation files', () => {
  test.each(citationFormatOrder)(
    '%s reads back in citation-js with title, organisation, year, URL and access date',
    (format) => {
      const [record, ...rest] = readBack(citationFile(preston, format));
      expect(rest).toEqual([]);
      expect(record!.title).toBe(preston.title);
      expect(JSON.stringify(record!.author)).toContain('Preston City Council');
      expect(year(record!.issued)).toBe(2024);
      expect(record!.URL).toBe(preston.url);
      expect(day(record!.accessed)).toBe('2026-12-2');
    },
  );

  test('keep the title’s letters, the organisation whole and a key of its own', () => {
    const bib = citationFile(carmarthenshire, 'bibtex');
    expect(bib).toMatch(/^@online\{sir_gar_caffael,/);
    expect(bib).toContain('urldate = {2026-12-02}');
    const [record] = readBack(bib);
    expect(record!.title).toBe('Sir Gâr: caffael lleol');
    // The organisation is one name, never split into a person's family and given names.
    const [author, ...others] = record!.author as { literal?: string; family?: string; given?: string }[];
    expect(others).toEqual([]);
    expect(author!.literal ?? author!.family).toBe('Cyngor Sir Caerfyrddin');
    expect(author!.given).toBeUndefined();
    expect(citationFile(carmarthenshire, 'ris')).toContain('LA  - cy-GB');
  });

  test.each(citationFormatOrder)('%s keeps a long title and address whole', (format) => {
    const long = {
      ...preston,
      slug: 'abergwyngregyn-ynni-anafon-community-hydro',
      title: 'Abergwyngregyn: Ynni Anafon, a village-owned hydro scheme that pays for the village hall',
      url: 'https://example.github.io/cwb-practice-library/case-studies/abergwyngregyn-ynni-anafon-community-hydro/',
    };
    const [record] = readBack(citationFile(long, format));
    expect(record!.URL).toBe(long.url);
    expect(record!.title).toBe(long.title);
  });

  test('a date that is not YYYY-MM-DD is an error saying so', () => {
    expect(() => citationRecord({ ...preston, published: '2024' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the Harvard citation', () => {
  test('in English: organisation, year, title, address and access date in the British order', () => {
    const harvard = harvardCitation(preston);
    expect(harvard.text).toBe(
      'Preston City Council (2024) Preston: anchor institutions buy local. Community Wealth Building Practice Library. Available at: https://example.org/case-studies/preston-anchor-institutions/ (Accessed: 2 December 2026).',
    );
    expect(harvard.before + harvard.accessed + harvard.after).toBe(harvard.text);
    expect(harvard.accessed).toBe('2 December 2026');
  });

  test('in Welsh for a case study written in Welsh', () => {
    const harvard = harvardCitation(carmarthenshire);
    expect(harvard.text).toContain(
      'Ar gael yn: https://example.org/case-studies/sir-gar-caffael/ (Cyrchwyd: 2 Rhagfyr 2026).',
    );
    expect(harvard.text).not.toMatch(/Available|Accessed/);
  });

  test.each(['en', 'cy'] as const)(
    'writes every month as the page’s script writes the reader’s day, and as the site writes dates (%s)',
    (lang) => {
      for (let month = 1; month <= 12; month++) {
        const accessed = `2027-${String(month).padStart(2, '0')}-09`;
        const written = harvardCitation({ ...preston, lang, accessed }).accessed;
        expect(written).toBe(citationDate(accessed, citationMonths[lang]));
        expect(written).toBe(formatDate(accessed, lang));
      }
    },
  );
});

describe('the selection’s citations in one file', () => {
  const files = (format: (typeof citationFormatOrder)[number]) =>
    [preston, carmarthenshire].map((input) => citationFile(input, format));

  test.each(citationFormatOrder)('%s: every case study reads back, in order', (format) => {
    const joined = joinCitations(format, files(format));
    expect(readBack(joined).map((record) => record.title)).toEqual([preston.title, carmarthenshire.title]);
  });

  test('CSL-JSON is one array; a file that is not one is named', () => {
    expect(JSON.parse(joinCitations('csl', files('csl')))).toHaveLength(2);
    expect(() => joinCitations('csl', [files('csl')[0]!, '{"id":"x"}'])).toThrow(/file 2 of 2 is not a CSL-JSON array/);
    expect(() => joinCitations('csl', ['<html>'])).toThrow(/file 1 of 1 is not JSON/);
  });

  test('are those the page shows: a shared link’s, else the reader’s own, at most six', () => {
    expect(shownSelection('?cases=a,b,,c', '["x"]')).toEqual(['a', 'b', 'c']);
    expect(shownSelection('', '["x","y"]')).toEqual(['x', 'y']);
    expect(shownSelection('?q=1', null)).toEqual([]);
    expect(shownSelection('?cases=a,../b,c,d,e,f,g,h', null)).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
  });

  test('nothing selected is an empty file', () => {
    expect(joinCitations('ris', [])).toBe('');
    expect(JSON.parse(joinCitations('csl', []))).toEqual([]);
  });
});

test('a built citation is read on the build’s day, or on SOURCE_DATE_EPOCH’s', () => {
  expect(buildDay({}, new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-02');
  expect(buildDay({ SOURCE_DATE_EPOCH: '1700000000' })).toBe('2023-11-14');
  expect(buildDay({ SOURCE_DATE_EPOCH: 'soon' }, new Date('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
});
