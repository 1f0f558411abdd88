/**
 * Links hold (issue 6): the check over the built site finds every broken internal link, fragment
 * and image, under a base path too, every malformed external address, and every new-window link
 * that could reach back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  checkLinks as checkBuiltLinks,
  describeBroken,
  reportBroken,
  type LinkCheckOptions,
} from '../../../src/integrations/link-check.ts';

const checkLinks = (dir: string, options: LinkCheckOptions) => checkBuiltLinks(dir, options).map(describeBroken);

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site with the given files. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwb-links-'));
  scratch.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const options = { base: '/', site: 'https://cwb.example.org' };
const html = (body: string) =>
  `<!doctype html><html><head><link rel="canonical" href="https://cwb.example.org/"></head><body>${body}</body></html>`;

test('a site whose links all resolve passes', () => {
  const dir = site({
    'index.html': html(
      '<a href="/case-studies/">All</a> <a href="case-studies/preston/#sources">Sources</a> <a href="#main" id="main">Skip</a> <img src="/_astro/x.webp" srcset="/_astro/x.webp 640w, /_astro/y.webp 1280w" alt="">',
    ),
    'case-studies/index.html': html('<a href="../">Home</a> <a href="preston/">Preston</a>'),
    'case-studies/preston/index.html': html(
      '<h2 id="sources">Sources</h2><a href="https://www.preston.gov.uk/">Council</a> <a href="mailto:team@example.gov.uk">Mail</a>',
    ),
    '_astro/x.webp': '',
    '_astro/y.webp': '',
  });

  expect(checkLinks(dir, options)).toEqual([]);
});

test('a missing page, a missing fragment and a missing image are each named with their page', () => {
  const dir = site({
    'index.html': html(
      '<a href="/case-studies/gone/">Gone</a> <a href="/#nowhere">x</a> <img src="/_astro/missing.webp" alt="">',
    ),
  });

  expect(checkLinks(dir, options)).toEqual([
    '/: <a href="/case-studies/gone/"> leads to /case-studies/gone/, which the site does not have',
    '/: <a href="/#nowhere"> points at #nowhere, which / does not have',
    '/: <img src="/_astro/missing.webp"> leads to /_astro/missing.webp, which the site does not have',
  ]);
});

test('under a base path, a link that forgets the base is broken', () => {
  const dir = site({
    'index.html': html('<a href="/repo/case-studies/">Good</a> <a href="/case-studies/">Forgot the base</a>'),
    'case-studies/index.html': html(''),
  });

  const problems = checkLinks(dir, { base: '/repo/', site: 'https://example.github.io' });

  expect(problems).toEqual([
    '/repo/: <a href="/case-studies/"> leads to /case-studies/, which the site does not have (it is outside the base path /repo/)',
  ]);
});

test('malformed and unsafe external addresses are reported', () => {
  const dir = site({
    'index.html': html(
      '<a href="https://">empty host</a> <a href="http://localhost_x/">bad host</a> <a href="javascript:alert(1)">js</a> <a href="">empty</a>',
    ),
  });

  const problems = checkLinks(dir, options);

  expect(problems).toHaveLength(4);
  expect(problems.join('\n')).toMatch(/javascript:, which the site never links to/);
});

test('a link opening a new window without rel="noopener" is reported', () => {
  const dir = site({
    'index.html': html(
      '<a href="https://example.org/" target="_blank">x</a> <a href="https://example.org/" target="_blank" rel="noopener noreferrer">y</a>',
    ),
  });

  expect(checkLinks(dir, options)).toEqual([
    '/: <a target="_blank"> to https://example.org/ must have rel="noopener noreferrer"',
  ]);
});

describe('a broken link of a case study is reported where it is written', () => {
  const repo = { base: '/repo/', site: 'https://example.github.io' };
  const content = (files: Record<string, string>) =>
    site(Object.fromEntries(Object.entries(files).map(([name, text]) => [`case-studies/${name}`, text])));
  const text = [
    '---',
    'title: Alpha',
    'sources:',
    '  - title: A report',
    '    url: "https://intranet/report"',
    '---',
    '',
    '## Context',
    '',
    'The [files](ftp://files.example.org/a?b=1&c=2) are there.',
    '',
  ].join('\n');

  test('at the file and line of the link in the source, with the page', () => {
    const root = content({ 'alpha.md': text });
    const dir = site({
      'case-studies/alpha/index.html': html(
        '<a href="ftp://files.example.org/a?b=1&amp;c=2">files</a> <a href="https://intranet/report">A report</a>',
      ),
    });

    const reported = checkBuiltLinks(dir, repo).map((broken) => reportBroken(broken, repo.base, root, root));

    expect(reported).toEqual([
      'case-studies/alpha.md:10:13: <a href="ftp://files.example.org/a?b=1&c=2"> uses ftp:, which the site never links to (on the page /repo/case-studies/alpha/)',
      'case-studies/alpha.md:5:11: <a href="https://intranet/report"> has no valid host name (on the page /repo/case-studies/alpha/)',
    ]);
  });

  test('in an .mdx file, and at the file alone when the link is not found as written', () => {
    const root = content({ 'beta.mdx': text.replace('ftp://files.example.org/a?b=1&c=2', 'ftp://other.example.org/') });
    const dir = site({
      'case-studies/beta/index.html': html(
        '<a href="ftp://other.example.org/">files</a> <a href="/nowhere/">template</a>',
      ),
    });

    const reported = checkBuiltLinks(dir, repo).map((broken) => reportBroken(broken, repo.base, root, root));

    expect(reported).toEqual([
      'case-studies/beta.mdx:10:13: <a href="ftp://other.example.org/"> uses ftp:, which the site never links to (on the page /repo/case-studies/beta/)',
      'case-studies/beta.mdx: <a href="/nowhere/"> leads to /nowhere/, which the site does not have (it is outside the base path /repo/) (on the page /repo/case-studies/beta/)',
    ]);
  });

  test('by its page, for a page that is not a case study', () => {
    const root = content({ 'alpha.md': text });
    const dir = site({
      'themes/index.html': html('<a href="ftp://files.example.org/a?b=1&amp;c=2">files</a>'),
      'case-studies/page/2/index.html': html('<a href="/x/">x</a>'),
    });

    const reported = checkBuiltLinks(dir, repo).map((broken) => reportBroken(broken, repo.base, root, root));

    expect(reported).toEqual([
      '/repo/case-studies/page/2/: <a href="/x/"> leads to /x/, which the site does not have (it is outside the base path /repo/)',
      '/repo/themes/: <a href="ftp://files.example.org/a?b=1&c=2"> uses ftp:, which the site never links to',
    ]);
  });
});
