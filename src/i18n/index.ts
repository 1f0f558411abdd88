/**
 * Every word of the site's interface, by language: components and pages never hold their own copy.
 *
 * One dictionary per language: `en.ts` is the reference and has every key; `cy.ts` translates whole
 * sections of it. `words(lang)` gives each section in `lang` where it is translated and in English
 * where not; `caseStudy` and `site` carry their own `lang` (and `sectionLanguage` tells any
 * section's), so that a component marks words not in the page's language with a `lang` attribute.
 *
 * Adding a language: a `<lang>.ts` of type `Translation`, one line in `dictionaries`. Adding words:
 * a key in `en.ts` (and in each translation of its section). Adding a section (the words of one
 * area, such as `vocabularies` or `contribute`): a key of `en` in `en.ts`, and of each translation
 * once translated; the section is typed from the English, so a translation cannot miss a key of it.
 */
import type { Language } from '../schema/taxonomy.ts';
import { cy } from './cy.ts';
import {
  en,
  type CaseStudyWords,
  type ContributeWords,
  type Dictionary,
  type ProblemWords,
  type SearchWords,
  type SiteWords,
  type Translation,
  type VocabularyNames,
} from './en.ts';

export type {
  CaseStudyWords,
  ContributeWords,
  Dictionary,
  ProblemWords,
  SearchWords,
  SiteWords,
  Translation,
  VocabularyNames,
  VocabularyWords,
} from './en.ts';
export type { ChangeWords } from './shared.ts';
export { plural, pluralCategory, type PluralForms } from './plural.ts';

/** Each language's dictionary. */
export const dictionaries: Record<Language, Translation> = { en, cy };

const sections = Object.keys(en) as (keyof Dictionary)[];
const looked = new Map<Language, Dictionary>();

/** Every section of the interface in `lang`, or in English where `lang` does not translate it yet. */
export function words(lang: Language): Dictionary {
  let found = looked.get(lang);
  if (found === undefined) {
    const translation = dictionaries[lang];
    found = Object.fromEntries(sections.map((section) => [section, translation[section] ?? en[section]])) as Dictionary;
    looked.set(lang, found);
  }
  return found;
}

/**
 * The language `section` is shown in on a page in `lang`: `lang` where it is translated, else
 * English. For a section without a `lang` of its own (such as `vocabularies` or `contribute`).
 */
export function sectionLanguage(lang: Language, section: keyof Dictionary): Language {
  return dictionaries[lang][section] === undefined ? 'en' : lang;
}

/** The words of a case-study page in `lang`: the page is in the case study's language throughout. */
export function caseStudyWords(lang: Language): CaseStudyWords {
  return words(lang).caseStudy;
}

/** The rest of the interface's words in `lang`, or in English until translated; `lang` of the result says which. */
export function siteWords(lang: Language = 'en'): SiteWords {
  return words(lang).site;
}

/** The names of the vocabularies in `lang` (English until translated; `sectionLanguage` says which). */
export function vocabularyNames(lang: Language = 'en'): VocabularyNames {
  return words(lang).vocabularies;
}

/** The words of the contribution page and its form in `lang` (English until translated). */
export function contributeWords(lang: Language = 'en'): ContributeWords {
  return words(lang).contribute;
}

/** The words of the search page and its script in `lang` (English until translated). */
export function searchWords(lang: Language = 'en'): SearchWords {
  return words(lang).search;
}

/** What the contribution form and the issue robot say about a problem with an answer, in `lang`. */
export function problemWords(lang: Language = 'en'): ProblemWords {
  return words(lang).problems;
}

/** The dotted path of every word in `dictionary` ("site.footer.about"); a word is anything but a plain object. */
export function wordKeys(dictionary: object, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    isPlainObject(value) ? wordKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The English words `lang` does not translate yet, by dotted path: they fall back to English. */
export function untranslatedKeys(lang: Language): string[] {
  const translated = new Set(wordKeys(dictionaries[lang]));
  return wordKeys(en).filter((key) => !translated.has(key));
}

/** The keys of `lang`'s dictionary that English lacks: words no page asks for, or a misspelt key. */
export function keysEnglishLacks(lang: Language): string[] {
  const english = new Set(wordKeys(en));
  return wordKeys(dictionaries[lang]).filter((key) => !english.has(key));
}
