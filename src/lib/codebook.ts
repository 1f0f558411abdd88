/**
 * The codebook of the open-data exports: what every column of `case-studies.json` and
 * `case-studies.csv` holds. One entry per export column, in export order: the slug and the URL,
 * then each field with the type and meaning its description gives (`src/schema/fields.ts`, whose
 * meanings the JSON Schema's descriptions also use, so that a field is explained once) and the
 * vocabulary the registry names for it (`src/schema/vocabularies.ts`).
 */
import { caseStudyFieldList, fieldVocabulary, fieldWords, type FieldList } from '../schema/fields.ts';
import type { Language } from '../schema/taxonomy.ts';
import type { VocabularyKey } from '../schema/vocabularies.ts';
import type { ExportColumn } from './exports.ts';

export interface CodebookEntry {
  /** The value's type as JSON has it, with what the CSV cell holds when that differs. */
  type: string;
  /** Whether every record has it. */
  required: boolean;
  /** What it means, in a sentence or two. */
  meaning: string;
  /** The vocabulary its ids come from, when it holds ids: the registry's, by field name. */
  vocabulary?: VocabularyKey;
}

/**
 * The columns that are not fields: what the exports add to each case study's front matter, in each
 * language (as the field descriptions are, `src/schema/fields.ts`).
 */
const recordColumns: Record<Language, Record<'slug' | 'url', CodebookEntry>> = {
  en: {
    slug: {
      type: 'text',
      required: true,
      meaning: 'The case study’s id: its file name without extension, and the last part of its address.',
    },
    url: { type: 'text (URL)', required: true, meaning: 'The address of the case study’s page.' },
  },
  cy: {
    slug: {
      type: 'testun',
      required: true,
      meaning: 'Dynodydd yr astudiaeth achos: enw ei ffeil heb yr estyniad, a rhan olaf ei chyfeiriad.',
    },
    url: { type: 'testun (URL)', required: true, meaning: 'Cyfeiriad tudalen yr astudiaeth achos.' },
  },
};

/**
 * The codebook of the exports of case studies with `fields`, in `lang`: a field with a default
 * (`lang`, `draft`) is in every record, so it counts as required here.
 */
export function codebookOf(
  fields: FieldList = caseStudyFieldList,
  lang: Language = 'en',
): Record<string, CodebookEntry> {
  const entries: Record<string, CodebookEntry> = { ...recordColumns[lang] };
  for (const field of fields) {
    const words = fieldWords(field, lang);
    const vocabulary = fieldVocabulary(field);
    entries[field.name] = {
      type: words.type,
      required: field.required !== false,
      meaning: words.meaning,
      ...(vocabulary ? { vocabulary } : {}),
    };
  }
  return entries;
}

export const codebook = codebookOf() as Record<ExportColumn, CodebookEntry>;

/** The codebook in `lang`, for the open-data page. */
export const codebookIn = (lang: Language) =>
  codebookOf(caseStudyFieldList, lang) as Record<ExportColumn, CodebookEntry>;
