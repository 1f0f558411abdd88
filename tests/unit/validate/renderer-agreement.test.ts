/**
 * What the validator accepts must be safe once Astro renders it. This renders accepted bodies with
 * the Markdown processor Astro uses by default (satteri, a dependency of Astro's own), and reads
 * the HTML it writes as a browser's tokenizer would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTokens } from '../../../src/validate/html-tokens.ts';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/validate/body-rules.ts';
import { splitFrontmatter } from '../../../src/validate/frontmatter.ts';
import { isUnsafeUrl } from '../../../src/validate/html-policy.ts';

const satteri = await import('satteri').catch(() => undefined);
const caseStudies = fileURLToPath(new URL('../../fixtures/validate/good/case-studies/', import.meta.url));

/** Everything in rendered HTML that could run script. */
function dangers(html: string): string[] {
  const found: string[] = [];
  readTokens(html, {
    onStartTag(token) {
      if (
        [
          'script',
          'iframe',
          'object',
          'embed',
          'style',
          'form',
          'body',
          'html',
          'svg',
          'math',
          'base',
          'meta',
        ].includes(token.tagName)
      )
        found.push(`<${token.tagName}>`);
      for (const attribute of token.attrs) {
        if (attribute.name.startsWith('on')) found.push(attribute.name);
        if (
          ['href', 'src', 'srcset', 'action', 'formaction', 'cite', 'poster', 'data'].includes(attribute.name) &&
          isUnsafeUrl(attribute.value)
        )
          found.push(`${attribute.name}=${attribute.value}`);
      }
    },
    onParseError(error) {
      if (error.code.startsWith('eof-in-tag')) found.push(error.code);
    },
  });
  return found;
}

/** Tricky bodies that the validator accepts. */
const acceptedBodies = [
  'a<b, x < y > z, 3 <4',
  '<img/src=x/onerror=alert(1)>',
  '`<script>alert(1)</script>` in code',
  '```html\n<script>alert(1)</script>\n```',
  '    <iframe src="x"></iframe>',
  '\\<script>alert(1)\\</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '[link](https://example.org/?q=javascript:alert(1))',
  '<a href="https://example.org/" title="javascript: a history">x</a>',
  '<details>\n<summary>More</summary>\n\nText with " quotes and \' and = signs.\n\n</details>',
];

describe.skipIf(!satteri)('bodies the validator accepts render to safe HTML', () => {
  test.each(acceptedBodies)('%j', (body) => {
    expect(checkBody('x.md', body, 'md')).toEqual([]);

    expect(dangers(satteri!.markdownToHtml(body).html)).toEqual([]);
  });

  test.each(readdirSync(caseStudies).filter((name) => name.endsWith('.md') && !name.startsWith('_')))(
    'good fixture %s',
    (name) => {
      const split = splitFrontmatter(name, readFileSync(path.join(caseStudies, name), 'utf8'));
      if (!split.ok) throw new Error('fixture has no front matter');

      expect(dangers(satteri!.markdownToHtml(split.frontmatter.body).html)).toEqual([]);
    },
  );
});

describe.skipIf(!satteri)('the validator refuses what would render as script', () => {
  test.each([
    '<div title="\n\n" onmouseover="alert(1)" x="',
    'x <img src=x onerror=alert(1)> y',
    '[x](javascript:alert(1))',
    '<javascript:alert(1)>',
    '<td onclick=alert(1)>',
  ])('%j', (body) => {
    expect(dangers(satteri!.markdownToHtml(body).html)).not.toEqual([]);

    expect(checkBody('x.md', body, 'md')).not.toEqual([]);
  });
});
