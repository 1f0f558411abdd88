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
 * ICU's Welsh data leaves the choice between "a" and "ac" to the writer, writes "a(c)", and puts a
 * comma before it ("Caerdydd, Wrecsam, a(c) Abertawe"). Welsh writes no comma there, "ac" before a
 * vowel and before a few words ("ac mae", "ac fel"), and "a" causes the aspirate mutation of the
 * word after it, proper names included: c, p, t become ch, ph, th ("Caerdydd a Chasnewydd", "a
 * Phowys", "a Thorfaen"). A name with the article ("Y Barri", "Yr Wyddgrug") joins it: "a'r Barri".
 */
const eitherSpelling = /^(.*?),?\s*\ba\(c\)\s*$/su;
const startsWithVowel = /^[aeiouyâêîôûŷáéíóúýàèìòùỳäëïöüÿ]/iu;
/** Words "ac" goes before though they start with a consonant. */
const acBefore = new Set([
  'mae',
  'mai',
  'meddai',
  'medd',
  'megis',
  'mewn',
  'felly',
  'fel',
  'gyda',
  'gydag',
  'hefyd',
  'nid',
  'na',
  'nad',
  'sydd',
  'sy',
]);
/** The article at the start of a name: "Y Barri", "Yr Wyddgrug". */
const article = /^(?:Y|Yr)\s+(?=\S)/u;

/** A number "ac" goes before: those read from "un" or "wyth" (1, 8, 11, 80–89, 800…). */
const readWithVowel = (item: string) => /^(?:1|11|8[\d,.]*)(?!\d)/u.test(item);

/**
 * `item` after the Welsh "and": "ac Abertawe", "a Chaerdydd", "a'r Barri", "a Wrecsam"; an
 * abbreviation in capitals ("a CLES") and a word already mutated ("a Thredegar") stay as written.
 */
export function welshAnd(item: string): { joiner: 'and' | 'andBeforeVowel'; item: string } {
  if (article.test(item)) return { joiner: 'and', item: `'r ${item.replace(article, '')}` };
  const firstWord = item
    .split(/\s/u, 1)[0]!
    .replace(/['’].*$/u, '')
    .toLocaleLowerCase('cy');
  if (startsWithVowel.test(item) || acBefore.has(firstWord) || readWithVowel(item))
    return { joiner: 'andBeforeVowel', item };
  const mutated = /^([CcPpTt])(?![hHsS])(\p{Ll})/u.exec(item);
  if (!mutated) return { joiner: 'and', item };
  const first = mutated[1]!;
  return { joiner: 'and', item: `${first}h${item.slice(1)}` };
}

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
    const joined = welshAnd(next.value);
    const joiner =
      joined.joiner === 'andBeforeVowel' ? joiners.site_listJoin_andBeforeVowel : joiners.site_listJoin_and;
    const words = joiner({ item: joined.item }, { locale: lang });
    // "a" and the article are one word: "a'r Barri".
    text += `${either[1]} ${joined.item.startsWith("'r ") ? words.replace(/\s+'r /u, "'r ") : words}`;
    index++;
  }
  return text;
}
