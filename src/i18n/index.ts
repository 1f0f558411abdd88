/**
 * Every word of the site's interface, by language: components and pages never hold their own copy.
 *
 * The words are messages in `messages/en.json` (the reference) and `messages/<lang>.json`, in
 * inlang's message format; Paraglide JS compiles them to functions in `src/i18n/paraglide/`
 * (`npm run messages`, which `npm ci`, the build, the dev server and the tests run). This module
 * gives them to the pages as sections of nested words: the key `site_footer_about` is
 * `siteWords(lang).footer.about`, `contribute_steps_0` the first of `contributeWords(lang).steps`.
 * A message without inputs is a string; a message with inputs is a phrase, a function with the
 * parameters of its adapter in `phrases.ts`; a message under a `script` subsection is a template for
 * a browser script (its text as written, `{count}` unfilled, and a phrase with a plural as its
 * `PluralForms`), since the page hands it to the script as JSON.
 *
 * Every language has every message, with the same inputs: a catalogue that misses one, or has one
 * English lacks, stops the build here, naming the file and the key (`catalogue.ts`).
 */
import { languageNames } from '../schema/languages.ts';
import type { Language } from '../schema/taxonomy.ts';
import type { VocabularyKey } from '../schema/vocabularies.ts';
import type { CaseStudyOrder } from '../lib/case-studies.ts';
import english from '../../messages/en.json' with { type: 'json' };
import welsh from '../../messages/cy.json' with { type: 'json' };
import * as compiled from './paraglide/messages.js';
import { catalogueProblems, messageInputs, messageKeys, type Catalogue, type MessageSource } from './catalogue.ts';
import { phrases, type MessageInputs, type MessageKey, type PhraseContext, type Phrases } from './phrases.ts';
import type { PluralForms } from './plural.ts';

export type { ChangeWords } from './shared.ts';
export type { MessageKey } from './phrases.ts';
export { plural, pluralCategory, type PluralForms } from './plural.ts';
export { listInWords } from './lists.ts';

/** Each language's catalogue, with the file it is read from (for what a problem names). */
export const catalogues: Record<Language, { file: string; messages: Catalogue }> = {
  en: { file: 'messages/en.json', messages: english as Catalogue },
  cy: { file: 'messages/cy.json', messages: welsh as Catalogue },
};

type CompiledMessage = (inputs: MessageInputs, options: { locale: Language }) => string;
const compiledMessages = compiled as unknown as Record<string, CompiledMessage | undefined>;

const isTemplate = (key: string) => key.split('_').includes('script');

/** What stops the build: a translation's problems, an out-of-date compile, a phrase without its adapter. */
function setUpProblems(): string[] {
  const problems = (Object.keys(catalogues) as Language[])
    .filter((lang) => lang !== 'en')
    .flatMap((lang) => catalogueProblems(catalogues.en, catalogues[lang]));
  const keys = messageKeys(catalogues.en.messages);
  const missing = keys.filter((key) => compiledMessages[key] === undefined);
  if (missing.length > 0) {
    problems.push(
      `src/i18n/paraglide/ does not have ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}: it is out of date with messages/en.json. Run \`npm run messages\`.`,
    );
  }
  for (const key of keys) {
    const inputs = messageInputs(catalogues.en.messages[key]!);
    if (inputs.length > 0 && !isTemplate(key) && !(key in phrases)) {
      problems.push(
        `messages/en.json: "${key}" takes ${inputs.map((input) => `{${input}}`).join(', ')}, but src/i18n/phrases.ts has no adapter for it: add "${key}" there with the parameters the pages pass.`,
      );
    }
  }
  for (const key of Object.keys(phrases)) {
    if (!keys.includes(key)) problems.push(`src/i18n/phrases.ts: "${key}" has no message in messages/en.json.`);
  }
  return problems;
}

const problems = setUpProblems();
if (problems.length > 0) {
  throw new Error(`The interface's messages cannot be used:\n- ${problems.join('\n- ')}`);
}

const pluralLocal = /^local\s+(\S+)\s*=\s*\S+\s*:\s*plural\b/;

