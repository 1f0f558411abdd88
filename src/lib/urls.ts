/**
 * Every internal URL of the site, built from the deployment's base path (`import.meta.env.BASE_URL`,
 * e.g. `/` or `/repo-name/`). Pure functions, so pages, components, feeds, exports and tests build
 * links the same way, and every link keeps working under a sub-path (docs/public-interface.md §1, §8). Pages use
 * `trailingSlash: 'always'`, so page URLs end in `/`; files (`.json`, `.xml`) do not.
 */
import { facetOrder, vocabulary, type PagedVocabulary, type SearchFilterName } from '../schema/vocabularies.ts';
import type { CaseStudyOrder } from './case-studies.ts';
import { citationFormats, type CitationFormat } from './citation-formats.ts';

/** `base` with exactly one leading and one trailing slash: `''`, `/` → `/`; `cwb` → `/cwb/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** `path` (without a leading slash) under the base. */
export function withBase(base: string, path = ''): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

const page = (base: string, ...segments: string[]) =>
  withBase(base, segments.map((segment) => `${encodeURIComponent(segment)}/`).join(''));

/** The home page. */
export const homeUrl = (base: string) => withBase(base);
/**
 * The list of all case studies, newest first (`/case-studies/`), or in another order under
 * `by/<order>/`: two segments, so that no order can clash with a case study's slug.
 */
export const caseStudiesUrl = (base: string, order: CaseStudyOrder = 'newest') =>
  order === 'newest' ? page(base, 'case-studies') : page(base, 'case-studies', 'by', order);
/** One case study, by its slug (file name without extension). */
export const caseStudyUrl = (base: string, slug: string) => page(base, 'case-studies', slug);
/** The list of a vocabulary's terms, at its registry segment: `/themes/`, `/organisation-types/`. */
export const vocabularyUrl = (base: string, key: PagedVocabulary['key']) => page(base, vocabulary(key).segment);
/** One term's page of case studies: `/themes/<id>/`. */
export const termUrl = (base: string, key: PagedVocabulary['key'], id: string) =>
  page(base, vocabulary(key).segment, id);
/** The list of the five pillars. */
export const themesUrl = (base: string) => vocabularyUrl(base, 'themes');
/** One pillar, by theme id. */
export const themeUrl = (base: string, id: string) => termUrl(base, 'themes', id);
/** The list of topics. */
export const topicsUrl = (base: string) => vocabularyUrl(base, 'topics');
/** One topic, by topic id. */
export const topicUrl = (base: string, id: string) => termUrl(base, 'topics', id);
/** The regions page with its map. */
export const regionsUrl = (base: string) => vocabularyUrl(base, 'regions');
/** One region, by region id. */
export const regionUrl = (base: string, id: string) => termUrl(base, 'regions', id);
/** The list of nations, with their regions. */
export const nationsUrl = (base: string) => vocabularyUrl(base, 'nations');
/** One nation (or outside the UK), by nation id. */
export const nationUrl = (base: string, id: string) => termUrl(base, 'nations', id);
/** The list of organisation types. */
export const organisationTypesUrl = (base: string) => vocabularyUrl(base, 'organisationTypes');
/** One organisation type, by its id. */
export const organisationTypeUrl = (base: string, id: string) => termUrl(base, 'organisationTypes', id);
/** The library in numbers. */
export const statsUrl = (base: string) => page(base, 'stats');
/** About the open data: the files and the codebook of their columns. */
export const dataPageUrl = (base: string) => page(base, 'data');
/** The list of organisations. */
export const organisationsUrl = (base: string) => page(base, 'organisations');
/** One organisation, by its slug (see `organisationSlugs` in `organisations.ts`). */
export const organisationUrl = (base: string, slug: string) => page(base, 'organisations', slug);
/**
 * One organisation's entry in the directory of organisations (the Welsh interface's A to Z, which
 * has no page per organisation): page `pageNumber` of the list, at the slug's anchor.
 */
export const organisationEntryUrl = (base: string, slug: string, pageNumber: number) =>
  `${pageNumber <= 1 ? organisationsUrl(base) : `${organisationsUrl(base)}page/${pageNumber}/`}#${slug}`;
