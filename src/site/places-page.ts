/**
 * What `/places-like-mine/` shows (docs/public-interface.md §11), and its pre-rendered lists.
 *
 * A static site cannot read a query string without JavaScript, so the page gives two ways that
 * both work without it: a form sent by GET to the search page, whose URL parameters (`type`,
 * `nation`, `region`, `size`) are the search page's own, and a table of links, one for each kind
 * of organisation and size band, to a page built for that choice listing the closest case studies
 * nation by nation. Pure: the route hands in the case studies and the vocabularies.
 */
import type { CaseStudy } from '../lib/case-studies.ts';
import { organisationKind, organisationKinds, typesOfKind, type PlacesIndex } from '../lib/places-like.ts';
import { placesLikeMineUrl, searchUrl } from '../lib/urls.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { nationOf } from '../lib/grouping.ts';

/** The kinds of organisation the page offers, in the order of the organisation types, each with its types. */
export function placeKinds(taxonomy: Pick<Taxonomy, 'organisationTypes'>): { kind: string; types: string[] }[] {
  const kinds: { kind: string; types: string[] }[] = [];
  for (const term of taxonomy.organisationTypes) {
    const kind = organisationKind(term.id);
    const known = new Set(taxonomy.organisationTypes.map((type) => type.id));
    if (!kinds.some((row) => row.kind === kind))
      kinds.push({ kind, types: typesOfKind(kind).filter((type) => known.has(type)) });
  }
  return kinds;
}

/** True when `kind` groups several organisation types (and so has a name of its own in the dictionary). */
export const isGroupedKind = (kind: string): kind is keyof typeof organisationKinds =>
  Object.hasOwn(organisationKinds, kind);

/** The bands neighbouring `band`, and itself, in order. */
export function bandsAround(taxonomy: Pick<Taxonomy, 'sizeBands'>, band: string): string[] {
  const ids = taxonomy.sizeBands.map((term) => term.id);
  const index = ids.indexOf(band);
  return ids.filter((_, other) => Math.abs(other - index) <= 1);
}

/** One cell of the table of choices: a kind of organisation and a band, with how many case studies the list holds. */
export interface PlaceChoice {
  band: string;
  href: string;
  count: number;
}

/** The table of choices: a row per kind of organisation, a cell per size band. */
export function placeChoices<T extends CaseStudy>(
  taxonomy: Pick<Taxonomy, 'organisationTypes' | 'sizeBands'>,
  places: Pick<PlacesIndex<T>, 'like'>,
  base: string,
): { kind: string; types: string[]; cells: PlaceChoice[] }[] {
  return placeKinds(taxonomy).map(({ kind, types }) => ({
    kind,
    types,
    cells: taxonomy.sizeBands.map((band) => ({
      band: band.id,
      href: placesLikeMineUrl(base, kind, band.id),
      count: places.like({ kind, band: band.id, where: undefined }, { limit: Number.POSITIVE_INFINITY }).length,
    })),
  }));
}

/** The search for a kind of organisation and the band with its neighbours: the search page's own URL. */
export const placesSearchUrl = (
  base: string,
  taxonomy: Pick<Taxonomy, 'sizeBands'>,
  kind: string,
  band: string,
  nation?: string,
) =>
  searchUrl(base, {
    type: typesOfKind(kind),
    size: bandsAround(taxonomy, band),
    ...(nation ? { nation: [nation] } : {}),
  });

/** A pre-rendered list: the closest case studies for a kind and band, nation by nation, each with its search. */
export interface PlacesList<T extends CaseStudy> {
  kind: string;
  band: string;
  nations: { nation: string; entries: T[]; searchHref: string }[];
  searchHref: string;
}

/**
 * The list for `kind` and `band`: up to `perNation` case studies of each nation, the same band
 * before a neighbouring one, then newest; nations in the vocabulary's order, those with none left out.
 */
export function placesList<T extends CaseStudy>(
  kind: string,
  band: string,
  taxonomy: Pick<Taxonomy, 'sizeBands' | 'regions' | 'nations'>,
  places: Pick<PlacesIndex<T>, 'like'>,
  base: string,
  perNation = 8,
): PlacesList<T> {
  const all = places.like({ kind, band, where: undefined }, { limit: Number.POSITIVE_INFINITY });
  const nations = taxonomy.nations
    .map((nation) => ({
      nation: nation.id,
      entries: all
        .filter((entry) => nationOf(taxonomy as Taxonomy, entry.data.region)?.id === nation.id)
        .slice(0, perNation),
      searchHref: placesSearchUrl(base, taxonomy, kind, band, nation.id),
    }))
    .filter((group) => group.entries.length > 0);
  return { kind, band, nations, searchHref: placesSearchUrl(base, taxonomy, kind, band) };
}

/** Every pre-rendered list's path parameters. */
export function placesListPaths(taxonomy: Pick<Taxonomy, 'organisationTypes' | 'sizeBands'>) {
  return placeKinds(taxonomy).flatMap(({ kind }) => taxonomy.sizeBands.map((band) => ({ kind, band: band.id })));
}
