/**
 * The registry of the library's controlled vocabularies: for each, the file its terms are kept in,
 * the front-matter field that names them, the URL segment of its pages, its search filter and the
 * order it is shown in. The taxonomy parser, the menus, the term routes, the search index and page,
 * the codebook and the data page are all derived from this one table, so a new vocabulary is one
 * row here (and its names, `vocabularies_<key>_one` and `_many`, in `messages/en.json` and `messages/cy.json`), and a new term is one entry in its file.
 *
 * Plain data without zod: the search page's browser script imports it.
 */

/** One row of the registry. */
export interface VocabularyDefinition {
  /** The vocabulary's key in a `Taxonomy`, in the codebook and in the words of the interface. */
  key: string;
  /** Its file in `content/taxonomy/`, without `.yml`. */
  file: string;
  /** What the validator's messages call one of its terms: `region "North-West" is not a region id`. */
  noun: string;
  /** The front-matter field holding its ids (one id or a list), when case studies name it directly. */
  field?: string;
  /**
   * For a vocabulary case studies name only through another one: the vocabulary whose terms name
   * it, and the property of those terms that holds its id (a nation through the `nation` of a region).
   */
  via?: { vocabulary: string; property: string };
  /**
   * For a vocabulary whose term follows from a number a case study gives (a size band from its
   * `population`, docs/public-interface.md §11): the field, and the property of each term holding
   * the lowest value it covers. Terms come in rising order; a case study has the last term whose
   * lowest value is not above its number, and none without the number.
   */
  derived?: { field: string; property: string };
  /** The first segment of its pages' URLs (`/<segment>/`, `/<segment>/<id>/`), when it has pages (docs/public-interface.md §8). */
  segment?: string;
  /**
   * Its search filter: the filter's name in the index (docs/public-interface.md §9) and the search page's URL
   * parameter (docs/public-interface.md §8), which the public interface gives the same name.
   */
  filter: string;
  /** Where its group of checkboxes comes on the search page (1 first): the pillars and places first. */
  facetPosition: number;
  /** Whether the header's main menu links to its pages (every vocabulary with pages is in the footer's). */
  mainMenu?: boolean;
}

/**
 * Every vocabulary, in the order the site lists them: taxonomy files, the footer's browse menu, the
 * search index's filters, the codebook's vocabularies and the data page.
 */
export const vocabularies = [
  {
    key: 'themes',
    file: 'themes',
    noun: 'theme',
    field: 'themes',
    segment: 'themes',
    filter: 'theme',
    facetPosition: 1,
    mainMenu: true,
  },
  {
    key: 'topics',
    file: 'topics',
    noun: 'topic',
    field: 'topics',
    segment: 'topics',
    filter: 'topic',
    facetPosition: 5,
  },
  {
    key: 'regions',
    file: 'regions',
    noun: 'region',
    field: 'region',
    segment: 'regions',
    filter: 'region',
    facetPosition: 2,
    mainMenu: true,
  },
  {
    key: 'nations',
    file: 'nations',
    noun: 'nation',
    via: { vocabulary: 'regions', property: 'nation' },
    segment: 'nations',
    filter: 'nation',
    facetPosition: 3,
  },
  {
    key: 'organisationTypes',
    file: 'organisation-types',
    noun: 'organisation type',
    field: 'organisationType',
    segment: 'organisation-types',
    filter: 'type',
    facetPosition: 4,
  },
  { key: 'statuses', file: 'statuses', noun: 'status', field: 'status', filter: 'status', facetPosition: 6 },
  {
    key: 'evidenceLevels',
    file: 'evidence-levels',
    noun: 'evidence level',
    field: 'evidence',
    filter: 'evidence',
    facetPosition: 7,
  },
  {
    key: 'sizeBands',
    file: 'size-bands',
    noun: 'size band',
    derived: { field: 'population', property: 'from' },
    filter: 'size',
    facetPosition: 8,
  },
] as const satisfies readonly VocabularyDefinition[];

/** One vocabulary of the registry, with its literal types. */
export type Vocabulary = (typeof vocabularies)[number];
/** A vocabulary's key: `themes`, `organisationTypes`, … */
export type VocabularyKey = Vocabulary['key'];
/** A file of `content/taxonomy/`, without `.yml`. */
export type TaxonomyFile = Vocabulary['file'];
/** A search filter's name, which is also its URL parameter. */
export type SearchFilterName = Vocabulary['filter'];
/** A vocabulary that has pages. */
export type PagedVocabulary = Extract<Vocabulary, { segment: string }>;
/** A vocabulary case studies name through a front-matter field. */
export type FieldVocabulary = Extract<Vocabulary, { field: string }>;
/** A front-matter field that holds vocabulary ids. */
export type VocabularyField = FieldVocabulary['field'];
/** A vocabulary named through another's terms, and that property. */
type ViaVocabulary = Extract<Vocabulary, { via: object }>;
/** A vocabulary whose terms follow from a number field. */
export type DerivedVocabulary = Extract<Vocabulary, { derived: object }>;
/** The extra properties the terms of vocabulary `K` carry (`nation` for a region, `from` for a size band). */
export type TermLinks<K extends VocabularyKey> = {
  [V in ViaVocabulary as V['via']['vocabulary'] extends K ? V['via']['property'] : never]: string;
} & {
  [V in DerivedVocabulary as V['key'] extends K ? V['derived']['property'] : never]: number;
};

/** The registry row of `key`. */
export function vocabulary<K extends VocabularyKey>(key: K): Extract<Vocabulary, { key: K }> {
  return vocabularies.find((row) => row.key === key) as Extract<Vocabulary, { key: K }>;
}

/** The vocabulary of a search filter. */
export function vocabularyOfFilter<F extends SearchFilterName>(filter: F): Extract<Vocabulary, { filter: F }> {
  return vocabularies.find((row) => row.filter === filter) as Extract<Vocabulary, { filter: F }>;
}

/** The vocabulary whose ids a front-matter field (or an export column of the same name) holds, if any. */
export function vocabularyOfField(field: string): FieldVocabulary | undefined {
  return vocabularies.find((row): row is FieldVocabulary => 'field' in row && row.field === field);
}

/** Vocabularies with pages, in registry order. */
export const pagedVocabularies = vocabularies.filter((row): row is PagedVocabulary => 'segment' in row);

/** Vocabularies case studies name through a field, in registry order: the codebook's and the data page's. */
export const fieldVocabularies = vocabularies.filter((row): row is FieldVocabulary => 'field' in row);

/** The taxonomy files, in registry order. */
export const taxonomyFileNames: readonly TaxonomyFile[] = vocabularies.map((row) => row.file);

/** The search index's filter names, in registry order (the order a case-study page writes them). */
export const searchFilterNames: readonly SearchFilterName[] = vocabularies.map((row) => row.filter);

/** The search filters in the order the search page shows them and writes them into a URL. */
export const facetOrder: readonly SearchFilterName[] = [...vocabularies]
  .sort((a, b) => a.facetPosition - b.facetPosition)
  .map((row) => row.filter);
