/**
 * The codebook of the open-data exports: what every field of a record of `case-studies.json`
 * holds, and every column of the CSV files (`tableCodebook`). One entry per record field, in export order: the slug and the URL,
 * then each field with the type and meaning its description gives (`src/schema/fields.ts`, whose
 * meanings the JSON Schema's descriptions also use, so that a field is explained once) and the
 * vocabulary the registry names for it (`src/schema/vocabularies.ts`).
 */
import { caseStudyFieldList, fieldVocabulary, fieldWords, type FieldList } from '../schema/fields.ts';
import { recordColumnWords } from '../schema/record.ts';
import type { Language } from '../schema/taxonomy.ts';
import type { VocabularyKey } from '../schema/vocabularies.ts';
import { tableSchemaField, type TableSchemaField } from './datapackage.ts';
import type { ExportColumn } from './exports.ts';
import type { Table } from './tables.ts';

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

/** The columns that are not fields: what the exports add to each case study's front matter, in each language. */
const recordColumns = (lang: Language): Record<'slug' | 'url', CodebookEntry> => ({
  slug: { ...recordColumnWords[lang].slug, required: true },
  url: { ...recordColumnWords[lang].url, required: true },
});

/**
 * The codebook of the exports of case studies with `fields`, in `lang`: a field with a default
 * (`lang`, `draft`) is in every record, so it counts as required here.
 */
export function codebookOf(
  fields: FieldList = caseStudyFieldList,
  lang: Language = 'en',
): Record<string, CodebookEntry> {
  const entries: Record<string, CodebookEntry> = recordColumns(lang);
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

/** One column of a CSV file, as the open-data page lists it. */
export interface TableCodebookEntry {
  name: string;
  /** The data package's type of the column, and its format when it has one. */
  type: TableSchemaField['type'];
  format?: TableSchemaField['format'];
  /** Whether every row has a value in it. */
  required: boolean;
  description: string;
  /** The vocabulary of an id or label column. */
  vocabulary?: VocabularyKey;
}

/**
 * The codebook of one CSV file in `lang`: its columns in order, each with the type the data
 * package gives it (`datapackage.ts`, from the record's JSON Schema `recordSchema`).
 */
export function tableCodebook(
  table: Table,
  recordSchema: Record<string, unknown>,
  lang: Language = 'en',
): TableCodebookEntry[] {
  return table.columns.map((column) => {
    const field = tableSchemaField(column, recordSchema, lang);
    return {
      name: column.name,
      type: field.type,
      ...(field.format ? { format: field.format } : {}),
      required: column.required,
      description: field.description,
      ...(column.vocabulary ? { vocabulary: column.vocabulary } : {}),
    };
  });
}
