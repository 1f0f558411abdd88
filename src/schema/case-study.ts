/**
 * The one schema of a case study's frontmatter (docs/public-interface.md §3). The content collection, the
 * validator, the scaffolder, the contribution form and the data exports all import it, so that a
 * file means the same thing everywhere. It is built from the vocabularies in `content/taxonomy/`,
 * which is why it is a function of a {@link Taxonomy} rather than a constant. What each field is
 * called and means, and its order, are written once beside it, in `fields.ts`.
 */
import { z } from 'zod';
import { iso3166Alpha2 } from './countries.ts';
import { caseStudyFieldList, type CaseStudyFieldName } from './fields.ts';
import { slugMaxLength, slugPattern } from './slug.ts';
import { closestId, type Candidate } from './suggest.ts';
import { languages, type Taxonomy } from './taxonomy.ts';
import { webHostPattern } from './web-host.ts';

export { slugMaxLength, slugPattern } from './slug.ts';

/** The units a cost is given in (docs/public-interface.md §11): pounds, thousands or millions of pounds. */
export const costUnits = ['£', '£k', '£m'] as const;
/** Whether a cost was paid once or is paid every year. */
export const costPeriods = ['one-off', 'per-year'] as const;

/** Dates are written `YYYY-MM-DD`; YAML may hand them over as a string or as a Date. */
export const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` and names a day that exists (not 2025-02-30). */
export function isRealDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An e-mail address, internationalised ones too (`josé@exämple.cymru`, `用户@例子.广告`, a punycode
 * top-level domain such as `xn--p1ai`); used to keep personal addresses out of anything but a
 * consented contact.
 */
export const emailPattern =
  /[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)*\.(?:[Xx][Nn]--[A-Za-z0-9-]+|[\p{L}\p{M}]{2,})/u;

/** True when `code` is an officially assigned ISO 3166-1 alpha-2 code, such as `US`. */
export function isCountryCode(code: string): boolean {
  return iso3166Alpha2.has(code);
}

/** A check that runs even after another problem was found (zod skips checks after one by default). */
const always = () => true;

const describe = (input: unknown) =>
  typeof input === 'string' ? `"${input}"` : (JSON.stringify(input) ?? String(input));

/** An id from one vocabulary, with a "did you mean" message when it is not one of them. */
function vocabularyId(field: string, noun: string, terms: readonly Candidate[], advice = '') {
  const ids = terms.map((term) => term.id) as [string, ...string[]];
  return z.enum(ids, {
    error: (issue) => {
      if (typeof issue.input !== 'string')
        return `${field} must be ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} id (text), not ${describe(issue.input)}`;
      const suggestion = closestId(issue.input, terms);
      const hint = suggestion
        ? `; did you mean "${suggestion}"?`
        : ids.length <= 25
          ? `; use one of: ${ids.join(', ')}`
          : '';
      return `${field} ${describe(issue.input)} is not ${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun} id${hint}${advice}`;
    },
  });
}

const year = (field: string) =>
  z
    .int({
      error: (issue) => `${field} must be a year written as a whole number, such as 2019, not ${describe(issue.input)}`,
    })
    .min(1800, { error: `${field} must be a year from 1800 on` })
    .max(2100, { error: `${field} must be a year before 2100` });

const text = (field: string, min = 1, max?: number) => {
  let schema = z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is required` : `${field} must be text, not ${describe(issue.input)}`,
    })
    .trim()
    .min(min, { error: min <= 1 ? `${field} must not be empty` : `${field} must be at least ${min} characters` });
  if (max !== undefined) schema = schema.max(max, { error: `${field} must be at most ${max} characters` });
  return schema;
};

