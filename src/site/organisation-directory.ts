/**
 * Where an organisation is in each language (issue 14). The English interface gives every
 * organisation a page (`/organisations/<slug>/`); the Welsh one lists them all, each with its case
 * studies, as anchored entries of the A to Z (`/cy/organisations/[page/<n>/]#<slug>`), so that the
 * Welsh interface does not double the thousand pages of the organisations. Every link to an
 * organisation in Welsh (a case study's facts, the language switch, `hreflang`, the sitemap) goes
 * through `organisationHref`.
 */
import { directoryPageOf, directoryPages, organisationsByName, type Organisation } from '../lib/organisations.ts';
import { namePageSize, pageUrl, paginate, type ListPage } from '../lib/pagination.ts';
import { organisationEntryUrl, organisationsUrl, organisationUrl } from '../lib/urls.ts';
import type { Language } from '../schema/taxonomy.ts';
import { siteData, type CaseStudyEntry, type SiteData } from './collection.ts';
import { localeBase, welshInterface } from './locale.ts';

/** The A to Z of organisations in one language, cut into pages, and the page of each organisation. */
export interface OrganisationsInLanguage {
  /** The pages of the A to Z: names (English), or entries with their case studies (Welsh). */
  pages: ListPage<Organisation<CaseStudyEntry>>[];
  /** The number of the page an organisation is on, by slug. */
  pageOf: Map<string, number>;
}

/** Whether `lang`'s interface has a page per organisation (English), or entries on the A to Z (Welsh). */
export const hasOrganisationPages = (lang: Language): boolean => lang === 'en' || !welshInterface;

// Worked out once per collection: every Welsh case study's page asks where its organisations are.
const cache = new WeakMap<SiteData, Map<Language, OrganisationsInLanguage>>();

/** The A to Z of organisations in `lang`, by their names in that language. */
export async function organisationsIn(lang: Language): Promise<OrganisationsInLanguage> {
  const data = await siteData();
  let byLanguage = cache.get(data);
  if (!byLanguage) cache.set(data, (byLanguage = new Map()));
  let found = byLanguage.get(lang);
  if (!found) {
    const all = data.organisations.organisations;
    const pages = hasOrganisationPages(lang)
      ? paginate(lang === 'en' ? all : organisationsByName(all, lang), namePageSize)
      : directoryPages(organisationsByName(all, lang), lang);
    found = { pages, pageOf: directoryPageOf(pages) };
    byLanguage.set(lang, found);
  }
  return found;
}

/**
 * The address of an organisation in `lang`'s interface, by slug: its page in English, its entry
 * on the Welsh A to Z (`/cy/organisations/page/3/#cyngor-gwynedd`).
 */
export async function organisationHref(lang: Language): Promise<(slug: string) => string> {
  const pages = localeBase(lang);
  if (hasOrganisationPages(lang)) return (slug) => organisationUrl(pages, slug);
  const { pageOf } = await organisationsIn(lang);
  return (slug) => organisationEntryUrl(pages, slug, pageOf.get(slug) ?? 1);
}

/**
 * Where the language switch of page `number` of `lang`'s A to Z goes: from the first page, the
 * other language's first page (its twin); from a later one, where its first organisation is in
 * the other language's A to Z (the two are cut into pages differently), which is not a twin.
 */
export async function organisationIndexCounterpart(
  lang: Language,
  page: ListPage<Organisation<CaseStudyEntry>>,
): Promise<{ href: string; twin: boolean } | undefined> {
  const other: Language = lang === 'en' ? 'cy' : 'en';
  const first = page.items[0];
  if (page.number === 1 || !first) return undefined;
  const base = localeBase(other);
  const number = (await organisationsIn(other)).pageOf.get(first.slug) ?? 1;
  return {
    href: hasOrganisationPages(other)
      ? pageUrl(organisationsUrl(base), number)
      : organisationEntryUrl(base, first.slug, number),
    twin: false,
  };
}
