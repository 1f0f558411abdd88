/** Case studies grouped by the vocabularies: themes, topics, regions, nations, organisation types. */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Region, Taxonomy, Term } from '../schema/taxonomy.ts';
import type { CaseStudy } from './case-studies.ts';

/** Which term ids of one vocabulary a case study names. */
export type IdsOf = (data: CaseStudyData) => readonly string[];

/** The region term of `regionId`, if the taxonomy has it. */
export function regionOf(taxonomy: Taxonomy, regionId: string): Region | undefined {
  return taxonomy.regions.find((region) => region.id === regionId);
}

/** The nation term a region belongs to, if both are known. */
export function nationOf(taxonomy: Taxonomy, regionId: string): Term | undefined {
  const region = regionOf(taxonomy, regionId);
  return region ? taxonomy.nations.find((nation) => nation.id === region.nation) : undefined;
}

/** The id lists that group case studies by each vocabulary. */
export const idsOf = {
  theme: (data) => data.themes,
  topic: (data) => data.topics ?? [],
  region: (data) => [data.region],
  type: (data) => [data.organisationType],
  status: (data) => [data.status],
  evidence: (data) => (data.evidence ? [data.evidence] : []),
} satisfies Record<string, IdsOf>;

/** The nation of a case study, through its region. */
export const nationIdsOf =
  (taxonomy: Taxonomy): IdsOf =>
  (data) => {
    const region = regionOf(taxonomy, data.region);
    return region ? [region.nation] : [];
  };

/** One term with the case studies that name it, in the order they were given. */
export interface TermGroup<T extends CaseStudy> {
  term: Term;
  entries: T[];
}

/**
 * Every term of `terms`, in vocabulary order, with the entries that name it (keeping the order of
 * `entries`); terms nobody names are kept with an empty list, so pages can show an empty state.
 */
export function groupByTerms<T extends CaseStudy>(
  entries: readonly T[],
  terms: readonly Term[],
  ids: IdsOf,
): TermGroup<T>[] {
  const groups = new Map<string, T[]>(terms.map((term) => [term.id, []]));
  for (const entry of entries) {
    for (const id of new Set(ids(entry.data))) groups.get(id)?.push(entry);
  }
  return terms.map((term) => ({ term, entries: groups.get(term.id) ?? [] }));
}

/** The entries that name term `id` in one vocabulary, keeping their order. */
export function entriesWith<T extends CaseStudy>(entries: readonly T[], ids: IdsOf, id: string): T[] {
  return entries.filter((entry) => ids(entry.data).includes(id));
}

/** How many entries name each term id of `terms` (every term present, zero included). */
export function countByTerms(entries: readonly CaseStudy[], terms: readonly Term[], ids: IdsOf): Map<string, number> {
  return new Map(groupByTerms(entries, terms, ids).map((group) => [group.term.id, group.entries.length]));
}
