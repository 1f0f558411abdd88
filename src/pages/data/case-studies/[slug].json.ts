/**
 * `/data/case-studies/<slug>.json`: one published case study's record, the same as its element of
 * `case-studies.json` (docs/public-interface.md §8), for sites and tools that want one case study.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedCaseStudies } from '../../../site/collection.ts';
import { exportRecordOf } from '../../../site/exports.ts';

export const getStaticPaths = (async () => {
  const entries = await publishedCaseStudies();
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(`${JSON.stringify(exportRecordOf(props.entry, site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
