import { describe, expect, test } from 'vitest';
import { closestSuggestion, suggestionList } from '../../../src/lib/search-suggest.ts';
import { readCaseStudies } from '../../../src/content/index.ts';
import { contentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const taxonomy = loadTaxonomy(contentRoot());
const published = readCaseStudies(contentRoot(), taxonomy).entries.map((entry) => entry.data);
const list = suggestionList(published, taxonomy);

describe('suggestionList', () => {
  test('holds the places, organisations and vocabulary labels in both languages, each once', () => {
    expect(list).toContain('Preston');
    expect(list).toContain(published[0]!.organisation);
    expect(list).toContain(taxonomy.topics[0]!.label);
    expect(list).toContain(taxonomy.topics[0]!.cy.label);
    expect(new Set(list).size).toBe(list.length);
  });

  test('holds names and labels, not sentences: a small file', () => {
    expect(list.every((entry) => entry.split(' ').length <= 12)).toBe(true);
    expect(JSON.stringify(list).length).toBeLessThan(20_000);
  });
});

describe('closestSuggestion', () => {
  test('corrects a place typed with a letter missing to the place', () => {
    expect(closestSuggestion('prestn', list)).toBe('Preston');
    expect(closestSuggestion('Birmingam', list)).toBe('Birmingham');
  });

  test('corrects a vocabulary label, accents and case aside', () => {
    expect(closestSuggestion('insorcing', list)).toBe('Insourcing');
    expect(closestSuggestion('comunity land trust', ['Community land trusts', 'Community energy'])).toBe(
      'Community land trusts',
    );
  });

  test('prefers a whole entry to a word of one, then the shorter', () => {
    expect(closestSuggestion('prestn', ['Preston City Council', 'Preston'])).toBe('Preston');
    expect(closestSuggestion('prestn', ['Preston City Council'])).toBe('Preston');
  });

  test('suggests nothing far from every entry, nothing for what is already an entry, nothing for two letters', () => {
    expect(closestSuggestion('xylophone', list)).toBeUndefined();
    expect(closestSuggestion('Preston', ['Preston'])).toBeUndefined();
    expect(closestSuggestion('pr', ['Preston', 'Pr'])).toBeUndefined();
  });
});
