/**
 * The JSON Schema of a case study's frontmatter, generated from the one zod schema (never written
 * by hand), for editors and outside tools (docs/public-interface.md §8, `/data/case-study.schema.json`).
 */
import { z } from 'zod';
import { createCaseStudySchema } from '../schema/case-study.ts';
import { caseStudyFieldList, fieldWords, partWords, type FieldList, type PartDescription } from '../schema/fields.ts';
import { createRecordSchema, recordColumnWords } from '../schema/record.ts';
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
  const fields: FieldList = model.fields ?? caseStudyFieldList;
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

/** True for a date field of the schema: YAML's Date or `YYYY-MM-DD` text, turned into the text. */
function isDateField(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; in?: z.core.$ZodType; options?: readonly z.core.$ZodType[] };
  if (def.type !== 'pipe' || !def.in) return false;
  const input = def.in._zod.def as { type: string; options?: readonly z.core.$ZodType[] };
  return input.type === 'union' && (input.options ?? []).some((option) => option._zod.def.type === 'date');
}

/** Each part's description: its label, and its hint when it has one. */
function describeParts(property: Record<string, unknown> | undefined, parts: readonly PartDescription[]): void {
  if (!property) return;
  const object = (property.type === 'array' ? property.items : property) as Record<string, unknown> | undefined;
  const properties = (object?.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const part of parts) {
    const schema = properties[part.name];
    if (!schema) continue;
    const words = partWords(part);
    if (schema.description === undefined)
      schema.description = words.hint ? `${words.label}. ${words.hint}` : words.label;
    if (part.parts) describeParts(schema, part.parts);
  }
}

/**
 * The JSON Schema of one open-data record (`/data/case-studies.schema.json`): what each element of
 * `case-studies.json` and each `case-studies/<slug>.json` is, as exported (`io: 'output'`): dates
 * as `YYYY-MM-DD` text, `lang` and `draft` always present. Every field and part is described from
 * the field descriptions. Unlike {@link caseStudyJsonSchema}, it describes what the site
 * publishes, not what a contributor writes.
 */
export function recordJsonSchema(
  taxonomy: Taxonomy,
  id?: string,
  /** Another record schema and its field descriptions (a test's, with a field added). */
  model: { schema?: z.ZodType; fields?: FieldList } = {},
): Record<string, unknown> {
  const fields: FieldList = model.fields ?? caseStudyFieldList;
  const generated = z.toJSONSchema(model.schema ?? createRecordSchema(taxonomy), {
    io: 'output',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (isDateField(zodSchema)) Object.assign(jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Record<string, unknown>;
  const properties = (generated.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const column of ['slug', 'url'] as const) {
    if (properties[column]) properties[column].description = recordColumnWords.en[column].meaning;
  }
  for (const field of fields) {
    const property = properties[field.name];
    if (!property) continue;
    if (property.description === undefined) property.description = fieldWords(field).meaning;
    if (field.parts) describeParts(property, field.parts);
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    ...(id ? { $id: id } : {}),
    title: 'Case study record',
    description:
      'One published case study as open data: an element of /data/case-studies.json, and the whole of /data/case-studies/<slug>.json. Its slug and the address of its page, then its front matter as checked (dates as YYYY-MM-DD, lang and draft always given, a contact’s e-mail address only with consent). The front matter a contributor writes is described by /data/case-study.schema.json.',
    ...rest,
  };
}
