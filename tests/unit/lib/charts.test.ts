import { expect, test } from 'vitest';
import { columnChart, horizontalBars, niceStep, shadeLevel, textWidth } from '../../../src/lib/charts.ts';

test('draws bars from one zero line, lengths in proportion to the values', () => {
  const chart = horizontalBars([
    { label: '2013', value: 5, valueText: '5%' },
    { label: '2017', value: 18.2, valueText: '18.2%' },
  ]);
  const [before, after] = chart.bars;

  expect(before!.x).toBe(chart.zeroX);
  expect(after!.x).toBe(chart.zeroX);
  expect(after!.width / before!.width).toBeCloseTo(18.2 / 5, 1);
});

test('keeps every bar and its value text inside the drawing', () => {
  const chart = horizontalBars([
    { label: 'Independently evaluated', value: 1234, valueText: '£1,234.5m' },
    { label: 'Before', value: 3, valueText: '£3m' },
  ]);

  for (const bar of chart.bars) {
    expect(bar.x).toBeGreaterThan(bar.labelX);
    expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
    expect(bar.valueX).toBeGreaterThanOrEqual(bar.x + bar.width);
    expect(bar.y + bar.height).toBeLessThanOrEqual(chart.height);
  }
});

test('runs a negative value to the left of the zero line', () => {
  const chart = horizontalBars([
    { label: 'A', value: -10, valueText: '-10' },
    { label: 'B', value: 30, valueText: '30' },
  ]);
  const [negative, positive] = chart.bars;

  expect(negative!.x + negative!.width).toBeCloseTo(chart.zeroX, 5);
  expect(positive!.x).toBe(chart.zeroX);
  expect(positive!.width / negative!.width).toBeCloseTo(3, 5);
});

test('draws zero as no bar at all', () => {
  const chart = horizontalBars([
    { label: 'A', value: 0, valueText: '0' },
    { label: 'B', value: 0, valueText: '0' },
  ]);

  expect(chart.bars.map((bar) => bar.width)).toEqual([0, 0]);
});

test('chooses round gridline steps', () => {
  expect(niceStep(7)).toBe(2);
  expect(niceStep(40)).toBe(10);
  expect(niceStep(3)).toBe(1);
  expect(niceStep(1800)).toBe(500);
});

test('draws columns from the zero line with heights in proportion to the counts', () => {
  const chart = columnChart([
    { label: '2019', value: 2 },
    { label: '2020', value: 0 },
    { label: '2021', value: 4 },
  ]);
  const [a, b, c] = chart.columns;

  expect(a!.y + a!.height).toBeCloseTo(chart.bottom, 5);
  expect(b!.height).toBe(0);
  expect(c!.height / a!.height).toBeCloseTo(2, 5);
  expect(chart.ticks[0]).toEqual({ value: 0, y: chart.bottom });
  expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(4);
});

test('labels every few columns when there are too many years to label each', () => {
  const items = Array.from({ length: 120 }, (_, index) => ({ label: String(1900 + index), value: index % 7 }));

  const chart = columnChart(items, { width: 640 });
  const labelled = chart.columns.filter((column) => column.labelled);

  expect(labelled.length).toBeLessThan(40);
  expect(labelled[0]!.label).toBe('1900');
  for (let i = 1; i < labelled.length; i++)
    expect(labelled[i]!.centreX - labelled[i - 1]!.centreX).toBeGreaterThanOrEqual(30);
});

test('shades counts from none to the darkest against the largest', () => {
  expect(shadeLevel(0, 10)).toBe(0);
  expect(shadeLevel(1, 10)).toBe(1);
  expect(shadeLevel(10, 10)).toBe(4);
  expect(shadeLevel(6, 10)).toBe(3);
  expect(shadeLevel(3, 0)).toBe(0);
});

test('runs the scale to a far end no value reaches when asked', () => {
  const whole = horizontalBars([{ label: 'A', value: 25, valueText: '25%' }], { domainMax: 100 });
  const own = horizontalBars([{ label: 'A', value: 25, valueText: '25%' }]);

  expect(whole.bars[0]!.width).toBeCloseTo(own.bars[0]!.width / 4, 5);
});

test('keeps the labels under the first and last columns inside the drawing', () => {
  const chart = columnChart(
    Array.from({ length: 29 }, (_, index) => ({ label: String(1997 + index), value: index % 4 })),
    { width: 640, fontSize: 14 },
  );
  const last = chart.columns.at(-1)!;
  const first = chart.columns[0]!;

  expect(last.labelled).toBe(true);
  expect(last.centreX + textWidth(last.label, 14) / 2).toBeLessThanOrEqual(chart.width);
  expect(first.centreX - textWidth(first.label, 14) / 2).toBeGreaterThanOrEqual(0);
});