/** A plural message of a `script` subsection as the `PluralForms` the browser's `plural` takes. */
function pluralForms(key: string, message: MessageSource): PluralForms {
  if (typeof message === 'string') return { other: message };
  const [variant] = message;
  const local = variant?.declarations.map((declaration) => pluralLocal.exec(declaration.trim())?.[1]).find(Boolean);
  const forms: Partial<PluralForms> = {};
  for (const [combination, text] of Object.entries(variant?.match ?? {})) {
    const chosen = combination
      .split(',')
      .map((pair) => pair.trim().split('='))
      .filter(([, value]) => value !== '*');
    if (chosen.length === 0) forms.other = text;
    else if (chosen.length === 1 && chosen[0]![0] === local) forms[chosen[0]![1] as Intl.LDMLPluralRule] = text;
    else if (chosen.length === 1 && chosen[0]![1] === '0') forms['=0'] = text;
    else
      throw new Error(`${key}: a browser template can only vary by a plural category or =0, not by "${combination}".`);
  }
  if (forms.other === undefined) throw new Error(`${key}: a browser template needs a "*" variant.`);
  return forms as PluralForms;
}

/** `tree` with every object whose keys are 0, 1, 2, … made an array, in order. */
function withLists(tree: Record<string, unknown>): unknown {
  const entries = Object.entries(tree).map(([key, value]) => [
    key,
    typeof value === 'object' && value !== null ? withLists(value as Record<string, unknown>) : value,
  ]);
  if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key as string))) {
    return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, value]) => value);
  }
  return Object.fromEntries(entries);
}

