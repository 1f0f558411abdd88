import { describe, expect, test } from 'vitest';
import { checkElement, isUnsafeUrl } from '../../../src/validate/html-policy.ts';
import { checkHtml } from '../../../src/validate/html-rules.ts';

describe('isUnsafeUrl', () => {
  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java&#x09;script:alert(1)',
    'java&#9;script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A&#x61&#x76&#x61script:alert(1)',
    'javascript&colon;alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/png;base64,AAAA',
    'vbscript:msgbox(1)',
  ])('refuses %j', (url) => {
    expect(isUnsafeUrl(url)).toBe(true);
  });

  test.each([
    'https://www.preston.gov.uk/',
    'http://example.org/javascript:',
    'images/market.jpg',
    '#outcomes',
    'mailto:team@example.org',
    '/case-studies/preston/',
  ])('accepts %j', (url) => {
    expect(isUnsafeUrl(url)).toBe(false);
  });
});

describe('checkElement', () => {
  test('refuses the presentational attributes HTML has made obsolete, which the HTML checker fails a page for', () => {
    const refused = (element: string, attribute: string) =>
      checkElement(element, [{ name: attribute, value: 'x' }]).map((finding) => finding.rule);

    for (const [element, attribute] of [
      ['td', 'align'],
      ['th', 'valign'],
      ['table', 'width'],
      ['table', 'align'],
      ['tr', 'align'],
      ['col', 'width'],
      ['p', 'align'],
      ['div', 'align'],
      ['ul', 'type'],
      ['td', 'scope'],
      ['td', 'abbr'],
    ] as const) {
      expect(refused(element, attribute), `${attribute} on <${element}>`).toEqual(['html-attribute']);
    }
    expect(checkElement('td', [{ name: 'align', value: 'right' }])[0]!.message).toContain('|---:|');
    expect(
      checkElement('img', [
        { name: 'src', value: 'https://www.example.org/a.png' },
        { name: 'alt', value: '' },
        { name: 'width', value: '40' },
      ]),
    ).toEqual([]);
  });

  test('accepts the harmless elements with their attributes', () => {
    expect(checkElement('abbr', [{ name: 'title', value: 'Community wealth building' }])).toEqual([]);
    expect(
      checkElement('td', [
        { name: 'colspan', value: '2' },
        { name: 'headers', value: 'year' },
      ]),
    ).toEqual([]);
    expect(
      checkElement('th', [
        { name: 'scope', value: 'col' },
        { name: 'abbr', value: 'Yr' },
      ]),
    ).toEqual([]);
    expect(checkElement('details', [{ name: 'open', value: null }])).toEqual([]);
    expect(
      checkElement('a', [
        { name: 'href', value: 'https://cles.org.uk/' },
        { name: 'aria-label', value: 'CLES' },
      ]),
    ).toEqual([]);
  });

  test.each([
    'script',
    'style',
    'iframe',
    'object',
    'embed',
    'form',
    'svg',
    'math',
    'base',
    'meta',
    'link',
    'body',
    'html',
    'textarea',
    'template',
  ])('refuses <%s>', (element) => {
    expect(checkElement(element, []).map((finding) => finding.rule)).toEqual(['html-element']);
  });

  test('refuses every on* attribute, whatever its case', () => {
    expect(
      checkElement('img', [
        { name: 'onerror', value: 'x' },
        { name: 'ONLOAD', value: 'x' },
        { name: 'onpointerenter', value: 'x' },
      ]).map((finding) => finding.attribute),
    ).toEqual(['onerror', 'ONLOAD', 'onpointerenter']);
  });

  test('refuses a script URL in any URL attribute, srcset included', () => {
    expect(checkElement('img', [{ name: 'srcset', value: 'a.png 1x, javascript:alert(1) 2x' }])[0]?.rule).toBe(
      'unsafe-url',
    );
    expect(checkElement('q', [{ name: 'cite', value: 'vbscript:x' }])[0]?.rule).toBe('unsafe-url');
  });

  test('refuses attributes that could restyle the page or feed the search index', () => {
    expect(
      checkElement('span', [
        { name: 'style', value: 'position:fixed' },
        { name: 'data-pagefind-filter', value: 'theme:x' },
        { name: 'id', value: 'main' },
      ]).map((finding) => finding.rule),
    ).toEqual(['html-attribute', 'html-attribute', 'html-attribute']);
  });
});

describe('checkHtml', () => {
  test('sees tags that building a tree would silently drop', () => {
    expect(checkHtml('<div><td onclick="alert(1)"></div>').map((finding) => finding.attribute)).toEqual(['onclick']);
    expect(checkHtml('<html onclick=alert(1)>').map((finding) => finding.rule)).toEqual(['html-element']);
  });

  test('refuses a tag left open, which would swallow the markup after it', () => {
    expect(checkHtml('<div title="').map((finding) => [finding.rule, finding.at])).toEqual([
      ['html-syntax', { line: 1, column: 1 }],
    ]);
  });

  test('accepts comments, and reports an element hidden behind an abrupt comment end', () => {
    expect(checkHtml('<!-- a note -->')).toEqual([]);
    expect(checkHtml('<!--><script>alert(1)</script>-->').map((finding) => finding.rule)).toEqual(['html-element']);
  });

  test('locates each finding on its line and column', () => {
    expect(checkHtml('<p>\n  <img src="/a.png" onerror="x">\n</p>').map((finding) => finding.at)).toEqual([
      { line: 2, column: 21 },
    ]);
  });
});
