/**
 * The words that name each vocabulary of the registry (`src/schema/vocabularies.ts`), keyed by its
 * key: `one` names a single term's kind (above a term page's title, as a search filter's legend),
 * `many` the whole list (its index page, menus, the data page's table). A vocabulary added to the
 * registry fails the type check until its words are added here.
 */
import type { VocabularyKey } from '../schema/vocabularies.ts';

/** How the interface names one vocabulary. */
export interface VocabularyWords {
  /** One term's kind: "Theme", "Type of organisation". */
  one: string;
  /** The vocabulary as a list: "Themes", "Types of organisation". */
  many: string;
}

export const vocabularyWords = {
  en: {
    themes: { one: 'Theme', many: 'Themes' },
    topics: { one: 'Topic', many: 'Topics' },
    regions: { one: 'Region', many: 'Regions' },
    nations: { one: 'Nation', many: 'Nations' },
    organisationTypes: { one: 'Type of organisation', many: 'Types of organisation' },
    statuses: { one: 'Status', many: 'Statuses' },
    evidenceLevels: { one: 'Evidence', many: 'Evidence levels' },
  },
} satisfies Record<'en', Record<VocabularyKey, VocabularyWords>>;
