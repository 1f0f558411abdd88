import { expect, test } from 'vitest';
import {
  byTitle,
  byYearStarted,
  caseStudyOrders,
  inOrder,
  newestFirst,
  publishable,
} from '../../../src/lib/case-studies.ts';
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
  const entries = [
    caseStudy('z', { title: 'zebra crossings' }),
    caseStudy('e', { title: 'Élan valley' }),
    caseStudy('a', { title: 'Anchor spend' }),
  ];

  expect(ids(byTitle(entries))).toEqual(['a', 'e', 'z']);
});

test('byYearStarted puts the most recently started first, the same year newest published first', () => {
  const entries = [
    caseStudy('old', { started: 2010 }),
    caseStudy('recent-older', { started: 2021, published: '2023-01-01' }),
    caseStudy('recent-newer', { started: 2021, published: '2024-06-01' }),
  ];

  expect(ids(byYearStarted(entries))).toEqual(['recent-newer', 'recent-older', 'old']);
});

test('inOrder gives each published order of the list', () => {
  const entries = [
    caseStudy('b', { title: 'Bravo case', started: 2020, published: '2024-01-01' }),
    caseStudy('a', { title: 'Alpha case', started: 2015, published: '2025-01-01' }),
  ];

  expect(ids(inOrder(entries, 'newest'))).toEqual(['a', 'b']);
  expect(ids(inOrder(entries, 'a-z'))).toEqual(['a', 'b']);
  expect(ids(inOrder(entries, 'year-started'))).toEqual(['b', 'a']);
  expect(caseStudyOrders).toEqual(['newest', 'a-z', 'year-started']);
});
