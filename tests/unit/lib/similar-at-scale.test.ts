/**
 * The closest matches keep only the best few candidates rather than sorting every case study that
 * shares a theme (which made large builds quadratic). They must be exactly what a full sort gives,
 * translations crowding the top included.
 */
import { expect, test } from 'vitest';
import { compareNewestFirst, type CaseStudy } from '../../../src/lib/case-studies.ts';
import { buildSimilarityIndex, sharedTerms, similarityWeights, translationFamilies } from '../../../src/lib/similar.ts';
import { caseStudy } from './site-fixtures.ts';

/** The matches as first written: score every other case study, sort them all, keep one per family. */
function fullSort(entries: readonly CaseStudy[], id: string, limit = 4): string[] {
  const self = entries.find((entry) => entry.id === id)!;
  const families = translationFamilies(entries);
  const scored = entries
    .filter((other) => other.id !== id && families.get(other.id) !== families.get(id))
    .map((other) => {
      const shared = sharedTerms(self, other);
      const score =
        shared.topics.length * similarityWeights.topic +
        shared.themes.length * similarityWeights.theme +
        (shared.region ? similarityWeights.region : 0) +
        (shared.organisationType ? similarityWeights.organisationType : 0);
      return { other, score, onSubject: shared.topics.length + shared.themes.length > 0 };
    })
    .filter((item) => item.onSubject)
    .sort(
      (a, b) =>
        b.score - a.score ||
        Number(b.other.data.lang === self.data.lang) - Number(a.other.data.lang === self.data.lang) ||
        compareNewestFirst(a.other, b.other),
    );
  const shown = new Set<string>();
  const result: string[] = [];
  for (const { other } of scored) {
    if (result.length >= limit) break;
    if (shown.has(families.get(other.id)!)) continue;
    shown.add(families.get(other.id)!);
    result.push(other.id);
  }
  return result;
}

test('the closest matches in a library of 400 are those a full sort gives, with translations among them', () => {
  let state = 7;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const themes = ['ownership', 'finance', 'workforce', 'procurement', 'land-property'] as const;
  const topics = [
    'anchor-institutions',
    'spend-analysis',
    'social-value',
    'cooperatives',
    'credit-unions',
    'community-energy',
  ];
  const regions = ['north-west', 'london', 'wales', 'scotland'];
  const types = ['district-council', 'london-borough', 'welsh-council'];
  const entries: CaseStudy[] = [];
  for (let index = 0; index < 400; index++) {
    const id = `case-${String(index).padStart(3, '0')}`;
    // Every third case study from 300 on is the Welsh translation of one before it, with the same terms.
    if (index >= 300 && index % 3 === 0) {
      const original = entries[index - 300]!;
      entries.push(
        caseStudy(id, { ...original.data, lang: 'cy', translationOf: original.id, published: '2024-05-01' } as never),
      );
      continue;
    }
    entries.push(
      caseStudy(id, {
        themes: [pick(themes)],
        topics: next() < 0.7 ? [pick(topics)] : [],
        region: pick(regions),
        organisationType: pick(types),
        published: `202${Math.floor(next() * 6)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      }),
    );
  }
  const index = buildSimilarityIndex(entries);
  for (const entry of entries) {
    expect(
      index.closestTo(entry.id).map((match) => match.entry.id),
      entry.id,
    ).toEqual(fullSort(entries, entry.id));
  }
});
