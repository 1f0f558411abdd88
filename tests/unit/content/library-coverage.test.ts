/**
 * The sample library's coverage (issue 20): at least 80 published case studies, every English
 * region with at least 2, Scotland 8, Wales 10, Northern Ireland 4, outside the UK 6; every pillar
 * the main (first) theme of at least 10; at least one discontinued practice; every case study
 * about Wales in both languages. Counted from the library as the site loads it (drafts and
 * withdrawn case studies left out), so that a later change cannot silently drop a region.
 */
import { describe, expect, test } from 'vitest';
import { readCaseStudies, type CheckedCaseStudy } from '../../../src/content/index.ts';
import { isWithdrawn } from '../../../src/lib/still-true.ts';
import { contentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import type { Taxonomy } from '../../../src/schema/taxonomy.ts';

/** The least each part of the library must hold. */
interface Minimums {
  published: number;
  /** Per English region (nation `england`), except `england-wide`, which is no region of its own. */
  englishRegion: number;
  /** Per region id, for the regions with a minimum of their own. */
  regions: Record<string, number>;
  /** Per pillar, as the first theme. */
  mainTheme: number;
  discontinued: number;
}

const issue20: Minimums = {
  published: 80,
  englishRegion: 2,
  regions: { scotland: 8, wales: 10, 'northern-ireland': 4, 'outside-uk': 6 },
  mainTheme: 10,
  discontinued: 1,
};

/** Each minimum the entries fall short of, as "what: found, needs at least n"; none when all are met. */
function shortfalls(entries: readonly CheckedCaseStudy[], taxonomy: Taxonomy, minimums: Minimums): string[] {
  const problems: string[] = [];
  const need = (what: string, found: number, least: number) => {
    if (found < least) problems.push(`${what}: ${found}, needs at least ${least}`);
  };
  need('published case studies', entries.length, minimums.published);
  const inRegion = (id: string) => entries.filter((entry) => entry.data.region === id).length;
  for (const region of taxonomy.regions) {
    if (region.nation === 'england' && region.id !== 'england-wide')
      need(`region ${region.id}`, inRegion(region.id), minimums.englishRegion);
  }
  for (const [id, least] of Object.entries(minimums.regions)) need(`region ${id}`, inRegion(id), least);
  for (const theme of taxonomy.themes)
    need(`main theme ${theme.id}`, entries.filter((entry) => entry.data.themes[0] === theme.id).length, minimums.mainTheme);
  need('discontinued practices', entries.filter((entry) => entry.data.status === 'discontinued').length, minimums.discontinued);
  return problems;
}

const root = contentRoot();
const taxonomy = loadTaxonomy(root);
const library = readCaseStudies(root, taxonomy);
const published = library.entries.filter((entry) => !isWithdrawn(entry.data));

describe('the sample library', () => {
  test('is read without a problem', () => {
    expect(library.problems).toEqual([]);
  });

  test('meets every coverage minimum of issue 20', () => {
    expect(shortfalls(published, taxonomy, issue20)).toEqual([]);
  });

  test('has every case study about Wales in both languages, each naming the other', () => {
    const bySlug = new Map(published.map((entry) => [entry.slug, entry]));
    const unpaired = published
      .filter((entry) => entry.data.region === 'wales')
      .filter((entry) => {
        const other = entry.data.translationOf === undefined ? undefined : bySlug.get(entry.data.translationOf);
        return other === undefined || other.data.translationOf !== entry.slug || other.data.lang === entry.data.lang;
      })
      .map((entry) => entry.slug);
    expect(unpaired).toEqual([]);
  });

  test('puts the Community Wealth Fund under all of England, apart from the regions', () => {
    expect(published.find((entry) => entry.slug === 'community-wealth-fund-england')?.data.region).toBe('england-wide');
  });
});

describe('the coverage check itself', () => {
  test('names the region that drops below its minimum', () => {
    const firstScottish = published.findIndex((entry) => entry.data.region === 'scotland');
    const withoutOneScottish = published.filter((_, index) => index !== firstScottish);
    const atTheLimit: Minimums = { ...issue20, published: 0, regions: { scotland: published.filter((entry) => entry.data.region === 'scotland').length } };

    expect(shortfalls(published, taxonomy, atTheLimit).filter((line) => line.startsWith('region scotland'))).toEqual([]);
    expect(shortfalls(withoutOneScottish, taxonomy, atTheLimit)).toContain(
      `region scotland: ${atTheLimit.regions.scotland! - 1}, needs at least ${atTheLimit.regions.scotland}`,
    );
  });

  test('names an English region with too few, but not all of England', () => {
    const noEastOfEngland = published.filter((entry) => entry.data.region !== 'east-of-england' && entry.data.region !== 'england-wide');

    const problems = shortfalls(noEastOfEngland, taxonomy, issue20);
    expect(problems).toContain('region east-of-england: 0, needs at least 2');
    expect(problems.some((line) => line.includes('england-wide'))).toBe(false);
  });

  test('names a pillar that is the main theme of too few', () => {
    const noFinanceFirst = published.filter((entry) => entry.data.themes[0] !== 'finance');

    expect(shortfalls(noFinanceFirst, taxonomy, issue20)).toContain('main theme finance: 0, needs at least 10');
  });
});
