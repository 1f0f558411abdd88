/**
 * The backstop sanitiser (issue 6): contributed text that bypasses the validator — rendered by
 * the Markdown processor Astro uses by default — reaches the page without anything that could run
 * script, while safe text, heading ids and the MDX components' output are kept byte for byte.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTokens } from '../../../src/validate/html-tokens.ts';
import { describe, expect, test } from 'vitest';
import { sanitiseCaseStudyPage, sanitiseFragment } from '../../../src/integrations/sanitise.ts';
import { checkBody } from '../../../src/validate/body-rules.ts';
import { isUnsafeUrl } from '../../../src/validate/html-policy.ts';

const satteri = await import('satteri');

/** Everything in HTML that could run script, load a frame or open a window that can reach back. */
function dangers(html: string): string[] {
  const found: string[] = [];
  readTokens(html, {
    onStartTag(token) {
      if (
        [
          'script',
          'iframe',
          'frame',
          'object',
          'embed',
          'style',
          'form',
          'base',
          'meta',
          'link',
          'svg',
          'math',
          'template',
          'noscript',
        ].includes(token.tagName)
      )
        found.push(`<${token.tagName}>`);
      for (const attribute of token.attrs) {
        if (attribute.name.startsWith('on')) found.push(attribute.name);
        if (['style', 'target', 'formaction', 'srcdoc'].includes(attribute.name)) found.push(attribute.name);
        if (
          ['href', 'src', 'srcset', 'action', 'cite', 'poster', 'data', 'xlink:href'].includes(attribute.name) &&
          isUnsafeUrl(attribute.value)
        )
          found.push(`${attribute.name}=${attribute.value}`);
      }
    },
  });
  return found;
}

const page = (prose: string) =>
  `<!doctype html><html lang="en"><head><script type="module" src="/_astro/page.js"></script></head><body><main><article data-pagefind-body><h1>Title</h1><div class="prose">${prose}</div><section><h2 id="sources-heading">Sources</h2></section></article></main></body></html>`;

/** Bodies the validator refuses, rendered as if it had not run. */
const attacks = [
  '<script>window.pwned = 1</script>',
  'Text <img src=x onerror="window.pwned = 1"> more',
  '<div title="\n\n" onmouseover="window.pwned = 1" x="',
  '[x](javascript:window.pwned=1)',
  '[x](JAVASCRIPT:window.pwned=1)',
  '<a href="&#106;avascript:window.pwned=1">x</a>',
  '<javascript:alert(1)>',
  '![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)',
  '<iframe src="https://example.org/"></iframe>',
  '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<style>body { display: none }</style>',
  '<p style="background: url(javascript:alert(1))">styled</p>',
  '<svg><script>window.pwned = 1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="https://example.org/"><button formaction="javascript:alert(1)">Go</button></form>',
  '<a href="https://example.org/" target="_blank">opens a window that can reach back</a>',
  '<base href="https://example.org/"><meta http-equiv="refresh" content="0;url=https://example.org/">',
  '<template><script>window.pwned = 1</script></template>',
  '<details open ontoggle="window.pwned = 1"><summary>x</summary></details>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<td onclick=alert(1)>',
];

describe('content that bypasses the validator is published without script', () => {
  test.each(attacks)('%j', (body) => {
    const rendered = satteri.markdownToHtml(body).html;

    const { html } = sanitiseCaseStudyPage(page(rendered));

    if (dangers(rendered).length > 0) expect(html).not.toBe(page(rendered));
    expect(dangers(html.slice(html.indexOf('<div class="prose">')))).toEqual([]);
    expect(
      html.startsWith('<!doctype html><html lang="en"><head><script type="module" src="/_astro/page.js"></script>'),
    ).toBe(true);
  });
});

test('the attacks would have put script on the page without the sanitiser, and the validator refuses them', () => {
  const rendered = attacks.map((body) => satteri.markdownToHtml(body).html);

  expect(rendered.filter((html) => dangers(html).length > 0).length).toBeGreaterThanOrEqual(15);
  expect(attacks.filter((body) => checkBody('x.md', body, 'md').length === 0)).toEqual([]);
});

test('the rest of the page is kept when balanced contributed HTML is cleaned', () => {
  const { html, removed } = sanitiseCaseStudyPage(
    page(
      '<p>Text <img src="x.png" alt="" onerror="window.pwned = 1"> <a href="https://example.org/" target="_blank">link</a></p><script>window.pwned = 1</script>',
    ),
  );

  expect(removed).toEqual(
    expect.arrayContaining(['<script>', '<img onError="window.pwned = 1">', '<a target="_blank">']),
  );
  expect(html).toBe(page('<p>Text <img src="x.png" alt=""> <a href="https://example.org/">link</a></p>'));
});

test('safe text, heading ids, footnotes and the MDX components are left byte for byte', () => {
  const prose = [
    '<h2 id="context">Context</h2>',
    '<p>Text with <a href="https://example.org/">a link</a>, <abbr title="Community wealth building">CWB</abbr>, H<sub>2</sub>O and 10<sup>3</sup>.</p>',
    '<div class="callout callout--note" role="note"><p class="callout__title"><strong>Note</strong></p><div class="callout__body"><p>Body</p></div></div>',
    '<figure class="pull-quote"><blockquote><p>Quote</p></blockquote><figcaption>Someone</figcaption></figure>',
    '<p><img src="/_astro/market.abc.webp" srcset="/_astro/market.abc.webp 640w" sizes="100vw" alt="Market" width="640" height="480" loading="lazy" decoding="async"></p>',
    '<table><thead><tr><th scope="col">Year</th></tr></thead><tbody><tr><td>2019</td></tr></tbody></table>',
    '<details><summary>More</summary><p>Hidden</p></details>',
    '<p><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></p>',
    '<pre><code class="language-yaml">a: 1</code></pre>',
    '<p><a href="mailto:team@example.gov.uk">team@example.gov.uk</a> <a href="../other-case/">relative</a></p>',
  ].join('\n');
  const before = page(prose);

  const { html, removed } = sanitiseCaseStudyPage(before);

  expect(removed).toEqual([]);
  expect(html).toBe(before);
});

test('a fragment keeps its text when an element is removed', () => {
  const { html, removed } = sanitiseFragment(
    '<p>Before<script>alert(1)</script> after <span onclick="x()">kept</span></p>',
  );

  expect(html).toBe('<p>Before after <span>kept</span></p>');
  expect(removed).toEqual(expect.arrayContaining(['<script>', '<span onClick="x()">']));
});

test('a page without the prose container is an error, not a silent pass', () => {
  expect(() => sanitiseCaseStudyPage('<html><body><main><p>No prose</p></main></body></html>')).toThrow(
    /no <div class="prose">/,
  );
});

const built = fileURLToPath(new URL('../../../dist/case-studies/', import.meta.url));
test.skipIf(!existsSync(built))(
  'every case study of the last build is already safe: the sanitiser changes no byte',
  () => {
    // Only case-study pages: the list's later pages live under case-studies/page/ and case-studies/by/, which have no index.html of their own.
    const pages = readdirSync(built, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && existsSync(path.join(built, entry.name, 'index.html')),
    );

    for (const entry of pages) {
      const html = readFileSync(path.join(built, entry.name, 'index.html'), 'utf8');
      expect(sanitiseCaseStudyPage(html).removed, entry.name).toEqual([]);
    }
    expect(pages.length).toBeGreaterThan(0);
  },
);
