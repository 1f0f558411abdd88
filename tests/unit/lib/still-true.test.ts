import { describe, expect, test } from 'vitest';
import { dueForReview, factsCheckedOn, listed, monthsBefore } from '../../../src/lib/still-true.ts';
import { caseStudy, ids } from './site-fixtures.ts';

describe('factsCheckedOn', () => {
  test('is the review date when given, else the last update, else publication', () => {
    expect(factsCheckedOn({ published: '2024-01-01' })).toBe('2024-01-01');
    expect(factsCheckedOn({ published: '2024-01-01', updated: '2024-05-01' })).toBe('2024-05-01');
    expect(factsCheckedOn({ published: '2024-01-01', updated: '2024-05-01', reviewed: '2025-02-01' })).toBe(
      '2025-02-01',
    );
    // An update after the last review rewrote the facts: that is when they were last checked.
    expect(factsCheckedOn({ published: '2024-01-01', updated: '2025-05-01', reviewed: '2025-02-01' })).toBe(
      '2025-05-01',
    );
  });
});

describe('monthsBefore', () => {
  test('counts calendar months, keeping the day where the month has it', () => {
    expect(monthsBefore('2026-12-02', 24)).toBe('2024-12-02');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 1)).toBe('2025-12-15');
    expect(monthsBefore('2026-02-29', 24)).toBe('2024-02-29');
  });
});

describe('dueForReview', () => {
  test('is true only when the facts were last checked more than 24 months before the day', () => {
    expect(dueForReview({ published: '2024-12-02' }, '2026-12-02')).toBe(false);
    expect(dueForReview({ published: '2024-12-01' }, '2026-12-02')).toBe(true);
    expect(dueForReview({ published: '2020-01-01', reviewed: '2026-01-01' }, '2026-12-02')).toBe(false);
  });
});

describe('listed', () => {
  test('leaves out withdrawn case studies and keeps the order of the others', () => {
    const entries = [
      caseStudy('b'),
      caseStudy('gone', { withdrawn: { date: '2025-01-01', reason: 'The programme ended in 2024.' } }),
      caseStudy('a'),
    ];

    expect(ids(listed(entries))).toEqual(['b', 'a']);
  });
});