const isoDate = (field: string) =>
  z
    .union([z.date(), z.string()], {
      error: (issue) =>
        issue.input === undefined ? `${field} is required` : `${field} must be a date written YYYY-MM-DD`,
    })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.issues.push({
            code: 'custom',
            message: `${field} is not a real date`,
            input: value,
            params: { rule: 'not-a-real-date' },
          });
          return z.NEVER;
        }
        return value.toISOString().slice(0, 10);
      }
      if (!isoDatePattern.test(value)) {
        ctx.issues.push({
          code: 'custom',
          message: `${field} ${describe(value)} must be a date written YYYY-MM-DD`,
          input: value,
          params: { rule: 'not-a-date' },
        });
        return z.NEVER;
      }
      if (!isRealDate(value)) {
        ctx.issues.push({
          code: 'custom',
          message: `${field} ${describe(value)} is not a real date`,
          input: value,
          params: { rule: 'not-a-real-date' },
        });
        return z.NEVER;
      }
      return value;
    });

/** A slug-valued field (`related`, `translationOf`, a guide's `cases`): the rules of docs/public-interface.md §2. */
export const slug = (field: string) =>
  text(field)
    .max(slugMaxLength, { error: `${field} must be at most ${slugMaxLength} characters` })
    .regex(slugPattern, { error: `${field} must be a case-study slug: lower-case a-z, 0-9 and single hyphens` });

const httpUrl = (field: string) =>
  z.url({
    protocol: /^https?$/,
    // The link policy's host rule, which the validator and the build's link check apply to every link.
    hostname: webHostPattern,
    error: (issue) => `${field} must be a web address starting https:// or http://, not ${describe(issue.input)}`,
  });

/** A check that a list names each item once, reporting a repeat at its own index. */
export const uniqueItems = (field: string) => (ctx: { value: string[]; issues: unknown[] }) => {
  const seen = new Set<string>();
  ctx.value.forEach((item, index) => {
    if (seen.has(item))
      (ctx.issues as z.core.$ZodRawIssue[]).push({
        code: 'custom',
        message: `${field} lists "${item}" twice`,
        input: item,
        path: [index],
        params: { rule: 'listed-twice' },
      });
    seen.add(item);
  });
};

/**
 * The fields of a case study and what each value must be, for a library's vocabularies. Only the
 * rules of one field each: the rules between fields are {@link createCaseStudySchema}'s.
 */
