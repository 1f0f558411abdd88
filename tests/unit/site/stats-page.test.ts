import { expect, test } from 'vitest';
import { figuresInWords, statsPage } from '../../../src/site/stats-page.ts';
import { caseStudy, taxonomy } from '../lib/site-fixtures.ts';

const outcome = { metric: 'Local spend', value: 10, unit: '%', year: 2020 };

const library = [
  caseStudy('a', { started: 2013, region: 'north-west', evidence: 'monitored', outcomes: [outcome] }),
  caseStudy('b', { started: 2015, region: 'north-west' }),
  caseStudy('c', { started: 2015, region: 'wales' }),
];

test('gives the headline figures', () => {
  const stats = statsPage(library, taxonomy);

  expect(stats.total).toBe(3);
  expect(stats.regionsWithPractice).toBe(2);
  expect(stats.withOutcomes).toBe('33%');
});

test('charts every year from the first to the last, with the busiest years in words', () => {
  const stats = statsPage(library, taxonomy);

  expect(stats.timeline.map((item) => item.year)).toEqual([2013, 2014, 2015]);
  expect(stats.timelineChart?.title).toBe('Case studies by the year the practice started, 2013 to 2015');
  expect(stats.timelineChart?.description).toBe('2013: 1; 2015: 2.');
  expect(stats.timelineSummary).toBe('The most started in 2015: 2 case studies.');
});

test('charts outcomes and evidence with each bar’s count and share', () => {
  const stats = statsPage(library, taxonomy);

  expect(stats.outcomesChart.description).toBe('With outcomes in figures: 1; Without: 2.');
  expect(stats.outcomesChart.chart.bars.map((bar) => bar.valueText)).toEqual(['1 (33%)', '2 (67%)']);
  expect(stats.evidenceChart.description).toBe(
    'Self-reported: 0; Monitored: 1; Independently evaluated: 0; Peer-reviewed: 0; Not stated: 2.',
  );
  expect(stats.evidenceChart.barClasses.at(-1)).toBe('chart__row--muted');
  expect(stats.evidenceChart.barClasses[0]).toBe('chart__row--strong');
});

test('has no year chart for an empty library', () => {
  const stats = statsPage([], taxonomy);

  expect(stats.total).toBe(0);
  expect(stats.timelineChart).toBeUndefined();
});

test('writes figures in words, thousands separated', () => {
  expect(figuresInWords([{ label: '2019', count: 1200 }])).toBe('2019: 1,200.');
});
