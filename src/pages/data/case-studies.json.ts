/** `/data/case-studies.json`: every published case study's frontmatter, with its slug and URL. */
import type { APIRoute } from 'astro';
import { base } from '../../site/base.ts';
import { publishedCaseStudies } from '../../site/collection.ts';
import { exportRecord, toJson } from '../../lib/exports.ts';
import { absoluteUrl, caseStudyUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = await publishedCaseStudies();
  const records = entries.map((entry) =>
    exportRecord(entry, absoluteUrl(site ?? 'http://localhost:4321', caseStudyUrl(base, entry.id))),
  );
  return new Response(toJson(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
