/**
 * `/data/case-study-slugs.json`: the file name of every case study in the library, drafts included.
 * The contribution form fetches it to refuse a taken file name and check `related`; kept out of
 * the form's page so that the page does not grow with the library (at 10,000 case studies the
 * list is about 370 KB).
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export const GET: APIRoute = async () => {
  const slugs = (await getCollection('caseStudies')).map((entry) => entry.id).sort();
  return new Response(JSON.stringify(slugs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
