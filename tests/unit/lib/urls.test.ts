import { describe, expect, test } from 'vitest';
import {
  absoluteUrl,
  caseStudiesUrl,
  caseStudyDataUrl,
  caseStudyUrl,
  dataPageUrl,
  dataUrls,
  homeUrl,
  nationUrl,
  nationsUrl,
  organisationTypeUrl,
  organisationTypesUrl,
  normaliseBase,
  organisationUrl,
  regionUrl,
  rssUrl,
  searchUrl,
  statsUrl,
  themeUrl,
  topicUrl,
} from '../../../src/lib/urls.ts';

describe('normaliseBase', () => {
  test('gives one leading and one trailing slash whatever is written', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('cwb')).toBe('/cwb/');
    expect(normaliseBase('/cwb')).toBe('/cwb/');
    expect(normaliseBase('//cwb/sub//')).toBe('/cwb/sub/');
  });
});

describe('page URLs', () => {
  test('end in a slash and start with the base at the root', () => {
    expect(homeUrl('/')).toBe('/');
    expect(caseStudiesUrl('/')).toBe('/case-studies/');
    expect(caseStudyUrl('/', 'preston-model')).toBe('/case-studies/preston-model/');
    expect(themeUrl('/', 'land-property')).toBe('/themes/land-property/');
    expect(topicUrl('/', 'real-living-wage')).toBe('/topics/real-living-wage/');
    expect(regionUrl('/', 'north-west')).toBe('/regions/north-west/');
    expect(organisationUrl('/', 'preston-city-council')).toBe('/organisations/preston-city-council/');
  });

  test('keep the sub-path of a deployment such as GitHub Pages', () => {
    expect(homeUrl('/cwb/')).toBe('/cwb/');
    expect(caseStudyUrl('/cwb/', 'preston-model')).toBe('/cwb/case-studies/preston-model/');
    expect(caseStudyUrl('/cwb', 'preston-model')).toBe('/cwb/case-studies/preston-model/');
    expect(rssUrl('/cwb/')).toBe('/cwb/rss.xml');
    expect(dataUrls('/cwb/')).toEqual({
      json: '/cwb/data/case-studies.json',
      csv: '/cwb/data/case-studies.csv',
      schema: '/cwb/data/case-study.schema.json',
      recordSchema: '/cwb/data/case-studies.schema.json',
      outcomes: '/cwb/data/outcomes.csv',
      sources: '/cwb/data/sources.csv',
      dataPackage: '/cwb/data/datapackage.json',
    });
    expect(caseStudyDataUrl('/cwb/', 'preston-model')).toBe('/cwb/data/case-studies/preston-model.json');
  });

  test('encode anything that is not safe in a path segment', () => {
    expect(caseStudyUrl('/', 'a b/c')).toBe('/case-studies/a%20b%2Fc/');
  });
});

describe('searchUrl', () => {
  test('is the bare search page without a state', () => {
    expect(searchUrl('/cwb/')).toBe('/cwb/search/');
    expect(searchUrl('/', { q: '   ', theme: [] })).toBe('/search/');
  });

  test('repeats a filter once per value, in a fixed order of filters', () => {
    const url = searchUrl('/', {
      region: ['wales'],
      q: 'living wage',
      theme: ['workforce', 'procurement'],
      nation: ['scotland'],
    });

    expect(url).toBe('/search/?q=living+wage&theme=workforce&theme=procurement&region=wales&nation=scotland');
  });

  test('round-trips through URLSearchParams', () => {
    const url = new URL(
      searchUrl('/cwb/', { q: 'café & co', type: ['london-borough'], status: ['ongoing'], topic: ['cooperatives'] }),
      'https://example.org',
    );

    expect(url.pathname).toBe('/cwb/search/');
    expect(url.searchParams.get('q')).toBe('café & co');
    expect(url.searchParams.getAll('type')).toEqual(['london-borough']);
    expect(url.searchParams.getAll('status')).toEqual(['ongoing']);
    expect(url.searchParams.getAll('topic')).toEqual(['cooperatives']);
  });
});

test('absoluteUrl joins a site and a path that already has the base', () => {
  expect(absoluteUrl('https://example.github.io/', '/cwb/case-studies/x/')).toBe(
    'https://example.github.io/cwb/case-studies/x/',
  );
  expect(absoluteUrl(new URL('https://example.org'), '/')).toBe('https://example.org/');
});

describe('list URLs', () => {
  test('publish the list of case studies newest first at its own address, other orders two levels down', () => {
    expect(caseStudiesUrl('/')).toBe('/case-studies/');
    expect(caseStudiesUrl('/cwb/', 'a-z')).toBe('/cwb/case-studies/by/a-z/');
    expect(caseStudiesUrl('/', 'year-started')).toBe('/case-studies/by/year-started/');
  });

  test('give nations, organisation types, statistics and open data their pages', () => {
    expect(nationsUrl('/')).toBe('/nations/');
    expect(nationUrl('/cwb/', 'northern-ireland')).toBe('/cwb/nations/northern-ireland/');
    expect(organisationTypesUrl('/')).toBe('/organisation-types/');
    expect(organisationTypeUrl('/', 'district-council')).toBe('/organisation-types/district-council/');
    expect(statsUrl('/')).toBe('/stats/');
    expect(dataPageUrl('/cwb/')).toBe('/cwb/data/');
  });
});
