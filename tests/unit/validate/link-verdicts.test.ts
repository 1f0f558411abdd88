/**
 * The validator and the build's link check judge a link alike (issue 12): for a table of links
 * written in a case study, the validator refuses exactly those that the build's link check
 * (`checkPages`) refuses on the built page, when the site is served under a sub-path as on GitHub
 * Pages. The built site here is written out by hand, as `astro build` lays it out.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkPages, readPage } from '../../../src/integrations/link-check.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { frontMatterLines, minimalCaseStudy } from '../../support/case-study.ts';

const site = 'https://cwb.example.org';
const base = '/repo/';

/** Each link, and whether a reader can follow it from the page of the case study "alpha". */
const table: [link: string, good: boolean][] = [
  ['../beta/', true],
  ['../beta/#context', true],
  ['../beta/#source-2', true],
  ['#main', true],
  ['#what-was-done', true],
  ['./', true],
  ['../', true],
  ['../../', true],
  ['../../themes/finance/', true],
  ['../../themes/finance/#main', true],
  ['../../search/?q=wage&theme=finance', true],
  ['../../data/case-studies.json', true],
  ['../../rss.xml', true],
  // Pictures have no address of their own: the build publishes the ones a case study shows, resized, under _astro/.
  ['../images/market.jpg', false],
  ['../../organisations/preston-city-council/', true],
  ['https://www.preston.gov.uk/cwb?page=2#top', true],
  ['http://example.org', true],
  ['https://xn--bcher-kva.example/', true],
  ['https://b\u00fccher.example/', true],
  ['../gamma/', false],
  ['../beta/#nope', false],
  ['../beta/#source-3', false],
  ['#nope', false],
  ['../../themes/nope/', false],
  ['../../themes/finance/page/2/', false],
  ['beta.md', false],
  ['../beta.md', false],
  ['images/market.jpg', false],
  ['../images/gone.jpg', false],
  ['/themes/finance/', false],
  ['/case-studies/beta/', false],
  ['https://cwb.example.org/themes/finance/', false],
  ['//cwb.example.org/themes/finance/', false],
  ['../../../themes/finance/', false],
  ['ftp://files.example.org/cwb/', false],
  ['file:///C:/report.pdf', false],
  ['https://intranet/cwb', false],
  ['http://localhost:4000/', false],
  ['https://ex_ample.org/', false],
  ['http://192.168.0.1/', false],
  ['https://-bad.example.org/', false],
  ['https://example.123/', false],
  ['http://[::1', false],
  ['', false],
];

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cwb-verdicts-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const frontmatter = (title: string, extra = '') =>
  `---\n${frontMatterLines({
    ...minimalCaseStudy,
    title,
    themes: ['finance'],
    sources: [...minimalCaseStudy.sources, { title: 'The second source' }],
  }).join('\n')}\n${extra}---\n`;

/** The line of the first link: after the 15 lines of front matter, a heading and a blank line. */
const firstLinkLine = 18;

/** The HTML of an attribute value. */
const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

test('the validator refuses exactly the links the build refuses under a sub-path', () => {
  const dir = path.join(root, 'content');
  mkdirSync(path.join(dir, 'case-studies', 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'case-studies', 'images', 'market.jpg'), '');
  // One link a paragraph, written so that the page's href is the link exactly (`<...>` keeps spaces and parentheses).
  const body = ['## What was done', ...table.map(([link], index) => `\n[link ${index}](<${link}>)`)].join('\n');
  writeFileSync(path.join(dir, 'case-studies', 'alpha.md'), `${frontmatter('Alpha case study')}${body}\n`);
  writeFileSync(path.join(dir, 'case-studies', 'beta.md'), `${frontmatter('Beta case study')}## Context\n\nText.\n`);
  writeFileSync(
    path.join(dir, 'case-studies', 'gamma.md'),
    `${frontmatter('Gamma case study', 'draft: true\n')}Text.\n`,
  );

  const previous = process.env.SITE_URL;
  process.env.SITE_URL = site;
  let refusedByValidator: Set<number>;
  try {
    const report = validateLibrary(dir);
    const alpha = report.problems.filter((item) => item.file.endsWith('alpha.md') && item.rule.startsWith('link-'));
    refusedByValidator = new Set(alpha.map((item) => (item.line - firstLinkLine) / 2));
  } finally {
    if (previous === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = previous;
  }

  // What `astro build` writes for this library, under the base path.
  const files = [
    'index.html',
    '404.html',
    'case-studies/index.html',
    'case-studies/alpha/index.html',
    'case-studies/beta/index.html',
    'themes/index.html',
    'themes/finance/index.html',
    'search/index.html',
    'organisations/preston-city-council/index.html',
    'data/case-studies.json',
    'rss.xml',
    'sitemap-index.xml',
    '_astro/page.css',
  ];
  const caseStudyPage = (own: string) =>
    `<main id="main"><h2 id="facts-heading">Key facts</h2>${own}<h2 id="sources-heading">Sources</h2><ol><li id="source-1"></li><li id="source-2"></li></ol></main>`;
  const alphaPage = readPage(
    caseStudyPage(
      `<h2 id="what-was-done">What was done</h2>${table.map(([link]) => `<a href="${attribute(link)}">x</a>`).join('')}`,
    ),
    `${base}case-studies/alpha/`,
  );
  const betaPage = readPage(caseStudyPage('<h2 id="context">Context</h2>'), `${base}case-studies/beta/`);
  const themePage = readPage('<main id="main"></main>', `${base}themes/finance/`);
  const broken = checkPages(files, [alphaPage, betaPage, themePage], { base, site });
  const refusedByBuild = new Set(
    table.flatMap(([link], index) => (broken.some((item) => item.value === link) ? [index] : [])),
  );

  const verdicts = table.map(([link, good], index) => ({
    link,
    good,
    validator: !refusedByValidator.has(index),
    build: !refusedByBuild.has(index),
  }));
  expect(verdicts.filter((verdict) => verdict.validator !== verdict.build)).toEqual([]);
  expect(verdicts.filter((verdict) => verdict.build !== verdict.good)).toEqual([]);
});
