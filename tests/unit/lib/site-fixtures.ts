/** Case studies for the lib tests, parsed with the real schema so that they cannot drift from it. */
import type { CaseStudy } from '../../../src/lib/case-studies.ts';
import { createCaseStudySchema, type CaseStudyInput } from '../../../src/schema/case-study.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

export const taxonomy = loadTaxonomy();
const schema = createCaseStudySchema(taxonomy);

const minimal: CaseStudyInput = {
  title: 'A case study title',
  summary: 'A summary long enough to pass the schema check.',
  place: 'Preston',
  region: 'north-west',
  organisation: 'Preston City Council',
  organisationType: 'district-council',
  themes: ['procurement'],
  started: 2015,
  status: 'ongoing',
  sources: [{ title: 'A source' }],
  published: '2024-01-01',
};

/** A valid case study with slug `id`, `overrides` applied over a minimal valid frontmatter. */
export function caseStudy(id: string, overrides: Partial<CaseStudyInput> = {}): CaseStudy {
  return { id, data: schema.parse({ ...minimal, ...overrides }) };
}

export const ids = (entries: readonly CaseStudy[]) => entries.map((entry) => entry.id);
