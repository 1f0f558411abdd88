import { describe, expect, test } from 'vitest';
import { atMost, atMostTimes, figure, median, ratioOf, table, verdict } from './figures.ts';

describe('the bench figures', () => {
  test('ratios are project / reference, and unknown when either is missing or the reference is zero', () => {
    expect(ratioOf(30, 20)).toBe(1.5);
    expect(ratioOf(30, null)).toBeNull();
    expect(ratioOf(null, 20)).toBeNull();
    expect(ratioOf(30, 0)).toBeNull();
    expect(ratioOf(30, Number.NaN)).toBeNull();
  });

  test('a figure has a ratio to each reference site', () => {
    const item = figure('pipeline', 'Whole pipeline', 's', { project: 90, baseline: 45, starlight: 80 });
    expect(item.ratio).toBe(2);
    expect(item.starlightRatio).toBeCloseTo(1.125);
  });

  test('the pipeline targets: at most Starlight (must) and 1.5× the minimal site (goal), each judged', () => {
    const targets = [atMostTimes('starlight', 1, '≤ 1× Starlight'), atMostTimes('baseline', 1.5, '≤ 1.5× minimal')];
    const faster = figure('pipeline', 'Whole pipeline', 's', { project: 60, baseline: 45, starlight: 80 }, targets);
    expect(faster.targets).toEqual([
      { text: '≤ 1× Starlight', met: true },
      { text: '≤ 1.5× minimal', met: true },
    ]);
    const between = figure('pipeline', 'Whole pipeline', 's', { project: 79, baseline: 45, starlight: 80 }, targets);
    expect(between.targets.map((target) => target.met)).toEqual([true, false]);
    expect(verdict(between)).toBe('≤ 1× Starlight: met; ≤ 1.5× minimal: NOT MET');
    const slower = figure('pipeline', 'Whole pipeline', 's', { project: 81, baseline: 45, starlight: 80 }, targets);
    expect(slower.targets.map((target) => target.met)).toEqual([false, false]);
  });

  test('a target about a site that was skipped is not measured, not missed', () => {
    const item = figure('pipeline', 'Whole pipeline', 's', { project: 60, baseline: 45 }, [
      atMostTimes('starlight', 1, '≤ 1× Starlight'),
      atMostTimes('baseline', 1.5, '≤ 1.5× minimal'),
    ]);
    expect(item.targets.map((target) => target.met)).toEqual([null, true]);
    expect(verdict(item)).toBe('≤ 1× Starlight: not measured; ≤ 1.5× minimal: met');
    const noValue = figure('firstPageMs', 'Development: first page', 's', { project: null }, [atMost(5, '≤ 5 s')]);
    expect(verdict(noValue)).toBe('≤ 5 s: not measured');
  });

  test('an absolute target is judged on the value, and a figure can have no ratios (shares)', () => {
    const share = figure(
      'rebuildShare',
      'Rebuild share',
      '%',
      { project: 20, baseline: 95, starlight: 90 },
      [atMost(25, '≤ 25 %')],
      {
        ratios: false,
      },
    );
    expect(share.ratio).toBeNull();
    expect(share.starlightRatio).toBeNull();
    expect(share.targets).toEqual([{ text: '≤ 25 %', met: true }]);
    expect(figure('rebuildShare', 'Rebuild share', '%', { project: 26 }, [atMost(25, '≤ 25 %')]).targets[0]!.met).toBe(
      false,
    );
  });

  test('the table has a column for each site and each ratio, and says n/a for what is unknown', () => {
    const rows = table([
      figure('pipeline', 'Whole pipeline', 's', { project: 90, baseline: 45, starlight: 80 }, [
        atMostTimes('starlight', 1, '≤ 1× Starlight'),
      ]),
      figure('validate', 'Validation', 's', { project: 2.5 }, [atMost(3, '≤ 3 s')]),
    ]).split('\n');
    expect(rows).toHaveLength(4);
    const cells = (row: string) =>
      row
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
    expect(cells(rows[0]!)).toEqual([
      'figure',
      'project',
      'minimal',
      '× minimal',
      'Starlight',
      '× Starlight',
      'target',
    ]);
    expect(cells(rows[2]!)).toEqual([
      'Whole pipeline (s)',
      '90.0',
      '45.0',
      '2.00×',
      '80.0',
      '1.13×',
      '≤ 1× Starlight: NOT MET',
    ]);
    expect(cells(rows[3]!)).toEqual(['Validation (s)', '2.50', 'n/a', '', 'n/a', '', '≤ 3 s: met']);
  });

  test('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
