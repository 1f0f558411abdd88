/** `/rss.xml`: the newest case studies, for feed readers. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { base } from '../site/base.ts';
import { siteData, taxonomy } from '../site/collection.ts';
import { labelOf } from '../schema/taxonomy.ts';
import { absoluteUrl, caseStudyUrl, homeUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';

/**
 * Feed readers want what is new, not the whole library: at 10,000 case studies a full feed was
 * 6 MB, fetched again on every poll. The list pages and the data exports hold everything.
 */
const feedLength = 50;

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  // Listed case studies only: a withdrawn one keeps its page but leaves the feed.
  const { entries } = await siteData();
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: absoluteUrl(origin, homeUrl(base)),
    trailingSlash: true,
    customData: '<language>en-gb</language>',
    items: entries.slice(0, feedLength).map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: absoluteUrl(origin, caseStudyUrl(base, entry.id)),
      pubDate: new Date(`${entry.data.published}T00:00:00Z`),
      categories: entry.data.themes.map((id) => labelOf(taxonomy.themes, id)),
    })),
  });
};
