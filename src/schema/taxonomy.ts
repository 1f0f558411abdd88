import { z } from 'zod';
import { vocabularies, vocabulary, type TaxonomyFile, type TermLinks, type VocabularyKey } from './vocabularies.ts';

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
export type Region = TermOf<'regions'>;

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

/** The entries a vocabulary's file holds: terms, with the ids of the terms they belong to (a region's nation). */
const entrySchema = (key: VocabularyKey) => {
  const links = vocabularies.flatMap((row) => ('via' in row && row.via.vocabulary === key ? [row.via.property] : []));
  const row = vocabulary(key);
  const lowest = 'derived' in row ? [row.derived.property] : [];
  return links.length === 0 && lowest.length === 0
    ? termSchema
    : termSchema.extend({
        ...Object.fromEntries(links.map((property) => [property, id])),
        ...Object.fromEntries(lowest.map((property) => [property, z.int().nonnegative()])),
      });
};

/** The files of `content/taxonomy/`, by file name without `.yml`, each with its schema. */
export const taxonomyFiles = Object.fromEntries(
  vocabularies.map((row): [TaxonomyFile, z.ZodType] => [row.file, list(entrySchema(row.key))]),
) as Record<TaxonomyFile, z.ZodType>;
export type { TaxonomyFile };

/** The terms of vocabulary `K`: a region also names its nation. */
export type TermOf<K extends VocabularyKey> = K extends VocabularyKey ? Term & TermLinks<K> : never;

/** Every controlled vocabulary of the library, keyed as in the registry (`src/schema/vocabularies.ts`). */
export type Taxonomy = { [K in VocabularyKey]: TermOf<K>[] };

/** The vocabulary names used in messages and by the schema, keyed as in {@link Taxonomy}. */
export type VocabularyName = VocabularyKey;

/**
 * Checks raw taxonomy data (already parsed from YAML) and returns the typed vocabularies.
 * Throws with every problem listed when a file is malformed or a term names an unknown term of
 * the vocabulary it belongs to (a region an unknown nation).
 */
export function parseTaxonomy(raw: Record<TaxonomyFile, unknown>, where = 'content/taxonomy'): Taxonomy {
  const problems: string[] = [];
  const parsed: Partial<Record<VocabularyKey, Term[]>> = {};
  for (const row of vocabularies) {
    const result = taxonomyFiles[row.file].safeParse(raw[row.file]);
    if (result.success) parsed[row.key] = result.data as Term[];
    else
      for (const issue of result.error.issues)
        problems.push(`${where}/${row.file}.yml: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (problems.length === 0) {
    for (const row of vocabularies) {
      if (!('derived' in row)) continue;
      const terms = parsed[row.key]! as (Term & Record<string, number>)[];
      terms.forEach((term, index) => {
        const previous = terms[index - 1];
        const property = row.derived.property;
        if (previous && term[property]! <= previous[property]!)
          problems.push(
            `${where}/${row.file}.yml: ${row.noun} "${term.id}" must come after the ones it is larger than: its ${property} (${term[property]}) is not above "${previous.id}"'s (${previous[property]})`,
          );
      });
    }
    for (const row of vocabularies) {
      if (!('via' in row)) continue;
      const known = new Set(parsed[row.key]!.map((term) => term.id));
      const from = vocabulary(row.via.vocabulary);
      for (const term of parsed[from.key]! as (Term & Record<string, string>)[]) {
        const linked = term[row.via.property]!;
        if (!known.has(linked))
          problems.push(
            `${where}/${from.file}.yml: ${from.noun} "${term.id}" names unknown ${row.via.property} "${linked}"`,
          );
      }
    }
  }
  if (problems.length > 0) throw new Error(`The taxonomy is not valid:\n${problems.join('\n')}`);
  return parsed as Taxonomy;
}

/** The label of `termId` in `terms`, in `lang` when translated; the id itself when unknown. */
export function labelOf(terms: readonly Term[], termId: string, lang: Language = 'en'): string {
  const term = terms.find((candidate) => candidate.id === termId);
  if (!term) return termId;
  return lang === 'cy' && term.cy ? term.cy.label : term.label;
}
