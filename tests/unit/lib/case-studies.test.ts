import { expect, test } from 'vitest';
import { byTitle, newestFirst, publishable } from '../../../src/lib/case-studies.ts';
import { caseStudy, ids } from './site-fixtures.ts';

test('publishable leaves drafts out of a build', () => {
  const entries = [caseStudy('shown'), caseStudy('hidden', { draft: true })];

  expect(ids(publishable(entries, { includeDrafts: false }))).toEqual(['shown']);
  expect(ids(publishable(entries, { includeDrafts: true }))).toEqual(['shown', 'hidden']);
});

test('newestFirst orders by published date, then by updated date, then by slug', () => {
  const entries = [
    caseStudy('old', { published: '2023-05-01' }),
    caseStudy('same-day-b', { published: '2024-02-01' }),
    caseStudy('same-day-a', { published: '2024-02-01' }),
    caseStudy('same-day-updated', { published: '2024-02-01', updated: '2024-03-01' }),
    caseStudy('newest', { published: '2025-01-01' }),
  ];

  expect(ids(newestFirst(entries))).toEqual(['newest', 'same-day-updated', 'same-day-a', 'same-day-b', 'old']);
});

test('newestFirst does not reorder the list it is given', () => {
  const entries = [caseStudy('a', { published: '2020-01-01' }), caseStudy('b', { published: '2021-01-01' })];

  newestFirst(entries);

  expect(ids(entries)).toEqual(['a', 'b']);
});

test('byTitle sorts titles as a reader expects, ignoring case and accents', () => {
  const entries = [caseStudy('z', { title: 'zebra crossings' }), caseStudy('e', { title: 'Élan valley' }), caseStudy('a', { title: 'Anchor spend' })];

  expect(ids(byTitle(entries))).toEqual(['a', 'e', 'z']);
});
