/**
 * The pages of every vocabulary that has pages in the registry (`src/schema/vocabularies.ts`):
 * one list of case studies per term, page by page, at `/<segment>/<id>/` and `/<segment>/<id>/page/<n>/`.
 * The five route files `src/pages/<segment>/[id]/[...page].astro` take their paths from here and
 * render them with `TermPage.astro`; what a term page shows beyond its list (a pillar's topics, a
 * region's nation, a nation's regions) is computed here too. Pure: entries and vocabularies come in
 * as arguments, so tests can build the pages of any taxonomy without Astro.
 */
import type { CaseStudy } from '../lib/case-studies.ts';
import { countryName } from '../lib/format.ts';
import { countByTerms, entriesWith, groupByTerms, idsOf, termIdsOf, type TermGroup } from '../lib/grouping.ts';
import type { ListPage } from '../lib/pagination.ts';
import { labelOf, type Language, type Taxonomy, type Term, type TermOf } from '../schema/taxonomy.ts';
import { pagedVocabularies, type PagedVocabulary } from '../schema/vocabularies.ts';
import { paginatedPaths } from './listing.ts';

/** A vocabulary with pages. */
export type PagedKey = PagedVocabulary['key'];

/** What a term page receives: its vocabulary, its term and its page of case studies (one case per vocabulary). */
export type TermPageProps<K extends PagedKey = PagedKey, T extends CaseStudy = CaseStudy> = K extends PagedKey
  ? { vocabulary: K; term: TermOf<K>; page: ListPage<T> }
  : never;

/** The static paths of vocabulary `key`'s term pages: every term, even one no case study names yet. */
export function termPagePaths<K extends PagedKey, T extends CaseStudy>(
  key: K,
  taxonomy: Taxonomy,
  entries: readonly T[],
  size?: number,
): { params: { id: string; page: string | undefined }; props: TermPageProps<K, T> }[] {
  const ids = termIdsOf(taxonomy, key);
  const terms = taxonomy[key] as TermOf<K>[];
  return paginatedPaths(
    terms.map((term) => ({
      params: { id: term.id },
      items: entriesWith(entries, ids, term.id),
      props: { vocabulary: key, term },
    })),
    size,
  ) as { params: { id: string; page: string | undefined }; props: TermPageProps<K, T> }[];
}

/** Every term page's path (`segment/id`, then `segment/id/page/n`) of every vocabulary with pages. */
export function allTermPagePaths(taxonomy: Taxonomy, entries: readonly CaseStudy[]): string[] {
  return pagedVocabularies.flatMap((row) =>
    termPagePaths(row.key, taxonomy, entries).map(({ params }) =>
      [row.segment, params.id, params.page].filter(Boolean).join('/'),
    ),
  );
}

/**
 * The line under a term page's title: the term's description, without the backticks it may put
 * around field names for contributors; a nation without one lists its regions (`describeNation`).
 */
export function termPageDescription(
  key: PagedKey,
  term: Term,
  taxonomy: Taxonomy,
  describeNation: (nation: string, regions: string[]) => string,
  lang: Language = 'en',
): string | undefined {
  const description = lang === 'cy' ? term.cy.description : term.description;
  if (description) return description.replace(/`/g, '');
  if (key !== 'nations') return undefined;
  const labelOf = (one: Term) => (lang === 'cy' ? one.cy.label : one.label);
  return describeNation(labelOf(term), regionsOf(taxonomy, term.id).map(labelOf));
}

/** The regions of a nation, in vocabulary order. */
const regionsOf = (taxonomy: Taxonomy, nationId: string) =>
  taxonomy.regions.filter((region) => region.nation === nationId);

/** The topics the case studies under a pillar have, each with those case studies, in vocabulary order. */
export function topicsOfTheme<T extends CaseStudy>(
  entries: readonly T[],
  taxonomy: Taxonomy,
  themeId: string,
): TermGroup<T>[] {
  return groupByTerms(entriesWith(entries, idsOf.theme, themeId), taxonomy.topics, idsOf.topic).filter(
    (group) => group.entries.length > 0,
  );
}

/** What a region's page says about it: its nation, when that is not the region itself, and the countries of its case studies. */
export function regionFacts(
  entries: readonly CaseStudy[],
  taxonomy: Taxonomy,
  region: TermOf<'regions'>,
): { nation?: { id: string; label: string }; countries: string[] } {
  const nation = labelOf(taxonomy.nations, region.nation);
  const countries = [
    ...new Set(
      entriesWith(entries, idsOf.region, region.id).flatMap((entry) =>
        entry.data.country ? [countryName(entry.data.country)] : [],
      ),
    ),
  ].sort();
  return { ...(nation !== region.label ? { nation: { id: region.nation, label: nation } } : {}), countries };
}

/**
 * The regions a nation's page lists, with their counts; none for a nation that is one region
 * (Wales, Scotland), which has nothing more to list than its own page.
 */
export function nationRegions(
  entries: readonly CaseStudy[],
  taxonomy: Taxonomy,
  nation: Term,
): { region: TermOf<'regions'>; count: number }[] {
  const regions = regionsOf(taxonomy, nation.id);
  const listRegions = regions.length > 1 || regions[0]?.label !== nation.label;
  if (!listRegions) return [];
  const counts = countByTerms(entries, regions, idsOf.region);
  return regions.map((region) => ({ region, count: counts.get(region.id) ?? 0 }));
}

/** One line of a vocabulary's index page: a term, how many case studies name it, and its description. */
export interface TermIndexItem {
  term: Term;
  count: number;
  description: string | undefined;
}

/** Every term of vocabulary `key`, in vocabulary order, with its count (zero included) and description in `lang`. */
export function termIndex(
  key: PagedKey,
  taxonomy: Taxonomy,
  entries: readonly CaseStudy[],
  describeNation: (nation: string, regions: string[]) => string,
  lang: Language = 'en',
): TermIndexItem[] {
  const terms: readonly Term[] = taxonomy[key];
  const counts = countByTerms(entries, terms, termIdsOf(taxonomy, key));
  return terms.map((term) => ({
    term,
    count: counts.get(term.id) ?? 0,
    description: termPageDescription(key, term, taxonomy, describeNation, lang),
  }));
}
