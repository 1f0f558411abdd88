/**
 * The open data as tools read it (issue 19 item 7, issue 17 item 6), on the records of the sample
 * library: every record validates against the record's JSON Schema under Ajv; the tidy tables
 * have one row per case study, outcome and source, labels beside ids and no JSON in a cell; and
 * the data package descriptor validates against the Frictionless profiles and types every
 * column as its file holds it. tests/browser/open-data.test.ts checks the same of a built site.
 */
import { describe, expect, test } from 'vitest';
import { readCaseStudies } from '../../../src/content/index.ts';
import { dataPackage, type TableSchemaField } from '../../../src/lib/datapackage.ts';
import { exportRecord, toCsv, type ExportRecord } from '../../../src/lib/exports.ts';
import { caseStudyJsonSchema, recordJsonSchema } from '../../../src/lib/json-schema.ts';
import { tableCsv, tableNames, tables } from '../../../src/lib/tables.ts';
import { contentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { labelOf } from '../../../src/schema/term-text.ts';
import { dataPackageProblems, holdsJson, readCsv, recordValidator, tableProblems } from '../../support/open-data.ts';
import { caseStudy } from './site-fixtures.ts';

const root = contentRoot();
const taxonomy = loadTaxonomy(root);
const library = readCaseStudies(root, taxonomy);
const records: ExportRecord[] = library.entries.map((entry) =>
  exportRecord({ id: entry.slug, data: entry.data }, `https://example.org/case-studies/${entry.slug}/`),
);
const recordSchema = recordJsonSchema(taxonomy, 'https://example.org/data/case-studies.schema.json');
const validate = recordValidator(recordSchema);
const descriptor = dataPackage({
  recordSchema,
  id: 'https://example.org/data/datapackage.json',
  homepage: 'https://example.org/data/',
});
const resources = descriptor.resources as { name: string; path: string; schema?: { fields: TableSchemaField[] } }[];
const csvOf = (name: (typeof tableNames)[number]) => readCsv(tableCsv(tables[name], records, taxonomy));

test('the sample library has records with outcomes, sources, contacts and Welsh', () => {
  expect(library.problems).toEqual([]);
  expect(records.length).toBeGreaterThan(5);
  expect(records.some((record) => (record.outcomes?.length ?? 0) > 0)).toBe(true);
  expect(records.some((record) => record.contact)).toBe(true);
  expect(records.some((record) => record.lang === 'cy')).toBe(true);
});

describe('the record schema', () => {
  test('every record validates against it under Ajv, with its formats', () => {
    const problems = records.flatMap((record) => validate(record).map((problem) => `${record.slug}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test('refuses what a record never holds: another key, a date that is not one, a missing slug', () => {
    const [record] = records as [ExportRecord];
    expect(validate({ ...record, website: 'https://example.org/' })).not.toEqual([]);
    expect(validate({ ...record, published: '2025-02-30' })).not.toEqual([]);
    expect(validate({ ...record, url: 'not a web address' })).not.toEqual([]);
    const { slug: _slug, ...withoutSlug } = record;
    expect(validate(withoutSlug)).not.toEqual([]);
  });

  test('is not the front matter schema, which records fail (they add slug and url)', () => {
    const frontMatter = recordValidator(caseStudyJsonSchema(taxonomy));
    expect(frontMatter(records[0]).join(' ')).toMatch(/additional properties/);
    expect(recordSchema.$id).toBe('https://example.org/data/case-studies.schema.json');
  });

  test('describes every property and every part', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, where: string) => {
      for (const [name, property] of Object.entries(
        (schema.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof property.description !== 'string' || property.description === '')
          undescribed.push(`${where}${name}`);
        const items = property.items as Record<string, unknown> | undefined;
        walk(items?.properties ? items : property, `${where}${name}.`);
      }
    };
    walk(recordSchema, '');
    expect(undescribed).toEqual([]);
  });
});

describe('the tidy tables', () => {
  test('have one row per case study, per outcome and per source, each with its case study’s slug', () => {
    const outcomes = csvOf('outcomes');
    const sources = csvOf('sources');
    const outcomeCount = records.reduce((sum, record) => sum + (record.outcomes?.length ?? 0), 0);
    const sourceCount = records.reduce((sum, record) => sum + (record.sources?.length ?? 0), 0);

    expect(csvOf('case-studies').rows).toHaveLength(records.length);
    expect(outcomes.rows).toHaveLength(outcomeCount);
    expect(sources.rows).toHaveLength(sourceCount);
    const slugs = new Set(records.map((record) => record.slug));
    expect(outcomes.rows.every((row) => slugs.has(row[0]!))).toBe(true);
    expect(sources.rows.every((row) => slugs.has(row[0]!))).toBe(true);
  });

  test('an outcome row carries its figure, baseline and the source it cites', () => {
    const record = records.find((candidate) =>
      candidate.outcomes?.some((outcome) => outcome.baseline && outcome.source),
    )!;
    const index = record.outcomes!.findIndex((outcome) => outcome.baseline && outcome.source);
    const outcome = record.outcomes![index]!;
    const source = record.sources![outcome.source! - 1]!;
    const { header, rows } = csvOf('outcomes');
    const row = rows.find((candidate) => candidate[0] === record.slug && candidate[1] === String(index + 1))!;
    const cell = (name: string) => row[header.indexOf(name)];

    expect(cell('metric')).toBe(outcome.metric);
    expect(cell('value')).toBe(String(outcome.value));
    expect(cell('unit')).toBe(outcome.unit);
    expect(cell('baseline.value')).toBe(String(outcome.baseline!.value));
    expect(cell('baseline.year')).toBe(String(outcome.baseline!.year));
    expect(cell('source')).toBe(String(outcome.source));
    expect(cell('source.title')?.replace(/^'/, '')).toBe(source.title);
    expect(cell('source.url')).toBe(source.url ?? '');
  });

  test('case-studies.csv has English labels beside ids, parts in columns and no JSON in a cell', () => {
    const { header, rows } = csvOf('case-studies');
    const welsh = records.findIndex((record) => record.lang === 'cy');
    const row = rows[welsh]!;
    const record = records[welsh]!;
    const cell = (name: string) => row[header.indexOf(name)];

    expect(cell('region_label')).toBe(labelOf(taxonomy.regions, record.region!));
    expect(cell('themes_label')).toBe(record.themes!.map((id) => labelOf(taxonomy.themes, id)).join('; '));
    expect(cell('status_label')).toBe(labelOf(taxonomy.statuses, record.status!));
    expect(cell('sources_count')).toBe(String(record.sources!.length));
    expect(header).toContain('contact.name');
    expect(header).not.toContain('outcomes');
    expect(rows.flat().filter(holdsJson)).toEqual([]);
    expect(csvOf('outcomes').rows.flat().filter(holdsJson)).toEqual([]);
  });

  test('a negative figure stays a number, while text a spreadsheet would run is escaped', () => {
    const falling = exportRecord(
      caseStudy('falling', {
        title: '=Falling costs in Kirkton',
        outcomes: [{ metric: '-Change in cost', value: -12.5, unit: '%', year: 2024 }],
      }),
      'https://example.org/case-studies/falling/',
    );

    const outcomes = tableCsv(tables.outcomes, [falling], taxonomy);
    expect(outcomes).toContain(",'-Change in cost,-12.5,%,2024,");
    expect(toCsv([falling], taxonomy)).toContain(",'=Falling costs in Kirkton,");
  });
});

describe('the data package descriptor', () => {
  test('validates against the Data Package and Tabular Data Resource profiles', () => {
    expect(dataPackageProblems(descriptor)).toEqual([]);
  });

  test('the check refuses a descriptor that breaks the specification', () => {
    expect(dataPackageProblems({ ...descriptor, resources: [] })).not.toEqual([]);
    const [first, ...rest] = resources;
    const untyped = { ...first, schema: { fields: [{ name: 'slug', type: 'text' }] } };
    expect(dataPackageProblems({ ...descriptor, resources: [untyped, ...rest] })).not.toEqual([]);
  });

  test('describes every file of /data/ and every column of each CSV, typed as the file holds it', () => {
    expect(resources.map((resource) => resource.path)).toEqual([
      'case-studies.csv',
      'outcomes.csv',
      'sources.csv',
      'case-studies.json',
      'case-studies.schema.json',
      'case-study.schema.json',
      'case-study-slugs.json',
    ]);
    for (const name of tableNames) {
      const fields = resources.find((resource) => resource.name === name)!.schema!.fields;
      expect(fields.every((field) => field.description.length > 0)).toBe(true);
      expect(tableProblems(fields, csvOf(name)), name).toEqual([]);
    }
  });

  test('types columns from the record schema', () => {
    const fields = Object.fromEntries(resources[0]!.schema!.fields.map((field) => [field.name, field]));
    expect(fields.published).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(fields.started).toMatchObject({ type: 'integer', constraints: { minimum: 1800, maximum: 2100 } });
    expect(fields.region?.constraints?.enum).toEqual(taxonomy.regions.map((region) => region.id));
    expect(fields.url).toMatchObject({ type: 'string', format: 'uri' });
    expect(fields.draft).toMatchObject({ type: 'boolean' });
    expect(fields.themes).toMatchObject({ type: 'string' });
    expect(fields['contact.consent']).toMatchObject({ type: 'boolean' });
    expect(fields['contact.consent']?.constraints).toBeUndefined();
  });
});
