/** `/rss.xml`: the case studies, newest first, for feed readers. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { base } from '../components/base.ts';
import { publishedCaseStudies, taxonomy } from '../components/collection.ts';
import { labelOf } from '../schema/taxonomy.ts';
import { absoluteUrl, caseStudyUrl, homeUrl } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const entries = await publishedCaseStudies();
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: absoluteUrl(origin, homeUrl(base)),
    trailingSlash: true,
    customData: '<language>en-gb</language>',
    items: entries.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      link: absoluteUrl(origin, caseStudyUrl(base, entry.id)),
      pubDate: new Date(`${entry.data.published}T00:00:00Z`),
      categories: entry.data.themes.map((id) => labelOf(taxonomy.themes, id)),
    })),
  });
};
