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
 * The words of the open-data tables' columns that are not a field or a part (`src/lib/tables.ts`):
 * a label beside ids, a count, an item's number, the cited source's parts, by language.
 */
export const tableColumnWords = {
  en: {
    label: (column: string) =>
      `The English label of each id in ${column}, in the same order (the vocabularies are on the open-data page).`,
    count: (field: string, table: string) =>
      `How many items the case study’s ${field} lists; each is a row of ${table}.`,
    slug: 'The slug of the case study it belongs to: its row in case-studies.csv.',
    outcome: 'The outcome’s number among its case study’s outcomes, counting from 1.',
    source: 'The source’s number among its case study’s sources, counting from 1; an outcome’s source column names it.',
    cited: (part: string) => `${part} of the source the outcome comes from (every source is in sources.csv).`,
    list: 'In the CSV, items are joined with "; ".',
  },
  cy: {
    // The column is named by its place: its name is English, and the Welsh page would show it as a word.
    label: (_column: string) =>
      'Label Saesneg pob dynodydd yn y golofn o’i blaen, yn yr un drefn (mae’r geirfaoedd ar y dudalen data agored).',
    count: (field: string, table: string) =>
      `Nifer yr eitemau yn ${field} yr astudiaeth achos; mae pob un yn rhes yn ${table}.`,
    slug: 'Dynodydd (slug) yr astudiaeth achos y mae’n perthyn iddi: ei rhes yn case-studies.csv.',
    outcome: 'Rhif y canlyniad ymhlith canlyniadau ei astudiaeth achos, gan gyfrif o 1.',
    source:
      'Rhif y ffynhonnell ymhlith ffynonellau ei hastudiaeth achos, gan gyfrif o 1; mae colofn source canlyniad yn ei henwi.',
    cited: (part: string) => `${part} y ffynhonnell y daw’r canlyniad ohoni (mae pob ffynhonnell yn sources.csv).`,
    list: 'Yn y CSV, mae’r eitemau wedi’u gwahanu gan "; ".',
  },
} satisfies Record<Language, unknown>;

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
