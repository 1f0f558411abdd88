/** `/data/case-studies.schema.json`: the JSON Schema of an open-data record, from the zod schema. */
import type { APIRoute } from 'astro';
import { base } from '../../site/base.ts';
import { taxonomy } from '../../site/collection.ts';
import { recordJsonSchema } from '../../lib/json-schema.ts';
import { absoluteUrl, dataUrls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const id = absoluteUrl(site ?? 'http://localhost:4321', dataUrls(base).recordSchema);
  return new Response(`${JSON.stringify(recordJsonSchema(taxonomy, id), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
