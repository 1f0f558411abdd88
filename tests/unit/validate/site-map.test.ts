/**
 * The validator's map of the site (src/validate/site-map.ts) must follow the site: every route in
 * src/pages/ has its pages in the map (a new route fails here until the map lists it), and the ids
 * it promises on every page and on a case study's page are written by the templates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { splitFrontmatter } from '../../../src/validate/frontmatter.ts';
import { caseStudyPageIds, layoutIds, siteFiles, type SiteCaseStudy } from '../../../src/validate/site-map.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const pagesDir = path.join(repo, 'src', 'pages');
const samples = path.join(repo, 'content', 'case-studies');

/** Routes whose pages the map leaves out on purpose, with why. */
const leftOut: Record<string, string> = {
  'case-studies/page/[page].astro': 'the later pages of the list move as case studies are added',
  'organisations/page/[page].astro': 'the later pages of the list move as organisations are added',
  'cy/case-studies/page/[page].astro': 'the later pages of the list move as case studies are added',
  'cy/organisations/page/[page].astro': 'the later pages of the list move as organisations are added',
  'places-like-mine/[kind]/[band].astro':
    'a list is built only while some case study of that kind and size (or a neighbouring one) gives its population',
  'cy/places-like-mine/[kind]/[band].astro':
    'a list is built only while some case study of that kind and size (or a neighbouring one) gives its population',
};

function routes(dir = pagesDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? routes(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** The files a route writes, as a pattern over paths under the base. */
function routePattern(route: string): RegExp {
  const page = route.endsWith('.astro');
  let stem = route.replace(/\.(astro|ts)$/, '');
  if (page)
    stem =
      stem === 'index' || stem.endsWith('/index')
        ? stem.replace(/(^|\/)index$/, '$1')
        : stem === '404'
          ? '404.html'
          : `${stem}/`;
  // `[...page]/` may be empty (the first page) or hold more segments; `[id]` is one segment.
  const escaped = stem
    .split(/(\[\.\.\.[^\]]+\]\/?|\[[^\]]+\])/)
    .map((part) =>
      part.startsWith('[...')
        ? part.endsWith('/')
          ? '(?:.+/)?'
          : '.+'
        : part.startsWith('[')
          ? '[^/]+'
          : part.replace(/[.*+?^${}()|\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${escaped}${page && !stem.endsWith('.html') ? 'index\\.html' : ''}$`);
}

function sampleLibrary(): SiteCaseStudy[] {
  return readdirSync(samples)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => {
      const split = splitFrontmatter(name, readFileSync(path.join(samples, name), 'utf8'));
      const data = split.ok ? (yaml.load(split.frontmatter.raw) as Record<string, unknown>) : undefined;
      return { slug: name.replace(/\.mdx?$/, ''), draft: data?.draft === true, data };
    });
}

describe('the site map', () => {
  const taxonomy = loadTaxonomy(path.join(repo, 'content'));
  const library = sampleLibrary();
  // The sample guides, as the validator passes them (docs/public-interface.md §10).
  const guides = readdirSync(path.join(repo, 'content/guides'))
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .map((name) => ({ slug: name.replace(/\.mdx?$/, ''), draft: false }));
  const files = siteFiles(taxonomy, library, guides);

  test.each(routes().filter((route) => !leftOut[route]))('has the pages of the route src/pages/%s', (route) => {
    const pattern = routePattern(route);
    expect(
      [...files].some((file) => pattern.test(file)),
      `${pattern}`,
    ).toBe(true);
  });

  test('has a page for every published case study and every term, and none for a draft', () => {
    expect(files.has('case-studies/preston-city-council-local-spend/index.html')).toBe(true);
    for (const theme of taxonomy.themes) expect(files.has(`themes/${theme.id}/index.html`)).toBe(true);
    for (const topic of taxonomy.topics) expect(files.has(`topics/${topic.id}/index.html`)).toBe(true);
    const withDraft = siteFiles(taxonomy, [
      ...library,
      { slug: 'a-draft', draft: true, data: { organisation: 'A Draft Council' } },
    ]);
    expect(withDraft.has('case-studies/a-draft/index.html')).toBe(false);
    expect(withDraft.has('organisations/a-draft-council/index.html')).toBe(false);
  });

  test('has a page for every organisation, partners included', () => {
    const one = siteFiles(taxonomy, [
      {
        slug: 'x',
        draft: false,
        data: { organisation: 'Preston City Council', partners: ['Lancashire County Council', 'St. Helens Council'] },
      },
    ]);
    expect(new Set([...one].filter((file) => file.startsWith('organisations/')))).toEqual(
      new Set([
        'organisations/index.html',
        'organisations/preston-city-council/index.html',
        'organisations/lancashire-county-council/index.html',
        'organisations/st-helens-council/index.html',
      ]),
    );
    // The Welsh A to Z holds each organisation as an entry: no Welsh page per organisation.
    expect([...one].filter((file) => file.startsWith('cy/organisations/'))).toEqual(['cy/organisations/index.html']);
  });
});

describe('the ids the map promises are written by the templates', () => {
  const source = (file: string) => readFileSync(path.join(repo, file), 'utf8');
  const layout = source('src/layouts/Base.astro');
  const caseStudy = [
    'src/pages/case-studies/[slug].astro',
    'src/components/FactsPanel.astro',
    'src/components/SourceList.astro',
  ]
    .map(source)
    .join('\n');

  test.each(layoutIds)('every page has id="%s"', (id) => {
    expect(layout).toContain(`id="${id}"`);
  });

  test("a case study's page has its sections and one id per source", () => {
    const ids = caseStudyPageIds({ sources: [{}, {}], contact: { name: 'x' }, contributors: ['y'] }).filter(
      (id) => !layoutIds.includes(id),
    );
    expect(ids).toEqual([
      'facts-heading',
      'sources-heading',
      'terms-heading',
      'improve-heading',
      'source-1',
      'source-2',
      'contact-heading',
      'contributors-heading',
    ]);
    for (const id of ids.filter((one) => !one.startsWith('source-'))) expect(caseStudy).toContain(`id="${id}"`);
    expect(caseStudy).toContain('id={`source-${index + 1}`}');
  });
});
