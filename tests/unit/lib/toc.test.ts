import { expect, test } from 'vitest';
import { needsTableOfContents, tableOfContents, wordCount } from '../../../src/lib/toc.ts';

const headings = [
  { depth: 2, slug: 'context', text: 'Context' },
  { depth: 3, slug: 'the-council', text: 'The council' },
  { depth: 2, slug: 'what-was-done', text: 'What was done' },
  { depth: 4, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'outcomes', text: 'Outcomes' },
];

test('lists the body’s sections with their subsections under them, then the page’s own', () => {
  const items = tableOfContents(headings, [{ slug: 'sources-heading', text: 'Sources' }]);

  expect(items.map((item) => item.slug)).toEqual(['context', 'what-was-done', 'outcomes', 'sources-heading']);
  expect(items[0]!.children.map((item) => item.text)).toEqual(['The council']);
  expect(items[1]!.children).toEqual([]);
});

test('counts a subsection before any section as a section', () => {
  expect(tableOfContents([{ depth: 3, slug: 'first', text: 'First' }])).toEqual([
    { slug: 'first', text: 'First', children: [] },
  ]);
});

test('skips headings without text or an id', () => {
  expect(
    tableOfContents([
      { depth: 2, slug: '', text: 'No id' },
      { depth: 2, slug: 'blank', text: '  ' },
    ]),
  ).toEqual([]);
});

test('offers a table of contents only for a long text with several sections', () => {
  const items = tableOfContents(headings, [{ slug: 'sources-heading', text: 'Sources' }]);

  expect(needsTableOfContents(items, 450)).toBe(true);
  expect(needsTableOfContents(items, 120)).toBe(false);
  expect(needsTableOfContents(items.slice(0, 2), 2000)).toBe(false);
});

test('counts words, not Markdown marks', () => {
  expect(wordCount('## Context\n\nPreston’s **anchor** institutions - 6 of them - spent £750m.')).toBe(9);
});
