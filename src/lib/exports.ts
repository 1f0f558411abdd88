/**
 * The open-data exports (docs/public-interface.md §8): every published case study's frontmatter with its slug and
 * URL, as JSON records (and CSV rows, through the tables of `tables.ts`). Field order is fixed (slug, url, then the public interface's order),
 * so that files diff cleanly between builds and columns never move.
 */
import { caseStudyFields, type CaseStudyData } from '../schema/case-study.ts';
import { caseStudyFieldList, type FieldList, type PartDescription } from '../schema/fields.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import type { CaseStudy } from './case-studies.ts';
import { tableCsv, tablesOf } from './tables.ts';

/** The columns of the exports, in order: slug, url, then the fields in their descriptions' order. */
export const exportColumns = ['slug', 'url', ...caseStudyFields] as const;
export type ExportColumn = (typeof exportColumns)[number];

/** The columns of the exports of case studies with `fields`. */
export function exportColumnsOf(fields: FieldList = caseStudyFieldList): readonly string[] {
  return fields === caseStudyFieldList ? exportColumns : ['slug', 'url', ...fields.map((field) => field.name)];
}

/** One case study as open data: `slug`, `url`, then its frontmatter; fields it does not set are left out. */
export type ExportRecord = { slug: string; url: string } & Partial<CaseStudyData>;

/** `value` with the keys of its parts only, in their order (lists of objects item by item), and none that are undefined. */
function byParts(value: unknown, parts: readonly PartDescription[]): unknown {
  if (Array.isArray(value)) return value.map((item) => byParts(item, parts));
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const part of parts) {
    const item = object[part.name];
    if (item !== undefined) result[part.name] = part.parts ? byParts(item, part.parts) : item;
  }
  return result;
}

/** One case study as an export record; `url` is its page's absolute address. Nested objects keep their parts' order. */
export function exportRecord(entry: CaseStudy, url: string, fields: FieldList = caseStudyFieldList): ExportRecord {
  const data = entry.data as Record<string, unknown>;
  const record: Record<string, unknown> = { slug: entry.id, url };
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined) continue;
    if (field.parts) record[field.name] = byParts(value, field.parts);
    else if (Array.isArray(value)) record[field.name] = [...value];
    else record[field.name] = value;
  }
  // A contact's e-mail address is published only with the person's consent (docs/public-interface.md §3).
  const contact = record.contact as { email?: string; consent?: boolean } | undefined;
  if (contact && contact.consent !== true) delete contact.email;
  return record as ExportRecord;
}

export { csvListSeparator } from './tables.ts';

/**
 * `/data/case-studies.csv`: one row per case study, the case studies' table of `tables.ts` (labels
 * beside ids, objects spread over a column per part, outcomes and sources counted and given
 * their own files), with the formula escaping and byte-order mark {@link tableCsv} explains.
 */
export function toCsv(
  records: readonly ExportRecord[],
  taxonomy: Taxonomy,
  fields: FieldList = caseStudyFieldList,
): string {
  return tableCsv(tablesOf(fields)['case-studies'], records, taxonomy);
}

/** The JSON file: an array of records, two-space indented, ending with a newline. */
export function toJson(records: readonly ExportRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
