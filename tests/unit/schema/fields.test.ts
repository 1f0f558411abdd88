import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { contributeFormModel, controlNames, type FieldItem } from '../../../src/client/contribute-form.ts';
import { frontmatterFromValues } from '../../../src/client/contribute-draft.ts';
import {
  caseStudyFromIssue,
  issueFormYaml,
  shareCaseStudyForm,
  shareQuestions,
} from '../../../src/github/issue-form.ts';
import { caseStudyFile, frontmatterFromAnswers, recommendedBody } from '../../../src/lib/case-study-file.ts';
import { codebookOf } from '../../../src/lib/codebook.ts';
import { exportColumnsOf, exportRecord, toCsv, toJson } from '../../../src/lib/exports.ts';
import { tablesOf } from '../../../src/lib/tables.ts';
import { dataPackage } from '../../../src/lib/datapackage.ts';
import { createRecordSchema } from '../../../src/schema/record.ts';
import { caseStudyJsonSchema, recordJsonSchema } from '../../../src/lib/json-schema.ts';
import { scaffoldQuestions } from '../../../src/lib/scaffold-questions.ts';
import { caseStudyFields, createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { caseStudyFieldList, type FieldDescription, type FieldList } from '../../../src/schema/fields.ts';
import { languageChoices, languageNames } from '../../../src/schema/languages.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { languages } from '../../../src/schema/taxonomy.ts';

const taxonomy = loadTaxonomy();
const body = recommendedBody('en');

/** An optional field a library might add: the project's own web page. */
const website = {
  name: 'website',
  required: false,
  answer: 'text',
  form: 'credits',
  issue: [{ key: '', id: 'website' }],
  cli: { flag: 'website' },
  words: {
    en: {
      label: 'Project website',
      hint: 'The project’s own web page, starting https://',
      example: 'https://www.example.org/our-project',
      type: 'text (URL)',
      meaning: 'The web page where the project describes itself.',
    },
  },
} as const satisfies FieldDescription;

/** The library's fields with `field` after `after`: the one edit of the descriptions a new field needs. */
const withField = (field: FieldDescription, after: string): FieldList => {
  const index = caseStudyFieldList.findIndex((candidate) => candidate.name === after);
  return [...caseStudyFieldList.slice(0, index + 1), field, ...caseStudyFieldList.slice(index + 1)];
};

const fields = withField(website, 'related');
/** The one edit of the schema: the field's shape, given to the same factory the library's schema comes from. */
const schema = createCaseStudySchema(taxonomy, { website: z.url({ protocol: /^https?$/ }).optional() });

const minimal = {
  title: 'Kirkton school meals buy local',
  summary: 'The school catering service moved a third of its food spending to local farms.',
  place: 'Kirkton',
  region: 'scotland',
  organisation: 'Kirkton Council',
  organisationType: 'scottish-council',
  themes: ['procurement'],
  started: 2021,
  status: 'ongoing',
  sources: [{ title: 'Kirkton school meals: local food report 2024' }],
  published: '2025-06-01',
};
const address = 'https://www.example.org/kirkton-food';

describe('an optional field added to the schema and the field descriptions', () => {
  test('is a control of the contribution form, in its section, with its words, and its answer reaches the file', () => {
    const model = contributeFormModel(taxonomy, body, fields);
    const credits = model.sections.find((section) => section.id === 'credits')!;
    const item = credits.items.find((candidate) => candidate.kind === 'field' && candidate.name === 'website');

    expect(item).toMatchObject({
      label: 'Project website',
      hint: 'The project’s own web page, starting https://',
      type: 'text',
      required: false,
    } satisfies Partial<FieldItem>);
    expect(controlNames(model)).toContain('website');
    expect(controlNames(contributeFormModel(taxonomy, body))).not.toContain('website');
    expect(frontmatterFromValues({ title: 'A title', website: `  ${address} ` }, fields).website).toBe(address);
  });

  test('is a question of the issue form, which the converter reads back', () => {
    const form = shareCaseStudyForm(taxonomy, body, fields);
    const element = form.body.find((item) => item.type !== 'markdown' && item.id === 'website');

    expect(element).toEqual({
      type: 'input',
      id: 'website',
      attributes: {
        label: 'Project website',
        description: 'The project’s own web page, starting https://',
        placeholder: 'https://www.example.org/our-project',
      },
      validations: { required: false },
    });
    // GitHub's issue body: each question's label as a heading, its answer under it.
    const issue = shareQuestions(fields)
      .map((question) => {
        const answers: Record<string, string> = {
          title: minimal.title,
          website: address,
          licence: '- [X] I agree',
          body: '## Context\n\nText.',
        };
        return `### ${question.label}\n\n${answers[question.key] ?? '_No response_'}`;
      })
      .join('\n\n');
    expect(caseStudyFromIssue(issue, taxonomy, { published: '2025-06-01' }, fields).frontmatter.website).toBe(address);
    expect(issueFormYaml(form, [])).toContain('label: Project website');
  });

  test('is a question of npm run new, taken as a flag', () => {
    const question = scaffoldQuestions(fields).find((candidate) => candidate.name === 'website');

    expect(question).toMatchObject({ flag: 'website', message: 'Project website', required: false, kind: 'text' });
    expect(scaffoldQuestions().map((candidate) => candidate.flag)).not.toContain('website');
  });

  test('is a column of the codebook, with its type and meaning', () => {
    const codebook = codebookOf(fields);

    expect(Object.keys(codebook)).toEqual(['slug', 'url', ...fields.map((field) => field.name)]);
    expect(codebook.website).toEqual({
      type: 'text (URL)',
      required: false,
      meaning: 'The web page where the project describes itself.',
    });
  });

  test('is a property of the JSON Schema, described and optional', () => {
    const json = caseStudyJsonSchema(taxonomy, undefined, { schema, fields }) as {
      properties: Record<string, { description?: string; format?: string }>;
      required: string[];
    };

    expect(json.properties.website).toMatchObject({
      description: 'The web page where the project describes itself.',
      format: 'uri',
    });
    expect(json.required).not.toContain('website');
  });

  test('is a property of the record schema and a typed column of the data package', () => {
    const recordSchema = recordJsonSchema(taxonomy, undefined, {
      schema: createRecordSchema(taxonomy, { website: z.url({ protocol: /^https?$/ }).optional() }),
      fields,
    }) as { properties: Record<string, { description?: string }> };
    const descriptor = dataPackage({
      recordSchema,
      id: 'https://example.org/data/datapackage.json',
      homepage: 'https://example.org/data/',
      tables: tablesOf(fields),
    });
    const columns = (descriptor.resources as { name: string; schema?: { fields: { name: string }[] } }[])[0]!.schema!
      .fields;

    expect(recordSchema.properties.website?.description).toBe('The web page where the project describes itself.');
    expect(columns.find((column) => column.name === 'website')).toMatchObject({ type: 'string', format: 'uri' });
  });

  test('is a column of the CSV and JSON exports, in its place', () => {
    const entry = { id: 'kirkton-school-meals', data: schema.parse({ ...minimal, website: address }) };
    const record = exportRecord(entry, 'https://example.org/case-studies/kirkton-school-meals/', fields);
    const [header, row] = toCsv([record], taxonomy, fields)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const columns = header!.split(',');

    expect(tablesOf(fields)['case-studies'].columns.map((column) => column.name)).toEqual(columns);
    expect(exportColumnsOf(fields).indexOf('website')).toBe(exportColumnsOf(fields).indexOf('related') + 1);
    expect(columns.indexOf('website')).toBe(columns.indexOf('related') + 1);
    expect(row!.split(',')[columns.indexOf('website')]).toBe(address);
    expect(JSON.parse(toJson([record]))[0].website).toBe(address);
  });

  test('goes from answers to a file that the extended schema accepts, in its place', () => {
    const frontmatter = frontmatterFromAnswers({ ...minimal, website: ` ${address}` }, fields);
    const file = caseStudyFile(frontmatter, body);
    const data = parse(/^---\n([\s\S]*?)---\n/.exec(file)![1]!) as Record<string, unknown>;

    expect(schema.parse(data).website).toBe(address);
    expect(createCaseStudySchema(taxonomy).safeParse(data).success).toBe(false);
  });
});

describe('the field descriptions', () => {
  const shape = createCaseStudySchema(taxonomy).shape as Record<string, z.ZodType>;

  test('describe exactly the schema’s fields, in the public interface’s order', () => {
    expect(caseStudyFieldList.map((field) => field.name)).toEqual(Object.keys(shape));
    expect([...caseStudyFields]).toEqual(Object.keys(shape));
  });

  test('say what the schema requires, what may be left out and what has a default', () => {
    for (const field of caseStudyFieldList) {
      const { optin, optout } = shape[field.name]!._zod;
      const required = optin === undefined ? true : optout === undefined ? 'default' : false;
      expect(field.required, field.name).toBe(required);
    }
  });

  test('name every part of an object field the schema knows, in order', () => {
    for (const field of caseStudyFieldList.filter((candidate) => 'parts' in candidate)) {
      const schemaOfField = shape[field.name]!;
      const inner = (schemaOfField instanceof z.ZodOptional ? schemaOfField.unwrap() : schemaOfField) as z.ZodType;
      const object = (inner instanceof z.ZodArray ? inner.element : inner) as z.ZodObject;
      expect(
        field.parts!.map((part) => part.name),
        field.name,
      ).toEqual(Object.keys(object.shape));
    }
  });
});

describe('the field descriptions in Welsh', () => {
  /** Every part of `parts`, parts of parts included. */
  const allParts = (parts: FieldDescription['parts']): NonNullable<FieldDescription['parts']>[number][] =>
    (parts ?? []).flatMap((part) => [part, ...allParts(part.parts)]);
  /** The keys of the words given, nested ones as `form.missing`. */
  const keysOf = (words: object, prefix = ''): string[] =>
    Object.entries(words).flatMap(([key, value]) =>
      value !== null && typeof value === 'object' ? keysOf(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  test('give every field, and every part of one, the same words as in English: label, hints, examples and the rest', () => {
    for (const field of caseStudyFieldList as FieldList) {
      const cy = field.words.cy;
      expect(cy, field.name).toBeDefined();
      expect(keysOf(cy!).sort(), field.name).toEqual(keysOf(field.words.en).sort());
      for (const part of allParts(field.parts)) {
        expect(part.words.cy, `${field.name}.${part.name}`).toBeDefined();
        expect(keysOf(part.words.cy!).sort(), `${field.name}.${part.name}`).toEqual(keysOf(part.words.en).sort());
      }
    }
  });

  test('are Welsh words, not the English ones copied', () => {
    for (const field of caseStudyFieldList as FieldList) {
      const { en, cy } = field.words;
      expect(cy!.label, field.name).not.toBe(en.label);
      if (en.hint !== undefined) expect(cy!.hint, field.name).not.toBe(en.hint);
    }
  });

  test('keep the issue form’s questions apart: no two Welsh questions share a label', () => {
    const labels = shareQuestions(caseStudyFieldList, 'cy').map((question) => question.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain('Y flwyddyn y dechreuodd');
    expect(labels).toContain('Ffynonellau');
  });
});

describe('the language names', () => {
  test('offer every language of the library, by its own name and the English one', () => {
    expect(languageChoices).toEqual([
      { id: 'en', label: 'English' },
      { id: 'cy', label: 'Cymraeg (Welsh)' },
    ]);
    expect(languageChoices.map((choice) => choice.id)).toEqual([...languages]);
    expect(languageNames.en.cy).toBe('Welsh');
    expect(languageNames.cy.cy).toBe('Cymraeg');
  });
});
