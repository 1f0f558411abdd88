import { describe, expect, test } from 'vitest';
import {
  buildPlacesIndex,
  distance,
  organisationKind,
  organisationKinds,
  sizeBandOf,
} from '../../../src/lib/places-like.ts';
import { compareNewestFirst, type CaseStudy } from '../../../src/lib/case-studies.ts';
import { caseStudy, ids, taxonomy } from './site-fixtures.ts';

describe('sizeBandOf', () => {
  test.each([
    [1, 'under-50k'],
    [49_999, 'under-50k'],
    [50_000, '50k-150k'],
    [149_999, '50k-150k'],
    [150_000, '150k-300k'],
    [299_999, '150k-300k'],
    [300_000, '300k-1m'],
    [999_999, '300k-1m'],
    [1_000_000, 'over-1m'],
    [8_900_000, 'over-1m'],
  ])('puts a population of %i in %s, as docs/public-interface.md §11 says', (population, band) => {
    expect(sizeBandOf(taxonomy, population)).toBe(band);
  });

  test('gives no band without a population', () => {
    expect(sizeBandOf(taxonomy, undefined)).toBeUndefined();
  });

  test('labels the bands as the public interface does', () => {
    expect(taxonomy.sizeBands.map((band) => [band.id, band.label])).toEqual([
      ['under-50k', 'Under 50,000'],
      ['50k-150k', '50,000 to 150,000'],
      ['150k-300k', '150,000 to 300,000'],
      ['300k-1m', '300,000 to 1 million'],
      ['over-1m', 'Over 1 million'],
    ]);
  });
});

describe('organisationKind', () => {
  test('groups councils that run the same services', () => {
    expect(organisationKind('unitary-authority')).toBe(organisationKind('metropolitan-borough'));
    expect(organisationKind('london-borough')).toBe(organisationKind('unitary-authority'));
    expect(organisationKind('welsh-council')).toBe(organisationKind('scottish-council'));
    expect(organisationKind('district-council')).not.toBe(organisationKind('unitary-authority'));
    expect(organisationKind('county-council')).not.toBe(organisationKind('district-council'));
  });

  test('names every organisation type at most once, and keeps an unnamed type as a kind of its own', () => {
    const named = Object.values(organisationKinds).flat();
    expect(new Set(named).size).toBe(named.length);
    const known = new Set(taxonomy.organisationTypes.map((type) => type.id));
    for (const type of named) expect(known.has(type), type).toBe(true);
    expect(organisationKind('business')).toBe('business');
  });
});

describe('distance', () => {
  test('is nearest in the same region, then the same nation, then another UK nation, then outside the UK', () => {
    const preston = { region: 'north-west', nation: 'england' };
    expect(distance(preston, { region: 'north-west', nation: 'england' })).toBe(0);
    expect(distance(preston, { region: 'london', nation: 'england' })).toBe(1);
    expect(distance(preston, { region: 'wales', nation: 'wales' })).toBe(2);
    expect(distance(preston, { region: 'outside-uk', nation: 'outside-uk' })).toBe(3);
  });
});

