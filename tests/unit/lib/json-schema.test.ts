import { describe, expect, test } from 'vitest';
import { caseStudyJsonSchema, recordJsonSchema } from '../../../src/lib/json-schema.ts';
import { caseStudyFields } from '../../../src/schema/case-study.ts';
import { taxonomy } from './site-fixtures.ts';

type Schema = {
  properties: Record<string, Record<string, unknown>>;
  required: string[];
  additionalProperties: boolean;
  $id?: string;
};

const schema = caseStudyJsonSchema(taxonomy, 'https://example.org/data/case-study.schema.json') as unknown as Schema;

test('describes every frontmatter field and refuses unknown ones', () => {
  expect(Object.keys(schema.properties)).toEqual([...caseStudyFields]);
  expect(schema.additionalProperties).toBe(false);
  expect(schema.$id).toBe('https://example.org/data/case-study.schema.json');
});

test('requires what the public interface requires, and not what has a default', () => {
  expect(schema.required.sort()).toEqual([
    'organisation',
    'organisationType',
    'place',
    'published',
    'region',
    'sources',
    'started',
    'status',
    'summary',
    'themes',
    'title',
  ]);
});

test('takes its ids from the vocabularies', () => {
  expect(schema.properties.region!.enum).toEqual(taxonomy.regions.map((region) => region.id));
  expect((schema.properties.themes!.items as { enum: string[] }).enum).toEqual(
    taxonomy.themes.map((theme) => theme.id),
  );
});

test('describes dates as text, as a contributor writes them', () => {
  expect(schema.properties.published).toMatchObject({
    anyOf: [{ type: 'string', format: 'date' }, { type: 'string' }],
  });
});

test('is plain JSON', () => {
  expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
});

describe('the record schema (/data/case-studies.schema.json)', () => {
  const record = recordJsonSchema(taxonomy, 'https://example.org/data/case-studies.schema.json') as unknown as Schema;

  test('describes slug and url, then every field, and refuses unknown keys', () => {
    expect(Object.keys(record.properties)).toEqual(['slug', 'url', ...caseStudyFields]);
    expect(record.additionalProperties).toBe(false);
    expect(record.$id).toBe('https://example.org/data/case-studies.schema.json');
  });

  test('requires what every record has: the front matter’s required fields, slug, url, and those with defaults', () => {
    expect(record.required.sort()).toEqual(
      [...schema.required, 'slug', 'url', 'lang', 'draft'].sort((a, b) => a.localeCompare(b)),
    );
  });

  test('describes dates as the exports write them, YYYY-MM-DD text', () => {
    for (const field of ['published', 'updated', 'reviewed'])
      expect(record.properties[field], field).toMatchObject({ type: 'string', format: 'date' });
    const withdrawn = record.properties.withdrawn as { properties: Record<string, unknown> };
    expect(withdrawn.properties.date).toMatchObject({ type: 'string', format: 'date' });
  });

  test('leaves the front matter schema as it was', () => {
    expect(schema.properties.published).toMatchObject({
      anyOf: [{ type: 'string', format: 'date' }, { type: 'string' }],
    });
    expect(Object.keys(schema.properties)).not.toContain('slug');
  });
});
