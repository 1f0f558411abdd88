/**
 * The static paths and pages of the routes, in each language, so that a route file of
 * `src/pages/` (English) and its twin under `src/pages/cy/` (Welsh) are a line each. Reads the
 * collection (`siteData`); what each list holds and how it is cut into pages is decided by the
 * pure functions of `listing.ts`, `term-routes.ts` and `src/lib/`.
 */
import { caseStudyOrders, inOrder } from '../lib/case-studies.ts';
import { paginate } from '../lib/pagination.ts';
import type { Language } from '../schema/taxonomy.ts';
import { siteData, taxonomy } from './collection.ts';
import { caseStudiesPerPage, paginatedPaths } from './listing.ts';
import { termPagePaths, type PagedKey } from './term-routes.ts';
import { localeBase } from './locale.ts';
import { organisationsIn } from './organisation-directory.ts';
import { placesList, placesListPaths } from './places-page.ts';

/** The first page of the list of every case study, newest first, in `lang`'s interface. */
export async function newestFirstPage(lang: Language) {
  const [page] = paginate((await siteData()).entries, caseStudiesPerPage(lang));
  return page!;
}

/** The later pages of the newest-first list: `case-studies/page/<n>/`. */
export async function newestLaterPaths(lang: Language) {
  return paginate((await siteData()).entries, caseStudiesPerPage(lang))
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** Every page of the list in its other orders: `case-studies/by/<order>/[page/<n>/]`. */
export async function otherOrderPaths(lang: Language) {
  const { entries } = await siteData();
  return paginatedPaths(
    caseStudyOrders
      .filter((order) => order !== 'newest')
      .map((order) => ({ params: { order }, items: inOrder(entries, order), props: { order } })),
    caseStudiesPerPage(lang),
  );
}

/** Every page of every term of vocabulary `key`. */
export async function termPaths<K extends PagedKey>(key: K, lang: Language) {
  return termPagePaths(key, taxonomy, (await siteData()).entries, caseStudiesPerPage(lang));
}

/**
 * The pages of the A to Z of organisations in `lang`, by their names in that language (an
 * organisation with a Welsh name is under its Welsh name in Welsh): names in English, entries with
 * their case studies in Welsh (`organisation-directory.ts`).
 */
export async function organisationIndexPages(lang: Language = 'en') {
  return (await organisationsIn(lang)).pages;
}

/** The later pages of the A to Z of organisations in `lang`: `organisations/page/<n>/`. */
export async function organisationIndexLaterPaths(lang: Language = 'en') {
  return (await organisationIndexPages(lang))
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/**
 * Every page of every organisation's list of case studies, in the interface that has a page per
 * organisation (English; the Welsh A to Z holds them as entries).
 */
export async function organisationPaths(lang: Language) {
  const { organisations } = await siteData();
  return paginatedPaths(
    organisations.organisations.map((organisation) => ({
      params: { slug: organisation.slug },
      items: organisation.entries.map(({ entry }) => entry),
      props: { organisation },
    })),
    caseStudiesPerPage(lang),
  );
}

/** Every how-to guide's page (`guides/<slug>/`, the same in both languages). */
export async function guidePaths() {
  return (await siteData()).guides.map((guide) => ({ params: { slug: guide.id }, props: { guide } }));
}

/**
 * Every pre-rendered list of places like mine that has any case study (`places-like-mine/<kind>/<band>/`,
 * the same in both languages), its searches on `lang`'s search page.
 */
export async function placesListRoutes(lang: Language) {
  const { places } = await siteData();
  const pages = localeBase(lang);
  return placesListPaths(taxonomy)
    .map(({ kind, band }) => ({
      params: { kind, band },
      props: { list: placesList(kind, band, taxonomy, places, pages) },
    }))
    .filter((path) => path.props.list.nations.length > 0);
}
