/**
 * "Places like mine" (docs/public-interface.md §11): a case study's size band, the kind of
 * organisation it comes from, and the case studies from places like it: the same kind of
 * organisation, the same or a neighbouring size band, nearest nation first. Pure, and built once
 * per build as buckets by kind and band, so that a page's list costs the size of three buckets
 * rather than the whole library.
 */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { compareNewestFirst, type CaseStudy } from './case-studies.ts';
import { termIdsOf } from './grouping.ts';
import { isWithdrawn } from './still-true.ts';

/**
 * Kinds of organisation whose practice compares, by organisation type. Councils are grouped by
 * what they do rather than by name: a unitary authority, a metropolitan borough, a London borough
 * and a Welsh or Scottish council all run every local service of their area, so one is like the
 * other; a district council is like another district council, and Northern Ireland's councils,
 * which run neither schools nor social care, are like districts; a county council like a county
 * council. Anchor institutions (NHS bodies, universities and colleges, housing associations,
 * police and fire services) compare with each other as buyers and employers. A type not named here
 * is a kind of its own.
 */
export const organisationKinds = {
  'single-tier-council': [
    'unitary-authority',
    'metropolitan-borough',
    'london-borough',
    'welsh-council',
    'scottish-council',
  ],
  'district-council': ['district-council', 'ni-council'],
  'county-council': ['county-council'],
  'combined-authority': ['combined-authority', 'greater-london-authority'],
  government: ['devolved-government', 'uk-government'],
  'local-council': ['town-parish-community-council'],
  'anchor-institution': ['nhs-body', 'university-college', 'housing-association', 'police-fire'],
  community: ['cooperative-social-enterprise', 'community-organisation'],
} as const satisfies Record<string, readonly string[]>;

/** A kind of organisation: one of {@link organisationKinds}, or an organisation type of its own. */
export type OrganisationKind = keyof typeof organisationKinds | (string & {});

const kindOfType = new Map<string, string>(
  Object.entries(organisationKinds).flatMap(([kind, types]) => types.map((type) => [type, kind] as const)),
);

/** The kind of organisation of an organisation type. */
export const organisationKind = (organisationType: string): OrganisationKind =>
  kindOfType.get(organisationType) ?? organisationType;

/** The organisation types of a kind, in the order given (a type of its own alone). */
export const typesOfKind = (kind: OrganisationKind): readonly string[] =>
  (organisationKinds as Record<string, readonly string[]>)[kind] ?? [kind];

/** The id of a population's size band (`under-50k` …), from the bands of the taxonomy; undefined without one. */
export function sizeBandOf(taxonomy: Pick<Taxonomy, 'sizeBands'>, population: number | undefined): string | undefined {
  if (population === undefined) return undefined;
  return termIdsOf(taxonomy as Taxonomy, 'sizeBands')({ population } as CaseStudyData)[0];
}

/** A case study's size band id, if it gives its population. */
export const sizeBandOfCase = (taxonomy: Pick<Taxonomy, 'sizeBands'>, data: CaseStudyData): string | undefined =>
  sizeBandOf(taxonomy, data.population);

/** Where a place is, for "nearest nation first": its region and the nation that region belongs to. */
export interface Whereabouts {
  region: string;
  nation: string | undefined;
}

/**
 * How near `other` is to `from`: 0 the same region, 1 the same nation, 2 another UK nation, 3
 * outside the UK. "Nearest nation first" orders by this.
 */
export function distance(from: Whereabouts, other: Whereabouts): number {
  if (other.region === from.region) return 0;
  if (other.nation !== undefined && other.nation === from.nation) return 1;
  return other.nation === 'outside-uk' || other.nation === undefined ? 3 : 2;
}

/** The question "places like mine" answers: a kind of organisation, a size band and where. */
export interface PlaceLike {
  kind: OrganisationKind;
  /** The band to match, with its neighbours; none matches every band. */
  band: string | undefined;
  where: Whereabouts | undefined;
}

