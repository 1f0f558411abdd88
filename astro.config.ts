import { existsSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import linkCheck from './src/integrations/link-check.ts';
import { compiledMessages } from './src/integrations/messages.ts';
import nothingLost from './src/integrations/nothing-lost.ts';
import pagefindDev from './src/integrations/pagefind-dev.ts';
import pagefind, { indexAfterAstro, pagefindWait } from './src/integrations/pagefind.ts';
import sanitise from './src/integrations/sanitise.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import { organisationAlternates } from './src/integrations/sitemap-alternates.ts';
import { tableAlignmentAsClass } from './src/integrations/table-alignment.ts';

/** `BASE_PATH` such as `/repo-name/` for a deployment under a sub-path; `/` by default. */
const base = process.env.BASE_PATH
  ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
  : '/';

// CWB_WELSH=0 leaves the Welsh interface out: only for scripts/bench/welsh-cost.ts, which measures
// what the Welsh interface costs by building a copy of the project without src/pages/cy/.
if (process.env.CWB_WELSH === '0' && existsSync(new URL('./src/pages/cy/', import.meta.url)))
  throw new Error(
    'CWB_WELSH=0 is only for scripts/bench/welsh-cost.ts (a copy without src/pages/cy/): unset it to build the site',
  );

const sitemapAlternates = organisationAlternates();

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // The interface in English at the contract's addresses and in Welsh under /cy/ (src/site/locale.ts
  // builds every link through astro:i18n). A case study keeps its one address in its own language.
  i18n: {
    locales: ['en', 'cy'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // Lossless: Astro 7's default ('jsx') drops a line break between a word and an inline element,
  // gluing "or copy" to "the case-study template" in a link on the next line. 1.6 % larger HTML
  // (0.7 % gzipped) on the sample library; `false` was 16 % (8.5 %).
  compressHTML: true,
  // Contributed text must render to what the backstop sanitiser keeps and the Content Security
  // Policy allows: no inline styles. Shiki would colour code with `style` attributes (which the
  // policy blocks anyway), so code blocks stay plain `<pre><code class="language-…">`; table
  // alignment becomes a class. MDX uses the same processor and settings.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: [tableAlignmentAsClass] }),
  },
  // Order matters on astro:build:done: sanitise the pages (spacing their indexed text), start
  // indexing them, check every link while Pagefind indexes in its own process, wait for the index,
  // then check that nothing was lost. `npm run build` (scripts/build.ts) does the last two after
  // Astro has exited instead, so that Pagefind's memory does not add to Astro's.
  integrations: [
    contentCheck(),
    mdx(),
    // Each page listed with its twin in the other language (xhtml:link alternates); not a list's
    // later pages, whose Welsh and English pages of one number hold different case studies (the
    // Welsh lists have longer pages, src/site/listing.ts).
    // An English organisation page's twin is its entry on the Welsh A to Z (sitemap-alternates.ts).
    sitemapAlternates.integration,
    sitemap({
      i18n: { defaultLocale: 'en', locales: { en: 'en-GB', cy: 'cy-GB' } },
      serialize: (item) =>
        /\/page\/\d+\/$/.test(item.url) ? { ...item, links: undefined } : sitemapAlternates.serialize(item),
      // The offline pages are for the service worker, not for search engines.
      filter: (page) => !/\/offline\/$/.test(page),
    }),
    sanitise({ spaceIndexedText: true }),
    pagefind(),
    pagefindDev(),
    linkCheck(),
    pagefindWait(),
    // After the index: the worker precaches Pagefind's runtime.
    serviceWorker(),
    nothingLost({ deferred: indexAfterAstro }),
  ],
  // The interface's messages (messages/<lang>.json) compiled by Paraglide JS before the pages
  // import them when they are out of date, and again in `astro dev` when one changes.
  vite: { plugins: [compiledMessages()] },
  security: {
    // A Content Security Policy in a <meta> of every page (not in `astro dev`): only the site's own
    // scripts and styles, which Astro hashes, run; no 'unsafe-inline', so script injected into a page
    // does not run. Pagefind loads its JavaScript from <base>pagefind/ ('self') and compiles its
    // WebAssembly ('wasm-unsafe-eval'). Pictures may come from https: addresses, which the validator accepts in the text.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
