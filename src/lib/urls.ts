/**
 * Every internal URL of the site, built from the deployment's base path (`import.meta.env.BASE_URL`,
 * e.g. `/` or `/repo-name/`). Pure functions, so pages, components, feeds, exports and tests build
 * links the same way, and every link keeps working under a sub-path (contract §1, §8). Pages use
 * `trailingSlash: 'always'`, so page URLs end in `/`; files (`.json`, `.xml`) do not.
 */
import type { CaseStudyOrder } from './case-studies.ts';

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
/** The list of the five pillars. */
export const themesUrl = (base: string) => page(base, 'themes');
/** One pillar, by theme id. */
export const themeUrl = (base: string, id: string) => page(base, 'themes', id);
/** The list of topics. */
export const topicsUrl = (base: string) => page(base, 'topics');
/** One topic, by topic id. */
export const topicUrl = (base: string, id: string) => page(base, 'topics', id);
/** The regions page with its map. */
export const regionsUrl = (base: string) => page(base, 'regions');
/** One region, by region id. */
export const regionUrl = (base: string, id: string) => page(base, 'regions', id);
/** The list of nations, with their regions. */
export const nationsUrl = (base: string) => page(base, 'nations');
/** One nation (or outside the UK), by nation id. */
export const nationUrl = (base: string, id: string) => page(base, 'nations', id);
/** The list of organisation types. */
export const organisationTypesUrl = (base: string) => page(base, 'organisation-types');
/** One organisation type, by its id. */
export const organisationTypeUrl = (base: string, id: string) => page(base, 'organisation-types', id);
/** The library in numbers. */
export const statsUrl = (base: string) => page(base, 'stats');
/** About the open data: the files and the codebook of their columns. */
export const dataPageUrl = (base: string) => page(base, 'data');
/** The list of organisations. */
export const organisationsUrl = (base: string) => page(base, 'organisations');
/** One organisation, by its slug (see `organisationSlugs` in `organisations.ts`). */
export const organisationUrl = (base: string, slug: string) => page(base, 'organisations', slug);
/** How to contribute, with the write-up form. */
export const contributeUrl = (base: string) => page(base, 'contribute');
/** The RSS feed. */
export const rssUrl = (base: string) => withBase(base, 'rss.xml');
/** The sitemap index written by @astrojs/sitemap. */
export const sitemapUrl = (base: string) => withBase(base, 'sitemap-index.xml');
/** The open-data files under `/data/`. */
export const dataUrls = (base: string) => ({
  json: withBase(base, 'data/case-studies.json'),
  csv: withBase(base, 'data/case-studies.csv'),
  schema: withBase(base, 'data/case-study.schema.json'),
});
/** The Pagefind bundle folder. */
export const pagefindUrl = (base: string) => withBase(base, 'pagefind/');

/** The search page's URL state (contract §8); every filter is repeatable and holds ids. */
export interface SearchState {
  q?: string;
  theme?: readonly string[];
  topic?: readonly string[];
  region?: readonly string[];
  nation?: readonly string[];
  type?: readonly string[];
  status?: readonly string[];
  evidence?: readonly string[];
}

/** The order filters appear in a search URL, so that equal states give equal URLs. */
export const searchFilterKeys = ['theme', 'topic', 'region', 'nation', 'type', 'status', 'evidence'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** The search page, optionally with a query and filters: `/search/?q=wage&theme=workforce`. */
export function searchUrl(base: string, state: SearchState = {}): string {
  const params = new URLSearchParams();
  const q = state.q?.trim();
  if (q) params.append('q', q);
  for (const key of searchFilterKeys) for (const value of state[key] ?? []) params.append(key, value);
  const query = params.toString();
  return page(base, 'search') + (query ? `?${query}` : '');
}

/** An absolute URL for `path` (already including the base) on `site`, for canonical links and feeds. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
