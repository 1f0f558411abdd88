import { describe, expect, test } from 'vitest';
import { codebook, tableCodebook } from '../../../src/lib/codebook.ts';
import { exportColumns } from '../../../src/lib/exports.ts';
import { caseStudyJsonSchema, recordJsonSchema } from '../../../src/lib/json-schema.ts';
import { tableNames, tables } from '../../../src/lib/tables.ts';
import { taxonomy } from './site-fixtures.ts';

test('documents every column of the exports, in their order, and nothing else', () => {
  expect(Object.keys(codebook)).toEqual([...exportColumns]);
});

test('explains every column in words', () => {
  for (const [column, entry] of Object.entries(codebook)) {
    expect(entry.meaning.length, column).toBeGreaterThan(5);
    expect(entry.type.length, column).toBeGreaterThan(1);
  }
});

test('names a vocabulary the taxonomy has for every column of ids', () => {
  for (const entry of Object.values(codebook))
    if (entry.vocabulary) expect(taxonomy[entry.vocabulary].length).toBeGreaterThan(0);
});

test('gives the JSON Schema the codebook’s description of each field', () => {
  const schema = caseStudyJsonSchema(taxonomy) as { properties: Record<string, { description?: string }> };

  expect(schema.properties.region!.description).toBe(codebook.region.meaning);
  expect(Object.values(schema.properties).every((property) => typeof property.description === 'string')).toBe(true);
});

describe('the CSV files’ codebook', () => {
  const recordSchema = recordJsonSchema(taxonomy);

  test('lists every column of each file in its order, in English and Welsh', () => {
    for (const name of tableNames) {
      const english = tableCodebook(tables[name], recordSchema, 'en');
      const welsh = tableCodebook(tables[name], recordSchema, 'cy');

      expect(
        english.map((entry) => entry.name),
        name,
      ).toEqual(tables[name].columns.map((column) => column.name));
      expect(
        welsh.map((entry) => entry.name),
        name,
      ).toEqual(english.map((entry) => entry.name));
      for (const [index, entry] of english.entries()) {
        expect(entry.description.length, entry.name).toBeGreaterThan(5);
        // Welsh where the words have Welsh: the columns' own words always do.
        if (entry.name.endsWith('_label') || entry.name.endsWith('_count'))
          expect(welsh[index]!.description, entry.name).not.toBe(entry.description);
      }
    }
  });

  test('gives a label column the vocabulary of its ids, and the type the data package gives it', () => {
    const columns = Object.fromEntries(
      tableCodebook(tables['case-studies'], recordSchema).map((entry) => [entry.name, entry]),
    );

    expect(columns.themes_label).toMatchObject({ type: 'string', vocabulary: 'themes', required: true });
    expect(columns.published).toMatchObject({ type: 'date', required: true });
    expect(columns.population).toMatchObject({ type: 'integer', required: false });
    expect(columns['contact.url']).toMatchObject({ type: 'string', format: 'uri' });
  });
});
