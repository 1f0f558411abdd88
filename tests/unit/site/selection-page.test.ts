import { expect, test } from 'vitest';
import { compareRowKeys } from '../../../src/lib/selection.ts';
import { selectionButtonWords, selectionPageConfig, selectionRecord } from '../../../src/site/selection-page.ts';
import { caseStudy, taxonomy } from '../lib/site-fixtures.ts';

const preston = caseStudy('preston-anchors', {
  population: 147800,
  themes: ['procurement'],
  outcomes: [
    {
      metric: 'Spend with local suppliers',
      value: 18.2,
      unit: '%',
      year: 2017,
      baseline: { value: 5, year: 2013 },
      source: 1,
    },
  ],
  resources: {
    cost: { value: 45000, unit: '£', period: 'per-year', year: 2019 },
    funders: ['Preston City Council'],
    staff: 'One officer',
  },
  evidence: 'monitored',
  sources: [
    { title: 'How we built community wealth', url: 'https://example.org/report', publisher: 'CLES', year: 2019 },
  ],
});

test('a record holds every fact of the comparison, written for reading in the interface’s language', () => {
  const record = selectionRecord(preston, { taxonomy, lang: 'en', base: '/' });

  expect(Object.keys(record.facts)).toEqual([...compareRowKeys]);
  expect(record.href).toBe('/case-studies/preston-anchors/');
  expect(record.facts.population).toEqual(['147,800']);
  expect(record.facts.region).toEqual(['North West, England']);
  expect(record.facts.years).toEqual(['Since 2013']);
  expect(record.facts.outcomes[0]).toMatch(/18\.2%.*2017.*5%.*2013.*\[1\]$/);
  expect(record.facts.cost).toEqual(['£45,000 a year (2019)']);
  expect(record.facts.funders).toEqual(['Preston City Council']);
  expect(record.facts.evidence).toEqual(['Monitored']);
  expect(record.sources).toEqual([
    { title: 'How we built community wealth', url: 'https://example.org/report', detail: 'CLES, 2019' },
  ]);
});

test('what a case study does not say is an empty list, so that the page says “Not given”', () => {
  const record = selectionRecord(caseStudy('bare'), { taxonomy, lang: 'en', base: '/' });

  expect(record.facts.population).toEqual([]);
  expect(record.facts.cost).toEqual([]);
  expect(record.facts.outcomes).toEqual([]);
});

test('in Welsh, the labels are Welsh and the case study’s own words stay in its language', () => {
  const record = selectionRecord(preston, { taxonomy, lang: 'cy', base: '/' });
  const english = selectionRecord(preston, { taxonomy, lang: 'en', base: '/' });

  expect(record.facts.status).not.toEqual(english.facts.status);
  expect(record.facts.years[0]).toMatch(/^Ers 2013$/);
  expect(record.facts.cost).toEqual(english.facts.cost);
  expect(record.lang).toBe('en');
});

test('the page’s configuration names every row and where the records are, in its language', () => {
  const config = selectionPageConfig('cy', { base: '/', pages: '/cy/' });

  expect(config.rows.map((row) => row.key)).toEqual([...compareRowKeys]);
  expect(config.recordPath).toBe('/cy/selection/cases/{slug}.json');
  expect(config.slugsPath).toBe('/data/case-study-slugs.json');
  expect(config.selectionPath).toBe('/cy/selection/');
  expect(config.words.count.other).toContain('{count}');
  expect(selectionButtonWords('cy').add).toBe(config.words.add);
});
