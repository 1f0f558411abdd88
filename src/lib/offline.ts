/**
 * What the service worker keeps for reading offline (docs/public-interface.md §8, offline): the
 * pages of the reader's selection and the pictures on them. Pure and browser-safe, so that the
 * service worker (src/client/service-worker/) and the tests share it.
 */
import { keepMessageType, type KeepMessage } from './selection-interface.ts';
import { citationFormatOrder } from './citation-formats.ts';
import { caseStudyUrl, citationFileUrl } from './urls.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slugs of a selection as stored (a JSON array of slugs), or of a message: only well-formed
 * slugs, each once, in their order. Anything else (not JSON, not a list, a slug with a slash or a
 * dot) is left out: the selection is the reader's own storage, not ours to trust.
 */
export function selectionSlugs(value: unknown): string[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const slugs = list.filter(
    (slug): slug is string => typeof slug === 'string' && slug.length <= 80 && slugPattern.test(slug),
  );
  return [...new Set(slugs)];
}

/** The message asking the worker to keep a selection, or undefined for anything that is not one. */
export function keepMessageOf(data: unknown): KeepMessage | undefined {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== keepMessageType)
    return undefined;
  return { type: keepMessageType, slugs: selectionSlugs((data as { slugs?: unknown }).slugs) };
}

/** The absolute addresses of the case-study pages of `slugs`, under the site at `scope` (the worker's scope, base included). */
export function keptPageUrls(scope: string, slugs: readonly string[]): string[] {
  const root = new URL(scope);
  return selectionSlugs(slugs).map((slug) => new URL(caseStudyUrl(root.pathname, slug), root).href);
}

/** The citation files of a kept case study (docs/public-interface.md §8), so that the selection's "Export citations" works offline too. */
export function keptCitationUrls(scope: string, slug: string): string[] {
  const root = new URL(scope);
  return citationFormatOrder.map((format) => new URL(citationFileUrl(root.pathname, slug, format), root).href);
}

/** The slug of a kept case-study page's address under `scope`, or undefined for any other address. */
export function keptPageSlug(scope: string, url: string): string | undefined {
  const root = new URL(scope);
  const page = new URL(url);
  if (page.origin !== root.origin || !page.pathname.startsWith(root.pathname)) return undefined;
  const match = /^case-studies\/([^/]+)\/$/.exec(page.pathname.slice(root.pathname.length));
  return match && slugPattern.test(match[1]!) ? match[1] : undefined;
}

/**
 * The pictures a built page shows from the site itself (`src` and every `srcset` candidate of its
 * `img` and `source` elements), as absolute addresses: what a kept page needs besides the shell.
 * Built pages are the site's own HTML, whose attributes Astro writes quoted; pictures from other
 * sites are left to the browser.
 */
export function pagePictureUrls(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  const tags = html.match(/<(?:img|source)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    for (const [, name, value] of tag.matchAll(/\s(src|srcset)\s*=\s*"([^"]*)"/gi)) {
      const candidates =
        name!.toLowerCase() === 'srcset' ? value!.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value!];
      for (const candidate of candidates) {
        if (!candidate || candidate.startsWith('data:')) continue;
        const url = new URL(candidate.replaceAll('&amp;', '&'), page);
        if (url.origin === page.origin) found.add(url.href);
      }
    }
  }
  return [...found];
}
