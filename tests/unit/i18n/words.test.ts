import { expect, test } from 'vitest';
import { caseStudyWords, contributeWords, searchWords, siteWords, vocabularyNames } from '../../../src/i18n/index.ts';

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
  expect(caseStudyWords('cy').yearSpan(2013, 2019)).toBe('2013–2019');
});

test('has every case-study word in Welsh as in English', () => {
  const keys = (value: object) => Object.keys(value).sort();

  expect(keys(caseStudyWords('cy'))).toEqual(keys(caseStudyWords('en')));
  expect(caseStudyWords('cy').lang).toBe('cy');
  expect(caseStudyWords('cy').languageName.en).toBe('Saesneg');
});

test('says which language the site interface is in, so that a page in another marks it', () => {
  expect(siteWords('cy').lang).toBe('cy');
  expect(siteWords('en').lang).toBe('en');
  expect(siteWords('cy').nav.search).toBe('Chwilio');
});

test('joins several peak years in words, by the language’s own list rules', () => {
  expect(siteWords().statsPage.timelineSummary(['2013', '2020'], 4)).toBe(
    'The most started in 2013 and 2020: 4 case studies each.',
  );
  expect(siteWords().statsPage.timelineSummary(['2013', '2017', '2020'], 2)).toBe(
    'The most started in 2013, 2017 and 2020: 2 case studies each.',
  );
  expect(siteWords().statsPage.timelineSummary(['2019'], 1)).toBe('The most started in 2019: 1 case study.');
  expect(siteWords('cy').statsPage.timelineSummary(['2013', '2020'], 4)).toBe(
    'Dechreuodd y nifer fwyaf yn 2013 a 2020: 4 astudiaeth achos yr un.',
  );
  expect(siteWords('cy').statsPage.timelineSummary(['2019'], 1)).toBe(
    'Dechreuodd y nifer fwyaf yn 2019: 1 astudiaeth achos.',
  );
});

test('titles the list of all case studies by its order', () => {
  const p = siteWords().caseStudiesPage;

  expect(p.titleInOrder('newest')).toBe('Case studies');
  expect(p.titleInOrder('a-z')).toBe('Case studies: a to z');
  expect(siteWords('cy').caseStudiesPage.titleInOrder('a-z')).toBe('Astudiaethau achos: a i y');
  expect(siteWords('cy').caseStudiesPage.lede(3, siteWords('cy').orders.newest)).toBe(
    '3 astudiaeth achos, y mwyaf newydd yn gyntaf.',
  );
});

test('says an outcome and its change from the baseline in the case study’s language', () => {
  const baseline = {
    value: '£38m',
    year: 2013,
    change: { direction: 'up' as const, amount: '£74m', percent: '+195%' },
  };

  expect(caseStudyWords('en').outcomeSentence('Spend retained', '£112m', 2019, baseline)).toBe(
    'Spend retained: £112m in 2019, up £74m (+195%) from £38m in 2013.',
  );
  expect(caseStudyWords('cy').outcomeSentence('Gwariant', '£112m', 2019, baseline)).toBe(
    'Gwariant: £112m yn 2019, cynnydd o £74m (+195%) o £38m yn 2013.',
  );
  expect(caseStudyWords('en').outcomeSentence('Jobs', '40', 2020)).toBe('Jobs: 40 in 2020.');
  expect(caseStudyWords('en').change({ direction: 'same', amount: '0' })).toBe('Unchanged');
  expect(caseStudyWords('cy').change({ direction: 'down', amount: '3%' })).toBe('Gostyngiad o 3%');
});

test('gives lists of words as lists, and a page only the part it takes', () => {
  expect(contributeWords('cy').steps).toHaveLength(4);
  expect(contributeWords('en').guide.peopleItems[0]).toMatch(/^Everything in a case study is published/);
  expect(contributeWords('cy').addRow('Canlyniadau')).toBe('Ychwanegu canlyniadau');
  expect(vocabularyNames('cy').organisationTypes).toEqual({ one: 'Math o sefydliad', many: 'Mathau o sefydliad' });
  expect(siteWords('en').list.pageTitle('Wales', 1, 3)).toBe('Wales');
  expect(siteWords('cy').list.pageTitle('Cymru', 2, 3)).toBe('Cymru (tudalen 2 o 3)');
  expect(siteWords('en').regionsPage.legendRange(4, 4)).toBe('4');
});

test('hands browser scripts their words as templates, with {count} and the rest unfilled', () => {
  expect(searchWords('en').script.inLanguage).toBe('In {language}');
  expect(searchWords('en').script.found).toEqual({
    '=0': 'No case studies found',
    one: '{count} case study found',
    other: '{count} case studies found',
  });
  expect(Object.keys(searchWords('cy').script.found).sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  expect(contributeWords('cy').script.picture).toBe('[Llun: {text}]');
});

test('a label inside a sentence keeps the capitals of the names in it and of an acronym', () => {
  const s = siteWords('cy').places;

  expect(s.listCount(2, 'Cynghorau unedol, metropolitan a Llundain, a chynghorau Cymru', 'Llai na 50,000')).toContain(
    '(cynghorau unedol, metropolitan a Llundain, a chynghorau Cymru) mewn lleoedd â llai na 50,000',
  );
  expect(siteWords('en').places.listCount(1, 'NHS bodies', 'Under 50,000')).toContain('NHS bodies');
});
