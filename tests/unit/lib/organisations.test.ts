import { describe, expect, test } from 'vitest';
import {
  buildOrganisationIndex,
  organisationName,
  organisationRoles,
  organisationSlug,
} from '../../../src/lib/organisations.ts';
import { caseStudy } from './site-fixtures.ts';

describe('organisationSlug', () => {
  test('lower-cases and hyphenates a name', () => {
    expect(organisationSlug('Preston City Council')).toBe('preston-city-council');
  });

  test('drops accents, apostrophes and punctuation, and spells out &', () => {
    expect(organisationSlug('Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr')).toBe(
      'cyngor-bwrdeistref-sirol-pen-y-bont-ar-ogwr',
    );
    expect(organisationSlug('Ŵyl Gymunedol Côr')).toBe('wyl-gymunedol-cor');
    expect(organisationSlug("Preston's College")).toBe('prestons-college');
    expect(organisationSlug('NHS Ayrshire & Arran')).toBe('nhs-ayrshire-and-arran');
    expect(organisationSlug('  St. Helens  Council (Merseyside) ')).toBe('st-helens-council-merseyside');
  });

  test('gives a slug even to a name without Latin letters', () => {
    expect(organisationSlug('北京')).toBe('organisation');
  });

  test('keeps slugs to 80 characters, cut between words', () => {
    const slug = organisationSlug(
      'The Very Long Named Community Wealth Building Partnership of the Northern Towns and Villages Association',
    );

    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).not.toMatch(/-$/);
    expect(
      'the-very-long-named-community-wealth-building-partnership-of-the-northern-towns-and-villages'.startsWith(slug),
    ).toBe(true);
  });
});

describe('buildOrganisationIndex', () => {
  test('lists every lead organisation and partner with the case studies that name it', () => {
    const entries = [
      caseStudy('preston', { organisation: 'Preston City Council', partners: ['CLES', 'Lancashire County Council'] }),
      caseStudy('salford', { organisation: 'Salford City Council', partners: ['CLES'] }),
    ];

    const { organisations } = buildOrganisationIndex(entries);

    expect(organisations.map((org) => org.slug)).toEqual([
      'cles',
      'lancashire-county-council',
      'preston-city-council',
      'salford-city-council',
    ]);
    expect(organisations[0]!.entries.map(({ entry, role }) => [entry.id, role])).toEqual([
      ['preston', 'partner'],
      ['salford', 'partner'],
    ]);
  });

  test('treats names that differ only in case or spacing as one organisation', () => {
    const entries = [
      caseStudy('a', { organisation: 'Preston City Council' }),
      caseStudy('b', { organisation: 'preston  city council' }),
      caseStudy('c', { organisation: 'Salford City Council', partners: ['Preston City Council'] }),
    ];

    const index = buildOrganisationIndex(entries);
    const preston = index.organisations.find((org) => org.slug === 'preston-city-council')!;

    expect(preston.name).toBe('Preston City Council');
    expect(preston.entries.map(({ entry }) => entry.id).sort()).toEqual(['a', 'b', 'c']);
    expect(index.slugOf('PRESTON CITY COUNCIL')).toBe('preston-city-council');
  });

  test('counts a case study once, as lead, when it also lists its lead as a partner', () => {
    const index = buildOrganisationIndex([caseStudy('a', { organisation: 'CLES', partners: ['CLES'] })]);

    expect(index.organisations[0]!.entries.map(({ role }) => role)).toEqual(['lead']);
  });

  test('gives different names with the same slug their own pages, whatever the file order', () => {
    const one = caseStudy('one', { organisation: 'St. Helens Council' });
    const two = caseStudy('two', { organisation: 'St Helens Council' });

    const forwards = buildOrganisationIndex([one, two]);
    const backwards = buildOrganisationIndex([two, one]);

    expect(forwards.slugOf('St Helens Council')).toBe('st-helens-council');
    expect(forwards.slugOf('St. Helens Council')).toBe('st-helens-council-2');
    expect(backwards.slugOf('St Helens Council')).toBe('st-helens-council');
    expect(backwards.slugOf('St. Helens Council')).toBe('st-helens-council-2');
  });

  test('never gives a collision suffix that another name already has', () => {
    const index = buildOrganisationIndex([caseStudy('a', { organisation: 'Foo', partners: ['Foo!', 'Foo 2'] })]);

    const slugs = index.organisations.map((org) => org.slug).sort();

    expect(slugs).toEqual(['foo', 'foo-2', 'foo-3']);
    expect(index.slugOf('Foo 2')).toBe('foo-2');
    expect(new Set(slugs).size).toBe(3);
  });

  test('joins an organisation named in English and in Welsh on one page, with the slug and name of its English name', () => {
    const entries = [
      caseStudy('cardiff', { organisation: 'Cardiff Council', partners: ['Welsh Government'] }),
      caseStudy('caerdydd', { organisation: 'Cyngor Caerdydd', partners: ['Llywodraeth Cymru'], lang: 'cy' }),
      caseStudy('gwynedd', { organisation: 'Cyngor Gwynedd', lang: 'cy' }),
    ];
    const names = [
      { name: 'Cardiff Council', cy: 'Cyngor Caerdydd' },
      { name: 'Welsh Government', cy: 'Llywodraeth Cymru' },
    ];

    const index = buildOrganisationIndex(entries, names);
    const cardiff = index.organisations.find((org) => org.slug === 'cardiff-council')!;

    expect(index.organisations.map((org) => org.slug)).toEqual([
      'cardiff-council',
      'cyngor-gwynedd',
      'welsh-government',
    ]);
    expect(cardiff.entries.map(({ entry, role }) => [entry.id, role]).sort()).toEqual([
      ['caerdydd', 'lead'],
      ['cardiff', 'lead'],
    ]);
    expect(index.slugOf('cyngor  caerdydd')).toBe('cardiff-council');
    expect(index.slugOf('Llywodraeth Cymru')).toBe('welsh-government');
    expect(organisationName(cardiff, 'en')).toBe('Cardiff Council');
    expect(organisationName(cardiff, 'cy')).toBe('Cyngor Caerdydd');
    // Without a Welsh name, an organisation is named as the case studies write it in both languages.
    const gwynedd = index.organisations.find((org) => org.slug === 'cyngor-gwynedd')!;
    expect(organisationName(gwynedd, 'cy')).toBe('Cyngor Gwynedd');
    expect(organisationName(gwynedd, 'en')).toBe('Cyngor Gwynedd');
  });

  test('returns undefined for a name no case study uses', () => {
    expect(buildOrganisationIndex([caseStudy('a')]).slugOf('Nobody')).toBeUndefined();
  });
});

describe('organisationRoles', () => {
  test('counts the case studies an organisation leads and is a partner in, and the types it leads as', () => {
    const entries = [
      caseStudy('a', { organisation: 'Preston City Council' }),
      caseStudy('b', {
        organisation: 'Preston City Council',
        organisationType: 'combined-authority',
        published: '2024-02-01',
      }),
      caseStudy('c', { organisation: 'Lancashire County Council', partners: ['Preston City Council'] }),
    ];
    const preston = buildOrganisationIndex(entries).organisations.find((org) => org.slug === 'preston-city-council')!;

    const roles = organisationRoles(preston);

    expect(roles).toEqual({ leads: 2, partners: 1, types: ['combined-authority', 'district-council'] });
  });
});
