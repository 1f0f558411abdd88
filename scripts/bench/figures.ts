/**
 * The benchmark's figures and its table: each figure of this project beside the two reference
 * sites' (the minimal Astro + Pagefind site, `bench/baseline/`, and Starlight, `bench/starlight/`),
 * the ratios project / reference, and whether each of the figure's targets is met. Pure: the
 * measuring is in run.ts.
 */

/** The sites the benchmark builds. */
export type Site = 'project' | 'baseline' | 'starlight';

/** What a target is checked against: the project's value and its ratios to the references. */
export interface Against {
  value: number;
  /** project / minimal site, when both are known and the minimal site's is not zero. */
  baseline: number | null;
  /** project / Starlight, likewise. */
  starlight: number | null;
}

/** A target the issue sets, as written in the table, and how to tell whether it is met. */
export interface Target {
  text: string;
  met: (against: Against) => boolean;
}

export interface Figure {
  key: string;
  label: string;
  unit: string;
  project: number | null;
  baseline: number | null;
  starlight: number | null;
  /** project / baseline, when both are known and the baseline is not zero. */
  ratio: number | null;
  /** project / Starlight, likewise. */
  starlightRatio: number | null;
  /** Each target and whether it is met (`null` when the figures it needs are unknown). */
  targets: Array<{ text: string; met: boolean | null }>;
}

const isKnown = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && !Number.isNaN(value);

/** `project / reference`, or null when either is unknown or the reference is zero. */
export function ratioOf(project: number | null, reference: number | null): number | null {
  return isKnown(project) && isKnown(reference) && reference !== 0 ? project / reference : null;
}

/**
 * One figure of the three sites. A target is `null` (not judged) when the project's value or a
 * ratio it compares is unknown: a target about Starlight is not met or missed when Starlight was
 * skipped.
 */
export function figure(
  key: string,
  label: string,
  unit: string,
  values: Partial<Record<Site, number | null>>,
  targets: readonly Target[] = [],
  options: { ratios?: boolean } = {},
): Figure {
  const project = values.project ?? null;
  const baseline = values.baseline ?? null;
  const starlight = values.starlight ?? null;
  const ratios = options.ratios ?? true;
  const ratio = ratios ? ratioOf(project, baseline) : null;
  const starlightRatio = ratios ? ratioOf(project, starlight) : null;
  return {
    key,
    label,
    unit,
    project,
    baseline,
    starlight,
    ratio,
    starlightRatio,
    targets: targets.map((target) => {
      if (!isKnown(project)) return { text: target.text, met: null };
      let unknown = false;
      const guard = (value: number | null) => {
        if (value === null) unknown = true;
        return value;
      };
      const against: Against = {
        value: project,
        get baseline() {
          return guard(ratio);
        },
        get starlight() {
          return guard(starlightRatio);
        },
      };
      const met = target.met(against);
      return { text: target.text, met: unknown ? null : met };
    }),
  };
}

/** At most `limit` in the figure's unit (`≤ 3 s`). */
export const atMost = (limit: number, text: string): Target => ({ text, met: ({ value }) => value <= limit });

/** At most `limit` times the reference's figure (`≤ 1.5× minimal`). */
export const atMostTimes = (reference: 'baseline' | 'starlight', limit: number, text: string): Target => ({
  text,
  met: (against) => {
    const ratio = against[reference];
    return ratio !== null && ratio <= limit;
  },
});

/** At least `limit` (`≥ 95`). */
export const atLeast = (limit: number, text: string): Target => ({ text, met: ({ value }) => value >= limit });

/** A figure's value as the table prints it. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 's') return value.toFixed(value < 10 ? 2 : 1);
  if (unit === 'ms') return value.toFixed(0);
  if (unit === 'MB') return value.toFixed(value < 10 ? 2 : 1);
  if (unit === 'KB') return value.toFixed(1);
  if (unit === '%') return value.toFixed(0);
  return value.toLocaleString('en-GB');
}

const formatRatio = (ratio: number | null) => (ratio === null ? '' : `${ratio.toFixed(2)}×`);

/** The verdict cell: each target with `met`, `NOT MET` or `not measured`. */
export function verdict(item: Figure): string {
  return item.targets
    .map((target) => `${target.text}: ${target.met === null ? 'not measured' : target.met ? 'met' : 'NOT MET'}`)
    .join('; ');
}

/** The figures as a Markdown table: project, minimal site and ratio, Starlight and ratio, targets. */
export function table(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'project', 'minimal', '× minimal', 'Starlight', '× Starlight', 'target'],
    ...figures.map((item) => [
      `${item.label} (${item.unit})`,
      formatValue(item.project, item.unit),
      formatValue(item.baseline, item.unit),
      formatRatio(item.ratio),
      formatValue(item.starlight, item.unit),
      formatRatio(item.starlightRatio),
      verdict(item),
    ]),
  ];
  const left = (column: number) => column === 0 || column === rows[0]!.length - 1;
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (left(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((width, column) => (left(column) ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

/** The median of `values` (NaN when there are none). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