export function caseStudyShape(taxonomy: Taxonomy) {
  /** A measured result of the practice. */
  const outcome = z.strictObject({
    /** What was measured, e.g. "Anchor spend retained in Preston". */
    metric: text('outcome metric'),
    /** The figure, as a number (no units or commas). */
    value: z
      .number({ error: 'outcome value must be a number, without units or commas' })
      .refine(Number.isFinite, { error: 'outcome value must be a finite number' }),
    /** The unit of `value`, e.g. `£m`, `%`, `people`, `jobs`, `homes`. */
    unit: text('outcome unit'),
    /** The year the figure refers to. */
    year: year('outcome year'),
    /** The earlier figure to compare with, in the same unit. */
    baseline: z
      .strictObject({
        /** The earlier figure. */
        value: z.number({ error: 'baseline value must be a number' }),
        /** The year of the earlier figure. */
        year: year('baseline year'),
      })
      .optional(),
    /** Which source the figure comes from: a 1-based index into `sources`. */
    source: z
      .int({ error: 'outcome source must be the number of a source in the list, counting from 1' })
      .min(1, { error: 'outcome source counts from 1' })
      .optional(),
  });

  /** Where the facts come from. */
  const source = z.strictObject({
    /** Title of the report, article or page. */
    title: text('source title'),
    /** Where to read it: `https:` or `http:` only. */
    url: httpUrl('source url').optional(),
    /** Who published it. */
    publisher: text('source publisher').optional(),
    /** The year it was published. */
    year: year('source year').optional(),
  });

  /** Who to ask about the practice. An e-mail address needs the person's consent to publish it. */
  const contact = z
    .strictObject({
      /** A person's name, or a team such as "Community Wealth Building team". */
      name: text('contact name'),
      /** Their role, e.g. "Head of Procurement". */
      role: text('contact role').optional(),
      /** Their organisation. */
      organisation: text('contact organisation').optional(),
      /** A web page to contact them through. */
      url: httpUrl('contact url').optional(),
      /** An e-mail address, published only with `consent: true`; prefer a role mailbox. */
      email: z.email({ error: 'contact email must be an e-mail address' }).optional(),
      /** True when the person has agreed to their e-mail address being published. */
      consent: z.boolean({ error: 'contact consent must be true or false' }).optional(),
    })
    .superRefine(
      (value, ctx) => {
        // Run even when the contact itself is wrong (`contact:` left empty is null): look before reading.
        if (value === null || typeof value !== 'object') return;
        if (value.email !== undefined && value.consent !== true) {
          ctx.addIssue({
            code: 'custom',
            message:
              'contact email may be published only with "consent: true" from the person named; remove it or add consent',
            input: value.email,
            path: ['email'],
            params: { rule: 'email-without-consent' },
          });
        }
      },
      // Also when another part is wrong, so that every problem is told at once (see below).
      { when: always },
    );

  /** An optional picture. */
  const image = z.strictObject({
    /** Path of the image relative to the case-study file, e.g. `images/preston-market.jpg`. */
    src: text('image src'),
    /** What the image shows, for people who cannot see it. Required. */
    alt: text('image alt'),
    /** Who took or owns the picture. */
    credit: text('image credit').optional(),
  });

  /** What the practice took (docs/public-interface.md §11): money, who paid, staff time. */
  const resources = z
    .strictObject({
      /** What it cost, and when. */
      cost: z
        .strictObject({
          value: z
            .number({ error: 'cost value must be a number, without units or commas' })
            .refine(Number.isFinite, { error: 'cost value must be a finite number' })
            .refine((value) => value > 0, { error: 'cost value must be more than 0' }),
          unit: z.enum(costUnits, {
            error: (issue) => `cost unit ${describe(issue.input)} must be one of: ${costUnits.join(', ')}`,
          }),
          period: z.enum(costPeriods, {
            error: (issue) => `cost period ${describe(issue.input)} must be one of: ${costPeriods.join(', ')}`,
          }),
          year: year('cost year'),
          source: z
            .int({ error: 'cost source must be the number of a source in the list, counting from 1' })
            .min(1, { error: 'cost source counts from 1' })
            .optional(),
        })
        .optional(),
      funders: z.array(text('funder'), { error: 'funders must be a list of names' }).optional(),
      staff: text('resources staff', 1, 200).optional(),
    })
    .refine((value) => Object.keys(value).length > 0, {
      error: 'resources must give at least one of cost, funders or staff; remove it if none is known',
    });

  /** Why a case study no longer stands, and what replaces it. */
  const withdrawn = z.strictObject({
    date: isoDate('withdrawn date'),
    reason: text('withdrawn reason', 10, 300),
    replacedBy: slug('withdrawn replacedBy').optional(),
  });

  // What each field means is in fields.ts, once, for the forms, the codebook and the JSON Schema.
  return {
    title: text('title', 5, 120),
    summary: text('summary', 20, 300),
    place: text('place'),
    region: vocabularyId('region', 'region', taxonomy.regions),
    country: z
      .string({ error: 'country must be a two-letter ISO 3166-1 code such as "US"' })
      .refine(isCountryCode, {
        error: (issue) => {
          const upper = String(issue.input).trim().toUpperCase();
          const hint = isCountryCode(upper) ? `; did you mean "${upper}"?` : ' such as "US" or "ES"';
          return `country ${describe(issue.input)} is not an ISO 3166-1 alpha-2 code${hint}`;
        },
      })
      .optional(),
    organisation: text('organisation'),
    organisationType: vocabularyId('organisationType', 'organisation type', taxonomy.organisationTypes),
    partners: z.array(text('partner')).optional(),
    themes: z
      .array(vocabularyId('theme', 'theme', taxonomy.themes), { error: 'themes must be a list of theme ids' })
      .min(1, { error: 'themes must list at least one theme' })
      .max(5, { error: 'themes may list at most five themes' })
      .check(uniqueItems('themes')),
    topics: z
      .array(
        vocabularyId(
          'topic',
          'topic',
          taxonomy.topics,
          ' (to add a new topic, add it to content/taxonomy/topics.yml with an id, label and description in the same pull request)',
        ),
        {
          error: 'topics must be a list of topic ids',
        },
      )
      .check(uniqueItems('topics'))
      .optional(),
    started: year('started'),
    ended: year('ended').optional(),
    status: vocabularyId('status', 'status', taxonomy.statuses),
    population: z
      .int({ error: 'population must be a whole number of residents, without commas' })
      .positive({ error: 'population must be more than 0' })
      .optional(),
    outcomes: z.array(outcome, { error: 'outcomes must be a list of outcomes' }).optional(),
    evidence: vocabularyId('evidence', 'evidence level', taxonomy.evidenceLevels).optional(),
    resources: resources.optional(),
    transferability: text('transferability', 20, 600).optional(),
    sources: z
      .array(source, { error: 'sources is required: list at least one source' })
      .min(1, { error: 'sources must list at least one source' }),
    contact: contact.optional(),
    contributors: z.array(text('contributor')).optional(),
    related: z
      .array(slug('related'), { error: 'related must be a list of case-study slugs' })
      .check(uniqueItems('related'))
      .optional(),
    image: image.optional(),
    lang: z.enum(languages, { error: (issue) => `lang ${describe(issue.input)} must be "en" or "cy"` }).default('en'),
    translationOf: slug('translationOf').optional(),
    published: isoDate('published'),
    updated: isoDate('updated').optional(),
    reviewed: isoDate('reviewed').optional(),
    withdrawn: withdrawn.optional(),
    draft: z.boolean({ error: 'draft must be true or false' }).default(false),
  };
}

