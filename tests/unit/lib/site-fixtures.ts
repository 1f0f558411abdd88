/** Case studies for the lib tests, parsed with the real schema so that they cannot drift from it. */
import type { CaseStudy } from '../../../src/lib/case-studies.ts';
import type { CaseStudyInput } from '../../../src/schema/case-study.ts';
import { caseStudySchema, minimalCaseStudy, taxonomy } from '../../support/case-study.ts';

export { taxonomy };

/**
 * The lib tests' case studies are published on 1 January 2024, before the dates they order them
 * by and the `updated` dates they give, as they always were: the minimal case study's own date
 * (15 January 2025) would come after several of them.
 */
const publishedBefore = { published: '2024-01-01' } satisfies Partial<CaseStudyInput>;

/** A valid case study with slug `id`, `overrides` applied over the minimal valid front matter. */
export function caseStudy(id: string, overrides: Partial<CaseStudyInput> = {}): CaseStudy {
  return { id, data: caseStudySchema.parse({ ...minimalCaseStudy, ...publishedBefore, ...overrides }) };
}

export const ids = (entries: readonly CaseStudy[]) => entries.map((entry) => entry.id);
