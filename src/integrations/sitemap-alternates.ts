/**
 * The sitemap's alternates of the English organisation pages (issue 14). @astrojs/sitemap pairs
 * the pages of two languages that share a path; an organisation's Welsh counterpart is an entry
 * of the Welsh A to Z (`/cy/organisations/page/3/#cyngor-gwynedd`), not a page of the same path,
 * so the sitemap takes it from where the page itself names it, its `hreflang="cy"` alternate,
 * and the two always agree.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What @astrojs/sitemap passes to `serialize` and takes back (its `SitemapItem`, in part). */
interface SitemapEntry {
  url: string;
  links?: { url: string; lang: string }[] | undefined;
}

/** The Welsh alternate a built page names, if any: `<link rel="alternate" hreflang="cy" href="…">`. */
export function welshAlternateOf(html: string): string | undefined {
  return /<link rel="alternate" hreflang="cy" href="([^"]+)"/.exec(html)?.[1];
}

/**
 * An integration that learns where the site is written (listed before the sitemap), and the
 * sitemap's `serialize` step that gives an English organisation page (`/organisations/<slug>/`)
 * its Welsh entry as the alternate.
 */
export function organisationAlternates(): {
  integration: AstroIntegration;
  serialize: <T extends SitemapEntry>(item: T) => T;
} {
  let outDir: URL | undefined;
  let base = '/';
  return {
    integration: {
      name: 'cwb:sitemap-alternates',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        },
      },
    },
    serialize<T extends SitemapEntry>(item: T): T {
      const pathname = new URL(item.url).pathname;
      const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
      if (!outDir || !/^organisations\/(?!page\/)[^/]+\/$/.test(inSite)) return item;
      const welsh = welshAlternateOf(readFileSync(fileURLToPath(new URL(`${inSite}index.html`, outDir)), 'utf8'));
      return welsh
        ? {
            ...item,
            links: [
              { url: item.url, lang: 'en-GB' },
              { url: welsh, lang: 'cy-GB' },
            ],
          }
        : item;
    },
  };
}