/**
 * Builds the case-study frontmatter schema for a library's vocabularies: {@link caseStudyShape},
 * no other keys, and the rules between fields. `extra` adds fields to the shape (tests add an
 * optional field this way, to see every reader of the fields follow it).
 */
export function createCaseStudySchema<Extra extends z.ZodRawShape = Record<never, never>>(
  taxonomy: Taxonomy,
  extra?: Extra,
) {
  return z
    .strictObject({ ...caseStudyShape(taxonomy), ...extra } as ReturnType<typeof caseStudyShape> & Extra, {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? undefined : 'the frontmatter must be a set of "key: value" lines',
    })
    .superRefine(
      (value, ctx) => {
        // The rules between the public interface's fields, whatever fields `extra` adds. They run
        // even when a field is wrong (`when`), so that a contributor is told every problem at
        // once rather than in waves; a value that is not yet of its type is left to its own rule.
        const data = value as unknown as Partial<Record<string, unknown>>;
        const issue = (path: PropertyKey[], message: string, rule: CrossFieldRule) =>
          ctx.addIssue({ code: 'custom', message, input: data, path, params: { rule } });
        const isYear = (year: unknown): year is number => typeof year === 'number' && Number.isInteger(year);
        if (data.region === 'outside-uk' && data.country === undefined)
          issue(
            ['region'],
            'country is required when region is "outside-uk": give its ISO 3166-1 alpha-2 code, such as "US"',
            'country-needed',
          );
        if (typeof data.region === 'string' && data.region !== 'outside-uk' && data.country !== undefined)
          issue(
            ['country'],
            'country is only for case studies outside the UK (region "outside-uk"); remove it',
            'country-outside-uk-only',
          );
        if (isYear(data.ended) && isYear(data.started) && data.ended < data.started)
          issue(
            ['ended'],
            `ended (${data.ended}) must not be before started (${data.started})`,
            'ended-before-started',
          );
        if (
          typeof data.updated === 'string' &&
          typeof data.published === 'string' &&
          isRealDate(data.updated) &&
          isRealDate(data.published) &&
          data.updated < data.published
        )
          issue(
            ['updated'],
            `updated (${data.updated}) must not be before published (${data.published})`,
            'updated-before-published',
          );
        const isDate = (date: unknown): date is string => typeof date === 'string' && isRealDate(date);
        if (isDate(data.reviewed) && isDate(data.published) && data.reviewed < data.published)
          issue(
            ['reviewed'],
            `reviewed (${data.reviewed}) must not be before published (${data.published})`,
            'reviewed-before-published',
          );
        const withdrawnDate = (data.withdrawn as { date?: unknown } | null | undefined)?.date;
        if (isDate(withdrawnDate) && isDate(data.published) && withdrawnDate < data.published)
          issue(
            ['withdrawn', 'date'],
            `withdrawn date (${withdrawnDate}) must not be before published (${data.published})`,
            'withdrawn-before-published',
          );
        const sourceCount = Array.isArray(data.sources) ? data.sources.length : 0;
        const costSource = (data.resources as { cost?: { source?: unknown } } | null | undefined)?.cost?.source;
        if (isYear(costSource) && costSource >= 1 && costSource > sourceCount)
          issue(
            ['resources', 'cost', 'source'],
            `cost source ${costSource} does not exist: there ${sourceCount === 1 ? 'is 1 source' : `are ${sourceCount} sources`}`,
            'cost-source-missing',
          );
        if (Array.isArray(data.outcomes))
          data.outcomes.forEach((outcome: unknown, index) => {
            const source = (outcome as { source?: unknown } | null)?.source;
            if (isYear(source) && source >= 1 && source > sourceCount) {
              issue(
                ['outcomes', index, 'source'],
                `outcome source ${source} does not exist: there ${sourceCount === 1 ? 'is 1 source' : `are ${sourceCount} sources`}`,
                'outcome-source-missing',
              );
            }
          });
      },
      { when: always },
    );
}

