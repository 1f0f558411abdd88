/**
 * The link check reads the built pages with htmlparser2 (issue 18: 2.2 times as fast as parse5's
 * tokenizer). What it reads of each start tag must be what the standard's tokenizer reads
 * (src/validate/html-tokens.ts, parse5), on markup as Astro writes it and on the cases where
 * tokenizers are known to differ, so that the faster reader checks no link less.
 */
import { expect, test } from 'vitest';
import { readPage } from '../../../src/integrations/link-check.ts';
import { standardPage } from '../support/standard-page.ts';

const pages: Record<string, string> = {
  'Astro’s markup': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="canonical" href="https://cwb.example.org/a/"><link rel="stylesheet" href="/_astro/Base.css"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><script type="module" src="/_astro/shell.js"></script></head><body><a href="#main" class="skip">Skip</a><nav><a href="/case-studies/" aria-current="page">Case studies</a></nav><main id="main"><h2 id="what-it-took">What it took</h2><picture><source srcset="/_astro/a.avif 1x, /_astro/a@2x.avif 2x" type="image/avif"><img src="/_astro/a.webp" alt="" width="800" height="600" loading="lazy"></picture><a href="https://example.org/report.pdf" target="_blank" rel="noopener">Report</a></main></body></html>`,
  'character references in addresses': `<a href="/search/?q=living%20wage&amp;region=wales">a</a><a href="/a/?x=1&#38;y=2">b</a><a href="https://example.org/?a=1&lt=2">c</a><img src="/i&#x2e;png" alt="">`,
  'upper case and repeated attributes': `<A HREF="/one/" href="/two/">x</A><IMG SRC="/x.png" ALT=""><div ID="Upper" id="lower"></div>`,
  'unquoted and odd attribute values': `<a href=/plain/>p</a><a href='/single/'>s</a><a href = "/spaced/">t</a><a href="">empty</a>`,
  'new windows and names': `<a target="_blank">no address</a><a name="old-anchor"></a><a href="/x/" target=_blank rel="noreferrer">y</a>`,
  'comments and a doctype': `<!-- <a href="/commented/">no</a> --><!doctype html><a href="/after/">ok</a>`,
  'Welsh and other text': `<p lang="cy">Cyflog Byw Gwirioneddol — <a href="/cy/astudiaethau-achos/">astudiaethau</a> “quoted” &nbsp;</p>`,
};

test.each(Object.entries(pages))('reads %s as the standard’s tokenizer does', (_name, html) => {
  const fast = readPage(html, '/page/');
  const standard = standardPage(html, '/page/');
  expect(fast.references).toEqual(standard.references);
  expect([...fast.ids].sort()).toEqual([...standard.ids].sort());
});

test('finds every reference and id of a page', () => {
  const page = readPage(pages['Astro’s markup']!, '/a/');
  expect(page.ids).toEqual(new Set(['main', 'what-it-took']));
  expect(page.references.map(({ tag, value }) => `${tag} ${value}`)).toEqual(
    expect.arrayContaining(['a #main', 'a /case-studies/', 'img /_astro/a.webp', 'script /_astro/shell.js']),
  );
  expect(page.references.some(({ value }) => value.startsWith('/_astro/a@2x.avif'))).toBe(true);
});
