/**
 * Nothing lost (issue 6): the build compares the published files with the built pages, the search
 * index and both data exports, and lists every difference. Duplicate ids cannot happen whatever
 * order files are loaded in: the collection's id is the file name, and a `.md` and an `.mdx` with
 * the same name are refused before Astro loads anything.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { publishedSlugs } from '../../../src/content/index.ts';
import { compareTally, csvRows, tally, type Tally } from '../../../src/integrations/nothing-lost.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { caseStudyText } from '../../support/case-study.ts';

/** The minimal case study, with the body of tests/fixtures/validate/bad/email-in-body.md without its e-mail line. */
const valid = caseStudyText({
  body: '## Context\n\nThe council worked with its anchor institutions to spend more locally.\n\n',
});

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwb-lost-'));
  scratch.push(dir);
  return dir;
};

const all = ['a', 'b', 'c'];
const complete: Tally = { files: all, pages: all, indexed: 3, json: all, csv: all, guides: [], guidePages: [] };

test('a complete build has no difference', () => {
  expect(compareTally(complete)).toEqual([]);
});

test('a page missing from the build is named', () => {
  expect(compareTally({ ...complete, pages: ['a', 'c'] })).toEqual([
    'the built pages (case-studies/<slug>/) lacks 1 published case study: b',
  ]);
});

test('a record missing from each export is named, and an extra one too', () => {
  const problems = compareTally({ ...complete, json: ['a', 'b'], csv: ['a', 'b', 'c', 'c'] });

  expect(problems).toEqual([
    'the JSON export (data/case-studies.json) lacks 1 published case study: c',
    'the CSV export (data/case-studies.csv) has 1 entry that no published file accounts for (a draft, or a duplicate): c',
  ]);
});

test('a case study without its own file (data/case-studies/<slug>.json) is named', () => {
  expect(compareTally({ ...complete, records: all })).toEqual([]);
  expect(compareTally({ ...complete, records: ['a', 'c'] })).toEqual([
    'the case studies’ own files (data/case-studies/<slug>.json) lacks 1 published case study: b',
  ]);
});

test('a search index with a page too few is reported with both counts', () => {
  expect(compareTally({ ...complete, indexed: 2 })).toEqual([
    'the search index holds 2 pages, but 3 case studies are published',
  ]);
});

test('a withdrawn case study counts as a page and export rows, but not as an entry of the search index', () => {
  const withdrawn = { ...complete, withdrawn: ['b'] };

  expect(compareTally({ ...withdrawn, indexed: 2 })).toEqual([]);
  expect(compareTally({ ...withdrawn, indexed: 3 })).toEqual([
    'the search index holds 3 pages, but 3 case studies are published and 1 of them withdrawn, so 2 should be',
  ]);
  expect(compareTally({ ...withdrawn, indexed: 2, json: ['a', 'c'] })).toEqual([
    'the JSON export (data/case-studies.json) lacks 1 published case study: b',
  ]);
});

test('a guide missing from the built pages or from the search index is named, and a guide page no file accounts for', () => {
  const withGuides: Tally = {
    ...complete,
    indexed: 5,
    guides: ['how-to-x', 'how-to-y'],
    guidePages: ['how-to-x', 'how-to-y'],
  };
  expect(compareTally(withGuides)).toEqual([]);

  expect(compareTally({ ...withGuides, guidePages: ['how-to-x', 'old-guide'], indexed: 4 })).toEqual([
    'the built guide pages (guides/<slug>/) lacks 1 published guide: how-to-y',
    'the built guide pages (guides/<slug>/) has 1 entry that no published file accounts for (a draft, or a duplicate): old-guide',
    'the search index holds 4 pages, but 3 case studies and 2 guides are published',
  ]);
});

test('the guides are counted from the files and from the built site', () => {
  const root = temp();
  mkdirSync(path.join(root, 'case-studies'));
  mkdirSync(path.join(root, 'guides'));
  writeFileSync(path.join(root, 'guides', 'how-to-x.md'), '---\ntitle: How to do x\n---\n');
  writeFileSync(path.join(root, 'guides', 'how-to-y.md'), '---\ntitle: How to do y\ndraft: true\n---\n');
  writeFileSync(path.join(root, 'guides', '_template.md'), '---\ntitle: A template\n---\n');
  const site = temp();
  mkdirSync(path.join(site, 'guides', 'how-to-x'), { recursive: true });
  writeFileSync(
    path.join(site, 'guides', 'how-to-x', 'index.html'),
    '<html><body><article data-pagefind-body><h1>How to do x</h1></article></body></html>',
  );
  // The list of guides is not a guide.
  writeFileSync(path.join(site, 'guides', 'index.html'), '<html><body><main>Guides</main></body></html>');
  mkdirSync(path.join(site, 'pagefind'));
  writeFileSync(
    path.join(site, 'pagefind', 'pagefind-entry.json'),
    JSON.stringify({ languages: { en: { page_count: 1 } } }),
  );
  mkdirSync(path.join(site, 'data'));
  writeFileSync(path.join(site, 'data', 'case-studies.json'), '[]');
  writeFileSync(path.join(site, 'data', 'case-studies.csv'), 'slug,url\n');

  const counted = tally(root, site);

  expect(counted.guides).toEqual(['how-to-x']);
  expect(counted.guidePages).toEqual(['how-to-x']);
  expect(compareTally(counted)).toEqual([]);
});

