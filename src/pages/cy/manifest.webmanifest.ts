/** `/cy/manifest.webmanifest`: the web app manifest of the Welsh interface, opening on /cy/ (src/site/web-app.ts). */
import type { APIRoute } from 'astro';
import { base } from '../../site/base.ts';
import { localeBase } from '../../site/locale.ts';
import { webAppManifest } from '../../site/web-app.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest('cy', base, localeBase('cy'), siteConfig.title), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
