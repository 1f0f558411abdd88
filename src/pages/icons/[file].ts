/** `/icons/<file>.png`: the web app's icons (src/site/web-app.ts), drawn from SVG by sharp at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { appIcons, appIconSvg, type AppIconFile } from '../../site/web-app.ts';

export const getStaticPaths = (() =>
  (Object.keys(appIcons) as AppIconFile[]).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = await sharp(Buffer.from(appIconSvg(params.file as AppIconFile)))
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
