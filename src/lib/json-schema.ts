/**
 * The JSON Schema of a case study's frontmatter, generated from the one zod schema (never written
 * by hand), for editors and outside tools (docs/public-interface.md §8, `/data/case-study.schema.json`).
 */
import { z } from 'zod';
import { createCaseStudySchema } from '../schema/case-study.ts';
import { caseStudyFieldList, fieldWords, type FieldList } from '../schema/fields.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';

/**
 * The schema of what a contributor writes (`io: 'input'`): dates as text, `lang` and `draft`
 * optional. Cross-field rules (country with outside-uk, ended after started, consent with email)
 * cannot be expressed and are left to the validator; `unrepresentable: 'any'` lets the date
 * transform through, and dates are then described as `format: date` strings.
 */
export function caseStudyJsonSchema(
  taxonomy: Taxonomy,
  id?: string,
  /** Another schema and its field descriptions (a test's, with a field added). */
  model: { schema?: z.ZodType; fields?: FieldList } = {},
): Record<string, unknown> {
  const fields = model.fields ?? caseStudyFieldList;
  const generated = z.toJSONSchema(model.schema ?? createCaseStudySchema(taxonomy), {
    io: 'input',
    unrepresentable: 'any',
    // A YAML date such as `published: 2024-03-01` is a Date to the zod schema but text to JSON
    // Schema tools (editors read YAML values as strings), so describe it as a `date` string.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'date') Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Record<string, unknown>;
  // Each field is explained once, in its description (as in the codebook); editors show it as a tooltip.
  const properties = (generated.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const field of fields) {
    const property = properties[field.name];
    if (property && property.description === undefined) property.description = fieldWords(field).meaning;
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(id ? { $id: id } : {}),
    title: 'Case study frontmatter',
    description:
      'The YAML frontmatter of one case study in content/case-studies/. The validator (npm run validate) also checks rules this schema cannot express: country only with region outside-uk, ended not before started, updated not before published, real dates, email only with consent, related slugs that exist.',
    ...rest,
  };
}
