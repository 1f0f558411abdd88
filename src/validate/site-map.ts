/**
 * The site a library will be built into, as the link rules need it (docs/public-interface.md §8): the file of
 * every page and file a case study may link to, and the ids a page will have. Derived from the
 * vocabularies and the library with the site's own URL builders (src/lib/urls.ts), so that a link
 * the validator accepts leads where the build puts a page. tests/unit/validate/site-map.test.ts
 * holds it to the routes in src/pages/ and to the ids the templates write.
 *
 * Left out on purpose: the later pages of a list (`/themes/finance/page/2/`), which move as case
 * studies are added; the site's own assets (`/_astro/...`, `/favicon.svg`, `/pagefind/...`);
 * and drafts' pages, which a build never writes.
 */
import { caseStudyOrders } from '../lib/case-studies.ts';
import { citationFormatOrder } from '../lib/citation-formats.ts';
import { buildOrganisationIndex } from '../lib/organisations.ts';
import type { OrganisationName } from '../schema/organisation-names.ts';
import * as urls from '../lib/urls.ts';
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { pagedVocabularies } from '../schema/vocabularies.ts';

/** What the site map needs of one case study. */
export interface SiteCaseStudy {
  slug: string;
  draft: boolean;
  /** The front matter's values, when readable. */
  data: Record<string, unknown> | undefined;
}

/** The ids every page has, from src/layouts/Base.astro: the skip link's target, the search box, the footer's headings. */
export const layoutIds: readonly string[] = [
  'main',
  'site-search-q',
  'footer-about',
  'footer-browse',
  'footer-data',
  'footer-licence',
];

/**
 * The ids src/pages/case-studies/[slug].astro (and FactsPanel) gives every case study's page whatever
 * its text: its fixed sections, and one per source (`#source-2`). Sections shown only for some
 * pages (related and similar case studies, figures, the table of contents) are left out: whether
 * a page has them depends on other files and on its length, so a link to them could break.
 */
export function caseStudyPageIds(data: Record<string, unknown> | undefined): string[] {
  const ids = [...layoutIds, 'facts-heading', 'sources-heading', 'terms-heading', 'improve-heading'];
  const sources = Array.isArray(data?.sources) ? data.sources.length : 0;
  for (let index = 1; index <= sources; index++) ids.push(`source-${index}`);
  if (data?.contact && typeof data.contact === 'object') ids.push('contact-heading');
  if (Array.isArray(data?.contributors) && data.contributors.length > 0) ids.push('contributors-heading');
  return ids;
}

/**
 * The ids src/pages/guides/[slug].astro gives every guide's page whatever its text: its cases, its
 * themes and topics, and, when it lists sources, those and one per source.
 */
export function guidePageIds(data: Record<string, unknown> | undefined): string[] {
  const ids = [...layoutIds, 'cases-heading', 'terms-heading', 'improve-heading'];
  const sources = Array.isArray(data?.sources) ? data.sources.length : 0;
  if (sources > 0) ids.push('sources-heading');
  for (let index = 1; index <= sources; index++) ids.push(`source-${index}`);
  return ids;
}

