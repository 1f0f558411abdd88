/**
 * The codebook of the open-data exports: what every column of `case-studies.json` and
 * `case-studies.csv` holds. One entry per export column, in export order: the slug and the URL,
 * then each field with the type and meaning its description gives (`src/schema/fields.ts`, whose
 * meanings the JSON Schema's descriptions also use, so that a field is explained once) and the
 * vocabulary the registry names for it (`src/schema/vocabularies.ts`).
 */
import { siteWords } from '../i18n/index.ts';
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
 * language (their words in the catalogues, `site_dataPage_recordColumns_*`).
 */
function recordColumns(lang: Language): Record<'slug' | 'url', CodebookEntry> {
  const words = siteWords(lang).dataPage.recordColumns;
  return {
    slug: { type: words.slug.type, required: true, meaning: words.slug.meaning },
    url: { type: words.url.type, required: true, meaning: words.url.meaning },
  };
}

/**
 * The codebook of the exports of case studies with `fields`, in `lang`: a field with a default
 * (`lang`, `draft`) is in every record, so it counts as required here.
 */
export function codebookOf(
  fields: FieldList = caseStudyFieldList,
  lang: Language = 'en',
): Record<string, CodebookEntry> {
  const entries: Record<string, CodebookEntry> = { ...recordColumns(lang) };
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
