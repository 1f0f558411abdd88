/**
 * Serves the pictures under `<content root>/case-studies/images/` that case studies name in their
 * `image` field, at `/case-studies/images/<path>`. Raster formats only: an SVG can carry script,
 * and contributed files are untrusted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { caseStudiesDir, contentRoot } from '../../../schema/load-taxonomy.ts';

const types: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

const imagesDir = () => path.join(caseStudiesDir(contentRoot()), 'images');

function listImages(dir: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listImages(full, `${prefix}${name}/`);
    return types[path.extname(name).toLowerCase()] ? [`${prefix}${name}`] : [];
  });
}

export const getStaticPaths = (() => listImages(imagesDir()).map((file) => ({ params: { path: file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params.path ?? '');
  const type = types[path.extname(file).toLowerCase()];
  if (!type || file.split('/').includes('..')) return new Response(null, { status: 404 });
  return new Response(readFileSync(path.join(imagesDir(), file)), { headers: { 'Content-Type': type } });
};