describe('buildPlacesIndex().likeCase', () => {
  const unitary = (id: string, population: number | undefined, region: string, extra = {}) =>
    caseStudy(id, {
      organisationType: 'unitary-authority',
      region,
      ...(population === undefined ? {} : { population }),
      ...extra,
    });

  test('lists the same kind of organisation in the same or a neighbouring band, nearest nation first, then same band first', () => {
    const entries = [
      unitary('subject', 200_000, 'north-west'),
      unitary('same-band-wales', 180_000, 'wales', { organisationType: 'welsh-council' }),
      unitary('same-band-same-region', 250_000, 'north-west', { organisationType: 'metropolitan-borough' }),
      unitary('neighbour-band-same-region', 120_000, 'north-west'),
      unitary('neighbour-band-england', 400_000, 'london', { organisationType: 'london-borough' }),
      unitary('two-bands-away', 30_000, 'north-west'),
      unitary('no-population', undefined, 'north-west'),
      caseStudy('district', { organisationType: 'district-council', region: 'north-west', population: 200_000 }),
      unitary('outside', 210_000, 'outside-uk', { country: 'US' }),
    ];

    const places = buildPlacesIndex(entries, taxonomy);

    expect(ids(places.likeCase('subject', { limit: 10 }))).toEqual([
      'same-band-same-region',
      'neighbour-band-same-region',
      'neighbour-band-england',
      'same-band-wales',
      'outside',
    ]);
  });

  test('leaves out withdrawn case studies, the ones excluded and the case study itself, and needs a population', () => {
    const entries = [
      unitary('subject', 200_000, 'north-west'),
      unitary('withdrawn', 200_000, 'north-west', {
        withdrawn: { date: '2025-01-01', reason: 'Replaced by a newer account.' },
      }),
      unitary('related', 200_000, 'north-west'),
      unitary('kept', 200_000, 'north-west'),
      unitary('unsized', undefined, 'north-west'),
    ];

    const places = buildPlacesIndex(entries, taxonomy);

    expect(ids(places.likeCase('subject', { exclude: ['related'] }))).toEqual(['kept']);
    expect(places.likeCase('unsized')).toEqual([]);
    expect(places.likeCase('withdrawn')).toEqual([]);
  });

  test('takes the newest first among equals, and stops at the limit', () => {
    const entries = [
      unitary('subject', 60_000, 'wales'),
      unitary('older', 60_000, 'wales', { published: '2024-01-01' }),
      unitary('newer', 60_000, 'wales', { published: '2025-03-01' }),
      unitary('newest', 60_000, 'wales', { published: '2025-06-01' }),
    ];

    expect(ids(buildPlacesIndex(entries, taxonomy).likeCase('subject', { limit: 2 }))).toEqual(['newest', 'newer']);
  });
});

describe('buildPlacesIndex().likeCase on a larger library', () => {
  // The order docs/public-interface.md §11 states, computed the plain way: sort every candidate.
  const nationOf = new Map(taxonomy.regions.map((region) => [region.id, region.nation]));
  const bandIds = taxonomy.sizeBands.map((band) => band.id);
  function expected(entries: readonly CaseStudy[], id: string, limit: number): string[] {
    const subject = entries.find((entry) => entry.id === id)!;
    const band = bandIds.indexOf(sizeBandOf(taxonomy, subject.data.population)!);
    const where = { region: subject.data.region, nation: nationOf.get(subject.data.region) };
    return entries
      .filter(
        (entry) =>
          entry.id !== id &&
          entry.data.population !== undefined &&
          organisationKind(entry.data.organisationType) === organisationKind(subject.data.organisationType) &&
          Math.abs(bandIds.indexOf(sizeBandOf(taxonomy, entry.data.population)!) - band) <= 1,
      )
      .map((entry) => ({
        entry,
        rank:
          distance(where, { region: entry.data.region, nation: nationOf.get(entry.data.region) }) * 2 +
          Math.abs(bandIds.indexOf(sizeBandOf(taxonomy, entry.data.population)!) - band),
      }))
      .sort((a, b) => a.rank - b.rank || compareNewestFirst(a.entry, b.entry))
      .slice(0, limit)
      .map(({ entry }) => entry.id);
  }

  test('gives exactly the fully sorted order for every case study of 400 mixed ones', () => {
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const types = ['unitary-authority', 'metropolitan-borough', 'district-council', 'welsh-council', 'nhs-body'];
    const regions = ['north-west', 'london', 'wales', 'scotland', 'yorkshire-and-the-humber', 'outside-uk'];
    const populations = [20_000, 60_000, 140_000, 160_000, 310_000, 2_000_000];
    const entries = Array.from({ length: 400 }, (_, index) => {
      const region = regions[next(regions.length)]!;
      return caseStudy(`case-${index}`, {
        organisationType: types[next(types.length)],
        region,
        population: populations[next(populations.length)],
        published: `202${next(6)}-0${1 + next(9)}-1${next(10)}`,
        ...(region === 'outside-uk' ? { country: 'US' } : {}),
      });
    });

    const places = buildPlacesIndex(entries, taxonomy);

    for (const limit of [1, 4, 30]) {
      for (const entry of entries) {
        expect(ids(places.likeCase(entry.id, { limit })), `${entry.id}, limit ${limit}`).toEqual(
          expected(entries, entry.id, limit),
        );
      }
    }
  });
});
