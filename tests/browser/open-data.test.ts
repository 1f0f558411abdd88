/**
 * The built site's open data as tools read it (issue 19 item 7, issue 17 item 6): Ajv validates
 * every record of `data/case-studies.json` and every `data/case-studies/<slug>.json` against the
 * published record schema; each case study's file is its record; the data package validates
 * against the Frictionless profiles and describes every file, each CSV's header and cells
 * matching its table schema; each case-study page names its file. It reads the site `npm run
 * build` wrote (`dist/`, or `SITE_DIR`), so it runs with the browser tests, after the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { TableSchemaField } from '../../src/lib/datapackage.ts';
import type { ExportRecord } from '../../src/lib/exports.ts';
import { dataPackageProblems, holdsJson, readCsv, recordValidator, tableProblems } from '../support/open-data.ts';
import { base } from './site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = path.resolve(root, process.env.SITE_DIR ?? 'dist');
const dataDir = path.join(outDir, 'data');
if (!existsSync(path.join(dataDir, 'case-studies.json')))
  throw new Error(`${outDir} holds no built open data: run npm run build first`);

const text = (file: string) => readFileSync(path.join(dataDir, file), 'utf8');
const json = <T>(file: string) => JSON.parse(text(file)) as T;
const records = json<ExportRecord[]>('case-studies.json');
const recordSchema = json<Record<string, unknown>>('case-studies.schema.json');
const validate = recordValidator(recordSchema);
const descriptor = json<Record<string, unknown>>('datapackage.json');
const resources = descriptor.resources as { name: string; path: string; schema?: { fields: TableSchemaField[] } }[];

describe('the records', () => {
  test('every record of case-studies.json validates against case-studies.schema.json', () => {
    expect(records.length).toBeGreaterThan(0);
    const problems = records.flatMap((record) => validate(record).map((problem) => `${record.slug}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test('each case study has its own file, equal to its record and valid, and there are no others', () => {
    const files = readdirSync(path.join(dataDir, 'case-studies')).sort();
    expect(files).toEqual(records.map((record) => `${record.slug}.json`).sort());
    for (const record of records) {
      const own = json<unknown>(`case-studies/${record.slug}.json`);
      expect(own, record.slug).toEqual(record);
      expect(validate(own), record.slug).toEqual([]);
    }
  });

  test('each case-study page names its file in its head and links to it among its key facts', () => {
    for (const record of records) {
      const page = readFileSync(path.join(outDir, 'case-studies', record.slug, 'index.html'), 'utf8');
      const href = `${base}data/case-studies/${record.slug}.json`;
      const head = page.slice(0, page.indexOf('</head>'));
      expect(head, record.slug).toContain(`<link rel="alternate" type="application/json" href="${href}">`);
      const facts = /<section class="facts"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
      expect(facts, record.slug).toMatch(new RegExp(`<a href="${href}" type="application/json" data-case-study-data>`));
    }
  });
});

describe('the data package', () => {
  test('datapackage.json validates against the Data Package specification’s profiles', () => {
    expect(dataPackageProblems(descriptor)).toEqual([]);
  });

  test('describes every file of data/ but the case studies’ own files and citations, and each exists', () => {
    // case-studies/ and citations/ hold one file per case study (a record, its citation files): the
    // package describes the tables, and its description names those folders.
    const files = readdirSync(dataDir).filter(
      (file) => file !== 'case-studies' && file !== 'citations' && file !== 'datapackage.json',
    );
    expect(resources.map((resource) => resource.path).sort()).toEqual(
      files.filter((file) => file !== 'index.html').sort(),
    );
  });

  test('each CSV file’s header and cells match its table schema, with no JSON in a cell', () => {
    for (const resource of resources.filter((candidate) => candidate.schema)) {
      const table = readCsv(text(resource.path));
      expect(tableProblems(resource.schema!.fields, table), resource.path).toEqual([]);
      expect(table.rows.flat().filter(holdsJson), resource.path).toEqual([]);
    }
  });

  test('the tidy CSVs have one row per case study, outcome and source', () => {
    const rows = (file: string) => readCsv(text(file)).rows.length;
    expect(rows('case-studies.csv')).toBe(records.length);
    expect(rows('outcomes.csv')).toBe(records.reduce((sum, record) => sum + (record.outcomes?.length ?? 0), 0));
    expect(rows('sources.csv')).toBe(records.reduce((sum, record) => sum + (record.sources?.length ?? 0), 0));
  });

  test('the open-data page lists each CSV file’s columns as the descriptor does, in both languages', () => {
    for (const page of ['index.html', '../cy/data/index.html']) {
      const html = text(page);
      for (const resource of resources.filter((candidate) => candidate.schema)) {
        const table =
          new RegExp(`<table[^>]*data-csv-columns="${resource.path}"[\\s\\S]*?</table>`).exec(html)?.[0] ?? '';
        const names = [...table.matchAll(/<th scope="row"><code>([^<]+)<\/code><\/th>/g)].map((match) => match[1]);
        expect(names, `${page} ${resource.path}`).toEqual(resource.schema!.fields.map((field) => field.name));
      }
    }
  });
});
