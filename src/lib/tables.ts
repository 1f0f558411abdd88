/**
 * The open data as tidy tables for spreadsheets and analysts (docs/public-interface.md §8): one row
 * per case study (`case-studies.csv`), per outcome (`outcomes.csv`) and per source
 * (`sources.csv`), with no JSON inside a cell. Each table is a list of columns derived from the
 * field descriptions (`src/schema/fields.ts`): an id of a vocabulary has its English label
 * beside it (`region`, `region_label`), an object is spread over one column per part
 * (`contact.name`), a list of objects is counted (`outcomes_count`) and given its own table, and
 * a list of text is one cell with its items joined by `; `. The CSV files, the codebook on the
 * data page and the data package's table schemas (`datapackage.ts`) are all made from these
 * columns, so a column is defined once.
 */
import { stringify } from 'csv-stringify/sync';
import {
  caseStudyFieldList,
  fieldVocabulary,
  fieldWords,
  partWords,
  type FieldDescription,
  type FieldList,
  type PartDescription,
} from '../schema/fields.ts';
import { recordColumnWords, tableColumnWords } from '../schema/record.ts';
import type { Language, Taxonomy, Term } from '../schema/taxonomy.ts';
import { labelOf } from '../schema/term-text.ts';
import type { VocabularyKey } from '../schema/vocabularies.ts';
import type { ExportRecord } from './exports.ts';

/** What separates the items of a list in one CSV cell. */
export const csvListSeparator = '; ';

/** The tables, by the name of their resource in the data package; each is `/data/<name>.csv`. */
export const tableNames = ['case-studies', 'outcomes', 'sources'] as const;
export type TableName = (typeof tableNames)[number];

/** One row's material: the record, and for an outcome or source row the item and its number. */
interface RowSource {
  record: Record<string, unknown>;
  item?: Record<string, unknown>;
  /** The item's number in its list, counting from 1. */
  number?: number;
}

/** One column of a table. */
export interface TableColumn {
  /** The header. */
  name: string;
  /**
   * Where its value's type is in the record's JSON Schema: property names, with `[]` for the
   * items of a list. A label column names the ids it labels; a count or number column has none.
   */
  schemaPath: readonly string[];
  kind: 'value' | 'label' | 'count' | 'number';
  /** Whether every row has a value in it. */
  required: boolean;
  /** The vocabulary an id column (and its label column) is of. */
  vocabulary?: VocabularyKey;
  /** What it holds, by language. */
  description: Record<Language, string>;
  /** The cell's value: text, a number, true or false, a list of text, or nothing. */
  value(row: RowSource, taxonomy: Taxonomy): unknown;
}

const languagesOf = ['en', 'cy'] as const satisfies readonly Language[];

/** The same words in every language, from a function of the language. */
const inEvery = (words: (lang: Language) => string): Record<Language, string> =>
  Object.fromEntries(languagesOf.map((lang) => [lang, words(lang)])) as Record<Language, string>;

/** The value at `path` under `value` (object keys only). */
function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The field or part's description, with a note when the CSV joins its items. */
const withListNote = (text: string, isList: boolean, lang: Language) =>
  isList ? `${text} ${tableColumnWords[lang].list}` : text;

/** The columns of an object's parts, `prefix` before each name, read from `read(row)`. */
function partColumns(
  parts: readonly PartDescription[],
  options: {
    prefix: string;
    schemaPath: readonly string[];
    required: boolean;
    read: (row: RowSource) => unknown;
    /** The words before a part's own: the field's label, when the table is the case studies'. */
    context?: (lang: Language) => string;
  },
): TableColumn[] {
  return parts.flatMap((part) => {
    const name = `${options.prefix}${part.name}`;
    const required = options.required && part.required === true;
    const schemaPath = [...options.schemaPath, part.name];
    const read = (row: RowSource) => at(options.read(row), [part.name]);
    const described = (lang: Language) => {
      const words = partWords(part, lang);
      const own = words.hint ? `${words.label}. ${words.hint}` : `${words.label}.`;
      return options.context ? `${options.context(lang)}: ${own}` : own;
    };
    if (part.parts)
      return partColumns(part.parts, {
        prefix: `${name}.`,
        schemaPath,
        required,
        read,
        context: (lang) => (options.context ? `${options.context(lang)}: ` : '') + partWords(part, lang).label,
      });
    return [
      {
        name,
        schemaPath,
        kind: 'value',
        required,
        description: inEvery((lang) => withListNote(described(lang), part.answer === 'lines', lang)),
        value: read,
      } satisfies TableColumn,
    ];
  });
}

