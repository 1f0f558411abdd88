/** `/data/sources.csv`: one row per source of a published case study, with its case study's slug. */
import type { APIRoute } from 'astro';
import { exportRecords } from '../../site/exports.ts';
import { taxonomy } from '../../site/collection.ts';
import { tableCsv, tables } from '../../lib/tables.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(tableCsv(tables.sources, await exportRecords(site), taxonomy), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
