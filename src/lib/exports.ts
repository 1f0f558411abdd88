/**
 * The open-data exports (docs/public-interface.md §8): every published case study's frontmatter with its slug and
 * URL, as JSON records and CSV rows. Field order is fixed (slug, url, then the public interface's order),
 * so that files diff cleanly between builds and columns never move.
 */
import { stringify } from 'csv-stringify/sync';
import { caseStudyFields, type CaseStudyData } from '../schema/case-study.ts';
import { caseStudyFieldList, type FieldList, type PartDescription } from '../schema/fields.ts';
import type { CaseStudy } from './case-studies.ts';

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

/** What separates the items of a list in one CSV cell. */
export const csvListSeparator = '; ';

/** One CSV cell: lists of text joined with `; `, objects and lists of objects as JSON text. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    return value.every((item) => typeof item !== 'object' || item === null)
      ? value.join(csvListSeparator)
      : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The cells of one record, in column order. */
export function csvRow(record: ExportRecord, columns: readonly string[] = exportColumns): string[] {
  return columns.map((column) => csvCell((record as Record<string, unknown>)[column]));
}

/**
 * The CSV file: a header row and one row per record, CRLF line ends (RFC 4180), and a UTF-8
 * byte-order mark so that Excel reads Welsh letters such as ŵ and ŷ correctly. A cell beginning
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`: contributed text such as a
 * title `=HYPERLINK(...)` would otherwise run as a formula in the spreadsheet of whoever opens the
 * file (OWASP, "CSV Injection"). The codebook on the data page says so. A cell holding a line break
 * of any kind is quoted: csv-stringify quotes only the record delimiter (CRLF), and a lone CR
 * would end the row in some readers.
 */
export function toCsv(records: readonly ExportRecord[], fields: FieldList = caseStudyFieldList): string {
  const columns = exportColumnsOf(fields);
  return stringify([[...columns], ...records.map((record) => csvRow(record, columns))], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
}

/** The JSON file: an array of records, two-space indented, ending with a newline. */
export function toJson(records: readonly ExportRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
