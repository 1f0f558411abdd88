/**
 * `/data/case-study-slugs.json`: the file name of every case study in the library, drafts included.
 * The contribution form fetches it to refuse a taken file name and check `related`; kept out of
 * the form's page so that the page does not grow with the library (at 10,000 case studies the
 * list is about 370 KB). Read from the folder, as the validator lists it: a build's collection
 * holds no drafts.
 */
import type { APIRoute } from 'astro';
import { caseStudyFiles } from '../../content/listing.ts';
import { caseStudiesDir, contentRoot } from '../../content/paths.ts';

export const GET: APIRoute = () => {
  const slugs = [...new Set(caseStudyFiles(caseStudiesDir(contentRoot())).map((file) => file.slug))].sort();
  return new Response(JSON.stringify(slugs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
