/**
 * The geometry of the site's charts, computed at build time and drawn as inline SVG by the chart
 * components: no chart library and no JavaScript in the reader's browser. Pure functions over
 * numbers, so that the tests can check every bar against the figures it stands for. Sizes are in
 * SVG user units; the components scale the drawing to the width available.
 */
import { formatNumber } from './format.ts';

/** A rough width of `text` at `fontSize`, enough to leave room for a label (system sans-serif). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    if (/[0-9]/.test(char)) ems += 0.56;
    else if (/[ .,:;'’|!il1]/.test(char)) ems += 0.3;
    else if (/[A-Z£$€%mwMW—–]/.test(char)) ems += 0.75;
    else ems += 0.55;
  }
  return Math.ceil(ems * fontSize);
}

/** `value` rounded for drawing: two decimals are more than any screen shows. */
const round = (value: number) => Math.round(value * 100) / 100;

/** One bar of a horizontal bar chart. */
export interface HorizontalBar {
  /** The label before the bar (a year, a category). */
  label: string;
  /** The figure as written after the bar, units included. */
  valueText: string;
  value: number;
  /** The bar's rectangle: from the zero line to the value. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the label ends (it is right-aligned against the bars). */
  labelX: number;
  /** Where the value text starts. */
  valueX: number;
  /** The baseline of both texts, centred on the bar. */
  textY: number;
}

export interface HorizontalBarChart {
  width: number;
  height: number;
  /** The x of the zero line (the bars' common start). */
  zeroX: number;
  bars: HorizontalBar[];
  fontSize: number;
}

export interface HorizontalBarOptions {
  width?: number;
  barHeight?: number;
  gap?: number;
  fontSize?: number;
  /** The far end of the scale when no value reaches it: 100 for percentages, so a share reads against the whole. */
  domainMax?: number;
}

/**
 * Bars side by side against one scale from zero, so lengths compare truthfully: the scale runs
 * from the smallest value or zero to the largest value or zero, whichever is wider, and negative
 * values run left of the zero line. Labels sit in a column wide enough for the longest.
 */
export function horizontalBars(
  rows: readonly { label: string; value: number; valueText: string }[],
  { width = 340, barHeight = 26, gap = 10, fontSize = 15, domainMax = 0 }: HorizontalBarOptions = {},
): HorizontalBarChart {
  const padding = 6;
  const labelWidth = Math.max(0, ...rows.map((row) => textWidth(row.label, fontSize))) + padding;
  const valueRoom = Math.max(0, ...rows.map((row) => textWidth(row.valueText, fontSize))) + padding * 2;
  const areaStart = labelWidth + padding;
  const areaWidth = Math.max(40, width - areaStart - valueRoom);
  const low = Math.min(0, ...rows.map((row) => row.value));
  const high = Math.max(0, domainMax, ...rows.map((row) => row.value));
  const span = high - low || 1;
  const scale = (value: number) => areaStart + ((value - low) / span) * areaWidth;
  const zeroX = scale(0);
  const bars = rows.map((row, index): HorizontalBar => {
    const end = scale(row.value);
    const y = padding / 2 + index * (barHeight + gap);
    return {
      label: row.label,
      valueText: row.valueText,
      value: row.value,
      x: round(Math.min(zeroX, end)),
      y,
      width: round(Math.abs(end - zeroX)),
      height: barHeight,
      labelX: labelWidth,
      valueX: round(Math.max(end, zeroX) + padding),
      textY: round(y + barHeight / 2 + fontSize * 0.35),
    };
  });
  const height = padding + rows.length * barHeight + Math.max(0, rows.length - 1) * gap;
  return { width, height, zeroX: round(zeroX), bars, fontSize };
}

/** A step of 1, 2 or 5 × 10ⁿ that divides `max` into at most `ticks` intervals. */
export function niceStep(max: number, ticks = 4): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step =
    [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= raw) ?? 10 * magnitude;
  return Math.max(1, step);
}

/** One column of a column chart. */
export interface Column {
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether its label is written under it (a long run of years labels every few only). */
  labelled: boolean;
  /** Where its label and value are centred. */
  centreX: number;
}

export interface ColumnChart {
  width: number;
  height: number;
  /** The top and bottom of the plotting area; the bottom is the zero line. */
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: Column[];
  /** Gridlines with their values, from zero up. */
  ticks: { value: number; y: number }[];
  fontSize: number;
}

/**
 * Columns for counts over an ordered run (years): equal widths, a scale from zero to a round
 * number at or above the largest value, gridlines at round steps, and a label under every column
 * or, when they would not fit, under every few.
 */
export function columnChart(
  items: readonly { label: string; value: number }[],
  { width = 640, height = 240, fontSize = 14 }: { width?: number; height?: number; fontSize?: number } = {},
): ColumnChart {
  const max = Math.max(0, ...items.map((item) => item.value));
  const step = niceStep(max);
  const top = fontSize;
  const bottom = height - fontSize * 2;
  const left = textWidth(formatNumber(Math.ceil(max / step) * step), fontSize) + 8;
  // Room for half of the last label, which is centred under the last column.
  const right = width - Math.max(4, Math.ceil((items.length > 0 ? textWidth(items.at(-1)!.label, fontSize) : 0) / 2));
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const scale = (value: number) => bottom - (value / axisMax) * (bottom - top);
  const slot = items.length > 0 ? (right - left) / items.length : 0;
  const labelEvery = Math.max(
    1,
    Math.ceil((Math.max(0, ...items.map((item) => textWidth(item.label, fontSize))) + 6) / (slot || 1)),
  );
  const columns = items.map((item, index): Column => {
    const x = left + index * slot;
    const y = scale(item.value);
    return {
      label: item.label,
      value: item.value,
      x: round(x + slot * 0.15),
      y: round(y),
      width: round(slot * 0.7),
      height: round(bottom - y),
      labelled: index % labelEvery === 0 || index === items.length - 1,
      centreX: round(x + slot / 2),
    };
  });
  // Never label the last column when it would overlap the previous labelled one.
  const lastLabelled = columns.findLastIndex((column, index) => column.labelled && index < columns.length - 1);
  if (columns.length > 1 && lastLabelled >= 0 && columns.length - 1 - lastLabelled < labelEvery)
    columns.at(-1)!.labelled = false;
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, index) => ({
    value: index * step,
    y: round(scale(index * step)),
  }));
  return { width, height, top, bottom, left: round(left), right, columns, ticks, fontSize };
}

/** Shades of a heat-table cell and of a map tile: none plus four. */
export const shadeLevels = 5;

/** Which of `levels` shades (0 = none, `levels - 1` = most) a count gets against the largest. */
export function shadeLevel(count: number, max: number, levels = shadeLevels): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(levels - 1, Math.max(1, Math.ceil((count / max) * (levels - 1))));
}
