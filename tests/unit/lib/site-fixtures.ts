/** Case studies for the lib tests, parsed with the real schema so that they cannot drift from it. */
import type { CaseStudy } from '../../../src/lib/case-studies.ts';
import type { CaseStudyInput } from '../../../src/schema/case-study.ts';
import { caseStudySchema, minimalCaseStudy, taxonomy } from '../../support/case-study.ts';

export { taxonomy };

/** A valid case study with slug `id`, `overrides` applied over the minimal valid front matter. */
export function caseStudy(id: string, overrides: Partial<CaseStudyInput> = {}): CaseStudy {
  return { id, data: caseStudySchema.parse({ ...minimalCaseStudy, ...overrides }) };
}

export const ids = (entries: readonly CaseStudy[]) => entries.map((entry) => entry.id);
