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
  // Everything the ranking compares, as numbers per position: a page ranks thousands of candidates
  // in a large library, and looking ids up in maps for each was most of the build's time there.
  const familyIds = new Map<string, number>();
  const family = Int32Array.from(entries, (entry) => {
    const root = familyOf(entry);
    if (!familyIds.has(root)) familyIds.set(root, familyIds.size);
    return familyIds.get(root)!;
  });
  const welsh = Uint8Array.from(entries, (entry) => (entry.data.lang === 'cy' ? 1 : 0));
  /** 0 for the newest case study, and so on: `compareNewestFirst` as one number. */
  const age = new Int32Array(entries.length);
  entries
    .map((_, index) => index)
    .sort((a, b) => compareNewestFirst(entries[a]!, entries[b]!))
    .forEach((index, rank) => (age[index] = rank));
  const scores = new Float64Array(entries.length);
  // Whether a candidate shares a theme or topic: region and type alone do not make a match.
  const onSubject = new Uint8Array(entries.length);
  const touched = new Int32Array(entries.length);
  const excluded = new Uint8Array(entries.length);

  return {
    closestTo(id, { limit = 4, exclude = [] } = {}) {
      const selfIndex = position.get(id);
      if (selfIndex === undefined || limit <= 0) return [];
      const self = entries[selfIndex]!;
      let count = 0;
      const terms = [...new Map(termsOf(self).map(([kind, termId]) => [`${kind}:${termId}`, kind])).entries()];
      // Topics and themes first: only what they reach can be a match, so region and type need
      // only add to those (termsOf lists them first, too).
      for (const subject of [true, false]) {
        for (const [key, kind] of terms) {
          if ((kind === 'topic' || kind === 'theme') !== subject) continue;
          const weight = similarityWeights[kind];
          for (const other of postings.get(key) ?? []) {
            if (subject) {
              if (onSubject[other] === 0) {
                onSubject[other] = 1;
                touched[count++] = other;
              }
              scores[other]! += weight;
            } else if (onSubject[other] === 1) scores[other]! += weight;
          }
        }
      }
      for (const other of exclude) {
        const index = position.get(other);
        if (index !== undefined) excluded[index] = 1;
      }
      // Higher ranks first: more shared, then the same language as this page, then newest.
      const n = entries.length;
      const sameLanguage = welsh[selfIndex]!;
      const rank = (index: number) =>
        scores[index]! * 2 * n + (welsh[index] === sameLanguage ? n : 0) + (n - 1 - age[index]!);
      // The best 2 × limit, kept sorted as ranks are computed: one pass over the candidates.
      const room = limit * 2;
      const bestIndex: number[] = [];
      const bestRank: number[] = [];
      let candidateCount = 0;
      for (let at = 0; at < count; at++) {
        const index = touched[at]!;
        if (index === selfIndex || family[index] === family[selfIndex] || excluded[index] === 1) continue;
        candidateCount++;
        const value = rank(index);
        if (bestIndex.length === room && value <= bestRank[room - 1]!) continue;
        let slot = bestIndex.length;
        while (slot > 0 && value > bestRank[slot - 1]!) slot--;
        bestIndex.splice(slot, 0, index);
        bestRank.splice(slot, 0, value);
        if (bestIndex.length > room) {
          bestIndex.pop();
          bestRank.pop();
        }
      }
      const compare = (a: number, b: number) => rank(b) - rank(a);
      const pick = (ranked: readonly number[]) => {
        const result: Match<T>[] = [];
        const shown = new Set<number>();
        for (const index of ranked) {
          if (result.length >= limit) break;
          if (shown.has(family[index]!)) continue;
          shown.add(family[index]!);
          const entry = entries[index]!;
          result.push({ entry, score: scores[index]!, shared: sharedTerms(self, entry) });
        }
        return result;
      };
      // A theme is shared by thousands of case studies in a large library: sorting them all for
      // every page made the build quadratic. The best few are enough, unless translations of one
      // case study crowd them out; then, and only then, all are sorted.
      let result = pick(bestIndex);
      if (result.length < limit && candidateCount > bestIndex.length) {
        const candidates: number[] = [];
        for (let at = 0; at < count; at++) {
          const index = touched[at]!;
          if (index !== selfIndex && family[index] !== family[selfIndex] && excluded[index] !== 1)
            candidates.push(index);
        }
        result = pick(candidates.sort(compare));
      }
      for (let at = 0; at < count; at++) {
        scores[touched[at]!] = 0;
        onSubject[touched[at]!] = 0;
      }
      for (const other of exclude) {
        const index = position.get(other);
        if (index !== undefined) excluded[index] = 0;
      }
      return result;
    },
  };
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
