/** Where a case study is, in one line for a list: "Preston, North West", "Toronto, Canada". */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Language, Term } from '../schema/taxonomy.ts';
import { countryName } from './format.ts';
import { termLabel } from './terms.ts';

/**
 * The place and its region (or, outside the UK, its country) in `lang`; the place alone when the
 * two are the same, since "Scotland, Scotland" says nothing twice.
 */
export function placeLine(
  data: Pick<CaseStudyData, 'place' | 'region' | 'country'>,
  regions: readonly Term[],
  lang: Language,
): string {
  const where =
    data.region === 'outside-uk' && data.country
      ? countryName(data.country, lang)
      : termLabel(regions, data.region, lang).text;
  return data.place.trim().toLowerCase() === where.toLowerCase() ? data.place : `${data.place}, ${where}`;
}
