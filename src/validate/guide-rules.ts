/**
 * The rules of a how-to guide that look beyond its own file (docs/public-interface.md §10): every
 * slug in `cases` names a case study of the library that a build publishes (a guide's list of
 * cases is shown on its page, and the guide on each case's page: a draft or a missing case would be
 * a link to nowhere), and `translationOf` names another guide, in the other language.
 */
import { languageNames } from '../schema/languages.ts';
import { problem, type Problem } from '../content/problem.ts';
import { nearestSlug, type CaseStudyFacts } from './library-rules.ts';

/** Checks `cases` and `translationOf` of one guide against the case studies and the other guides. */
export function checkGuideLinks(
  guide: CaseStudyFacts,
  caseStudies: ReadonlyMap<string, CaseStudyFacts>,
  guides: ReadonlyMap<string, CaseStudyFacts>,
): Problem[] {
  const { data, yaml, file, slug } = guide;
  if (!data || !yaml) return [];
  const problems: Problem[] = [];
  const at = (fieldPath: PropertyKey[]) => yaml.locatePath(fieldPath).at;

  if (Array.isArray(data.cases))
    data.cases.forEach((value: unknown, index) => {
      if (typeof value !== 'string') return;
      const other = caseStudies.get(value);
      if (!other) {
        const suggestion = nearestSlug(value, caseStudies);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
        problems.push(
          problem(
            file,
            'cases',
            `cases "${value}" is not a case study in this library (no case-studies/${value}.md or .mdx)${hint}`,
            at(['cases', index]),
          ),
        );
      } else if (other.draft && !guide.draft) {
        problems.push(
          problem(
            file,
            'cases',
            `cases "${value}" is a draft, which the site does not publish: a guide may cite only published case studies, so remove it or publish the case study first`,
            at(['cases', index]),
          ),
        );
      }
    });

  const target = data.translationOf;
  if (typeof target === 'string') {
    const other = guides.get(target);
    if (target === slug)
      problems.push(problem(file, 'translationOf', 'translationOf names this guide itself', at(['translationOf'])));
    else if (!other) {
      const suggestion = nearestSlug(target, guides);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      problems.push(
        problem(
          file,
          'translationOf',
          `translationOf "${target}" is not a guide in this library (no guides/${target}.md or .mdx)${hint}`,
          at(['translationOf']),
        ),
      );
    } else if (other.lang && guide.lang && other.lang === guide.lang)
      problems.push(
        problem(
          file,
          'translationOf',
          `translationOf "${target}" is also in ${languageNames.en[guide.lang]} (lang: ${guide.lang}); a translation is in the other language: set lang on one of them`,
          at(['translationOf']),
        ),
      );
  }
  return problems;
}
