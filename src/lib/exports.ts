/**
 * The open-data exports (contract §8): every published case study's frontmatter with its slug and
 * URL, as JSON records and CSV rows. Field order is fixed (slug, url, then the contract's order),
 * so that files diff cleanly between builds and columns never move.
 */
import { stringify } from 'csv-stringify/sync';
import { caseStudyFields, type CaseStudyData } from '../schema/case-study.ts';
import type { CaseStudy } from './case-studies.ts';

/** The columns of the exports, in order. */
export const exportColumns = ['slug', 'url', ...caseStudyFields] as const;
export type ExportColumn = (typeof exportColumns)[number];

/** One case study as open data: `slug`, `url`, then its frontmatter; fields it does not set are left out. */
export type ExportRecord = { slug: string; url: string } & Partial<CaseStudyData>;

type Outcome = NonNullable<CaseStudyData['outcomes']>[number];
type Source = CaseStudyData['sources'][number];
type Contact = NonNullable<CaseStudyData['contact']>;
type Image = NonNullable<CaseStudyData['image']>;

/** `object` with only the keys in `keys`, in that order, and none that are undefined. */
function ordered<T extends object>(object: T, keys: readonly (keyof T)[]): T {
  const result = {} as T;
  for (const key of keys) if (object[key] !== undefined) result[key] = object[key];
  return result;
}

const outcomeRecord = (outcome: Outcome): Outcome => ({
  ...ordered(outcome, ['metric', 'value', 'unit', 'year', 'baseline', 'source']),
  ...(outcome.baseline ? { baseline: ordered(outcome.baseline, ['value', 'year']) } : {}),
});
const sourceRecord = (source: Source): Source => ordered(source, ['title', 'url', 'publisher', 'year']);
/** A contact's e-mail address is published only with the person's consent (contract §3). */
const contactRecord = (contact: Contact): Contact => {
  const record = ordered(contact, ['name', 'role', 'organisation', 'url', 'email', 'consent']);
  if (record.consent !== true) delete record.email;
  return record;
};
const imageRecord = (image: Image): Image => ordered(image, ['src', 'alt', 'credit']);

/** One case study as an export record; `url` is its page's absolute address. */
export function exportRecord(entry: CaseStudy, url: string): ExportRecord {
  const data = entry.data;
  const record: Record<string, unknown> = { slug: entry.id, url };
  for (const field of caseStudyFields) {
    const value = data[field];
    if (value === undefined) continue;
    if (field === 'outcomes') record[field] = data.outcomes!.map(outcomeRecord);
    else if (field === 'sources') record[field] = data.sources.map(sourceRecord);
    else if (field === 'contact') record[field] = contactRecord(data.contact!);
    else if (field === 'image') record[field] = imageRecord(data.image!);
    else if (Array.isArray(value)) record[field] = [...value];
    else record[field] = value;
  }
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
export function csvRow(record: ExportRecord): string[] {
  return exportColumns.map((column) => csvCell((record as Record<string, unknown>)[column]));
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
export function toCsv(records: readonly ExportRecord[]): string {
  return stringify([[...exportColumns], ...records.map(csvRow)], {
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
