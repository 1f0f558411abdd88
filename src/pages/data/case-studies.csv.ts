/** `/data/case-studies.csv`: the same records as the JSON file, one row per case study. */
import type { APIRoute } from 'astro';
import { base } from '../../site/base.ts';
import { publishedCaseStudies } from '../../site/collection.ts';
import { exportRecord, toCsv } from '../../lib/exports.ts';
import { absoluteUrl, caseStudyUrl } from '../../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const entries = await publishedCaseStudies();
  const records = entries.map((entry) =>
    exportRecord(entry, absoluteUrl(site ?? 'http://localhost:4321', caseStudyUrl(base, entry.id))),
  );
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
