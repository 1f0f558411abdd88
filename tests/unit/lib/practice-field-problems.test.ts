/**
 * The practice fields of issue 16 (what it took, whether it is still true), said in a contributor's
 * words: each problem under the label the form or the issue form shows, with what to do, and never
 * the schema's own text ("reviewed (…) must not be before published (…)", "resources must give…").
 */
import { describe, expect, test } from 'vitest';
import { problemWords } from '../../../src/i18n/index.ts';
import { contributorProblems } from '../../../src/lib/contributor-problems.ts';
import { caseStudySchema, minimalCaseStudy, taxonomy } from '../../support/case-study.ts';

/** The problems of the minimal case study with `extra`, as `surface` in `lang` says them: "label (part): message". */
function said(extra: Record<string, unknown>, lang: 'en' | 'cy' = 'en', surface: 'form' | 'issue' = 'form') {
  const data = { ...minimalCaseStudy, ...extra };
  const result = caseStudySchema.safeParse(data);
  if (result.success) return [];
  return contributorProblems(result.error.issues, { lang, words: problemWords(lang), data, taxonomy, surface }).map(
    (problem) => `${problem.label}${problem.part ? ` (${problem.part})` : ''}: ${problem.message}`,
  );
}

/** The schema's words for git users, which a contributor must never be shown. */
const fileTalk = /must (?:not|give|be)|reviewed \(|withdrawn date|resources|funders|\bcost (?:value|source)\b/;

describe('what it took, in plain words', () => {
  test('an empty "what it took" names its three questions', () => {
    expect(said({ resources: {} })).toEqual([
      'What it took: Give at least one of “What it cost”, “Who paid” and “Staff time”, or leave them all empty.',
    ]);
    expect(said({ resources: {} }, 'cy')).toEqual([
      'Beth oedd ei angen: Rhowch o leiaf un o “Beth oedd y gost”, “Pwy a dalodd” ac “Amser staff”, neu gadewch y cyfan yn wag.',
    ]);
  });

  test('a cost below zero, a cost source that is not listed and funders not written as a list', () => {
    const problems = said({
      resources: { cost: { value: -3, unit: '£m', period: 'one-off', year: 2019, source: 5 }, funders: 'Council' },
    });
    expect(problems).toEqual([
      'Cost: Give a number greater than 0.',
      'Who paid: Write each one on a line of its own.',
      'Source number: Source 5 does not exist: there is only 1 source. Add it under “Sources”, or give the number of one listed there.',
    ]);
    for (const problem of problems) expect(problem).not.toMatch(fileTalk);
  });

  test('on the issue form, the cost is the question "What it cost", with its part', () => {
    expect(
      said({ resources: { cost: { value: 0, unit: '£m', period: 'one-off', year: 2019 } } }, 'en', 'issue'),
    ).toEqual(['What it cost (Cost): Give a number greater than 0.']);
  });
});

describe('still true, in plain words', () => {
  test('a check or a withdrawal dated before the first publication says both dates, in either language', () => {
    expect(
      said({
        reviewed: '2020-01-01',
        withdrawn: { date: '2020-02-01', reason: 'Replaced by a newer write-up of the same practice.' },
      }),
    ).toEqual([
      'Date the facts were last checked: The facts were last checked on 2020-01-01, before the case study was first published on 2025-01-15: check both dates.',
      'Date it was withdrawn: It was withdrawn on 2020-02-01, before it was first published on 2025-01-15: check both dates.',
    ]);
    const welsh = said({ reviewed: '2020-01-01' }, 'cy');
    expect(welsh).toEqual([
      'Y dyddiad y gwiriwyd y ffeithiau ddiwethaf: Gwiriwyd y ffeithiau ddiwethaf ar 2020-01-01, cyn i’r astudiaeth achos gael ei chyhoeddi gyntaf ar 2025-01-15: gwiriwch y ddau ddyddiad.',
    ]);
  });

  test('a withdrawal without its date or with too short a reason names each part', () => {
    const problems = said({ withdrawn: { reason: 'old' } });
    expect(problems.sort()).toEqual([
      'Date it was withdrawn: Fill this in.',
      'Why it was withdrawn: Write at least 10 characters: it has 3 now.',
    ]);
    for (const problem of problems) expect(problem).not.toMatch(fileTalk);
  });
});
