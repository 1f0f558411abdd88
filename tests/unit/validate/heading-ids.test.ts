/**
 * The validator predicts the ids of a case study's headings and footnotes (src/validate/heading-ids.ts)
 * to check links such as `#lessons-learned` before any build. Astro's own Markdown processor (the
 * one a build renders with, @astrojs/markdown-satteri) is run here on the same text: the ids must
 * be the same, heading by heading.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { expect, test } from 'vitest';
import { footnoteIds, headingIds } from '../../../src/validate/heading-ids.ts';

const tree = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The ids Astro's renderer gives the page's elements, in order. */
async function renderedIds(markdown: string): Promise<string[]> {
  const processor = await createSatteriMarkdownProcessor({ syntaxHighlight: false });
  const { code } = await processor.render(markdown, {});
  return [...code.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
}

const headings = [
  'Context',
  'What was done',
  'Lessons for other places',
  // Smart punctuation: quotes, dashes and ellipses become characters the slugger drops.
  'Don\'t "stop" -- now...',
  'a---b ----c -d',
  '`a--b` in code keeps its hyphens',
  'Outcomes & *Lessons* for [other](https://example.org) places',
  'Costs <sup>1</sup> and `code` ![a picture](x.png)',
  'Café – naïve 2025/26 £5m',
  'Ünïcödé ΑΒΓ Кириллица 中文 and emoji 🎉',
  'Under_score and 1.5%',
  'Trailing hashes ##',
  'Entity &amp; &copy; &#65;',
  'Strike ~~out~~ text',
  'Cost (£2.5m) / year',
  // Repeats get -1, -2…, and a heading may collide with such a suffix.
  'Costs',
  'Costs',
  'costs-1',
  '',
  'Tab\there',
];

test('heading ids are the ids the renderer writes', async () => {
  const markdown = `${headings.map((text) => `## ${text}`).join('\n\n')}\n\nSetext heading\n---\n`;

  const rendered = await renderedIds(markdown);

  expect(headingIds(tree(markdown))).toEqual(rendered);
  // The ids really vary: the test would catch a slugger that ignored smart punctuation or repeats.
  expect(rendered).toContain('dont-stop--now');
  expect(rendered).toContain('costs-1-1');
});

test('footnote ids are the ids the renderer writes', async () => {
  const markdown =
    'A claim[^1], another[^source], the first again[^1] and one in Welsh[^Über].\n\n[^1]: One.\n[^source]: Two.\n[^Über]: Tri.\n[^unused]: Never referred to.\n';

  const rendered = await renderedIds(markdown);

  expect(new Set(footnoteIds(tree(markdown)))).toEqual(new Set(rendered));
  expect(rendered).toContain('user-content-fnref-1-2');
});

test('a text without headings or footnotes has no ids', () => {
  expect(headingIds(tree('Just a paragraph.\n'))).toEqual([]);
  expect(footnoteIds(tree('Just a paragraph with [^no-such-note].\n'))).toEqual([]);
});