export interface PlacesIndex<T extends CaseStudy> {
  /** Up to `limit` case studies from places like `place`, best first, leaving out `exclude`. */
  like(place: PlaceLike, options?: { limit?: number; exclude?: readonly string[] }): T[];
  /** Up to `limit` case studies from places like the one of `id` (not itself), best first. */
  likeCase(id: string, options?: { limit?: number; exclude?: readonly string[] }): T[];
}

/**
 * The index of "places like this" over `entries` (withdrawn ones left out). Best first: the
 * nearest (same region, same nation, another UK nation, outside the UK), then the same band before
 * a neighbouring one, then newest.
 *
 * Each bucket (kind and band) is kept by region, newest first, once: a list then takes the few it
 * needs from the head of each region's run rather than sorting the bucket, which at 10,000 case
 * studies made "From places like this" cost more than the rest of a case-study page.
 */
export function buildPlacesIndex<T extends CaseStudy>(
  entries: readonly T[],
  taxonomy: Pick<Taxonomy, 'sizeBands' | 'regions'>,
): PlacesIndex<T> {
  const bands = taxonomy.sizeBands.map((band) => band.id);
  const nationOfRegion = new Map(taxonomy.regions.map((region) => [region.id, region.nation]));
  const whereabouts = (region: string): Whereabouts => ({ region, nation: nationOfRegion.get(region) });
  const key = (kind: string, band: string | undefined) => `${kind}\u0000${band ?? ''}`;
  /** Kind and band → region → its case studies, newest first. */
  const buckets = new Map<string, Map<string, T[]>>();
  const byId = new Map<string, T>();
  for (const entry of entries) {
    if (isWithdrawn(entry.data)) continue;
    byId.set(entry.id, entry);
    const bucket = key(organisationKind(entry.data.organisationType), sizeBandOfCase(taxonomy, entry.data));
    let regions = buckets.get(bucket);
    if (!regions) buckets.set(bucket, (regions = new Map()));
    const run = regions.get(entry.data.region);
    if (run) run.push(entry);
    else regions.set(entry.data.region, [entry]);
  }
  for (const regions of buckets.values()) for (const run of regions.values()) run.sort(compareNewestFirst);

  const like = (
    place: PlaceLike,
    { limit = 6, exclude = [] }: { limit?: number; exclude?: readonly string[] } = {},
  ) => {
    const left = new Set(exclude);
    const index = place.band === undefined ? -1 : bands.indexOf(place.band);
    const near = index === -1 ? bands : bands.filter((_, other) => Math.abs(other - index) <= 1);
    // Every run that could contribute, with the rank of its group: nearer first, then the same band.
    const groups = new Map<number, T[][]>();
    for (const band of near) {
      const bandStep = index === -1 ? 0 : Math.abs(bands.indexOf(band) - index);
      for (const [region, run] of buckets.get(key(place.kind, band)) ?? []) {
        const rank = (place.where ? distance(place.where, whereabouts(region)) : 0) * 2 + bandStep;
        const runs = groups.get(rank);
        if (runs) runs.push(run);
        else groups.set(rank, [run]);
      }
    }
    const found: T[] = [];
    for (const rank of [...groups.keys()].sort((a, b) => a - b)) {
      const need = limit - found.length;
      if (need <= 0) break;
      // The best `need` of a group are among the first `need` kept of each of its runs.
      const heads = groups.get(rank)!.flatMap((run) => {
        const kept: T[] = [];
        for (const entry of run) {
          if (kept.length === need) break;
          if (!left.has(entry.id)) kept.push(entry);
        }
        return kept;
      });
      found.push(...heads.sort(compareNewestFirst).slice(0, need));
    }
    return found;
  };

  return {
    like,
    likeCase(id, { limit = 4, exclude = [] } = {}) {
      const entry = byId.get(id);
      if (!entry) return [];
      const band = sizeBandOfCase(taxonomy, entry.data);
      // Without its population a case study's size is unknown: "places like this" needs one.
      if (band === undefined) return [];
      return like(
        { kind: organisationKind(entry.data.organisationType), band, where: whereabouts(entry.data.region) },
        { limit, exclude: [id, ...exclude] },
      );
    },
  };
}
