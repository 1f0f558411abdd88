/**
 * Countries as people type them: "Spain", "spain", "Sbaen", "USA" or "es" all mean `ES`. The names
 * come from the CLDR data every JavaScript engine carries (`Intl.DisplayNames`, in English and in
 * Welsh, long and short), over the officially assigned codes of `countries.ts`, so that no list of
 * names is kept here. Browser-safe: the contribution form, the issue robot and `npm run new` read a
 * country the same way (`answerValue` in `src/lib/case-study-file.ts`).
 */
import { iso3166Alpha2 } from './countries.ts';

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
 * Edit distance counting two neighbouring letters swapped as one edit (optimal string alignment),
 * since "Spian" is one slip from Spain and two from Sudan.
 */
function slipDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The country whose name is closest to `text` ("Spian" → Spain), for a "did you mean"; undefined
 * when none is close enough or two are equally close.
 */
export function closestCountry(text: string, lang: 'en' | 'cy' = 'en'): { code: string; name: string } | undefined {
  const folded = foldName(text);
  if (folded.length < 4) return undefined;
  let best: { names: CountryName[]; distance: number } | undefined;
  for (const name of countryNames()) {
    const distance = slipDistance(folded, name.folded);
    if (!best || distance < best.distance) best = { names: [name], distance };
    else if (distance === best.distance) best.names.push(name);
  }
  if (!best) return undefined;
  // Of equally close names, those that start as typed ("Spian": Spain, not Iran); still two is a guess.
  const codes = (names: CountryName[]) => new Set(names.map((name) => name.code));
  let close = best.names;
  if (codes(close).size > 1) close = close.filter((name) => name.folded[0] === folded[0]);
  if (codes(close).size !== 1) return undefined;
  const allowed = Math.max(1, Math.floor(folded.length / 3));
  if (best.distance > allowed) return undefined;
  const code = close[0]!.code;
  return { code, name: countryNameOf(code, lang) };
}
