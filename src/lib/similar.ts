/**
 * The closest matches to a case study among the others, by what they share: topics (the most
 * specific), themes, region and type of lead organisation. Built once per build as an inverted
 * index from each term to the case studies that name it, so that a page's matches cost the size of
 * its terms' lists rather than the whole library (10,000 pages × 10,000 comparisons would not).
 */
import { compareNewestFirst, type CaseStudy } from './case-studies.ts';

/** How much each kind of shared term counts. A match must share at least a theme or a topic. */
export const similarityWeights = { topic: 3, theme: 2, region: 1, organisationType: 1 } as const;

/** What a match shares with the case study it was found for, in that case study's term order. */
export interface Shared {
  topics: string[];
  themes: string[];
  region: boolean;
  organisationType: boolean;
}

/** One close match and why. */
export interface Match<T extends CaseStudy> {
  entry: T;
  score: number;
  shared: Shared;
}

type Kind = keyof typeof similarityWeights;

const termsOf = (entry: CaseStudy): [Kind, string][] => [
  ...(entry.data.topics ?? []).map((id): [Kind, string] => ['topic', id]),
  ...entry.data.themes.map((id): [Kind, string] => ['theme', id]),
  ['region', entry.data.region],
  ['organisationType', entry.data.organisationType],
];

/**
 * The id all language versions of each case study share: the smallest slug among those joined by
 * `translationOf` links, which may point one way or both ways.
 */
export function translationFamilies(entries: readonly CaseStudy[]): Map<string, string> {
  const parent = new Map(entries.map((entry) => [entry.id, entry.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const entry of entries) {
    const other = entry.data.translationOf;
    if (!other || !parent.has(other)) continue;
    const [a, b] = [find(entry.id), find(other)];
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  return new Map(entries.map((entry) => [entry.id, find(entry.id)]));
}

export interface SimilarityIndex<T extends CaseStudy> {
  /**
   * Up to `limit` case studies closest to `id`, best first (ties: same language as `id` first,
   * then newest). Leaves out `id` itself, `exclude` (such as the links the page already shows), its
   * translations, and all but the best language version of any other case study.
   */
  closestTo(id: string, options?: { limit?: number; exclude?: Iterable<string> }): Match<T>[];
}

/** Indexes `entries` by their terms for {@link SimilarityIndex.closestTo}. */
export function buildSimilarityIndex<T extends CaseStudy>(entries: readonly T[]): SimilarityIndex<T> {
  const position = new Map(entries.map((entry, index) => [entry.id, index]));
  const postings = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const [kind, id] of termsOf(entry)) {
      const key = `${kind}:${id}`;
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      if (list.at(-1) !== index) list.push(index);
    }
  });
  const families = translationFamilies(entries);
  const familyOf = (entry: CaseStudy) => families.get(entry.id) ?? entry.id;
  const scores = new Float64Array(entries.length);
  // Whether a candidate shares a theme or topic: region and type alone do not make a match.
  const onSubject = new Uint8Array(entries.length);

  return {
    closestTo(id, { limit = 4, exclude = [] } = {}) {
      const selfIndex = position.get(id);
      if (selfIndex === undefined || limit <= 0) return [];
      const self = entries[selfIndex]!;
      const touched: number[] = [];
      for (const [kind, termId] of new Map(termsOf(self).map(([kind, termId]) => [`${kind}:${termId}`, [kind, termId] as const])).values()) {
        for (const other of postings.get(`${kind}:${termId}`) ?? []) {
          if (scores[other] === 0) touched.push(other);
          scores[other]! += similarityWeights[kind];
          if (kind === 'topic' || kind === 'theme') onSubject[other] = 1;
        }
      }
      const skip = new Set(exclude);
      const family = familyOf(self);
      const candidates = touched.filter((index) => {
        const entry = entries[index]!;
        return index !== selfIndex && onSubject[index] === 1 && !skip.has(entry.id) && familyOf(entry) !== family;
      });
      const compare = (a: number, b: number) => {
        const ea = entries[a]!;
        const eb = entries[b]!;
        return (
          scores[b]! - scores[a]! ||
          Number(eb.data.lang === self.data.lang) - Number(ea.data.lang === self.data.lang) ||
          compareNewestFirst(ea, eb)
        );
      };
      const pick = (ranked: readonly number[]) => {
        const result: Match<T>[] = [];
        const shown = new Set<string>();
        for (const index of ranked) {
          if (result.length >= limit) break;
          const entry = entries[index]!;
          if (shown.has(familyOf(entry))) continue;
          shown.add(familyOf(entry));
          result.push({ entry, score: scores[index]!, shared: sharedTerms(self, entry) });
        }
        return result;
      };
      // A theme is shared by thousands of case studies in a large library: sorting them all for
      // every page made the build quadratic. The best few are enough, unless translations of one
      // case study crowd them out; then, and only then, all are sorted.
      const best = bestOf(candidates, limit * 2, compare);
      let result = pick(best);
      if (result.length < limit && candidates.length > best.length) result = pick(candidates.sort(compare));
      for (const index of touched) {
        scores[index] = 0;
        onSubject[index] = 0;
      }
      return result;
    },
  };
}

/** The first `count` of `items` in the order of `compare`, sorted; one pass, for a small `count`. */
export function bestOf<T>(items: readonly T[], count: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === count && compare(item, best[count - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]!) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > count) best.pop();
  }
  return best;
}

/** The terms `other` shares with `self`, in `self`'s order. */
export function sharedTerms(self: CaseStudy, other: CaseStudy): Shared {
  const topics = new Set(other.data.topics ?? []);
  const themes = new Set(other.data.themes);
  return {
    topics: (self.data.topics ?? []).filter((id) => topics.has(id)),
    themes: self.data.themes.filter((id) => themes.has(id)),
    region: self.data.region === other.data.region,
    organisationType: self.data.organisationType === other.data.organisationType,
  };
}
