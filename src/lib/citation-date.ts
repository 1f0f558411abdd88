/**
 * An access date as a citation writes it: "2 December 2026", "2 Rhagfyr 2026" (day, month name,
 * year, as the CSL locales of `citation-locales.ts` order them). Browser-safe and free of Intl, so
 * that the case-study page's script writes the reader's day in the citation's words even where
 * the browser has no Welsh (Chromium built without Welsh dates writes "December 2, 2026").
 */
import type { Language } from '../schema/taxonomy.ts';

/** The month names of a citation, January first, in each language of the site. */
export const citationMonths = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  cy: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
} as const satisfies Record<Language, readonly string[]>;

/** `YYYY-MM-DD` as a citation's access date in `months` (one language's names, January first). */
export function citationDate(iso: string, months: readonly string[]): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = months[(month ?? 0) - 1];
  if (!year || !day || !name) throw new Error(`A citation's date must be YYYY-MM-DD, not "${iso}"`);
  return `${day} ${name} ${year}`;
}