test('a draft that reached the site is reported as extra', () => {
  expect(compareTally({ ...complete, files: ['a', 'b'], indexed: 2 }).join('\n')).toMatch(
    /no published file accounts for .*: c/,
  );
});

test('published files leave out drafts and _ files, and count a file that cannot be read', () => {
  const root = temp();
  mkdirSync(path.join(root, 'case-studies', 'images'), { recursive: true });
  writeFileSync(path.join(root, 'case-studies', 'one.md'), valid);
  writeFileSync(
    path.join(root, 'case-studies', 'two.mdx'),
    valid.replace('published: 2025-01-15', 'published: 2025-01-15\ndraft: true'),
  );
  writeFileSync(path.join(root, 'case-studies', '_template.md'), valid);
  writeFileSync(path.join(root, 'case-studies', 'broken.md'), '---\ntitle: [\n---\n');

  expect(publishedSlugs(root)).toEqual(['broken', 'one']);
});

test('a CSV row may hold commas, quotes and line breaks in quoted fields', () => {
  expect(csvRows('\uFEFFslug,title\r\na,"One, ""two""\nthree"\r\nb,x\r\n')).toEqual([
    ['slug', 'title'],
    ['a', 'One, "two"\nthree'],
    ['b', 'x'],
  ]);
});

test('the counts are read from a built site', () => {
  const root = temp();
  mkdirSync(path.join(root, 'case-studies'));
  for (const slug of ['a', 'b']) writeFileSync(path.join(root, 'case-studies', `${slug}.md`), valid);
  const site = temp();
  for (const slug of ['a', 'b']) {
    mkdirSync(path.join(site, 'case-studies', slug), { recursive: true });
    writeFileSync(
      path.join(site, 'case-studies', slug, 'index.html'),
      '<html><body><article data-pagefind-body><h1>A case study</h1></article></body></html>',
    );
  }
  // The list of case studies in another order is not a case study.
  mkdirSync(path.join(site, 'case-studies', 'by', 'a-z'), { recursive: true });
  writeFileSync(
    path.join(site, 'case-studies', 'by', 'a-z', 'index.html'),
    '<html><body><main>All case studies</main></body></html>',
  );
  mkdirSync(path.join(site, 'case-studies', 'page-2'), { recursive: true });
  writeFileSync(
    path.join(site, 'case-studies', 'page-2', 'index.html'),
    '<html><body><main>All case studies</main></body></html>',
  );
  mkdirSync(path.join(site, 'pagefind'));
  writeFileSync(
    path.join(site, 'pagefind', 'pagefind-entry.json'),
    JSON.stringify({ languages: { en: { page_count: 2 } } }),
  );
  mkdirSync(path.join(site, 'data'));
  writeFileSync(path.join(site, 'data', 'case-studies.json'), JSON.stringify([{ slug: 'a' }, { slug: 'b' }]));
  writeFileSync(path.join(site, 'data', 'case-studies.csv'), 'slug,url\na,x\nb,y\n');
  mkdirSync(path.join(site, 'data', 'case-studies'));
  writeFileSync(path.join(site, 'data', 'case-studies', 'b.json'), JSON.stringify({ slug: 'b' }));

  expect(tally(root, site)).toEqual({
    files: ['a', 'b'],
    withdrawn: [],
    pages: ['a', 'b'],
    indexed: 2,
    json: ['a', 'b'],
    csv: ['a', 'b'],
    records: ['b'],
    guides: [],
    guidePages: [],
  });
});

test('a .md and an .mdx with the same slug are refused before the build, whichever is read first', () => {
  for (const order of [
    ['preston.md', 'preston.mdx'],
    ['preston.mdx', 'preston.md'],
  ]) {
    const root = temp();
    mkdirSync(path.join(root, 'case-studies'));
    for (const name of order) writeFileSync(path.join(root, 'case-studies', name), valid);

    const report = validateLibrary(root);

    expect(
      report.problems.filter((item) => item.rule === 'duplicate-slug').map((item) => path.basename(item.file)),
    ).toEqual(['preston.md', 'preston.mdx']);
  }
});

test('the collection id is the file name as written, so two files can never share an id', async () => {
  const config = readFileSync(fileURLToPath(new URL('../../../src/content.config.ts', import.meta.url)), 'utf8');
  const generateId = /generateId: \(\{ entry \}\) => (.+),\n/.exec(config)?.[1];

  expect(generateId).toBe("entry.replace(/\\.mdx?$/, '')");
  const id = (entry: string) => entry.replace(/\.mdx?$/, '');
  // Astro's default would slugify these four names into one id; as file names they stay four.
  expect(new Set(['a-b.md', 'a_b.md', 'A-B.md', 'a--b.md'].map(id)).size).toBe(4);
});
