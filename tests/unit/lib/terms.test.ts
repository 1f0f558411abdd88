import { expect, test } from 'vitest';
import { langAttribute, termDescription, termLabel } from '../../../src/lib/terms.ts';
import { taxonomy } from './site-fixtures.ts';

test('gives the Welsh label where the vocabulary has one', () => {
  expect(termLabel(taxonomy.regions, 'wales', 'cy')).toEqual({ text: 'Cymru', lang: 'cy' });
});

test('gives every vocabulary’s Welsh on a Welsh page: status, evidence, organisation type, topic', () => {
  expect(termLabel(taxonomy.statuses, 'ongoing', 'cy')).toEqual({ text: 'Ar waith', lang: 'cy' });
  expect(termLabel(taxonomy.evidenceLevels, 'monitored', 'cy').text).toBe("Wedi'i fonitro");
  expect(termLabel(taxonomy.organisationTypes, 'welsh-council', 'cy').text).toBe('Cyngor yng Nghymru');
  expect(termLabel(taxonomy.topics, 'social-value', 'cy').text).toBe('Gwerth cymdeithasol');
});

test('marks a label that is not in the page’s language, such as an unknown id', () => {
  const label = termLabel(taxonomy.statuses, 'no-such-status', 'cy');

  expect(label).toEqual({ text: 'no-such-status', lang: 'en' });
  expect(langAttribute(label, 'cy')).toBe('en');
  expect(langAttribute(label, 'en')).toBeUndefined();
});

test('gives the id for an unknown term and no description', () => {
  expect(termLabel(taxonomy.topics, 'no-such-topic').text).toBe('no-such-topic');
  expect(termDescription(taxonomy.topics, 'no-such-topic')).toBeUndefined();
});
