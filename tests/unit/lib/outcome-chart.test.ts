import { expect, test } from 'vitest';
import { changeWords, outcomeChange, outcomeFigure, outcomeFigures } from '../../../src/lib/outcome-chart.ts';
import { caseStudy } from './site-fixtures.ts';

test('draws an outcome with a baseline as two bars labelled with their years and units', () => {
  const figure = outcomeFigure(
    {
      metric: 'Share spent in Preston',
      value: 18.2,
      unit: '%',
      year: 2017,
      baseline: { value: 5, year: 2013 },
      source: 3,
    },
    { lang: 'en', sourceCount: 3 },
  );

  expect(figure.chart!.bars.map((bar) => [bar.label, bar.valueText])).toEqual([
    ['2013', '5%'],
    ['2017', '18.2%'],
  ]);
  expect(figure.chart!.bars[1]!.width / figure.chart!.bars[0]!.width).toBeCloseTo(18.2 / 5, 1);
  expect(figure.source).toBe(3);
});

test('says the same as the chart in a sentence, with the change in percentage points', () => {
  const figure = outcomeFigure(
    { metric: 'Share spent in Preston', value: 18.2, unit: '%', year: 2017, baseline: { value: 5, year: 2013 } },
    { lang: 'en', sourceCount: 1 },
  );

  expect(figure.sentence).toBe('Share spent in Preston: 18.2% in 2017, up 13.2 percentage points from 5% in 2013.');
  expect(figure.change).toBe('Up 13.2 percentage points');
});

test('gives the relative change of an amount, and a fall as down', () => {
  const figure = outcomeFigure(
    { metric: 'Agency spend', value: 2.5, unit: '£m', year: 2020, baseline: { value: 10, year: 2016 } },
    { lang: 'en', sourceCount: 0 },
  );

  expect(figure.change).toBe('Down £7.5m (−75%)');
  expect(figure.source).toBeUndefined();
});

test('writes the sentence in Welsh for a Welsh case study', () => {
  const figure = outcomeFigure(
    { metric: 'Gwariant lleol', value: 40, unit: '%', year: 2022, baseline: { value: 30, year: 2019 } },
    { lang: 'cy', sourceCount: 1 },
  );

  expect(figure.sentence).toBe('Gwariant lleol: 40% yn 2022, cynnydd o 10 pwynt canran o 30% yn 2019.');
});

test('shows an outcome without a baseline as one figure, with no chart', () => {
  const figure = outcomeFigure(
    { metric: 'Jobs created', value: 4000, unit: 'jobs', year: 2019, source: 2 },
    { lang: 'en', sourceCount: 1 },
  );

  expect(figure.chart).toBeUndefined();
  expect(figure.valueText).toBe('4,000 jobs');
  expect(figure.sentence).toBe('Jobs created: 4,000 jobs in 2019.');
  expect(figure.source).toBeUndefined();
});

test('labels a baseline of the same year Before and After', () => {
  const figure = outcomeFigure(
    { metric: 'Suppliers', value: 12, unit: 'firms', year: 2020, baseline: { value: 4, year: 2020 } },
    { lang: 'en', sourceCount: 0 },
  );

  expect(figure.chart!.bars.map((bar) => bar.label)).toEqual(['Before', 'After']);
});

test('calls an unchanged figure unchanged', () => {
  expect(outcomeChange(5, 5, '%').direction).toBe('same');
  expect(changeWords(outcomeChange(5, 5, 'jobs'), 'jobs', 'en')).toEqual({
    direction: 'same',
    amount: '0 jobs',
    percent: undefined,
  });
});

test('gives no relative change from a zero baseline', () => {
  expect(outcomeChange(12, 0, 'homes')).toEqual({ direction: 'up', amount: 12 });
});

test('makes one figure per outcome of a case study, in order', () => {
  const entry = caseStudy('preston', {
    outcomes: [
      { metric: 'A', value: 1, unit: 'jobs', year: 2020 },
      { metric: 'B', value: 2, unit: '%', year: 2021, baseline: { value: 1, year: 2019 }, source: 1 },
    ],
  });

  expect(
    outcomeFigures(entry.data).map((figure) => [figure.metric, figure.source, figure.chart === undefined]),
  ).toEqual([
    ['A', undefined, true],
    ['B', 1, false],
  ]);
});

test('draws a percentage against the whole, from 0 to 100%', () => {
  const figure = outcomeFigure(
    { metric: 'Share', value: 50, unit: '%', year: 2020, baseline: { value: 25, year: 2015 } },
    { lang: 'en', sourceCount: 0 },
  );
  const chart = figure.chart!;
  const full = chart.bars[1]!.width * 2;

  expect(chart.bars[1]!.width / chart.bars[0]!.width).toBeCloseTo(2, 5);
  expect(chart.zeroX + full).toBeLessThanOrEqual(chart.width);
  expect(full).toBeGreaterThan(chart.width / 3);
});
