/**
 * The RSS feeds: `/rss.xml`, the newest case studies in every language, and `/cy/rss.xml`, the
 * newest Welsh case studies, for a Welsh reader's feed reader.
 */
import rss from '@astrojs/rss';
import { absoluteUrl, caseStudyUrl } from '../lib/urls.ts';
import { termLabel } from '../lib/terms.ts';
import type { Language } from '../schema/taxonomy.ts';
import { siteConfig } from '../site.config.ts';
import { base } from './base.ts';
import { siteData, taxonomy } from './collection.ts';
import { localeHomeUrl } from './locale.ts';

/**
 * Feed readers want what is new, not the whole library: at 10,000 case studies a full feed was
 * 6 MB, fetched again on every poll. The list pages and the data exports hold everything.
 */
const feedLength = 50;

/** The feed of the interface in `lang`: English lists every case study, Welsh those in Welsh. */
export async function caseStudyFeed(lang: Language, site: URL | undefined): Promise<Response> {
  const origin = site ?? new URL('http://localhost:4321');
  // Listed case studies only: a withdrawn one keeps its page but leaves the feed (docs/public-interface.md §11).
  const entries = (await siteData()).entries.filter((entry) => lang === 'en' || entry.data.lang === lang);
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: localeHomeUrl(lang),
    trailingSlash: true,
    customData: `<language>${lang === 'cy' ? 'cy' : 'en-gb'}</language>`,
    items: entries.slice(0, feedLength).map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: absoluteUrl(origin, caseStudyUrl(base, entry.id)),
      pubDate: new Date(`${entry.data.published}T00:00:00Z`),
      categories: entry.data.themes.map((id) => termLabel(taxonomy.themes, id, lang).text),
    })),
  });
}