/** The columns of one field in the case studies' table. */
function fieldColumns(field: FieldDescription): TableColumn[] {
  const name = field.name;
  const required = field.required !== false;
  const isList = field.answer === 'choices' || field.answer === 'lines' || field.answer === 'slugs';
  const read = (row: RowSource) => row.record[name];
  const vocabulary = fieldVocabulary(field);
  if (vocabulary) {
    return [
      {
        name,
        schemaPath: [name],
        kind: 'value',
        required,
        vocabulary,
        description: inEvery((lang) => withListNote(fieldWords(field, lang).meaning, isList, lang)),
        value: read,
      },
      {
        name: `${name}_label`,
        schemaPath: [name],
        kind: 'label',
        required,
        vocabulary,
        description: inEvery((lang) => withListNote(tableColumnWords[lang].label(name), isList, lang)),
        value: (row, taxonomy) => {
          const terms = taxonomy[vocabulary] as readonly Term[];
          const ids = read(row);
          if (ids === undefined) return undefined;
          return Array.isArray(ids) ? ids.map((id) => labelOf(terms, String(id))) : labelOf(terms, String(ids));
        },
      },
    ];
  }
  if (field.answer === 'rows') {
    const table = `${name}.csv`;
    return [
      {
        name: `${name}_count`,
        schemaPath: [],
        kind: 'count',
        required: true,
        description: inEvery((lang) => tableColumnWords[lang].count(name, table)),
        value: (row) => {
          const items = read(row);
          return Array.isArray(items) ? items.length : 0;
        },
      },
    ];
  }
  if (field.parts)
    return partColumns(field.parts, {
      prefix: `${name}.`,
      schemaPath: [name],
      required: required && field.answer !== 'object',
      read,
      context: (lang) => fieldWords(field, lang).label,
    });
  return [
    {
      name,
      schemaPath: [name],
      kind: 'value',
      required,
      description: inEvery((lang) => withListNote(fieldWords(field, lang).meaning, isList, lang)),
      value: read,
    },
  ];
}

const slugColumn = (description: (lang: Language) => string): TableColumn => ({
  name: 'slug',
  schemaPath: ['slug'],
  kind: 'value',
  required: true,
  description: inEvery(description),
  value: (row) => row.record.slug,
});

const numberColumn = (name: string, description: (lang: Language) => string): TableColumn => ({
  name,
  schemaPath: [],
  kind: 'number',
  required: true,
  description: inEvery(description),
  value: (row) => row.number,
});

/** A list of objects' field (`outcomes`, `sources`) in `fields`. */
function listField(fields: FieldList, name: string): FieldDescription {
  const field = fields.find((candidate) => candidate.name === name);
  if (!field?.parts) throw new Error(`the field descriptions have no list of objects called ${name}`);
  return field;
}

/** One table: its columns in order, and how its rows come from the records. */
export interface Table {
  name: TableName;
  columns: readonly TableColumn[];
  /** The material of its rows, in order: the records' order, then the items' order within each. */
  rows(records: readonly ExportRecord[]): RowSource[];
}

