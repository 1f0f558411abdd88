import { expect, test } from 'vitest';
import { langAttribute, termDescription, termLabel } from '../../../src/lib/terms.ts';
import { taxonomy } from './site-fixtures.ts';

test('gives the Welsh label where the vocabulary has one', () => {
  expect(termLabel(taxonomy.regions, 'wales', 'cy')).toEqual({ text: 'Cymru', lang: 'cy' });
});

test('falls back to English, saying so, where there is no Welsh label', () => {
  const label = termLabel(taxonomy.statuses, 'ongoing', 'cy');

  expect(label).toEqual({ text: 'Ongoing', lang: 'en' });
  expect(langAttribute(label, 'cy')).toBe('en');
  expect(langAttribute(label, 'en')).toBeUndefined();
});

test('gives the id for an unknown term and no description', () => {
  expect(termLabel(taxonomy.topics, 'no-such-topic').text).toBe('no-such-topic');
  expect(termDescription(taxonomy.topics, 'no-such-topic')).toBeUndefined();
});
