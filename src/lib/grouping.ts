/** Case studies grouped by the vocabularies: themes, topics, regions, nations, organisation types. */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Region, Taxonomy, Term } from '../schema/taxonomy.ts';
import {
  fieldVocabularies,
  vocabulary,
  type FieldVocabulary,
  type Vocabulary,
  type VocabularyField,
  type VocabularyKey,
} from '../schema/vocabularies.ts';
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

/** The ids a front-matter field holds: a list, one id, or none. */
function fieldIds(data: CaseStudyData, field: VocabularyField): readonly string[] {
  const value = data[field];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/**
 * The id lists that group case studies by each vocabulary named through a field, by search
 * filter name (`theme`, `topic`, `region`, `type`, `status`, `evidence`).
 */
export const idsOf = Object.fromEntries(
  fieldVocabularies.map((row) => [row.filter, (data: CaseStudyData) => fieldIds(data, row.field)]),
) as Record<FieldVocabulary['filter'], IdsOf>;

/** The nation of a case study, through its region. */
export const nationIdsOf = (taxonomy: Taxonomy): IdsOf => termIdsOf(taxonomy, 'nations');

/**
 * Which ids of vocabulary `key` a case study names: those of its field, or, for a vocabulary named
 * through another (nations through regions), those the other vocabulary's terms link to.
 */
export function termIdsOf(taxonomy: Taxonomy, key: VocabularyKey): IdsOf {
  const row: Vocabulary = vocabulary(key);
  if ('field' in row) return (data) => fieldIds(data, row.field);
  if ('derived' in row) {
    const terms = taxonomy[row.key] as unknown as readonly (Term & Record<string, number>)[];
    const { field, property } = row.derived;
    return (data) => {
      const value = data[field as keyof CaseStudyData];
      return typeof value === 'number' ? derivedTermIds(terms, property, value) : [];
    };
  }
  const { vocabulary: from, property } = row.via;
  const viaIds = termIdsOf(taxonomy, from);
  const terms: readonly Term[] = taxonomy[from];
  return (data) =>
    viaIds(data).flatMap((id) => {
      const linked: unknown = (terms.find((term) => term.id === id) as Record<string, unknown> | undefined)?.[property];
      return typeof linked === 'string' ? [linked] : [];
    });
}

/** The term of a derived vocabulary that covers `value`: the last whose lowest value is not above it. */
function derivedTermIds(terms: readonly (Term & Record<string, number>)[], property: string, value: number): string[] {
  let found: string | undefined;
  for (const term of terms) if (term[property]! <= value) found = term.id;
  return found === undefined ? [] : [found];
}

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