/** The three tables of the open data, for case studies with `fields`. */
export function tablesOf(fields: FieldList = caseStudyFieldList): Record<TableName, Table> {
  const outcomes = listField(fields, 'outcomes');
  const sources = listField(fields, 'sources');
  const sourceParts = sources.parts!;
  const itemsOf = (records: readonly ExportRecord[], field: string): RowSource[] =>
    records.flatMap((record) => {
      const items = (record as Record<string, unknown>)[field];
      return Array.isArray(items)
        ? items.map((item, index) => ({
            record: record as Record<string, unknown>,
            item: item as Record<string, unknown>,
            number: index + 1,
          }))
        : [];
    });
  const citedSource = (row: RowSource) => {
    const number = row.item?.source;
    const list = row.record.sources;
    return typeof number === 'number' && Array.isArray(list) ? (list[number - 1] as unknown) : undefined;
  };
  return {
    'case-studies': {
      name: 'case-studies',
      columns: [
        slugColumn((lang) => recordColumnWords[lang].slug.meaning),
        {
          name: 'url',
          schemaPath: ['url'],
          kind: 'value',
          required: true,
          description: inEvery((lang) => recordColumnWords[lang].url.meaning),
          value: (row) => row.record.url,
        },
        ...fields.flatMap(fieldColumns),
      ],
      rows: (records) => records.map((record) => ({ record: record as Record<string, unknown> })),
    },
    outcomes: {
      name: 'outcomes',
      columns: [
        slugColumn((lang) => tableColumnWords[lang].slug),
        numberColumn('outcome', (lang) => tableColumnWords[lang].outcome),
        ...partColumns(outcomes.parts!, {
          prefix: '',
          schemaPath: ['outcomes', '[]'],
          required: true,
          read: (row) => row.item,
          context: (lang) => fieldWords(outcomes, lang).label,
        }),
        ...partColumns(sourceParts, {
          prefix: 'source.',
          schemaPath: ['sources', '[]'],
          required: false,
          read: citedSource,
        }).map((column) => {
          const part = sourceParts.find((candidate) => `source.${candidate.name}` === column.name)!;
          return {
            ...column,
            description: inEvery((lang) => tableColumnWords[lang].cited(partWords(part, lang).label)),
          };
        }),
      ],
      rows: (records) => itemsOf(records, 'outcomes'),
    },
    sources: {
      name: 'sources',
      columns: [
        slugColumn((lang) => tableColumnWords[lang].slug),
        numberColumn('source', (lang) => tableColumnWords[lang].source),
        ...partColumns(sourceParts, {
          prefix: '',
          schemaPath: ['sources', '[]'],
          required: true,
          read: (row) => row.item,
          context: (lang) => fieldWords(sources, lang).label,
        }),
      ],
      rows: (records) => itemsOf(records, 'sources'),
    },
  };
}

/** The tables of the library's own fields. */
export const tables = tablesOf();

/**
 * One CSV cell as csv-stringify takes it: nothing as empty, a list of text joined with `; `, true
 * and false as words, a number kept a number (so that a negative figure is not taken for a
 * formula and escaped), anything else as text.
 */
export function csvCell(value: unknown): string | number {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.map((item) => String(item)).join(csvListSeparator);
  if (typeof value === 'object') throw new Error('an open-data table cell cannot hold an object: give it a column');
  return String(value);
}

/** The header and cells of `table` for `records`. */
export function tableRows(table: Table, records: readonly ExportRecord[], taxonomy: Taxonomy): (string | number)[][] {
  return [
    table.columns.map((column) => column.name),
    ...table.rows(records).map((row) => table.columns.map((column) => csvCell(column.value(row, taxonomy)))),
  ];
}

/**
 * The CSV file of `table`: a header row and one row per row of the table, CRLF line ends (RFC
 * 4180), and a UTF-8 byte-order mark so that Excel reads Welsh letters such as ŵ and ŷ correctly.
 * A text cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`:
 * contributed text such as a title `=HYPERLINK(...)` would otherwise run as a formula in the
 * spreadsheet of whoever opens the file (OWASP, "CSV Injection"); the codebook on the data page
 * says so. A cell holding a line break of any kind is quoted: csv-stringify quotes only the record
 * delimiter (CRLF), and a lone CR would end the row in some readers.
 */
export function tableCsv(table: Table, records: readonly ExportRecord[], taxonomy: Taxonomy): string {
  return stringify(tableRows(table, records, taxonomy), {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
}
