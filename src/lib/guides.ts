/**
 * How-to guides and the case studies they cite (docs/public-interface.md §10), linked both ways: a
 * guide lists its `cases`, and each case study the guides that cite it; a theme or topic page lists
 * the guides with that term. Pure: the site hands these functions what `getCollection` returns.
 */
import type { GuideData } from '../schema/guide.ts';
import { compareNames, type CaseStudy } from './case-studies.ts';

/** What these functions need of a guide entry: its slug and its checked front matter. */
export interface Guide {
  id: string;
  data: GuideData;
}

/** A copy of `guides` by title, as a reader looks a guide up in a list. */
export function guidesByTitle<G extends Guide>(guides: readonly G[]): G[] {
  return [...guides].sort((a, b) => compareNames(a.data.title, b.data.title) || compareNames(a.id, b.id));
}

/** The guides that cite each case study, by the case study's slug, each list by title. */
export function guidesByCase<G extends Guide>(guides: readonly G[]): Map<string, G[]> {
  const index = new Map<string, G[]>();
  for (const guide of guidesByTitle(guides))
    for (const slug of new Set(guide.data.cases)) {
      const list = index.get(slug);
      if (list) list.push(guide);
      else index.set(slug, [guide]);
    }
  return index;
}

/**
 * The case studies a guide cites, in the order the guide lists them, among `published` (by slug);
 * a case the site does not show (a draft in a build) is left out rather than linked to nowhere.
 */
export function casesOf<T extends CaseStudy>(guide: Guide, published: ReadonlyMap<string, T>): T[] {
  return guide.data.cases.flatMap((slug) => {
    const entry = published.get(slug);
    return entry ? [entry] : [];
  });
}

/** The guides with theme or topic `id`, by title. */
export function guidesWithTerm<G extends Guide>(guides: readonly G[], key: 'themes' | 'topics', id: string): G[] {
  return guidesByTitle(guides.filter((guide) => (guide.data[key] ?? []).includes(id)));
}

/**
 * The version of `guide` written in `lang` among `guides`: itself when it is in `lang`, else the
 * guide that is its translation (`translationOf` either way, or both translating one original).
 */
export function guideInLanguage<G extends Guide>(
  guide: G,
  guides: readonly G[],
  lang: G['data']['lang'],
): G | undefined {
  if (guide.data.lang === lang) return guide;
  const original = guide.data.translationOf ?? guide.id;
  return guides.find(
    (other) =>
      other.id !== guide.id &&
      other.data.lang === lang &&
      (other.id === original || other.data.translationOf === original),
  );
}
