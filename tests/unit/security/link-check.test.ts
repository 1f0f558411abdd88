/**
 * Links hold (issue 6): the check over the built site finds every broken internal link, fragment
 * and image, under a base path too, every malformed external address, and every new-window link
 * that could reach back.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkLinks as checkBuiltLinks, describeBroken, type LinkCheckOptions } from '../../../src/integrations/link-check.ts';

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
const html = (body: string) => `<!doctype html><html><head><link rel="canonical" href="https://cwb.example.org/"></head><body>${body}</body></html>`;

test('a site whose links all resolve passes', () => {
  const dir = site({
    'index.html': html('<a href="/case-studies/">All</a> <a href="case-studies/preston/#sources">Sources</a> <a href="#main" id="main">Skip</a> <img src="/_astro/x.webp" srcset="/_astro/x.webp 640w, /_astro/y.webp 1280w" alt="">'),
    'case-studies/index.html': html('<a href="../">Home</a> <a href="preston/">Preston</a>'),
    'case-studies/preston/index.html': html('<h2 id="sources">Sources</h2><a href="https://www.preston.gov.uk/">Council</a> <a href="mailto:team@example.gov.uk">Mail</a>'),
    '_astro/x.webp': '',
    '_astro/y.webp': '',
  });

  expect(checkLinks(dir, options)).toEqual([]);
});

test('a missing page, a missing fragment and a missing image are each named with their page', () => {
  const dir = site({
    'index.html': html('<a href="/case-studies/gone/">Gone</a> <a href="/#nowhere">x</a> <img src="/_astro/missing.webp" alt="">'),
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

  expect(problems).toEqual(['/repo/: <a href="/case-studies/"> leads to /case-studies/, which the site does not have (it is outside the base path /repo/)']);
});

test('malformed and unsafe external addresses are reported', () => {
  const dir = site({ 'index.html': html('<a href="https://">empty host</a> <a href="http://localhost_x/">bad host</a> <a href="javascript:alert(1)">js</a> <a href="">empty</a>') });

  const problems = checkLinks(dir, options);

  expect(problems).toHaveLength(4);
  expect(problems.join('\n')).toMatch(/javascript:, which the site never links to/);
});

test('a link opening a new window without rel="noopener" is reported', () => {
  const dir = site({ 'index.html': html('<a href="https://example.org/" target="_blank">x</a> <a href="https://example.org/" target="_blank" rel="noopener noreferrer">y</a>') });

  expect(checkLinks(dir, options)).toEqual(['/: <a target="_blank"> to https://example.org/ must have rel="noopener noreferrer"']);
});
