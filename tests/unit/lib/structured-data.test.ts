import { expect, test } from 'vitest';
import { caseStudyJsonLd, contributorNode, jsonLdText } from '../../../src/lib/structured-data.ts';
import { caseStudy } from './site-fixtures.ts';

const input = (overrides = {}) => ({
  data: caseStudy('preston', {
    title: 'Preston: anchors buying locally',
    contributors: ['Jo Bloggs', 'CWB Local Leader Network editorial team'],
    sources: [{ title: 'How we built community wealth', url: 'https://cles.org.uk/x', publisher: 'CLES', year: 2019 }],
    updated: '2025-02-01',
    ...overrides,
  }).data,
  url: 'https://example.org/case-studies/preston/',
  site: { name: 'Library', url: 'https://example.org/' },
  about: ['Progressive procurement', 'Anchor institutions'],
  breadcrumbs: [
    { name: 'Home', url: 'https://example.org/' },
    { name: 'Preston: anchors buying locally', url: 'https://example.org/case-studies/preston/' },
  ],
});

test('describes a case study as a schema.org Article with its dates, place and sources', () => {
  const graph = caseStudyJsonLd(input())['@graph'] as Record<string, unknown>[];
  const article = graph[0]!;

  expect(article).toMatchObject({
    '@type': 'Article',
    headline: 'Preston: anchors buying locally',
    datePublished: '2024-01-01',
    dateModified: '2025-02-01',
    inLanguage: 'en-GB',
    spatialCoverage: { '@type': 'Place', name: 'Preston' },
    citation: [
      {
        '@type': 'CreativeWork',
        name: 'How we built community wealth',
        url: 'https://cles.org.uk/x',
        datePublished: '2019',
      },
    ],
  });
  expect(graph[1]).toMatchObject({
    '@type': 'BreadcrumbList',
    itemListElement: [{ position: 1, name: 'Home' }, { position: 2 }],
  });
});

test('names people as persons and teams as organisations', () => {
  expect(contributorNode('Jo Bloggs')).toEqual({ '@type': 'Person', name: 'Jo Bloggs' });
  expect(contributorNode('CWB Local Leader Network editorial team')['@type']).toBe('Organization');
  expect(contributorNode('Preston City Council')['@type']).toBe('Organization');
});

test('marks a Welsh case study as Welsh', () => {
  const graph = caseStudyJsonLd(input({ lang: 'cy' }))['@graph'] as Record<string, unknown>[];

  expect(graph[0]!.inLanguage).toBe('cy-GB');
});

test('writes JSON that no text can break out of its script element', () => {
  const text = jsonLdText({ headline: '</script><script>alert(1)</script> & <!--', line: 'a\u2028b' });

  expect(text).not.toMatch(/[<>&\u2028]/);
  expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & <!--', line: 'a\u2028b' });
});
