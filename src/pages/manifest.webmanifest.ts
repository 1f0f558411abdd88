/** `/manifest.webmanifest`: the web app manifest of the English interface (src/site/web-app.ts). */
import type { APIRoute } from 'astro';
import { base } from '../site/base.ts';
import { localeBase } from '../site/locale.ts';
import { webAppManifest } from '../site/web-app.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest('en', base, localeBase('en'), siteConfig.title), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
