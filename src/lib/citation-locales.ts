/**
 * The words and date order of a citation in each language of the site, as CSL locales for the
 * citation processor. citation-js ships en-US and four other locales, none of them British or
 * Welsh: en-US writes "December 2, 2026", a British reader writes "2 December 2026". Only what the
 * Harvard style asks for is here; the processor takes anything else from en-US.
 */
import type { Language } from '../schema/taxonomy.ts';
import { citationMonths } from './citation-date.ts';

/** A CSL locale with the day-month-year date order and the given terms and month names. */
function cslLocale(
  tag: string,
  terms: Record<string, string | { long: string; short: string }>,
  months: readonly string[],
): string {
  const term = (name: string, value: string | { long: string; short: string }) =>
    typeof value === 'string'
      ? `<term name="${name}">${value}</term>`
      : `<term name="${name}">${value.long}</term><term name="${name}" form="short">${value.short}</term>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="${tag}">
  <style-options punctuation-in-quote="false"/>
  <date form="text"><date-part name="day" suffix=" "/><date-part name="month" suffix=" "/><date-part name="year"/></date>
  <date form="numeric"><date-part name="day" form="numeric-leading-zeros" suffix="/"/><date-part name="month" form="numeric-leading-zeros" suffix="/"/><date-part name="year"/></date>
  <terms>
    ${Object.entries(terms)
      .map(([name, value]) => term(name, value))
      .join('\n    ')}
    ${months.map((month, index) => `<term name="month-${String(index + 1).padStart(2, '0')}">${month}</term>`).join('\n    ')}
  </terms>
</locale>`;
}

/** The CSL locale tag of each language of the site, as the citation processor is asked for it. */
export const cslLocaleTags = { en: 'en-GB', cy: 'cy-GB' } as const satisfies Record<Language, string>;

/** The locales themselves, by tag. */
export const cslLocales: Record<(typeof cslLocaleTags)[Language], string> = {
  'en-GB': cslLocale(
    'en-GB',
    {
      accessed: 'accessed',
      'available at': 'available at',
      in: 'in',
      'no date': { long: 'no date', short: 'n.d.' },
      edition: { long: 'edition', short: 'edn' },
      and: 'and',
      'et-al': 'et al.',
    },
    citationMonths.en,
  ),
  // The Welsh of Harvard referencing as Welsh universities' guides write it ("Ar gael yn: …
  // (Cyrchwyd: …)").
  'cy-GB': cslLocale(
    'cy-GB',
    {
      accessed: 'cyrchwyd',
      'available at': 'ar gael yn',
      in: 'yn',
      'no date': { long: 'dim dyddiad', short: 'd.d.' },
      edition: { long: 'argraffiad', short: 'arg.' },
      and: 'a',
      'et-al': 'et al.',
    },
    citationMonths.cy,
  ),
};
