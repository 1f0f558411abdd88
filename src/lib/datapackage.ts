/**
 * `/data/datapackage.json`: a Frictionless Data Package (v1) descriptor of the open data, so that
 * tools which read data packages (frictionless, Open Data Editor, CKAN, R's and Python's
 * readers) load every file with its columns typed and described. The CSV files are tabular data
 * resources whose table schemas are made from the same columns as the files (`tables.ts`), with
 * each column's type read from the record's JSON Schema (`json-schema.ts`) and its description
 * from the field descriptions; the JSON files are plain data resources.
 */
import type { Language } from '../schema/taxonomy.ts';
import { tableNames, tables as libraryTables, type Table, type TableColumn, type TableName } from './tables.ts';

/** A Table Schema field (Frictionless Data, Table Schema v1). */
export interface TableSchemaField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  format?: 'uri' | 'email';
  description: string;
  constraints?: { required?: true; enum?: readonly (string | number)[]; minimum?: number; maximum?: number };
}

type JsonSchema = Record<string, unknown>;

/** The part of `schema` at `path` (property names, `[]` for a list's items). */
function schemaAt(schema: JsonSchema, path: readonly string[]): JsonSchema | undefined {
  let current: JsonSchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    current =
      key === '[]'
        ? (current.items as JsonSchema | undefined)
        : ((current.properties as Record<string, JsonSchema> | undefined)?.[key] ?? undefined);
  }
  return current;
}

/** The Table Schema field of `column`, its type from the record's JSON Schema. */
export function tableSchemaField(
  column: TableColumn,
  recordSchema: JsonSchema,
  lang: Language = 'en',
): TableSchemaField {
  const description = column.description[lang];
  const constraints: NonNullable<TableSchemaField['constraints']> = column.required ? { required: true } : {};
  const field = (type: TableSchemaField['type'], extra: Partial<TableSchemaField> = {}): TableSchemaField => ({
    name: column.name,
    type,
    ...extra,
    description,
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  });
  if (column.kind === 'count' || column.kind === 'number') {
    constraints.minimum = column.kind === 'number' ? 1 : 0;
    return field('integer');
  }
  if (column.kind === 'label') return field('string');
  const schema = schemaAt(recordSchema, column.schemaPath);
  if (!schema)
    throw new Error(`the record schema has nothing at ${column.schemaPath.join('.')} for column ${column.name}`);
  // A list is one cell of text, its items joined with "; ".
  if (schema.type === 'array') return field('string');
  if (Array.isArray(schema.enum)) constraints.enum = schema.enum as (string | number)[];
  if (schema.type === 'integer' || schema.type === 'number') {
    if (typeof schema.minimum === 'number' && Number.isSafeInteger(schema.minimum))
      constraints.minimum = schema.minimum;
    if (typeof schema.maximum === 'number' && Number.isSafeInteger(schema.maximum) && schema.maximum < 2 ** 31)
      constraints.maximum = schema.maximum;
    return field(schema.type);
  }
  if (schema.type === 'boolean') return field('boolean');
  if (schema.format === 'date') return field('date');
  if (schema.format === 'uri' || schema.format === 'email') return field('string', { format: schema.format });
  return field('string');
}

/** The primary and foreign keys of each table. */
const keys: Record<TableName, Record<string, unknown>> = {
  'case-studies': { primaryKey: ['slug'] },
  outcomes: {
    primaryKey: ['slug', 'outcome'],
    foreignKeys: [{ fields: ['slug'], reference: { resource: 'case-studies', fields: ['slug'] } }],
  },
  sources: {
    primaryKey: ['slug', 'source'],
    foreignKeys: [{ fields: ['slug'], reference: { resource: 'case-studies', fields: ['slug'] } }],
  },
};

/** What each file is, for the descriptor (in English, the data's language). */
const resourceWords: Record<
  TableName | 'records' | 'record-schema' | 'frontmatter-schema' | 'slugs',
  { title: string; description: string }
> = {
  'case-studies': {
    title: 'Case studies',
    description:
      'One row per published case study: its front matter, with the English label beside each vocabulary id, an object spread over a column per part (contact.name), and outcomes and sources counted (their rows are in outcomes.csv and sources.csv). Lists of text are one cell, items joined with "; ". A text cell that a spreadsheet would run as a formula (starting =, +, -, @, a tab or a carriage return) starts with an apostrophe.',
  },
  outcomes: {
    title: 'Outcomes',
    description:
      'One row per measured outcome of a published case study, with its case study’s slug, the figure, unit, year and earlier figure, and the source it comes from.',
  },
  sources: {
    title: 'Sources',
    description: 'One row per source of a published case study, numbered as the case study numbers them.',
  },
  records: {
    title: 'Case study records',
    description:
      'Every published case study as a JSON record, newest first; each record validates against case-studies.schema.json. The same record of one case study is at case-studies/<slug>.json.',
  },
  'record-schema': {
    title: 'JSON Schema of a case study record',
    description: 'The JSON Schema (2020-12) of a record of case-studies.json and of case-studies/<slug>.json.',
  },
  'frontmatter-schema': {
    title: 'JSON Schema of a case study’s front matter',
    description: 'The JSON Schema (2020-12) of what a contributor writes at the top of a case-study file.',
  },
  slugs: {
    title: 'Case study slugs',
    description:
      'The slug of every case study in the library, drafts included, sorted; the contribution form reads it.',
  },
};

export interface DataPackageOptions {
  /** The record's JSON Schema, whose types the table schemas take. */
  recordSchema: JsonSchema;
  /** The descriptor's own address, and the open-data page's. */
  id: string;
  homepage: string;
  /** The tables (a test's, with a field added). */
  tables?: Record<TableName, Table>;
}

/** The data package descriptor of the open data. Paths are relative to `/data/`, where it is published. */
export function dataPackage({ recordSchema, id, homepage, tables = libraryTables }: DataPackageOptions): JsonSchema {
  const tabular = tableNames.map((name) => ({
    profile: 'tabular-data-resource',
    name,
    path: `${name}.csv`,
    title: resourceWords[name].title,
    description: resourceWords[name].description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: tables[name].columns.map((column) => tableSchemaField(column, recordSchema)),
      missingValues: [''],
      ...keys[name],
    },
  }));
  const json = (name: keyof typeof resourceWords, path: string, mediatype: string) => ({
    profile: 'data-resource',
    name,
    path,
    title: resourceWords[name].title,
    description: resourceWords[name].description,
    format: 'json',
    mediatype,
    encoding: 'utf-8',
  });
  return {
    profile: 'data-package',
    name: 'cwb-practice-library',
    id,
    title: 'CWB Practice Library: community wealth building case studies',
    description:
      'Case studies of community wealth building in the UK and beyond, written by the councils and organisations that did the work, as open data: tidy CSV tables for spreadsheets and analysts, JSON records with their JSON Schema, and one JSON file per case study at case-studies/<slug>.json, and its citation files at citations/<slug>.ris, .bib and .json. Labels are in English, the data’s language; the open-data page lists every vocabulary in English and Welsh.',
    homepage,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    keywords: ['community wealth building', 'local government', 'case studies', 'procurement', 'anchor institutions'],
    resources: [
      ...tabular,
      json('records', 'case-studies.json', 'application/json'),
      json('record-schema', 'case-studies.schema.json', 'application/schema+json'),
      json('frontmatter-schema', 'case-study.schema.json', 'application/schema+json'),
      json('slugs', 'case-study-slugs.json', 'application/json'),
    ],
  };
}
