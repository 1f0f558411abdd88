/**
 * `/data/citations/<slug>.ris`, `.bib` and `.json`: each published case study's citation for a
 * reference manager (docs/public-interface.md §8, citations), written by citation-js at build time.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { base } from '../../../site/base.ts';
import { citationInputOf, thisBuildDay } from '../../../site/citation.ts';
import { publishedCaseStudies } from '../../../site/collection.ts';
import { citationFile } from '../../../lib/citation.ts';
import { citationFormatOrder, citationFormats } from '../../../lib/citation-formats.ts';
import { absoluteUrl, caseStudyUrl } from '../../../lib/urls.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
  const entries = await publishedCaseStudies();
  return entries.flatMap((entry) =>
    citationFormatOrder.map((format) => ({
      params: { file: `${entry.id}.${citationFormats[format].extension}` },
      props: { entry, format },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { entry, format } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const url = absoluteUrl(site ?? 'http://localhost:4321', caseStudyUrl(base, entry.id));
  const input = citationInputOf(entry.id, entry.data, { url, siteName: siteConfig.title, accessed: thisBuildDay });
  return new Response(citationFile(input, format), {
    headers: { 'Content-Type': `${citationFormats[format].mediaType}; charset=utf-8` },
  });
};
