import { describe, expect, test } from 'vitest';
import { buildLinkIndex, relatedBothWays, translationsOf } from '../../../src/lib/related.ts';
import { caseStudy, ids } from './site-fixtures.ts';

test('shows the case studies a page lists, then those that list it, newest first', () => {
  const entries = [
    caseStudy('preston', { related: ['salford', 'islington'] }),
    caseStudy('salford'),
    caseStudy('islington'),
    caseStudy('wirral-old', { related: ['preston'], published: '2022-01-01' }),
    caseStudy('leeds-new', { related: ['preston'], published: '2025-01-01' }),
  ];

  expect(ids(relatedBothWays(entries, 'preston'))).toEqual(['salford', 'islington', 'leeds-new', 'wirral-old']);
});

test('shows a link on the page that is only named by the other one', () => {
  const entries = [caseStudy('preston'), caseStudy('salford', { related: ['preston'] })];

  expect(ids(relatedBothWays(entries, 'preston'))).toEqual(['salford']);
  expect(ids(relatedBothWays(entries, 'salford'))).toEqual(['preston']);
});

test('lists a case study once when both name each other, and never the page itself', () => {
  const entries = [caseStudy('a', { related: ['b', 'a'] }), caseStudy('b', { related: ['a'] })];

  expect(ids(relatedBothWays(entries, 'a'))).toEqual(['b']);
});

test('skips related slugs that are not published', () => {
  const entries = [caseStudy('a', { related: ['draft-only'] })];

  expect(relatedBothWays(entries, 'a')).toEqual([]);
});

test('links a translation and its original both ways', () => {
  const entries = [
    caseStudy('gwynedd'),
    caseStudy('gwynedd-cy', { lang: 'cy', translationOf: 'gwynedd' }),
    caseStudy('other'),
  ];

  expect(ids(translationsOf(entries, 'gwynedd'))).toEqual(['gwynedd-cy']);
  expect(ids(translationsOf(entries, 'gwynedd-cy'))).toEqual(['gwynedd']);
  expect(translationsOf(entries, 'other')).toEqual([]);
});

test('links translations of the same original to each other', () => {
  const entries = [
    caseStudy('original', { published: '2024-01-01' }),
    caseStudy('copy-one', { lang: 'cy', translationOf: 'original', published: '2024-02-01' }),
    caseStudy('copy-two', { lang: 'cy', translationOf: 'original', published: '2024-03-01' }),
  ];

  expect(ids(translationsOf(entries, 'copy-one'))).toEqual(['copy-two', 'original']);
});

describe('buildLinkIndex', () => {
  const entries = [
    caseStudy('preston', { related: ['salford', 'islington', 'missing'] }),
    caseStudy('salford'),
    caseStudy('islington', { related: ['preston'] }),
    caseStudy('wirral-old', { related: ['preston'], published: '2022-01-01' }),
    caseStudy('leeds-new', { related: ['preston'], published: '2025-01-01' }),
    caseStudy('gwynedd'),
    caseStudy('gwynedd-cy', { lang: 'cy', translationOf: 'gwynedd' }),
  ];
  const index = buildLinkIndex(entries);

  test('answers as relatedBothWays does for every case study', () => {
    for (const entry of entries)
      expect(ids(index.related(entry.id)), entry.id).toEqual(ids(relatedBothWays(entries, entry.id)));
  });

  test('answers as translationsOf does for every case study', () => {
    for (const entry of entries)
      expect(ids(index.translations(entry.id)), entry.id).toEqual(ids(translationsOf(entries, entry.id)));
  });
});
