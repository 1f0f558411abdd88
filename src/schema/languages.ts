/**
 * The names of the languages a case study can be written in, in each language the site speaks:
 * written once, for the validator's messages, the search results, the case-study page and the
 * contribution forms.
 */
// Types only: the search page's script reads these names, and taxonomy.ts would bring zod with it.
import type { Language } from './taxonomy.ts';

/** `languageNames[interfaceLanguage][language]`: "Welsh" in English, "Cymraeg" in Welsh. */
export const languageNames = {
  en: { en: 'English', cy: 'Welsh' },
  cy: { en: 'Saesneg', cy: 'Cymraeg' },
} as const satisfies Record<Language, Record<Language, string>>;

/**
 * A language as the contribution forms offer it: its own name, followed by the English name in
 * brackets where that differs, so that anyone finds their language ("Cymraeg (Welsh)").
 */
export function languageChoiceLabel(lang: Language): string {
  const own = languageNames[lang][lang];
  const english = languageNames.en[lang];
  return own === english ? own : `${own} (${english})`;
}

/** The languages a contributor can choose, in the library's order (that of `languages`). */
export const languageChoices: readonly { id: Language; label: string }[] = (
  Object.keys(languageNames.en) as Language[]
).map((id) => ({
  id,
  label: languageChoiceLabel(id),
}));
