/** `/selection/cases/<slug>.json`: one case study as the selection's pages show it (src/site/selection-page.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { base } from '../../../site/base.ts';
import { publishedCaseStudies, taxonomy } from '../../../site/collection.ts';
import { selectionRecord } from '../../../site/selection-page.ts';

export const getStaticPaths = (async () =>
  (await publishedCaseStudies()).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(selectionRecord(props.entry, { taxonomy, lang: 'en', base })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
