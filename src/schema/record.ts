/**
 * The open-data record of a case study (docs/public-interface.md §8): what one element of
 * `/data/case-studies.json`, and the whole of `/data/case-studies/<slug>.json`, holds. It is the
 * checked front matter ({@link caseStudyShape}, with its defaults filled in and dates as
 * `YYYY-MM-DD` text) after a `slug` and a `url`; the JSON Schema `/data/case-studies.schema.json`
 * is generated from it (`src/lib/json-schema.ts`), so that records and their schema cannot drift.
 */
import { z } from 'zod';
import { caseStudyShape, slug } from './case-study.ts';
import type { Language, Taxonomy } from './taxonomy.ts';

/** What a record adds to the front matter, said once for the codebook, the JSON Schema and the data package. */
export interface RecordColumnWords {
  /** The codebook's type. */
  type: string;
  /** What it means, in a sentence. */
  meaning: string;
}

/** The words of `slug` and `url`, by language. */
export const recordColumnWords: Record<Language, Record<'slug' | 'url', RecordColumnWords>> = {
  en: {
    slug: {
      type: 'text',
      meaning: 'The case study’s id: its file name without extension, and the last part of its address.',
    },
    url: { type: 'text (URL)', meaning: 'The address of the case study’s page.' },
  },
  cy: {
    slug: {
      type: 'testun',
      meaning: 'Dynodydd yr astudiaeth achos: enw ei ffeil heb yr estyniad, a rhan olaf ei chyfeiriad.',
    },
    url: { type: 'testun (URL)', meaning: 'Cyfeiriad tudalen yr astudiaeth achos.' },
  },
};

/**
 * The schema of one export record for a library's vocabularies: `slug`, `url`, then the front
 * matter's fields, no other keys. `extra` adds fields as {@link createCaseStudySchema}'s does. The
 * rules between fields are the validator's and are not repeated: a record comes from a file that
 * passed them.
 */
export function createRecordSchema<Extra extends z.ZodRawShape = Record<never, never>>(
  taxonomy: Taxonomy,
  extra?: Extra,
) {
  return z.strictObject({
    slug: slug('slug'),
    url: z.url({ protocol: /^https?$/, error: 'url must be the web address of the case study’s page' }),
    ...caseStudyShape(taxonomy),
    ...extra,
  } as { slug: ReturnType<typeof slug>; url: z.ZodURL } & ReturnType<typeof caseStudyShape> & Extra);
}
