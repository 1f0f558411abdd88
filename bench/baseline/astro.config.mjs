// The minimal reference site of `npm run bench`: what someone would build with the same tools
// and no more — one Astro page per case study from a glob collection, then `pagefind --site`.
// It reads the same CONTENT_DIR as the project and uses the project's node_modules.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
});
