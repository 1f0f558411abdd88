import { expect, test } from 'vitest';
import {
  dictionaries,
  keysEnglishLacks,
  sectionLanguage,
  untranslatedKeys,
  wordKeys,
  words,
} from '../../../src/i18n/index.ts';
import type { Language } from '../../../src/schema/taxonomy.ts';

const translations = (Object.keys(dictionaries) as Language[]).filter((lang) => lang !== 'en');

test.each(translations)('has no key in %s that English lacks', (lang) => {
  expect(keysEnglishLacks(lang)).toEqual([]);
});

test.each(translations)('reports the English words %s does not translate yet, by section', (lang) => {
  const untranslated = untranslatedKeys(lang);
  const bySection = Map.groupBy(untranslated, (key) => key.split('.')[0]!);

  // Reported, not failed: until a section is translated it falls back to English and says so.
  console.info(
    untranslated.length === 0
      ? `${lang}: every English word is translated.`
      : `${lang}: ${untranslated.length} English words not translated yet, falling back to English: ${[...bySection]
          .map(([section, keys]) => `${section} (${keys.length}: ${keys.join(', ')})`)
          .join('; ')}`,
  );
  expect(untranslated.every((key) => wordKeys(dictionaries.en).includes(key))).toBe(true);
});

test('has the case-study page in Welsh throughout', () => {
  expect(untranslatedKeys('cy').filter((key) => key.startsWith('caseStudy.'))).toEqual([]);
});

test('marks each section with the language its words are in, English where Welsh falls back', () => {
  const welsh = words('cy');

  expect(welsh.caseStudy.lang).toBe('cy');
  expect(welsh.site.lang).toBe(untranslatedKeys('cy').some((key) => key.startsWith('site.')) ? 'en' : 'cy');
  expect(words('en').site.lang).toBe('en');
});

test('lists nested words by their dotted path', () => {
  expect(wordKeys({ a: 'x', b: { c: 'y', d: () => 'z' } })).toEqual(['a', 'b.c', 'b.d']);
});

test('says which language a section is shown in', () => {
  expect(sectionLanguage('cy', 'caseStudy')).toBe('cy');
  expect(sectionLanguage('cy', 'site')).toBe(words('cy').site.lang);
  expect(sectionLanguage('en', 'site')).toBe('en');
});
