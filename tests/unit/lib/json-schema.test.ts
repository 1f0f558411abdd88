import { expect, test } from 'vitest';
import { caseStudyJsonSchema } from '../../../src/lib/json-schema.ts';
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
