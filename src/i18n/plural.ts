/**
 * Words that change with a number ("1 case study", "12 case studies"), chosen by the language's
 * own plural rules rather than by `count === 1`: English has two forms, Welsh six (zero, one, two,
 * few, many, other), and `Intl.PluralRules` knows them all.
 */
import type { Language } from '../schema/taxonomy.ts';
import { formatNumber } from '../lib/format.ts';

/**
 * The forms of a phrase, by CLDR plural category; `other` is required because every language has
 * it and it is the fallback of a category a phrase does not give. `'=0'` is used for exactly zero,
 * before the category (as ICU MessageFormat's `=0`), for phrases such as "No case studies" in a
 * language whose rules put zero with another number. `{count}` in a form is replaced by the number
 * as the language writes it ("1,200").
 */
export type PluralForms = { other: string; '=0'?: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const locales: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

// Made once per language, as the formatters in format.ts: list pages count thousands of times.
const rules = new Map<Language, Intl.PluralRules>();

/** The CLDR plural category of `count` in `lang` ("one", "two", "few", ...). */
export function pluralCategory(count: number, lang: Language): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (rule === undefined) rules.set(lang, (rule = new Intl.PluralRules(locales[lang])));
  return rule.select(count);
}

/** The form of `forms` that goes with `count` in `lang`, with `{count}` written in. */
export function plural(count: number, lang: Language, forms: PluralForms): string {
  const form = (count === 0 ? forms['=0'] : undefined) ?? forms[pluralCategory(count, lang)] ?? forms.other;
  return form.replaceAll('{count}', formatNumber(count, lang));
}
