import { describe, expect, test } from 'vitest';
import {
  keepMessageOf,
  keptCitationUrls,
  keptPageSlug,
  keptPageUrls,
  pagePictureUrls,
  selectionSlugs,
} from '../../../src/lib/offline.ts';

describe('the selection as the service worker reads it', () => {
  test('well-formed slugs, each once, in their order', () => {
    expect(selectionSlugs('["preston","leeds","preston"]')).toEqual(['preston', 'leeds']);
    expect(selectionSlugs(['a-b', 'c'])).toEqual(['a-b', 'c']);
  });

  test('anything that is not a list of slugs keeps nothing, or only the slugs in it', () => {
    expect(selectionSlugs('not json')).toEqual([]);
    expect(selectionSlugs('{"slugs":["x"]}')).toEqual([]);
    expect(selectionSlugs(null)).toEqual([]);
    expect(selectionSlugs(['../admin', 'ok', 'a/b', 'UPPER', 'x'.repeat(81), 3, 'double--hyphen'])).toEqual(['ok']);
  });

  test('only a keep message is one', () => {
    expect(keepMessageOf({ type: 'cwb-keep', slugs: ['a'] })).toEqual({ type: 'cwb-keep', slugs: ['a'] });
    expect(keepMessageOf({ type: 'cwb-keep' })).toEqual({ type: 'cwb-keep', slugs: [] });
    expect(keepMessageOf({ type: 'SKIP_WAITING' })).toBeUndefined();
    expect(keepMessageOf('cwb-keep')).toBeUndefined();
  });
});

describe('kept pages', () => {
  test('are the case-study pages under the worker’s scope, base path included', () => {
    expect(keptPageUrls('https://example.org/', ['a', 'b'])).toEqual([
      'https://example.org/case-studies/a/',
      'https://example.org/case-studies/b/',
    ]);
    expect(keptPageUrls('https://example.github.io/cwb/', ['a'])).toEqual([
      'https://example.github.io/cwb/case-studies/a/',
    ]);
  });

  test('come with their citation files', () => {
    expect(keptCitationUrls('https://example.github.io/cwb/', 'preston')).toEqual([
      'https://example.github.io/cwb/data/citations/preston.ris',
      'https://example.github.io/cwb/data/citations/preston.bib',
      'https://example.github.io/cwb/data/citations/preston.json',
    ]);
  });

  test('give back their slug, and no other address does', () => {
    const scope = 'https://example.github.io/cwb/';
    expect(keptPageSlug(scope, 'https://example.github.io/cwb/case-studies/preston/')).toBe('preston');
    expect(keptPageSlug(scope, 'https://example.github.io/cwb/_astro/x.webp')).toBeUndefined();
    expect(keptPageSlug(scope, 'https://example.github.io/case-studies/preston/')).toBeUndefined();
    expect(keptPageSlug(scope, 'https://other.org/cwb/case-studies/preston/')).toBeUndefined();
  });
});

test('a page’s own pictures, every size of them, and not other sites’', () => {
  const html = `<img src="/_astro/a.webp" srcset="/_astro/a_480.webp 480w, /_astro/a_800.webp 800w" alt="">
    <picture><source srcset="../../_astro/b.avif 1x"><img alt="" src="https://elsewhere.org/c.jpg"></picture>
    <img alt="" src="data:image/png;base64,AAA"><a href="/_astro/not-a-picture.pdf">x</a>
    <img alt="" src="/_astro/d.webp?w=1&amp;h=2">`;
  expect(pagePictureUrls(html, 'https://example.org/case-studies/preston/')).toEqual([
    'https://example.org/_astro/a.webp',
    'https://example.org/_astro/a_480.webp',
    'https://example.org/_astro/a_800.webp',
    'https://example.org/_astro/b.avif',
    'https://example.org/_astro/d.webp?w=1&h=2',
  ]);
});
