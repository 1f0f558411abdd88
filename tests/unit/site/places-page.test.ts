import { expect, test } from 'vitest';
import { buildPlacesIndex } from '../../../src/lib/places-like.ts';
import { bandsAround, placeChoices, placeKinds, placesList, placesSearchUrl } from '../../../src/site/places-page.ts';
import { caseStudy, ids } from '../lib/site-fixtures.ts';
import { taxonomy } from '../../support/case-study.ts';

const entries = [
  caseStudy('leeds', { organisationType: 'metropolitan-borough', population: 800_000, published: '2025-01-01' }),
  caseStudy('cardiff', { organisationType: 'welsh-council', region: 'wales', population: 370_000 }),
  caseStudy('camden', { organisationType: 'london-borough', region: 'london', population: 210_000 }),
  caseStudy('preston', { organisationType: 'district-council', population: 150_000 }),
];
const places = buildPlacesIndex(entries, taxonomy);

test('offers every organisation type once, in a kind of organisation', () => {
  const kinds = placeKinds(taxonomy);
  expect(kinds.flatMap((kind) => kind.types).sort()).toEqual(taxonomy.organisationTypes.map((type) => type.id).sort());
  expect(kinds.find((kind) => kind.kind === 'single-tier-council')?.types).toContain('london-borough');
});

test('counts the case studies of each choice, neighbouring bands included, and links its list', () => {
  const row = placeChoices(taxonomy, places, '/').find((choice) => choice.kind === 'single-tier-council')!;

  expect(row.cells.map((cell) => [cell.band, cell.count])).toEqual([
    ['under-50k', 0],
    ['50k-150k', 1],
    ['150k-300k', 3],
    ['300k-1m', 3],
    ['over-1m', 2],
  ]);
  expect(row.cells[3]!.href).toBe('/places-like-mine/single-tier-council/300k-1m/');
});

test('lists the closest case studies nation by nation, each nation with its own search', () => {
  const list = placesList('single-tier-council', '300k-1m', taxonomy, places, '/');

  expect(list.nations.map((group) => [group.nation, ids(group.entries)])).toEqual([
    ['england', ['leeds', 'camden']],
    ['wales', ['cardiff']],
  ]);
  expect(list.nations[1]!.searchHref).toBe(
    '/search/?nation=wales&type=unitary-authority&type=metropolitan-borough&type=london-borough&type=welsh-council&type=scottish-council&size=150k-300k&size=300k-1m&size=over-1m',
  );
});

test('searches the band with its neighbours', () => {
  expect(bandsAround(taxonomy, 'under-50k')).toEqual(['under-50k', '50k-150k']);
  expect(placesSearchUrl('/', taxonomy, 'district-council', 'over-1m')).toBe(
    '/search/?type=district-council&type=ni-council&size=300k-1m&size=over-1m',
  );
});
