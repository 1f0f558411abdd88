import { z } from 'zod';

/** A language the library's text can be written in. */
export const languages = ['en', 'cy'] as const;
export type Language = (typeof languages)[number];

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id is lower-case letters, digits and single hyphens' });

/** One entry of a controlled vocabulary, as written in `content/taxonomy/*.yml`. */
export const termSchema = z.strictObject({
  /** What case studies, URLs and search filters use. Never changes once published. */
  id,
  /** What readers see, in English. */
  label: z.string().min(1),
  /** One line saying what the term covers; shown on its page and indexed for search. */
  description: z.string().min(1).optional(),
  /** Welsh label and description, where translated. */
  cy: z.strictObject({ label: z.string().min(1), description: z.string().min(1).optional() }).optional(),
});
export type Term = z.output<typeof termSchema>;

/** A region also names the nation it belongs to (an id from `nations.yml`). */
export const regionSchema = termSchema.extend({ nation: id });
export type Region = z.output<typeof regionSchema>;

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1)
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((term, index) => {
        const termId = (term as { id: string }).id;
        if (seen.has(termId)) {
          ctx.issues.push({
            code: 'custom',
            message: `id "${termId}" appears twice`,
            input: term,
            path: [index, 'id'],
          });
        }
        seen.add(termId);
      });
    });

/** The files of `content/taxonomy/`, by file name without `.yml`. */
export const taxonomyFiles = {
  themes: list(termSchema),
  topics: list(termSchema),
  regions: list(regionSchema),
  nations: list(termSchema),
  'organisation-types': list(termSchema),
  statuses: list(termSchema),
  'evidence-levels': list(termSchema),
} as const;
export type TaxonomyFile = keyof typeof taxonomyFiles;

/** Every controlled vocabulary of the library. */
export interface Taxonomy {
  themes: Term[];
  topics: Term[];
  regions: Region[];
  nations: Term[];
  organisationTypes: Term[];
  statuses: Term[];
  evidenceLevels: Term[];
}

/** The vocabulary names used in messages and by the schema, keyed as in {@link Taxonomy}. */
export type VocabularyName = keyof Taxonomy;

/**
 * Checks raw taxonomy data (already parsed from YAML) and returns the typed vocabularies.
 * Throws with every problem listed when a file is malformed or a region names an unknown nation.
 */
export function parseTaxonomy(raw: Record<TaxonomyFile, unknown>, where = 'content/taxonomy'): Taxonomy {
  const problems: string[] = [];
  const parsed: Partial<Record<TaxonomyFile, unknown>> = {};
  for (const [file, schema] of Object.entries(taxonomyFiles) as [TaxonomyFile, z.ZodType][]) {
    const result = schema.safeParse(raw[file]);
    if (result.success) parsed[file] = result.data;
    else
      for (const issue of result.error.issues)
        problems.push(`${where}/${file}.yml: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (problems.length === 0) {
    const nationIds = new Set((parsed.nations as Term[]).map((nation) => nation.id));
    for (const region of parsed.regions as Region[]) {
      if (!nationIds.has(region.nation))
        problems.push(`${where}/regions.yml: region "${region.id}" names unknown nation "${region.nation}"`);
    }
  }
  if (problems.length > 0) throw new Error(`The taxonomy is not valid:\n${problems.join('\n')}`);
  return {
    themes: parsed.themes as Term[],
    topics: parsed.topics as Term[],
    regions: parsed.regions as Region[],
    nations: parsed.nations as Term[],
    organisationTypes: parsed['organisation-types'] as Term[],
    statuses: parsed.statuses as Term[],
    evidenceLevels: parsed['evidence-levels'] as Term[],
  };
}

/** The label of `termId` in `terms`, in `lang` when translated; the id itself when unknown. */
export function labelOf(terms: readonly Term[], termId: string, lang: Language = 'en'): string {
  const term = terms.find((candidate) => candidate.id === termId);
  if (!term) return termId;
  return lang === 'cy' && term.cy ? term.cy.label : term.label;
}
