/** `/data/datapackage.json`: the Frictionless Data Package descriptor of every open-data file. */
import type { APIRoute } from 'astro';
import { base } from '../../site/base.ts';
import { taxonomy } from '../../site/collection.ts';
import { dataPackage } from '../../lib/datapackage.ts';
import { recordJsonSchema } from '../../lib/json-schema.ts';
import { absoluteUrl, dataPageUrl, dataUrls } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const at = (path: string) => absoluteUrl(site ?? 'http://localhost:4321', path);
  const descriptor = dataPackage({
    recordSchema: recordJsonSchema(taxonomy),
    id: at(dataUrls(base).dataPackage),
    homepage: at(dataPageUrl(base)),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
