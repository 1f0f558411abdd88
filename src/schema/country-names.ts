/**
 * Countries as people type them: "Spain", "spain", "Sbaen", "USA" or "es" all mean `ES`. The names
 * come from the CLDR data every JavaScript engine carries (`Intl.DisplayNames`, in English and in
 * Welsh, long and short), over the officially assigned codes of `countries.ts`, so that no list of
 * names is kept here. Browser-safe: the contribution form, the issue robot and `npm run new` read a
 * country the same way (`answerValue` in `src/lib/case-study-file.ts`).
 */
import { iso3166Alpha2 } from './countries.ts';
import { editDistance } from './suggest.ts';

/** Lower case, without accents, apostrophes or punctuation: "Côte d’Ivoire" → "cote divoire". */
export const foldName = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'ʼ.]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

interface CountryName {
  code: string;
  /** The name as shown (English long form, or the form that matched). */
  name: string;
  folded: string;
}

let names: CountryName[] | undefined;

/** Every name of every country, in English and Welsh, long and short ("United States", "US", "Yr Unol Daleithiau", "UDA"). */
function countryNames(): CountryName[] {
  if (names) return names;
  const found = new Map<string, CountryName>();
  for (const locale of ['en', 'cy']) {
    for (const style of ['long', 'short'] as const) {
      let display: Intl.DisplayNames;
      try {
        display = new Intl.DisplayNames([locale], { type: 'region', style });
      } catch {
        continue;
      }
      for (const code of iso3166Alpha2) {
        const name = display.of(code);
        if (!name || name === code) continue;
        const folded = foldName(name);
        // A name that two countries share is no one's (none today; kept safe for new CLDR data).
        if (!found.has(folded)) found.set(folded, { code, name, folded });
      }
    }
  }
  // "USA" and "U.S." are how many people write the United States; CLDR's short form is "US".
  found.set('usa', { code: 'US', name: 'USA', folded: 'usa' });
  names = [...found.values()];
  return names;
}

/** The country's name in `lang` for a code ("ES" → "Spain", "Sbaen"). */
export function countryNameOf(code: string, lang: 'en' | 'cy' = 'en'): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The ISO 3166-1 alpha-2 code of a country written as its code (any case) or its name in English
 * or Welsh; undefined when the text names no country.
 */
export function countryCodeFromText(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && iso3166Alpha2.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  const folded = foldName(trimmed);
  if (folded === '') return undefined;
  return countryNames().find((name) => name.folded === folded)?.code;
}

/**
 * The country whose name is closest to `text` ("Spian" → Spain), for a "did you mean"; undefined
 * when none is close enough or two are equally close.
 */
export function closestCountry(text: string, lang: 'en' | 'cy' = 'en'): { code: string; name: string } | undefined {
  const folded = foldName(text);
  if (folded.length < 3) return undefined;
  let best: { codes: Set<string>; distance: number } | undefined;
  for (const name of countryNames()) {
    const distance = editDistance(folded, name.folded);
    if (!best || distance < best.distance) best = { codes: new Set([name.code]), distance };
    else if (distance === best.distance) best.codes.add(name.code);
  }
  if (!best || best.codes.size !== 1) return undefined;
  const allowed = Math.max(1, Math.floor(folded.length / 4));
  if (best.distance > allowed) return undefined;
  const code = [...best.codes][0]!;
  return { code, name: countryNameOf(code, lang) };
}
