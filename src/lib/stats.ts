/**
 * The library in numbers (`/stats/`): case studies by pillar and region, by year started, with and
 * without measured outcomes, and by strength of evidence. Pure counts over the published case
 * studies, so that the tests can compare them with the content files themselves.
 */
import type { Region, Taxonomy, Term } from '../schema/taxonomy.ts';
import type { CaseStudy } from './case-studies.ts';
import { shadeLevel, shadeLevels } from './charts.ts';

/** One cell of the pillar × region table. */
export interface HeatCell {
  regionId: string;
  count: number;
  /** 0 (none) to 4 (most), against the largest cell of the table. */
  shade: number;
}

export interface HeatRow {
  theme: Term;
  cells: HeatCell[];
  /** Case studies that name this pillar, in any region. */
  total: number;
}

export interface HeatTable {
  regions: Region[];
  rows: HeatRow[];
  /** Case studies from each region (each counted once, whatever its pillars), by region id. */
  regionTotals: Map<string, number>;
  /** Every case study once. */
  total: number;
  /** The largest cell, which the shades are measured against. */
  max: number;
}

/**
 * Case studies by pillar (rows, in vocabulary order) and region (columns, in vocabulary order).
 * A case study counts in the row of every pillar it names and the column of its one region.
 */
export function pillarRegionTable(
  entries: readonly CaseStudy[],
  taxonomy: Pick<Taxonomy, 'themes' | 'regions'>,
): HeatTable {
  const counts = new Map<string, number>();
  const regionTotals = new Map<string, number>(taxonomy.regions.map((region) => [region.id, 0]));
  const themeTotals = new Map<string, number>();
  for (const entry of entries) {
    const { region } = entry.data;
    regionTotals.set(region, (regionTotals.get(region) ?? 0) + 1);
    for (const theme of new Set(entry.data.themes)) {
      counts.set(`${theme}|${region}`, (counts.get(`${theme}|${region}`) ?? 0) + 1);
      themeTotals.set(theme, (themeTotals.get(theme) ?? 0) + 1);
    }
  }
  const max = Math.max(0, ...counts.values());
  const rows = taxonomy.themes.map((theme) => ({
    theme,
    total: themeTotals.get(theme.id) ?? 0,
    cells: taxonomy.regions.map((region) => {
      const count = counts.get(`${theme.id}|${region.id}`) ?? 0;
      return { regionId: region.id, count, shade: shadeLevel(count, max, shadeLevels) };
    }),
  }));
  return { regions: [...taxonomy.regions], rows, regionTotals, total: entries.length, max };
}

/** Case studies by the year their practice started, every year from the first to the last (zeros included). */
export function byYearStarted(entries: readonly CaseStudy[]): { year: number; count: number }[] {
  if (entries.length === 0) return [];
  const counts = new Map<number, number>();
  for (const entry of entries) counts.set(entry.data.started, (counts.get(entry.data.started) ?? 0) + 1);
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => ({
    year: first + index,
    count: counts.get(first + index) ?? 0,
  }));
}

/** How many case studies report at least one outcome in figures. */
export function outcomesShare(entries: readonly CaseStudy[]): { withOutcomes: number; total: number; share: number } {
  const withOutcomes = entries.filter((entry) => (entry.data.outcomes?.length ?? 0) > 0).length;
  return { withOutcomes, total: entries.length, share: entries.length === 0 ? 0 : withOutcomes / entries.length };
}

/** Case studies by evidence level, weakest first as the vocabulary lists them, then those that state none (`id: null`). */
export function byEvidence(
  entries: readonly CaseStudy[],
  levels: readonly Term[],
): { id: string | null; count: number }[] {
  const counts = new Map<string | null, number>();
  for (const entry of entries)
    counts.set(entry.data.evidence ?? null, (counts.get(entry.data.evidence ?? null) ?? 0) + 1);
  return [
    ...levels.map((level) => ({ id: level.id as string | null, count: counts.get(level.id) ?? 0 })),
    { id: null, count: counts.get(null) ?? 0 },
  ];
}

/** A share as a whole percentage for people: 0.4615 → "46%"; never "0%" or "100%" unless it is. */
export function percentText(part: number, whole: number): string {
  if (whole === 0) return '0%';
  const percent = (part / whole) * 100;
  const rounded = Math.round(percent);
  if (rounded === 0 && part > 0) return '<1%';
  if (rounded === 100 && part < whole) return '>99%';
  return `${rounded}%`;
}
