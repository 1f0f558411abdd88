import { expect, test } from 'vitest';
import { caseStudyWords, siteWords } from '../../../src/i18n/index.ts';

test('says how many case studies, in words for none', () => {
  const t = siteWords();

  expect(t.caseStudyCount(0)).toBe('No case studies');
  expect(t.caseStudyCount(1)).toBe('1 case study');
  expect(t.caseStudyCount(1200)).toBe('1,200 case studies');
});

test('gives the years a practice ran as a range, a single year, or an open start, in the case study’s language', () => {
  expect(caseStudyWords('en').yearSpan(2013, 2019)).toBe('2013–2019');
  expect(caseStudyWords('en').yearSpan(2020, 2020)).toBe('2020');
  expect(caseStudyWords('en').yearSpan(2013)).toBe('Since 2013');
  expect(caseStudyWords('cy').yearSpan(2013)).toBe('Ers 2013');
});

test('has every case-study word in Welsh as in English', () => {
  const keys = (value: object) => Object.keys(value).sort();

  expect(keys(caseStudyWords('cy'))).toEqual(keys(caseStudyWords('en')));
  expect(caseStudyWords('cy').lang).toBe('cy');
});

test('says which language the site interface is in, so that a page in another marks it', () => {
  expect(siteWords('cy').lang).toBe('en');
  expect(siteWords('en').lang).toBe('en');
});

test('joins several peak years in words', () => {
  expect(siteWords().statsPage.timelineSummary(['2013', '2020'], 4)).toBe(
    'The most started in 2013 and 2020: 4 case studies each.',
  );
  expect(siteWords().statsPage.timelineSummary(['2019'], 1)).toBe('The most started in 2019: 1 case study.');
});

test('titles the list of all case studies by its order', () => {
  const p = siteWords().caseStudiesPage;

  expect(p.titleInOrder('newest')).toBe('Case studies');
  expect(p.titleInOrder('a-z')).toBe('Case studies: a to z');
});
