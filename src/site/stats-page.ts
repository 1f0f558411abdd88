/**
 * What the library-in-numbers page (`/stats/`) shows, from the published case studies: the
 * headline figures, the pillar × region table, the years the practice started, the share with
 * measured outcomes and the strength of evidence, each chart with its figures in words for people
 * who cannot see it. Pure, so that the tests check it against plain case studies;
 * `src/pages/stats.astro` only renders it.
 */
import { siteWords } from '../i18n/index.ts';
import type { CaseStudy } from '../lib/case-studies.ts';
import { columnChart, horizontalBars, type ColumnChart, type HorizontalBarChart } from '../lib/charts.ts';
import { formatNumber } from '../lib/format.ts';
import {
  byEvidence,
  byYearStarted,
  outcomesShare,
  percentText,
  pillarRegionTable,
  type HeatTable,
} from '../lib/stats.ts';
import { termLabel } from '../lib/terms.ts';
import type { Language, Taxonomy } from '../schema/taxonomy.ts';

/** A chart of the stats page, with its accessible name and its figures in words. */
export interface StatsChart<Chart> {
  chart: Chart;
  title: string;
  description: string;
}

export interface StatsPage {
  total: number;
  /** Regions with at least one case study. */
  regionsWithPractice: number;
  /** The share of case studies with outcomes in figures ("46%"). */
  withOutcomes: string;
  heat: HeatTable;
  /** Case studies by year started, every year from the first to the last; empty when there are none. */
  timeline: { year: number; count: number }[];
  /** The year chart; undefined when there are no case studies. */
  timelineChart: StatsChart<ColumnChart> | undefined;
  /** Which years most practice started in, in a sentence. */
  timelineSummary: string;
  outcomesChart: StatsChart<HorizontalBarChart>;
  evidenceChart: StatsChart<HorizontalBarChart> & { barClasses: string[] };
}

/** The figures in words: "2019: 3; 2020: 1." */
export const figuresInWords = (items: readonly { label: string; count: number }[]): string =>
  items.map((item) => `${item.label}: ${formatNumber(item.count)}`).join('; ') + '.';

/** A bar's figure: its count and its share of `whole`, "12 (46%)". */
const countAndShare = (count: number, whole: number) => `${formatNumber(count)} (${percentText(count, whole)})`;

/** The stats page of `entries`. */
export function statsPage(
  entries: readonly CaseStudy[],
  taxonomy: Pick<Taxonomy, 'themes' | 'regions' | 'evidenceLevels'>,
  lang: Language = 'en',
): StatsPage {
  const s = siteWords(lang).statsPage;
  const heat = pillarRegionTable(entries, taxonomy);
  const timeline = byYearStarted(entries);
  const peakCount = Math.max(0, ...timeline.map((item) => item.count));
  const peakYears = timeline.filter((item) => item.count === peakCount).map((item) => String(item.year));
  const first = timeline[0];
  const last = timeline.at(-1);

  const outcomes = outcomesShare(entries);
  const without = outcomes.total - outcomes.withOutcomes;
  const outcomeBars = [
    { label: s.withFigures, count: outcomes.withOutcomes },
    { label: s.withoutFigures, count: without },
  ];

  const evidence = byEvidence(entries, taxonomy.evidenceLevels).map((level) => ({
    ...level,
    label: level.id === null ? s.notStated : termLabel(taxonomy.evidenceLevels, level.id, lang).text,
  }));

  return {
    total: entries.length,
    regionsWithPractice: [...heat.regionTotals.values()].filter((count) => count > 0).length,
    withOutcomes: percentText(outcomes.withOutcomes, outcomes.total),
    heat,
    timeline,
    timelineChart:
      first && last
        ? {
            chart: columnChart(timeline.map(({ year, count }) => ({ label: String(year), value: count }))),
            title: s.timelineTitle(first.year, last.year),
            description: figuresInWords(
              timeline
                .filter((item) => item.count > 0)
                .map((item) => ({ label: String(item.year), count: item.count })),
            ),
          }
        : undefined,
    timelineSummary: s.timelineSummary(peakYears, peakCount),
    outcomesChart: {
      chart: horizontalBars(
        outcomeBars.map((bar) => ({
          label: bar.label,
          value: bar.count,
          valueText: countAndShare(bar.count, outcomes.total),
        })),
        { width: 520 },
      ),
      title: s.outcomesTitle,
      description: figuresInWords(outcomeBars),
    },
    evidenceChart: {
      chart: horizontalBars(
        evidence.map((level) => ({
          label: level.label,
          value: level.count,
          valueText: countAndShare(level.count, entries.length),
        })),
        { width: 520 },
      ),
      title: s.evidenceTitle,
      description: figuresInWords(evidence),
      barClasses: evidence.map((level) => (level.id === null ? 'chart__row--muted' : 'chart__row--strong')),
    },
  };
}