/** The how-to guides (docs/public-interface.md §10). */
export const guidesUrl = (base: string) => page(base, 'guides');
/** One guide, by its slug (file name without extension). */
export const guideUrl = (base: string, slug: string) => page(base, 'guides', slug);
/** How to contribute, with the write-up form. */
export const contributeUrl = (base: string) => page(base, 'contribute');
/** The RSS feed. */
export const rssUrl = (base: string) => withBase(base, 'rss.xml');
/** The sitemap index written by @astrojs/sitemap. */
export const sitemapUrl = (base: string) => withBase(base, 'sitemap-index.xml');
/** The reader's selection, compared (issue 17); `/cy/selection/` with the Welsh base. */
export const selectionUrl = (base: string) => page(base, 'selection');
/** The briefing pack of the reader's selection. */
export const selectionPackUrl = (base: string) => page(base, 'selection', 'pack');
/** The open-data files under `/data/`. */
export const dataUrls = (base: string) => ({
  json: withBase(base, 'data/case-studies.json'),
  csv: withBase(base, 'data/case-studies.csv'),
  schema: withBase(base, 'data/case-study.schema.json'),
  recordSchema: withBase(base, 'data/case-studies.schema.json'),
  outcomes: withBase(base, 'data/outcomes.csv'),
  sources: withBase(base, 'data/sources.csv'),
  dataPackage: withBase(base, 'data/datapackage.json'),
});
/** One published case study's open-data record (docs/public-interface.md §8), `/data/case-studies/<slug>.json`. */
export const caseStudyDataUrl = (base: string, slug: string) => withBase(base, `data/case-studies/${slug}.json`);
/** A case study's citation as a file to download (docs/public-interface.md §8): `/data/citations/<slug>.ris`. */
export const citationFileUrl = (base: string, slug: string, format: CitationFormat) =>
  withBase(base, `data/citations/${slug}.${citationFormats[format].extension}`);
/** The service worker, at the base so that its scope is the whole site. */
export const serviceWorkerUrl = (base: string) => withBase(base, 'sw.js');
/** The page a reader offline is shown for a page the service worker has not kept. */
export const offlineUrl = (base: string) => withBase(base, 'offline/');
/** The web app's icons (src/site/web-app.ts), under `<base>icons/`. */
export const appIconFiles = ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png'] as const;
export type AppIconFile = (typeof appIconFiles)[number];
export const appIconUrl = (base: string, file: AppIconFile) => withBase(base, `icons/${file}`);
/** The web app manifest of an interface language. */
export const webManifestUrl = (base: string) => withBase(base, 'manifest.webmanifest');
/** The Pagefind bundle folder. */
export const pagefindUrl = (base: string) => withBase(base, 'pagefind/');

/**
 * The search page's URL state (docs/public-interface.md §8): the words, and the filters (one URL parameter per
 * vocabulary of the registry), every filter repeatable and holding ids.
 */
export type SearchState = { q?: string } & { [K in SearchFilterName]?: readonly string[] };

/**
 * The search page, optionally with a query and filters: `/search/?q=wage&theme=workforce`. Filters
 * come in the search page's own order (`facetOrder`), so that equal states give equal URLs.
 */
export function searchUrl(base: string, state: SearchState = {}): string {
  const params = new URLSearchParams();
  const q = state.q?.trim();
  if (q) params.append('q', q);
  for (const key of facetOrder) for (const value of state[key] ?? []) params.append(key, value);
  const query = params.toString();
  return page(base, 'search') + (query ? `?${query}` : '');
}

/** An absolute URL for `path` (already including the base) on `site`, for canonical links and feeds. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** "Places like mine" (docs/public-interface.md §11), or its pre-rendered list for a kind of organisation and a size band. */
export const placesLikeMineUrl = (base: string, kind?: string, band?: string) =>
  kind === undefined || band === undefined
    ? page(base, 'places-like-mine')
    : page(base, 'places-like-mine', kind, band);
