import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import pagefindDev from './src/integrations/pagefind-dev.ts';
import pagefind from './src/integrations/pagefind.ts';

/** `BASE_PATH` such as `/repo-name/` for a deployment under a sub-path; `/` by default. */
const base = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/') : '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), sitemap(), pagefind(), pagefindDev()],
});
