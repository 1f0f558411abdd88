/**
 * The one schema of a how-to guide's front matter (docs/public-interface.md §10): a short, practical
 * guide that cites the case studies showing it done. It shares its pieces with the case-study
 * schema (title, summary, themes, topics, sources, lang, translationOf, published, updated, draft are
 * the very same field schemas, with the same messages), so a field means one thing in both
 * collections; only `cases` is its own. Whether the cases exist and are published is a rule between
 * files (src/validate/guide-rules.ts), as `related` is for case studies.
 */
import { z } from 'zod';
import { caseStudyShape, slug, uniqueItems } from './case-study.ts';
import type { Taxonomy } from './taxonomy.ts';

/** The fields of a guide and what each value must be, for a library's vocabularies. */
export function guideShape(taxonomy: Taxonomy) {
  const shared = caseStudyShape(taxonomy);
  return {
    title: shared.title,
    summary: shared.summary,
    themes: shared.themes,
    topics: shared.topics,
    cases: z
      .array(slug('cases'), { error: 'cases is required: list the slugs of the case studies that show this done' })
      .min(1, { error: 'cases must list at least one case study' })
      .check(uniqueItems('cases')),
    sources: shared.sources.optional(),
    lang: shared.lang,
    translationOf: shared.translationOf,
    published: shared.published,
    updated: shared.updated,
    draft: shared.draft,
  };
}

/** Builds the guide front-matter schema: {@link guideShape}, no other keys, and the rule between its dates. */
export function createGuideSchema(taxonomy: Taxonomy) {
  return z
    .strictObject(guideShape(taxonomy), {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? undefined : 'the frontmatter must be a set of "key: value" lines',
    })
    .check((ctx) => {
      const { updated, published } = ctx.value;
      if (updated !== undefined && updated < published)
        ctx.issues.push({
          code: 'custom',
          message: `updated (${updated}) must not be before published (${published})`,
          input: ctx.value,
          path: ['updated'],
        });
    });
}

export type GuideSchema = ReturnType<typeof createGuideSchema>;
/** A guide's front matter as written. */
export type GuideInput = z.input<GuideSchema>;
/** A guide's front matter after checking: defaults filled, dates as `YYYY-MM-DD` strings. */
export type GuideData = z.output<GuideSchema>;

/** The fields of a guide in the order docs/public-interface.md §10 lists them. */
export const guideFields = [
  'title',
  'summary',
  'themes',
  'topics',
  'cases',
  'sources',
  'lang',
  'translationOf',
  'published',
  'updated',
  'draft',
] as const satisfies readonly (keyof GuideInput)[];
