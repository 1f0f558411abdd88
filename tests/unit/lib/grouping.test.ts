import { expect, test } from 'vitest';
import { countByTerms, entriesWith, groupByTerms, idsOf, nationIdsOf, nationOf } from '../../../src/lib/grouping.ts';
import { caseStudy, ids, taxonomy } from './site-fixtures.ts';

const entries = [
  caseStudy('preston', { themes: ['procurement', 'workforce'], topics: ['anchor-institutions'] }),
  caseStudy('gwynedd', { region: 'wales', organisationType: 'welsh-council', themes: ['procurement'] }),
  caseStudy('cleveland', {
    region: 'outside-uk',
    country: 'US',
    themes: ['ownership'],
    topics: ['cooperatives', 'anchor-institutions'],
  }),
];

test('groupByTerms lists every theme in vocabulary order, empty ones included', () => {
  const groups = groupByTerms(entries, taxonomy.themes, idsOf.theme);

  expect(groups.map((group) => group.term.id)).toEqual(taxonomy.themes.map((term) => term.id));
  expect(groups.find((group) => group.term.id === 'finance')?.entries).toEqual([]);
  expect(ids(groups.find((group) => group.term.id === 'procurement')!.entries)).toEqual(['preston', 'gwynedd']);
});

test('countByTerms counts case studies per topic, zero for unused topics', () => {
  const counts = countByTerms(entries, taxonomy.topics, idsOf.topic);

  expect(counts.get('anchor-institutions')).toBe(2);
  expect(counts.get('cooperatives')).toBe(1);
  expect(counts.get('net-zero')).toBe(0);
  expect(counts.size).toBe(taxonomy.topics.length);
});

test('entriesWith finds the case studies of one region', () => {
  expect(ids(entriesWith(entries, idsOf.region, 'wales'))).toEqual(['gwynedd']);
  expect(entriesWith(entries, idsOf.region, 'london')).toEqual([]);
});

test('a case study belongs to the nation of its region', () => {
  expect(nationOf(taxonomy, 'north-west')?.id).toBe('england');
  expect(nationOf(taxonomy, 'outside-uk')?.id).toBe('outside-uk');
  expect(ids(entriesWith(entries, nationIdsOf(taxonomy), 'england'))).toEqual(['preston']);
});
