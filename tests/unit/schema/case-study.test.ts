import { describe, expect, test } from 'vitest';
import {
  createCaseStudySchema,
  isCountryCode,
  isRealDate,
  type CaseStudyInput,
} from '../../../src/schema/case-study.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { closestId } from '../../../src/schema/suggest.ts';
import { minimalCaseStudy } from '../../support/case-study.ts';

const schema = createCaseStudySchema(loadTaxonomy());

/** The minimal case study, published on a day of its own so that messages quoting the date are this file's. */
const valid: CaseStudyInput = { ...minimalCaseStudy, published: '2025-03-14' };

const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the case-study schema', () => {
  test('accepts a minimal case study and fills in the defaults', () => {
    const data = schema.parse(valid);

    expect(data.lang).toBe('en');
    expect(data.draft).toBe(false);
  });

  test('reads a YAML date object and a quoted date as the same YYYY-MM-DD text', () => {
    const fromDate = schema.parse({ ...valid, published: new Date(Date.UTC(2025, 2, 14)) });
    const fromText = schema.parse({ ...valid, published: '2025-03-14' });

    expect(fromDate.published).toBe('2025-03-14');
    expect(fromText.published).toBe('2025-03-14');
  });

  test('rejects an unknown region id with a suggestion', () => {
    expect(messages({ ...valid, region: 'North-West' })).toEqual([
      'region: region "North-West" is not a region id; did you mean "north-west"?',
    ]);
  });

  test('rejects unknown keys so that typos do not pass silently', () => {
    const result = schema.safeParse({ ...valid, theme: ['procurement'] });

    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  test('rejects an impossible quoted date', () => {
    expect(messages({ ...valid, published: '2025-02-30' })).toEqual([
      'published: published "2025-02-30" is not a real date',
    ]);
  });

  test('rejects repeated themes and more than five themes', () => {
    expect(messages({ ...valid, themes: ['procurement', 'procurement'] })).toEqual([
      'themes.1: themes lists "procurement" twice',
    ]);
    expect(
      messages({
        ...valid,
        themes: ['procurement', 'finance', 'workforce', 'ownership', 'land-property', 'finance'],
      })[0],
    ).toMatch(/at most five/);
  });

  test('says how to add a topic when a topic is unknown', () => {
    expect(messages({ ...valid, topics: ['living-wage'] })[0]).toMatch(
      /did you mean "real-living-wage"\?.*content\/taxonomy\/topics\.yml/,
    );
  });

  test('needs a country outside the UK, and only there', () => {
    expect(messages({ ...valid, region: 'outside-uk' })[0]).toMatch(/country is required/);
    expect(messages({ ...valid, region: 'outside-uk', country: 'US' })).toEqual([]);
    expect(messages({ ...valid, country: 'US' })[0]).toMatch(/country is only for case studies outside the UK/);
    expect(messages({ ...valid, region: 'outside-uk', country: 'us' })[0]).toMatch(/did you mean "US"/);
  });

  test('refuses ended before started and updated before published', () => {
    expect(messages({ ...valid, ended: 2010 })).toEqual(['ended: ended (2010) must not be before started (2013)']);
    expect(messages({ ...valid, updated: '2024-01-01' })).toEqual([
      'updated: updated (2024-01-01) must not be before published (2025-03-14)',
    ]);
  });

  test('refuses an outcome whose source number is not in the list', () => {
    const outcomes = [{ metric: 'Spend retained', value: 112.3, unit: '£m', year: 2017, source: 2 }];

    expect(messages({ ...valid, outcomes })).toEqual([
      'outcomes.0.source: outcome source 2 does not exist: there is 1 source',
    ]);
  });

  test('publishes a contact e-mail only with consent', () => {
    expect(messages({ ...valid, contact: { name: 'CWB team', email: 'cwb@example.gov.uk' } })[0]).toMatch(/consent/);
    expect(messages({ ...valid, contact: { name: 'CWB team', email: 'cwb@example.gov.uk', consent: true } })).toEqual(
      [],
    );
  });

  test('accepts only http and https source addresses', () => {
    expect(messages({ ...valid, sources: [{ title: 'x', url: 'javascript:alert(1)' }] })[0]).toMatch(/https:\/\//);
    expect(messages({ ...valid, sources: [{ title: 'x', url: 'https://cles.org.uk/' }] })).toEqual([]);
  });
});

describe('dates, countries and suggestions', () => {
  test('isRealDate knows leap years', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-13-01')).toBe(false);
  });

  test('isCountryCode accepts assigned codes only', () => {
    expect(isCountryCode('US')).toBe(true);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode('EU')).toBe(false);
  });

  test('closestId gives no suggestion when two ids are equally close', () => {
    const types = [{ id: 'county-council' }, { id: 'district-council' }];

    expect(closestId('council', types)).toBeUndefined();
    expect(closestId('distric-council', types)).toBe('district-council');
  });
});
