/**
 * A case study's outcomes as figures: each outcome with a baseline becomes a two-bar chart (the
 * earlier figure and the later one, on one scale from zero, labelled with years and units) and a
 * sentence saying the same for people who cannot see it; an outcome without a baseline is a single
 * figure with its year. Pure, so that the tests can check each bar against the case study's numbers.
 */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Language } from '../schema/taxonomy.ts';
import { horizontalBars, type HorizontalBarChart } from './charts.ts';
import { formatNumber, formatValue } from './format.ts';
import { caseStudyWords, type ChangeWords } from '../i18n/index.ts';

export type Outcome = NonNullable<CaseStudyData['outcomes']>[number];

/** Units that are themselves percentages: a change in them is in percentage points. */
const percentUnits = new Set(['%', 'per cent', 'percent']);

/** Whether `unit` is a percentage. */
export const isPercentUnit = (unit: string) => percentUnits.has(unit.trim().toLowerCase());

/** How an outcome moved from its baseline, as numbers. */
export interface OutcomeChange {
  direction: 'up' | 'down' | 'same';
  /** The size of the change, in the outcome's unit (percentage points for a percentage). */
  amount: number;
  /** The change relative to the baseline in per cent; absent for percentages and a zero or negative baseline. */
  percent?: number;
}

/** The change from `baseline` to `value`. */
export function outcomeChange(value: number, baseline: number, unit: string): OutcomeChange {
  const difference = value - baseline;
  // Below a hundredth the figures as written are the same.
  const direction = Math.abs(difference) < 0.005 ? 'same' : difference > 0 ? 'up' : 'down';
  const change: OutcomeChange = { direction, amount: Math.abs(difference) };
  if (direction !== 'same' && !isPercentUnit(unit) && baseline > 0) change.percent = (difference / baseline) * 100;
  return change;
}

/** An outcome change in words of `lang`: "13.2 percentage points", "£74m (+263%)". */
export function changeWords(change: OutcomeChange, unit: string, lang: Language): ChangeWords {
  const t = caseStudyWords(lang);
  const amount = isPercentUnit(unit)
    ? t.percentagePoints(roundForText(change.amount))
    : formatValue(roundForText(change.amount), unit, lang);
  const percent =
    change.percent === undefined
      ? undefined
      : `${change.percent > 0 ? '+' : '−'}${formatNumber(Math.round(Math.abs(change.percent)), lang)}%`;
  return { direction: change.direction, amount, percent };
}

/** Differences of decimals carry float noise (18.2 − 5 = 13.199999…): two decimals at most. */
const roundForText = (value: number) => Math.round(value * 100) / 100;

/** One outcome as the page shows it. */
export interface OutcomeFigure {
  metric: string;
  /** The value with its unit, as people read it ("£112.3m", "18.2%"). */
  valueText: string;
  year: number;
  /** The source number, when it names a source that exists. */
  source?: number;
  /** The two-bar chart, when the outcome has a baseline. */
  chart?: HorizontalBarChart;
  /** The change from the baseline in a short line ("Up 13.2 percentage points"). */
  change?: string;
  /** The whole figure in one sentence: the chart's text equivalent. */
  sentence: string;
}

/** The figure of one outcome in `lang`; `sourceCount` is how many sources the case study lists. */
export function outcomeFigure(
  outcome: Outcome,
  { lang, sourceCount }: { lang: Language; sourceCount: number },
): OutcomeFigure {
  const t = caseStudyWords(lang);
  const valueText = formatValue(outcome.value, outcome.unit, lang);
  const figure: OutcomeFigure = {
    metric: outcome.metric,
    valueText,
    year: outcome.year,
    sentence: t.outcomeSentence(outcome.metric, valueText, outcome.year),
  };
  if (outcome.source !== undefined && outcome.source >= 1 && outcome.source <= sourceCount)
    figure.source = outcome.source;
  if (outcome.baseline) {
    const baselineText = formatValue(outcome.baseline.value, outcome.unit, lang);
    const words = changeWords(outcomeChange(outcome.value, outcome.baseline.value, outcome.unit), outcome.unit, lang);
    // Two figures of the same year are told apart by "Before" and "After" rather than one label twice.
    const [baselineLabel, valueLabel] =
      outcome.baseline.year === outcome.year
        ? [t.before, t.after]
        : [String(outcome.baseline.year), String(outcome.year)];
    // A share is drawn against the whole (0 to 100%), so that 5% to 18% does not look like empty to full.
    const share =
      isPercentUnit(outcome.unit) &&
      [outcome.value, outcome.baseline.value].every((value) => value >= 0 && value <= 100);
    figure.chart = horizontalBars(
      [
        { label: baselineLabel, value: outcome.baseline.value, valueText: baselineText },
        { label: valueLabel, value: outcome.value, valueText },
      ],
      share ? { domainMax: 100 } : {},
    );
    figure.change = t.change(words);
    figure.sentence = t.outcomeSentence(outcome.metric, valueText, outcome.year, {
      value: baselineText,
      year: outcome.baseline.year,
      change: words,
    });
  }
  return figure;
}

/** Every outcome of a case study as a figure, in the order written. */
export function outcomeFigures(data: Pick<CaseStudyData, 'outcomes' | 'sources' | 'lang'>): OutcomeFigure[] {
  return (data.outcomes ?? []).map((outcome) =>
    outcomeFigure(outcome, { lang: data.lang, sourceCount: data.sources.length }),
  );
}
