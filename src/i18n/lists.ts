/**
 * Lists in words ("2013, 2017 and 2020"; "2013 a 2020"), by the language's own rules through
 * `Intl.ListFormat`, so that no list of the interface joins its items in English.
 */
import type { Language } from '../schema/taxonomy.ts';
import * as compiled from './paraglide/messages.js';

/** The last item after the two spellings of "and" (the catalogues' `site_listJoin_*`), compiled by Paraglide. */
type Joiner = (inputs: { item: string }, options: { locale: Language }) => string;
const joiners = compiled as unknown as Record<'site_listJoin_and' | 'site_listJoin_andBeforeVowel', Joiner>;

const locales: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

// Made once per language, as the formatters of src/lib/format.ts.
const formats = new Map<Language, Intl.ListFormat>();

/**
 * ICU's Welsh data leaves the choice between "a" and "ac" (before a vowel) to the writer and
 * writes "a(c)"; the choice is made here by the item that follows, with the words of the catalogue.
 */
const eitherSpelling = /^(.*)\ba\(c\)\s*$/su;
const startsWithVowel = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/iu;

/** `items` joined as a sentence of `lang` joins them: "2013", "2013 and 2020", "2013, 2017 and 2020". */
export function listInWords(items: readonly string[], lang: Language): string {
  let format = formats.get(lang);
  if (format === undefined) formats.set(lang, (format = new Intl.ListFormat(locales[lang], { type: 'conjunction' })));
  const parts = format.formatToParts(items);
  let text = '';
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!;
    const either = part.type === 'literal' ? eitherSpelling.exec(part.value) : null;
    const next = parts[index + 1];
    if (!either || next?.type !== 'element') {
      text += part.value;
      continue;
    }
    // "a(c) " and the item after it, as the catalogue writes them: "a Bangor", "ac Abertawe".
    const joiner = startsWithVowel.test(next.value) ? joiners.site_listJoin_andBeforeVowel : joiners.site_listJoin_and;
    text += `${either[1]}${joiner({ item: next.value }, { locale: lang })}`;
    index++;
  }
  return text;
}
