/** `/data/case-studies.json`: every published case study's frontmatter, with its slug and URL. */
import type { APIRoute } from 'astro';
import { exportRecords } from '../../site/exports.ts';
import { toJson } from '../../lib/exports.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(toJson(await exportRecords(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
