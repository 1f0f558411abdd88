/**
 * The Welsh A to Z of organisations as a directory (issue 14): entries in the order of their
 * Welsh names, cut into pages by size, never split, each organisation on exactly one page.
 */
import { expect, test } from 'vitest';
import {
  buildOrganisationIndex,
  directoryEntrySize,
  directoryPageOf,
  directoryPages,
  organisationsByName,
} from '../../../src/lib/organisations.ts';
import { organisationEntryUrl } from '../../../src/lib/urls.ts';
import type { CaseStudyData } from '../../../src/schema/case-study.ts';

const entry = (id: string, organisation: string, partners: string[] = []) => ({
  id,
  data: { title: `Case study ${id}`, organisation, partners, published: '2024-01-01' } as unknown as CaseStudyData,
});

const index = buildOrganisationIndex(
  Array.from({ length: 60 }, (_, n) => entry(`case-${n}`, `Council ${n % 20}`, n % 3 === 0 ? ['Cardiff Council'] : [])),
  [{ name: 'Cardiff Council', cy: 'Cyngor Caerdydd' }],
);

test('orders by the Welsh name in Welsh', () => {
  const names = organisationsByName(index.organisations, 'cy').map(
    (organisation) => organisation.welshName ?? organisation.name,
  );
  expect(names.indexOf('Cyngor Caerdydd')).toBeGreaterThan(names.indexOf('Council 9'));
});

test('cuts the entries into pages under the budget, each organisation once, none split', () => {
  const ordered = organisationsByName(index.organisations, 'cy');
  const budget = 3000;
  const pages = directoryPages(ordered, 'cy', budget);

  expect(pages.length).toBeGreaterThan(1);
  expect(pages.flatMap((page) => page.items)).toEqual(ordered);
  for (const page of pages) {
    const size = page.items.reduce((sum, organisation) => sum + directoryEntrySize(organisation, 'cy'), 0);
    expect(page.items.length === 1 || size <= budget).toBe(true);
    expect(page.pages).toBe(pages.length);
    expect(page.total).toBe(ordered.length);
  }
  expect(pages.at(-1)!.to).toBe(ordered.length);
  const pageOf = directoryPageOf(pages);
  expect(pageOf.size).toBe(ordered.length);
  const cardiff = ordered.find((organisation) => organisation.slug === 'cardiff-council')!;
  expect(pages[pageOf.get('cardiff-council')! - 1]!.items).toContain(cardiff);
});

test('an entry larger than the budget has a page of its own; an empty directory has one page', () => {
  const pages = directoryPages(organisationsByName(index.organisations, 'cy'), 'cy', 10);
  expect(pages.every((page) => page.items.length === 1)).toBe(true);
  expect(directoryPages([], 'cy')).toEqual([{ items: [], number: 1, pages: 1, total: 0, from: 0, to: 0 }]);
});

test('the address of an entry is its page of the A to Z at its slug', () => {
  expect(organisationEntryUrl('/cy/', 'cyngor-gwynedd', 1)).toBe('/cy/organisations/#cyngor-gwynedd');
  expect(organisationEntryUrl('/cy/', 'cyngor-gwynedd', 3)).toBe('/cy/organisations/page/3/#cyngor-gwynedd');
});