/**
 * The schema's own rules that are not a value's type or size, named in their issues' `params.rule`
 * so that the contribution form and the issue robot can say them in a contributor's words
 * (`src/lib/contributor-problems.ts`): the rules between fields, and a few of one field.
 */
export type SchemaRule = CrossFieldRule | 'listed-twice' | 'not-a-date' | 'not-a-real-date';

/** The rules between fields. */
export type CrossFieldRule =
  | 'country-needed'
  | 'country-outside-uk-only'
  | 'ended-before-started'
  | 'updated-before-published'
  | 'reviewed-before-published'
  | 'withdrawn-before-published'
  | 'cost-source-missing'
  | 'outcome-source-missing'
  | 'email-without-consent';

export type CaseStudySchema = ReturnType<typeof createCaseStudySchema<Record<never, never>>>;
/** A case study's frontmatter as written by a contributor. */
export type CaseStudyInput = z.input<CaseStudySchema>;
/** A case study's frontmatter after checking: defaults filled, dates as `YYYY-MM-DD` strings. */
export type CaseStudyData = z.output<CaseStudySchema>;

/** The fields of a case study, in the order the public interface lists them (from `fields.ts`); used by exports and the form. */
export const caseStudyFields: readonly CaseStudyFieldName[] = caseStudyFieldList.map((field) => field.name);

/** True only when every field of the schema is described in fields.ts, and nothing else is: a type error otherwise. */
export const everyFieldDescribed: [
  Exclude<keyof CaseStudyInput, CaseStudyFieldName>,
  Exclude<CaseStudyFieldName, keyof CaseStudyInput>,
] extends [never, never]
  ? true
  : never = true;
