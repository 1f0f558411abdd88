import { expect, test } from 'vitest';
import { buildSimilarityIndex, sharedTerms, translationFamilies } from '../../../src/lib/similar.ts';
import { caseStudy, ids } from './site-fixtures.ts';

const preston = caseStudy('preston', {
  themes: ['procurement', 'workforce'],
  topics: ['anchor-institutions', 'spend-analysis'],
  region: 'north-west',
  organisationType: 'district-council',
});

test('ranks a case study sharing a topic above one sharing only a theme', () => {
  const entries = [
    preston,
    caseStudy('theme-only', { themes: ['workforce'], region: 'london', organisationType: 'london-borough' }),
    caseStudy('topic', {
      themes: ['finance'],
      topics: ['spend-analysis'],
      region: 'london',
      organisationType: 'london-borough',
    }),
  ];

  expect(
    ids(
      buildSimilarityIndex(entries)
        .closestTo('preston')
        .map((match) => match.entry),
    ),
  ).toEqual(['topic', 'theme-only']);
});

test('adds region and type of organisation to what is shared on the subject', () => {
  const entries = [
    preston,
    caseStudy('far', {
      themes: ['procurement'],
      region: 'london',
      organisationType: 'london-borough',
      published: '2025-01-01',
    }),
    caseStudy('near', {
      themes: ['procurement'],
      region: 'north-west',
      organisationType: 'district-council',
      published: '2020-01-01',
    }),
  ];

  const matches = buildSimilarityIndex(entries).closestTo('preston');

  expect(ids(matches.map((match) => match.entry))).toEqual(['near', 'far']);
  expect(matches[0]!.score).toBe(2 + 1 + 1);
  expect(matches[0]!.shared).toEqual({ topics: [], themes: ['procurement'], region: true, organisationType: true });
});

test('never matches on region or type of organisation alone', () => {
  const entries = [
    preston,
    caseStudy('neighbour', { themes: ['ownership'], region: 'north-west', organisationType: 'district-council' }),
  ];

  expect(buildSimilarityIndex(entries).closestTo('preston')).toEqual([]);
});

test('leaves out the page itself, the excluded links and its translations', () => {
  const entries = [
    preston,
    caseStudy('preston-cy', { lang: 'cy', translationOf: 'preston', themes: ['procurement'] }),
    caseStudy('linked', { themes: ['procurement'] }),
    caseStudy('other', { themes: ['procurement'] }),
  ];

  const matches = buildSimilarityIndex(entries).closestTo('preston', { exclude: ['linked'] });

  expect(ids(matches.map((match) => match.entry))).toEqual(['other']);
});

test('shows one language version of another case study, the page’s own language first', () => {
  const entries = [
    preston,
    caseStudy('gwynedd-cy', { lang: 'cy', translationOf: 'gwynedd', themes: ['procurement'], published: '2025-06-01' }),
    caseStudy('gwynedd', { themes: ['procurement'], published: '2024-01-01' }),
  ];

  expect(
    ids(
      buildSimilarityIndex(entries)
        .closestTo('preston')
        .map((match) => match.entry),
    ),
  ).toEqual(['gwynedd']);
});

test('breaks ties newest first and stops at the limit', () => {
  const entries = [
    preston,
    caseStudy('old', { themes: ['procurement'], published: '2020-01-01' }),
    caseStudy('new', { themes: ['procurement'], published: '2025-01-01' }),
    caseStudy('mid', { themes: ['procurement'], published: '2022-01-01' }),
  ];

  expect(
    ids(
      buildSimilarityIndex(entries)
        .closestTo('preston', { limit: 2 })
        .map((match) => match.entry),
    ),
  ).toEqual(['new', 'mid']);
});

test('gives the same answer however often it is asked', () => {
  const entries = [
    preston,
    caseStudy('a', { themes: ['procurement'] }),
    caseStudy('b', { themes: ['workforce'], topics: ['spend-analysis'] }),
  ];
  const index = buildSimilarityIndex(entries);

  const first = index.closestTo('preston');
  index.closestTo('a');

  expect(index.closestTo('preston')).toEqual(first);
});

test('answers nothing for a slug it does not know', () => {
  expect(buildSimilarityIndex([preston]).closestTo('missing')).toEqual([]);
});

test('lists shared terms in the page’s own order', () => {
  const other = caseStudy('other', {
    themes: ['workforce', 'procurement'],
    topics: ['spend-analysis', 'anchor-institutions'],
  });

  expect(sharedTerms(preston, other)).toMatchObject({
    themes: ['procurement', 'workforce'],
    topics: ['anchor-institutions', 'spend-analysis'],
  });
});

test('finds matches in a library of 10,000 case studies quickly', () => {
  const themes = ['ownership', 'finance', 'workforce', 'procurement', 'land-property'] as const;
  const entries = Array.from({ length: 10_000 }, (_, index) =>
    caseStudy(`case-${index}`, {
      themes: [themes[index % 5]!, themes[(index + 2) % 5]!],
      region: index % 2 ? 'london' : 'wales',
    }),
  );
  const index = buildSimilarityIndex(entries);

  const started = performance.now();
  for (let i = 0; i < 200; i++) index.closestTo(`case-${i}`);
  const perPage = (performance.now() - started) / 200;

  expect(perPage).toBeLessThan(20);
});

test('treats versions that name each other as translations as one case study', () => {
  const entries = [
    preston,
    caseStudy('gwynedd-cy', { lang: 'cy', translationOf: 'gwynedd', themes: ['procurement'], published: '2025-06-01' }),
    caseStudy('gwynedd', { translationOf: 'gwynedd-cy', themes: ['procurement'], published: '2024-01-01' }),
  ];

  expect(
    ids(
      buildSimilarityIndex(entries)
        .closestTo('preston')
        .map((match) => match.entry),
    ),
  ).toEqual(['gwynedd']);
  expect(translationFamilies(entries).get('gwynedd')).toBe(translationFamilies(entries).get('gwynedd-cy'));
});
