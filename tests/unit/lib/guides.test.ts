import { expect, test } from 'vitest';
import {
  casesOf,
  guideInLanguage,
  guidesByCase,
  guidesByTitle,
  guidesWithTerm,
  type Guide,
} from '../../../src/lib/guides.ts';
import { guidePage } from '../../../src/site/guide-page.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import type { CaseStudy } from '../../../src/lib/case-studies.ts';
import { minimalCaseStudyData } from '../../support/case-study.ts';

const guide = (id: string, title: string, cases: string[], extra: Partial<Guide['data']> = {}): Guide => ({
  id,
  data: {
    title,
    summary: 'What the guide helps a reader do, in a sentence.',
    themes: ['procurement'],
    cases,
    lang: 'en',
    published: '2026-03-02',
    draft: false,
    ...extra,
  },
});

const spend = guide('spend', 'How to run a spend analysis', ['preston', 'manchester'], { topics: ['spend-analysis'] });
const anchors = guide('anchors', 'Setting up an anchor network', ['preston'], { themes: ['procurement', 'workforce'] });
const land = guide('land', 'Bringing land into community ownership', ['eigg'], { themes: ['land-property'] });
const caseStudy = (id: string): CaseStudy => ({ id, data: { ...minimalCaseStudyData, title: `The case of ${id}` } });

test('the guides that cite each case study, by title, each once however often it is cited', () => {
  const index = guidesByCase([spend, land, anchors, guide('twice', 'Another spend guide', ['preston', 'preston'])]);

  expect(index.get('preston')?.map((one) => one.id)).toEqual(['twice', 'spend', 'anchors']);
  expect(index.get('manchester')?.map((one) => one.id)).toEqual(['spend']);
  expect(index.get('nowhere')).toBeUndefined();
});

test('guides are listed by title, as a reader looks one up', () => {
  expect(guidesByTitle([spend, anchors, land]).map((one) => one.id)).toEqual(['land', 'spend', 'anchors']);
});

test('a theme or topic has the guides that name it, and only those', () => {
  expect(guidesWithTerm([spend, anchors, land], 'themes', 'workforce').map((one) => one.id)).toEqual(['anchors']);
  expect(guidesWithTerm([spend, anchors, land], 'themes', 'procurement').map((one) => one.id)).toEqual([
    'spend',
    'anchors',
  ]);
  expect(guidesWithTerm([spend, anchors, land], 'topics', 'spend-analysis').map((one) => one.id)).toEqual(['spend']);
  expect(guidesWithTerm([spend, anchors, land], 'topics', 'insourcing')).toEqual([]);
});

test('a guide shows its cases in its own order, leaving out one the site does not publish', () => {
  const published = new Map(['manchester', 'preston'].map((id) => [id, caseStudy(id)]));

  expect(casesOf(spend, published).map((entry) => entry.id)).toEqual(['preston', 'manchester']);
  expect(casesOf(land, published)).toEqual([]);
});

test('a guide page has its address, file, terms linked to their pages, and when it last changed', () => {
  const page = guidePage(
    { ...spend, filePath: 'content/guides/spend.md', data: { ...spend.data, updated: '2026-04-01' } },
    {
      published: new Map([['preston', caseStudy('preston')]]),
      taxonomy: loadTaxonomy(),
      base: '/cwb/',
      site: 'https://example.org',
    },
  );

  expect(page.path).toBe('/cwb/guides/spend/');
  expect(page.url).toBe('https://example.org/cwb/guides/spend/');
  expect(page.fileName).toBe('spend.md');
  expect(page.cases.map((entry) => entry.id)).toEqual(['preston']);
  expect(page.themes).toEqual([
    {
      id: 'procurement',
      label: expect.objectContaining({ text: expect.any(String) }),
      href: '/cwb/themes/procurement/',
    },
  ]);
  expect(page.topics.map((term) => term.href)).toEqual(['/cwb/topics/spend-analysis/']);
  expect(page.lastChanged).toBe('2026-04-01');
});

test('a guide in the Welsh interface has its Welsh address, Welsh term labels linked to Welsh pages, and says its text is English', () => {
  const taxonomy = loadTaxonomy();
  const page = guidePage(spend, {
    published: new Map([['preston', caseStudy('preston')]]),
    taxonomy,
    base: '/cwb/',
    site: 'https://example.org',
    lang: 'cy',
    pages: '/cwb/cy/',
  });
  const procurement = taxonomy.themes.find((term) => term.id === 'procurement')!;

  expect(page.lang).toBe('cy');
  expect(page.textLang).toBe('en');
  expect(page.path).toBe('/cwb/cy/guides/spend/');
  expect(page.themes).toEqual([
    { id: 'procurement', label: { text: procurement.cy.label, lang: 'cy' }, href: '/cwb/cy/themes/procurement/' },
  ]);
  expect(page.topics.map((term) => term.href)).toEqual(['/cwb/cy/topics/spend-analysis/']);
});

test('a guide’s version in a language: itself, its translation either way, or none', () => {
  const welsh = guide('gwariant', 'Sut i ddadansoddi gwariant', ['preston'], { lang: 'cy', translationOf: 'spend' });
  const guides = [spend, anchors, welsh];

  expect(guideInLanguage(spend, guides, 'en')).toBe(spend);
  expect(guideInLanguage(spend, guides, 'cy')).toBe(welsh);
  expect(guideInLanguage(welsh, guides, 'en')).toBe(spend);
  expect(guideInLanguage(anchors, guides, 'cy')).toBeUndefined();
});
