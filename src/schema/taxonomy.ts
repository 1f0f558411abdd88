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
  /** One line saying what the term covers; shown on its page (not indexed: it would make every case study with the term match its words). */
  description: z.string().min(1).optional(),
  /**
   * Other words a reader may search for the term by, that its label does not say ("brought back
   * in-house" for insourcing): indexed with the labels of every case study with the term.
   */
  synonyms: z.array(z.string().min(1)).optional(),
  /**
   * The Welsh label, and the Welsh description when the term has an English one: required, so that
   * the two languages cannot drift (the list's check asks for the description).
   */
  cy: z.strictObject({
    label: z.string().min(1),
    description: z.string().min(1).optional(),
    /** The Welsh a reader may search for it by, as `synonyms`. */
    synonyms: z.array(z.string().min(1)).optional(),
  }),
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
      ctx.value.forEach((value, index) => {
        const term = value as Term;
        if (seen.has(term.id)) {
          ctx.issues.push({
            code: 'custom',
            message: `id "${term.id}" appears twice`,
            input: term,
            path: [index, 'id'],
          });
        }
        seen.add(term.id);
        if (term.description && !term.cy.description) {
          ctx.issues.push({
            code: 'custom',
            message: `has an English description but no Welsh one: add \`description:\` under its \`cy:\`, the Welsh of “${term.description}”`,
            input: term.cy,
            path: [index, 'cy'],
          });
        }
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

/** A place in a taxonomy file: 1-based line and column. */
export interface TaxonomyPosition {
  line: number;
  column: number;
}

/** Where in its file the value at `path` (entry index, then keys) is written, or the nearest value that is. */
export type LocateInTaxonomy = (file: TaxonomyFile, path: readonly PropertyKey[]) => TaxonomyPosition | undefined;

/** One problem of a taxonomy file, where it is written and what to do. */
export interface TaxonomyProblem {
  /** The file as given to {@link parseTaxonomy}: `<where>/<file>.yml`. */
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A taxonomy that cannot be used, with each of its problems where it is written. */
export class TaxonomyError extends Error {
  readonly problems: readonly TaxonomyProblem[];
  constructor(problems: readonly TaxonomyProblem[]) {
    super(
      `The taxonomy is not valid:\n${problems.map((item) => `${item.file}:${item.line}:${item.column}: ${item.message}`).join('\n')}`,
    );
    this.name = 'TaxonomyError';
    this.problems = problems;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A schema problem as a contributor can act on it: a missing Welsh label says what to add, with
 * the English it translates; others keep zod's words after the path.
 */
function issueMessage(issue: z.core.$ZodIssue, raw: unknown, noun: string): string {
  const [index, ...keys] = issue.path;
  const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as unknown) : undefined;
  if (!isRecord(entry)) return `${issue.path.join('.') || 'the file'}: ${issue.message}`;
  const name = typeof entry.id === 'string' ? `${noun} "${entry.id}"` : `${noun} ${Number(index) + 1}`;
  const english = typeof entry.label === 'string' ? ` (“${entry.label}”)` : '';
  const key = keys.map(String).join('.');
  if (key === 'cy' && entry.cy === undefined)
    return `${name}${english} has no Welsh: add \`cy:\` under it with \`label:\`, the Welsh of its label${
      typeof entry.description === 'string' ? ', and `description:`, the Welsh of its description' : ''
    }`;
  if (key === 'cy' && issue.code === 'custom') return `${name}${english} ${issue.message}`;
  if (key === 'cy.label' && isRecord(entry.cy) && entry.cy.label === undefined)
    return `${name}${english} has no Welsh label: add \`label:\` under its \`cy:\``;
  if ((key === 'cy.label' || key === 'cy.description') && issue.code === 'too_small')
    return `${name}${english} has an empty Welsh ${String(keys[1])}: write the Welsh after \`${String(keys[1])}:\` under its \`cy:\``;
  return `${name}${key ? `: ${key}` : ''}: ${issue.message}`;
}

/**
 * Checks raw taxonomy data (already parsed from YAML) and returns the typed vocabularies.
 * Throws a {@link TaxonomyError} with every problem, each where `locate` says it is written (line 1
 * without it), when a file is malformed, a term lacks its Welsh, or a term names an unknown term of
 * the vocabulary it belongs to (a region an unknown nation).
 */
export function parseTaxonomy(
  raw: Record<TaxonomyFile, unknown>,
  where = 'content/taxonomy',
  locate: LocateInTaxonomy = () => undefined,
): Taxonomy {
  const problems: TaxonomyProblem[] = [];
  const report = (file: TaxonomyFile, path: readonly PropertyKey[], message: string) =>
    problems.push({ file: `${where}/${file}.yml`, ...(locate(file, path) ?? { line: 1, column: 1 }), message });
  const parsed: Partial<Record<VocabularyKey, Term[]>> = {};
  for (const row of vocabularies) {
    const result = taxonomyFiles[row.file].safeParse(raw[row.file]);
    if (result.success) parsed[row.key] = result.data as Term[];
    else
      for (const issue of result.error.issues)
        report(row.file, issue.path, issueMessage(issue, raw[row.file], row.noun));
  }
  if (problems.length === 0) {
    for (const row of vocabularies) {
      if (!('derived' in row)) continue;
      const terms = parsed[row.key]! as (Term & Record<string, number>)[];
      terms.forEach((term, index) => {
        const previous = terms[index - 1];
        const property = row.derived.property;
        if (previous && term[property]! <= previous[property]!)
          report(
            row.file,
            [index, property],
            `${row.noun} "${term.id}" must come after the ones it is larger than: its ${property} (${term[property]}) is not above "${previous.id}"'s (${previous[property]})`,
          );
      });
    }
    for (const row of vocabularies) {
      if (!('via' in row)) continue;
      const known = new Set(parsed[row.key]!.map((term) => term.id));
      const from = vocabulary(row.via.vocabulary);
      parsed[from.key]!.forEach((term, index) => {
        const linked = (term as Term & Record<string, string>)[row.via.property]!;
        if (!known.has(linked))
          report(
            from.file,
            [index, row.via.property],
            `${from.noun} "${term.id}" names unknown ${row.via.property} "${linked}"`,
          );
      });
    }
  }
  if (problems.length > 0) throw new TaxonomyError(problems);
  return parsed as Taxonomy;
}

// The lookups of a term's words, zod-free for the browser: src/schema/term-text.ts.
export { findTerm, labelOf, termDescription, termLabel, type TermText } from './term-text.ts';
