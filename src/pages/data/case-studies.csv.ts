/** `/data/case-studies.csv`: the same case studies as the JSON file, one row each, labels beside ids. */
import type { APIRoute } from 'astro';
import { exportRecords } from '../../site/exports.ts';
import { taxonomy } from '../../site/collection.ts';
import { toCsv } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await exportRecords(site), taxonomy), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
