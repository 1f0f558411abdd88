/**
 * Where each language's pages are, from Astro's i18n routing (`i18n` in astro.config.ts): English
 * at the contract's addresses, Welsh under `/cy/`. The page URL builders of `src/lib/urls.ts` take
 * `localeBase(lang)` as their base, so that no page writes a language prefix by hand; a case study
 * keeps its one address (`base`) in its own language.
 */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import type { Language } from '../schema/taxonomy.ts';

/** The languages the interface is built in, the default first. */
export const interfaceLanguages = ['en', 'cy'] as const satisfies readonly Language[];

/**
 * Whether the Welsh interface is built: always, but in the one build that measures what it costs
 * (`scripts/bench/welsh-cost.ts`), which builds a copy of the project without `src/pages/cy/`
 * and with `CWB_WELSH=0` (astro.config.ts refuses the setting anywhere else). Then every link
 * to a Welsh page goes to the English page instead, and no page has a language switch or a Welsh
 * alternate.
 */
export const welshInterface: boolean = process.env.CWB_WELSH !== '0';

/** The base of `lang`'s pages, deployment base included: `/` for English, `/cy/` for Welsh. */
export const localeBase = (lang: Language): string => getRelativeLocaleUrl(welshInterface ? lang : 'en', '');

/** The other language of the interface. */
export const otherLanguage = (lang: Language): Language => (lang === 'en' ? 'cy' : 'en');

/** The language of a page from `Astro.currentLocale` (English when Astro names none). */
export const pageLanguage = (locale: string | undefined): Language => (locale === 'cy' ? 'cy' : 'en');

/**
 * `pathname` (a page of the interface in `from`, base included) in language `to`: the same page
 * at the other language's address. Paths outside `from`'s pages come back unchanged.
 */
export function pathInLanguage(pathname: string, from: Language, to: Language): string {
  const fromBase = localeBase(from);
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(fromBase)) return pathname;
  return getRelativeLocaleUrl(welshInterface ? to : 'en', withSlash.slice(fromBase.length));
}

/** The absolute address of `lang`'s home page on `site`, for feeds. */
export const localeHomeUrl = (lang: Language): string => getAbsoluteLocaleUrl(lang, '');
