/**
 * How dates, numbers, countries and outcome values read on the page, in English or Welsh. Words
 * ("Since 2013", "12 case studies") are in `src/i18n/`.
 */
import type { Language } from '../schema/taxonomy.ts';

const locales: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

// Made once per language: creating an Intl formatter costs far more than formatting with it, and
// list pages format thousands of dates (2.5 s of a 1,000-case-study build before they were kept).
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const countryNames = new Map<Language, Intl.DisplayNames>();
function once<T>(cache: Map<Language, T>, lang: Language, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) cache.set(lang, (value = make()));
  return value;
}

/** The name of an ISO 3166-1 alpha-2 country code (`US` → "United States"); the code when unknown. */
export function countryName(code: string, lang: Language = 'en'): string {
  try {
    return (
      once(
        countryNames,
        lang,
        () => new Intl.DisplayNames([locales[lang], 'en-GB'], { type: 'region', fallback: 'code' }),
      ).of(code.toUpperCase()) ?? code
    );
  } catch {
    return code;
  }
}

/** A `YYYY-MM-DD` date as people write it: "1 March 2024" ("1 Mawrth 2024" in Welsh). */
export function formatDate(iso: string, lang: Language = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const format = once(
    dateFormats,
    lang,
    () => new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );
  return format.format(new Date(Date.UTC(year, month - 1, day)));
}

/** A number with thousands separators: 147800 → "147,800". */
export function formatNumber(value: number, lang: Language = 'en'): string {
  return once(numberFormats, lang, () => new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 })).format(
    value,
  );
}

/** Units written straight after the number: 28%, 34p, 5k, 3m, 2bn. */
const attachedUnits = new Set(['', '%', 'p', 'k', 'm', 'bn']);

/**
 * An outcome's value with its unit as people read it: currency units before the number
 * (`£m` → "£112.3m"), `%`, `p`, `k`, `m`, `bn` straight after it ("28%", "34p"), words after a
 * space ("4,000 jobs").
 */
export function formatValue(value: number, unit: string, lang: Language = 'en'): string {
  const number = formatNumber(value, lang);
  const trimmed = unit.trim();
  const currency = /^([£$€¥])(.*)$/u.exec(trimmed);
  if (currency) {
    const [, symbol, rest] = currency;
    const sign = value < 0 ? '-' : '';
    return `${sign}${symbol}${formatNumber(Math.abs(value), lang)}${rest}`;
  }
  if (attachedUnits.has(trimmed)) return `${number}${trimmed}`;
  return `${number} ${trimmed}`;
}