/** Every message of `lang`, as nested words. */
function wordsOf(lang: Language): Dictionary {
  const source = catalogues[lang].messages;
  // A compiled message builds its Intl.PluralRules and Intl.NumberFormat on every call, and a large
  // build asks for counts tens of thousands of times (on every listing page): a count is kept.
  const counts = new Map<string, string>();
  const message = (key: MessageKey, inputs: MessageInputs = {}) => {
    const names = Object.keys(inputs);
    if (names.length !== 1 || names[0] !== 'count') return compiledMessages[key]!(inputs, { locale: lang });
    const id = `${key} ${inputs.count}`;
    let text = counts.get(id);
    if (text === undefined) counts.set(id, (text = compiledMessages[key]!(inputs, { locale: lang })));
    return text;
  };
  const tree: Record<string, unknown> = {};
  for (const key of messageKeys(catalogues.en.messages) as MessageKey[]) {
    let value: unknown;
    if (key in phrases) {
      const context: PhraseContext = { lang, message, say: (inputs) => message(key, inputs) };
      value = (phrases[key as keyof Phrases] as (context: PhraseContext) => unknown)(context);
    } else if (isTemplate(key)) {
      const text = source[key]!;
      value = typeof text === 'string' ? text : pluralForms(`${catalogues[lang].file}: "${key}"`, text);
    } else {
      value = message(key);
    }
    const path = key.split('_');
    let node = tree;
    for (const segment of path.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  const words = withLists(tree) as Dictionary;
  Object.assign(words.caseStudy, { lang, languageName: languageNames[lang] });
  Object.assign(words.site, { lang });
  return words;
}

// The nested words, typed from the English catalogue's keys: `A_B_C` is `{ A: { B: { C } } }`.
type Head<Key extends string> = Key extends `${infer First}_${string}` ? First : Key;
type Tail<Keys extends string, First extends string> = Keys extends `${First}_${infer Rest}` ? Rest : never;
type Tree<Keys extends string, Prefix extends string> = {
  [Key in Keys as Head<Key>]: Key extends `${infer First}_${string}`
    ? Branch<Tail<Keys, First>, `${Prefix}${First}_`>
    : Leaf<`${Prefix}${Key}`>;
};
type Branch<Keys extends string, Prefix extends string> = [Keys] extends [`${number}`] ? string[] : Tree<Keys, Prefix>;
type Leaf<Key extends string> = Key extends keyof Phrases
  ? ReturnType<Phrases[Key]>
  : Key extends MessageKey
    ? (typeof english)[Key] extends string
      ? string
      : PluralForms
    : never;
type Messages = Tree<MessageKey, ''>;

/** The furniture of a case-study page, in the case study's language: facts, headings, charts, links. */
export type CaseStudyWords = Messages['caseStudy'] & {
  /** The language these words are in. */
  lang: Language;
  /** The names of the languages, in this language. */
  languageName: Record<Language, string>;
};
/** The rest of the interface: header, footer, lists, map, statistics, open data, the 404 page. */
export type SiteWords = Messages['site'] & { lang: Language };
/** How the interface names one vocabulary: one term's kind ("Theme") and the list ("Themes"). */
export interface VocabularyWords {
  /** One term's kind: "Theme", "Type of organisation". */
  one: string;
  /** The vocabulary as a list: "Themes", "Types of organisation". */
  many: string;
}
/** The names of the vocabularies of the registry, by key. */
export type VocabularyNames = Messages['vocabularies'];
/** The contribution page and its form, except each field's own words (`src/schema/fields.ts`). */
export type ContributeWords = Messages['contribute'];
/** The search page and what its script says. */
export type SearchWords = Messages['search'];
/** The how-to guides' pages (docs/public-interface.md §10), and the lists of guides elsewhere. */
export type GuideWords = Messages['guides'];
/** The reader's selection: its button, the header's count, the comparison and the briefing pack (issue 17). */
export type SelectionWords = Messages['selection'];
/**
 * What the contribution form and the issue robot say about a problem with an answer, in the
 * contributor's words (`src/lib/contributor-problems.ts` fills them in): templates, so that the
 * form's page hands them to its script as JSON.
 */
export type ProblemWords = Messages['problems']['script'];
/** Every section of the interface. */
export interface Dictionary {
  caseStudy: CaseStudyWords;
  site: SiteWords;
  vocabularies: VocabularyNames;
  contribute: ContributeWords;
  search: SearchWords;
  guides: GuideWords;
  selection: SelectionWords;
  problems: { script: ProblemWords };
}

// A vocabulary added to the registry, or an order to the case-study list, fails the type check
// until the catalogue names it.
type Complete<Given, Wanted> = [Given] extends [Wanted] ? true : never;
const complete: [
  Complete<VocabularyNames, Record<VocabularyKey, VocabularyWords>>,
  Complete<SiteWords['orders'], Record<CaseStudyOrder | 'label', string>>,
  Complete<keyof Messages, keyof Dictionary>,
] = [true, true, true];
void complete;

const looked = new Map<Language, Dictionary>();

/** Every section of the interface in `lang`. */
export function words(lang: Language): Dictionary {
  let found = looked.get(lang);
  if (found === undefined) looked.set(lang, (found = wordsOf(lang)));
  return found;
}

/**
 * The language `section` is shown in on a page in `lang`: `lang`, since every language has every
 * message (the build stops otherwise). Kept for the components that mark a section not in the
 * page's language with a `lang` attribute.
 */
export function sectionLanguage(lang: Language, _section: keyof Dictionary): Language {
  return lang;
}

/** The words of a case-study page in `lang`: the page is in the case study's language throughout. */
export function caseStudyWords(lang: Language): CaseStudyWords {
  return words(lang).caseStudy;
}

/** The rest of the interface's words in `lang`; `lang` of the result says which. */
export function siteWords(lang: Language = 'en'): SiteWords {
  return words(lang).site;
}

/** The names of the vocabularies in `lang`. */
export function vocabularyNames(lang: Language = 'en'): VocabularyNames {
  return words(lang).vocabularies;
}

/** The words of the contribution page and its form in `lang`. */
export function contributeWords(lang: Language = 'en'): ContributeWords {
  return words(lang).contribute;
}

/** What the contribution form and the issue robot say about a problem with an answer, in `lang`. */
export function problemWords(lang: Language = 'en'): ProblemWords {
  return words(lang).problems.script;
}

/** The words of the selection's button, count, comparison and pack in `lang`; `script` holds its script's templates. */
export function selectionWords(lang: Language = 'en'): SelectionWords {
  return words(lang).selection;
}

/** The words of the search page and its script in `lang`. */
export function searchWords(lang: Language = 'en'): SearchWords {
  return words(lang).search;
}

/** The words of the how-to guides' pages in `lang`. */
export function guideWords(lang: Language = 'en'): GuideWords {
  return words(lang).guides;
}

/** The English messages `lang` does not translate: none, since a missing one stops the build; for the report of the tests. */
export function untranslatedKeys(lang: Language): string[] {
  const translated = catalogues[lang].messages;
  return messageKeys(catalogues.en.messages).filter((key) => translated[key] === undefined);
}

/** The keys of `lang`'s catalogue that English lacks: none, since one stops the build. */
export function keysEnglishLacks(lang: Language): string[] {
  return messageKeys(catalogues[lang].messages).filter((key) => catalogues.en.messages[key] === undefined);
}
