// The second reference site of `npm run bench`: Starlight, Astro's documentation theme, the
// ready-made choice a team would most likely pick instead of building its own site. One page per
// case study of the generated library (its `.md` files; the bench copies them into
// src/content/docs/case-studies/ of its temporary copy, front matter reduced to what Starlight's
// schema takes), and Starlight's built-in Pagefind search, which it indexes inside `astro build`.
// Its own pinned dependencies (package.json, package-lock.json), installed by the bench with `npm ci`.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: 'Community wealth building case studies',
      // Starlight's default sidebar lists every page on every page: 10,000 links on each of 10,000
      // pages. A team with this many pages would give it a few links instead, as here.
      sidebar: [{ label: 'Home', link: '/' }],
    }),
  ],
});
