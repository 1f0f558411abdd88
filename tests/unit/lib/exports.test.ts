import { describe, expect, test } from 'vitest';
import { exportRecord, toCsv, toJson } from '../../../src/lib/exports.ts';
import { csvCell, tables } from '../../../src/lib/tables.ts';
import { caseStudyFields } from '../../../src/schema/case-study.ts';
import { readCsv } from '../../support/open-data.ts';
import { caseStudy, taxonomy } from './site-fixtures.ts';

const preston = caseStudy('preston-model', {
  title: 'The Preston Model',
  summary: 'Preston anchors spent more locally, in Preston and across Lancashire.',
  partners: ['CLES', 'Lancashire County Council'],
  themes: ['procurement', 'workforce'],
  outcomes: [
    {
      source: 1,
      year: 2017,
      unit: '£m',
      value: 112.3,
      metric: 'Spend retained',
      baseline: { year: 2013, value: 38.3 },
    },
  ],
  sources: [
    { year: 2019, title: 'How we built community wealth in Preston', url: 'https://cles.org.uk/x', publisher: 'CLES' },
  ],
  contact: { name: 'CWB team', email: 'cwb@example.org', consent: true },
  published: '2024-03-01',
});
const url = 'https://example.org/case-studies/preston-model/';

describe('exportRecord', () => {
  test('starts with slug and url, then the frontmatter in the public interface order', () => {
    const record = exportRecord(preston, url);

    const keys = Object.keys(record);
    expect(keys.slice(0, 2)).toEqual(['slug', 'url']);
    expect(keys.slice(2)).toEqual(caseStudyFields.filter((field) => keys.includes(field)));
    expect(record.slug).toBe('preston-model');
    expect(record.url).toBe(url);
  });

  test('leaves out the fields a case study does not set', () => {
    const record = exportRecord(caseStudy('plain'), url);

    expect(record).not.toHaveProperty('partners');
    expect(record).not.toHaveProperty('country');
    expect(Object.values(record)).not.toContain(undefined);
  });

  test('writes nested objects in a fixed key order, whatever order the file used', () => {
    const record = exportRecord(preston, url);

    expect(Object.keys(record.outcomes![0]!)).toEqual(['metric', 'value', 'unit', 'year', 'baseline', 'source']);
    expect(Object.keys(record.outcomes![0]!.baseline!)).toEqual(['value', 'year']);
    expect(Object.keys(record.sources![0]!)).toEqual(['title', 'url', 'publisher', 'year']);
  });

  test('publishes a contact e-mail address only with consent', () => {
    const withoutConsent = {
      id: 'x',
      data: { ...preston.data, contact: { name: 'A person', email: 'a@example.org' } },
    };

    expect(exportRecord(preston, url).contact).toEqual({ name: 'CWB team', email: 'cwb@example.org', consent: true });
    expect(exportRecord(withoutConsent, url).contact).toEqual({ name: 'A person' });
  });
});

describe('CSV', () => {
  const header = (csv: string) => csv.slice(1).split('\r\n')[0]!.split(',');
  const cells = (csv: string) => {
    const { header: names, rows } = readCsv(csv);
    return (name: string) => rows[0]![names.indexOf(name)];
  };

  test('starts with a byte-order mark and a header of every column of the case studies’ table', () => {
    const csv = toCsv([exportRecord(preston, url)], taxonomy);

    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header(csv)).toEqual(tables['case-studies'].columns.map((column) => column.name));
    expect(header(csv).slice(0, 7)).toEqual(['slug', 'url', 'title', 'summary', 'place', 'region', 'region_label']);
  });

  test('writes labels beside ids, a column per part of an object, and counts of outcomes and sources', () => {
    const cell = cells(toCsv([exportRecord(preston, url)], taxonomy));

    expect(cell('themes')).toBe('procurement; workforce');
    expect(cell('themes_label')).toBe(
      ['procurement', 'workforce'].map((id) => taxonomy.themes.find((term) => term.id === id)!.label).join('; '),
    );
    expect(cell('region_label')).toBe(taxonomy.regions.find((term) => term.id === preston.data.region)!.label);
    expect(cell('contact.name')).toBe('CWB team');
    expect(cell('contact.email')).toBe('cwb@example.org');
    expect(cell('contact.consent')).toBe('true');
    expect(cell('outcomes_count')).toBe('1');
    expect(cell('sources_count')).toBe('1');
    expect(cell('draft')).toBe('false');
  });

  test('a cell is text, a number, true or false, or a list joined with "; "; never JSON', () => {
    expect(csvCell(['procurement', 'workforce'])).toBe('procurement; workforce');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(2013)).toBe(2013);
    expect(() => csvCell({ name: 'B' })).toThrow(/cannot hold an object/);
  });

  test('has one row per case study and quotes cells with commas and quotes', () => {
    const welsh = caseStudy('gwynedd-cy', { title: 'Gwynedd: "budd" lleol, ŵ ŷ', lang: 'cy' });

    const csv = toCsv([exportRecord(preston, url), exportRecord(welsh, url)], taxonomy);
    const lines = csv.trimEnd().split('\r\n');

    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('"Gwynedd: ""budd"" lleol, ŵ ŷ"');
    expect(lines[1]).toContain('procurement; workforce');
  });

  test('a cell a spreadsheet would run as a formula starts with an apostrophe, and nothing else changes', () => {
    const hostile = caseStudy('hostile', {
      title: '=HYPERLINK("https://example.org","Open")',
      place: '+1 Preston',
      organisation: '@SUM(A1:A9)',
      partners: ['-2+3 Co-operative', 'Plain partner'],
    });

    const csv = toCsv([exportRecord(hostile, url)], taxonomy);

    expect(csv).toContain(`"'=HYPERLINK(""https://example.org"",""Open"")"`);
    expect(csv).toContain(",'+1 Preston,");
    expect(csv).toContain(",'@SUM(A1:A9),");
    expect(csv).toContain("'-2+3 Co-operative; Plain partner");
    // The schema trims text, but the export does not rely on it.
    const untrimmed = toCsv(
      [{ slug: 'x', url, summary: '\tStarts with a tab', place: '\rStarts with a return' }],
      taxonomy,
    );
    expect(untrimmed).toContain(",'\tStarts with a tab,");
    expect(untrimmed).toContain(`,"'\rStarts with a return"`);
    // Text with = or - inside, and numbers, are written as they are.
    const plain = toCsv([exportRecord(caseStudy('plain', { title: 'Preston = good - and better' }), url)], taxonomy);
    expect(plain).toContain(',Preston = good - and better,');
    expect(plain).not.toMatch(/,'/);
  });
});

test('the JSON export is an array of the records', () => {
  const json = toJson([exportRecord(preston, url)]);

  expect(JSON.parse(json)).toEqual([exportRecord(preston, url)]);
  expect(json.endsWith('\n')).toBe(true);
});
