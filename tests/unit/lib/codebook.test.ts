import { expect, test } from 'vitest';
import { codebook } from '../../../src/lib/codebook.ts';
import { exportColumns } from '../../../src/lib/exports.ts';
import { caseStudyJsonSchema } from '../../../src/lib/json-schema.ts';
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
