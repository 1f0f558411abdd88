/**
 * Excerpts from the text a reader sees (issue 15, item 1): matches in the hidden search-only block,
 * which Pagefind marks with the anchor `search-only`, are never quoted.
 */
import { describe, expect, test } from 'vitest';
import {
  holdsWordsAsTyped,
  markedText,
  matchedLabels,
  queryWords,
  searchOnlyAnchor,
  searchOnlyStart,
  visibleExcerpt,
  type ExcerptPart,
} from '../../../src/lib/search-excerpt.ts';

const text = (parts: ExcerptPart[] | undefined) =>
  parts?.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

// Words 0–11 are what a reader sees, 12 onwards the hidden block.
const content =
  'Preston paid the Real Living Wage to every council worker from 2013. Preston Council. Real Living Wage.';
const anchors = [
  { id: 'context', location: 2 },
  { id: searchOnlyAnchor, location: 12 },
];

describe('visibleExcerpt', () => {
  test('quotes the text around the matches a reader sees and marks them', () => {
    const excerpt = visibleExcerpt({ content, locations: [4, 5, 15, 16], anchors }, 30);

    expect(text(excerpt)).toBe('Preston paid the Real [Living] [Wage] to every council worker from 2013.');
  });

  test('gives nothing when every match is in the search-only block', () => {
    expect(visibleExcerpt({ content, locations: [13, 15], anchors }, 30)).toBeUndefined();
    expect(searchOnlyStart({ anchors })).toBe(12);
  });

  test('is cut to its length, with an ellipsis where text is left out, and never runs into the block', () => {
    const excerpt = visibleExcerpt({ content, locations: [8], anchors }, 4);

    expect(text(excerpt)).toBe('… to every [council] worker …');
    expect(text(visibleExcerpt({ content, locations: [11], anchors }, 6))).toBe(
      '… to every council worker from [2013.]',
    );
  });

  test('centres the densest matches, by their scores, as Pagefind does', () => {
    const long = Array.from({ length: 60 }, (_, index) => `w${index}`).join(' ');
    const excerpt = visibleExcerpt(
      {
        content: long,
        locations: [3, 40, 41],
        weighted_locations: [
          { location: 3, balanced_score: 1 },
          { location: 40, balanced_score: 2 },
          { location: 41, balanced_score: 2 },
        ],
      },
      8,
    );

    expect(text(excerpt)).toBe('… w36 w37 w38 w39 [w40] [w41] w42 w43 …');
  });

  test('stays within the section of its matches, between headings', () => {
    // Words 0–5 a summary, a heading at 6, its text from 7.
    const page = 'One two three four five six Context. Seven eight nine ten eleven twelve thirteen';
    const source = { content: page, locations: [4, 5], anchors: [{ id: 'context', element: 'h2', location: 6 }] };

    expect(text(visibleExcerpt(source, 5))).toBe('… two three four [five] [six]');
    expect(text(visibleExcerpt({ ...source, locations: [9] }, 20))).toBe(
      'Context. Seven eight [nine] ten eleven twelve thirteen',
    );
  });

  test('without the anchor (the dev index), quotes the whole text as Pagefind would', () => {
    expect(text(visibleExcerpt({ content, locations: [15] }, 3))).toBe('… Council. Real [Living] …');
  });
});

describe('holdsWordsAsTyped', () => {
  const source = { content: 'Preston City Council and TLC PR wrote it.', locations: [5] };

  test('tells a match of the word typed from a looser one', () => {
    expect(holdsWordsAsTyped(source, queryWords('prestn'))).toBe(false);
    expect(holdsWordsAsTyped({ ...source, locations: [0] }, queryWords('prest'))).toBe(true);
    expect(holdsWordsAsTyped({ ...source, locations: [0] }, queryWords('Preston'))).toBe(true);
  });
});

describe('the summary instead', () => {
  test('marks the words that start with a word searched for, accents aside', () => {
    expect(text(markedText('Cyngor Gwynedd split contracts into smaller lots.', queryWords('gwyn LOT')))).toBe(
      'Cyngor [Gwynedd] split contracts into smaller [lots].',
    );
    expect(text(markedText('Ynni’r môr', queryWords('mor')))).toBe('Ynni’r [môr]');
  });

  test('says which labels matched, each once', () => {
    expect(
      matchedLabels(
        ['Real Living Wage', 'Cyflog Byw Gwirioneddol', 'Net zero', 'Real Living Wage'],
        queryWords('living wage'),
      ),
    ).toEqual(['Real Living Wage']);
    expect(matchedLabels(['Social value'], queryWords('procurement'))).toEqual([]);
  });

  test('says which label a synonym matched, under the label', () => {
    const synonyms = { Insourcing: ['in-house', 'brought back in-house'] };

    expect(matchedLabels(['Insourcing', 'Net zero'], queryWords('in-house'), synonyms)).toEqual(['Insourcing']);
    expect(matchedLabels(['Insourcing'], queryWords('outsourced'), synonyms)).toEqual([]);
  });
});