/** The file a URL of the site (under base `/`) is written to: `/themes/x/` → `themes/x/index.html`. */
export function fileOfUrl(url: string): string {
  const pathname = decodeURIComponent(url.replace(/[?#].*$/, '').replace(/^\/+/, ''));
  return pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** The organisation slugs the site gives pages to, from the case studies it publishes. */
function organisationSlugs(published: readonly SiteCaseStudy[], names: readonly OrganisationName[]): string[] {
  const entries = published.flatMap(({ slug, data }) => {
    if (typeof data?.organisation !== 'string') return [];
    const partners = Array.isArray(data.partners)
      ? data.partners.filter((name): name is string => typeof name === 'string')
      : [];
    // Only the names matter for the slugs; the dates only order each organisation's list.
    return [
      { id: slug, data: { organisation: data.organisation, partners, published: '' } as unknown as CaseStudyData },
    ];
  });
  return buildOrganisationIndex(entries, names).organisations.map((organisation) => organisation.slug);
}

/**
 * Every file of the site built from `caseStudies` and `guides` (all of the library's, drafts
 * included: they are left out here), `taxonomy` and the organisations' names in both languages
 * (`content/organisations.yml`, which join two names on one page), as paths under the base (`case-studies/preston/index.html`).
 * Pictures have no site path of their own: the build publishes those a case study shows, resized,
 * under `_astro/` (see picture-rules.ts).
 */
export function siteFiles(
  taxonomy: Taxonomy,
  caseStudies: readonly SiteCaseStudy[],
  guides: readonly { slug: string; draft: boolean }[] = [],
  organisationNames: readonly OrganisationName[] = [],
): Set<string> {
  const published = caseStudies.filter((entry) => !entry.draft);
  const base = '/';
  const slugs = organisationSlugs(published, organisationNames);
  // The pages of the interface, in English at the base and in Welsh under `cy/` (astro.config.ts's
  // i18n routing); a case study has one page, in its own language.
  const interfacePages = (pages: string, organisationPages: boolean) => [
    urls.homeUrl(pages),
    ...caseStudyOrders.map((order) => urls.caseStudiesUrl(pages, order)),
    ...pagedVocabularies.flatMap((row) => [
      urls.vocabularyUrl(pages, row.key),
      ...taxonomy[row.key].map(({ id }) => urls.termUrl(pages, row.key, id)),
    ]),
    urls.organisationsUrl(pages),
    // A page per organisation in English; the Welsh A to Z holds them as entries, on pages that
    // move as organisations are added (src/site/organisation-directory.ts).
    ...(organisationPages ? slugs.map((slug) => urls.organisationUrl(pages, slug)) : []),
    urls.statsUrl(pages),
    urls.dataPageUrl(pages),
    urls.contributeUrl(pages),
    urls.searchUrl(pages),
    urls.rssUrl(pages),
    // Its lists by kind and size (`/places-like-mine/<kind>/<band>/`) are left out: each is built
    // only while some case study of that kind and size gives its population.
    urls.placesLikeMineUrl(pages),
    urls.guidesUrl(pages),
    ...guides.filter((guide) => !guide.draft).map(({ slug }) => urls.guideUrl(pages, slug)),
    // The reader's selection, its pack and one record per case study for them (src/pages/selection/).
    urls.selectionUrl(pages),
    urls.selectionPackUrl(pages),
    ...published.map(({ slug }) => urls.withBase(pages, `selection/cases/${slug}.json`)),
  ];
  const welsh = urls.withBase(base, 'cy/');
  const found: string[] = [
    ...interfacePages(base, true),
    ...interfacePages(welsh, false),
    '/404.html',
    urls.withBase(welsh, '404/'),
    ...published.map(({ slug }) => urls.caseStudyUrl(base, slug)),
    ...published.map(({ slug }) => urls.caseStudyDataUrl(base, slug)),
    ...Object.values(urls.dataUrls(base)),
    // Written by src/pages/data/case-study-slugs.json.ts for the contribution form.
    urls.withBase(base, 'data/case-study-slugs.json'),
    // Written by src/pages/search-suggestions.json.ts for the search page's "Did you mean …?".
    urls.withBase(base, 'search-suggestions.json'),
    urls.sitemapUrl(base),
    // Cite this (src/pages/data/citations/), and what makes the site work offline and installable.
    ...published.flatMap(({ slug }) => citationFormatOrder.map((format) => urls.citationFileUrl(base, slug, format))),
    urls.serviceWorkerUrl(base),
    urls.offlineUrl(base),
    urls.offlineUrl(welsh),
    urls.webManifestUrl(base),
    urls.webManifestUrl(welsh),
    ...urls.appIconFiles.map((file) => urls.appIconUrl(base, file)),
  ];
  return new Set(found.map(fileOfUrl));
}
