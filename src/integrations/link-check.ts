/**
 * Links hold (issue 6): after every build, every internal link, fragment (`#id`) and image of
 * every built page must resolve to a file of the site — under the deployment's base path — and
 * every external link must be a well-formed web address. A link that opens a new window must not
 * be able to reach back (`rel="noopener"`, or `noreferrer`, which implies it). The build fails with each broken link
 * listed by page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readTokens } from '../validate/html-tokens.ts';
import { canStartWorker, inWorkerShares } from './worker-shares.ts';

/** One reference from a page to somewhere. */
interface Reference {
  attribute: string;
  value: string;
  tag: string;
  rel?: string;
  target?: string;
}

export interface Page {
  /** The page's path in the site, e.g. `/base/case-studies/preston/`. */
  url: string;
  ids: Set<string>;
  references: Reference[];
}

const urlAttributes: Record<string, string[]> = { a: ['href'], area: ['href'], link: ['href'], img: ['src', 'srcset'], source: ['src', 'srcset'], script: ['src'], iframe: ['src'], video: ['src', 'poster'], audio: ['src'], form: ['action'] };

/** The ids and references of one HTML page, read with a browser's tokenizer. */
export function readPage(html: string, url: string): Page {
  const page: Page = { url, ids: new Set(), references: [] };
  readTokens(
    html,
    {
      onStartTag(token) {
        const attributes = new Map(token.attrs.map((attribute) => [attribute.name, attribute.value]));
        const id = attributes.get('id');
        if (id) page.ids.add(id);
        if (token.tagName === 'a' && attributes.get('name')) page.ids.add(attributes.get('name')!);
        for (const name of urlAttributes[token.tagName] ?? []) {
          const value = attributes.get(name);
          if (value === undefined) continue;
          // `link` elements other than stylesheets and icons (canonical, alternate) name the deployed origin.
          const values = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean) : [value];
          for (const one of values) page.references.push({ attribute: name, value: one, tag: token.tagName, rel: attributes.get('rel'), target: attributes.get('target') });
        }
        if (token.tagName === 'a' && attributes.has('target') && !attributes.has('href')) page.references.push({ attribute: 'target', value: '', tag: 'a', target: attributes.get('target') });
      },
    },
  );
  return page;
}

/** Every file under `dir`, as paths relative to it with `/` separators. */
function siteFiles(dir: string, prefix = '', found: string[] = []): string[] {
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) siteFiles(dir, relative, found);
    else if (entry.isFile()) found.push(relative);
  }
  return found;
}

/** The site path of a built file: `case-studies/x/index.html` → `<base>case-studies/x/`. */
const pageUrl = (base: string, file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;

export interface LinkCheckOptions {
  /** The deployment's base path, `/` or `/repo-name/`. */
  base: string;
  /** The deployed origin (`SITE_URL`): absolute links to it are internal. */
  site: string;
}

/** The pages of the built site in `siteDir` named by `files` (relative paths), read. */
export function readPages(siteDir: string, files: readonly string[], base: string): Page[] {
  return files.map((file) => readPage(readFileSync(path.join(siteDir, file), 'utf8'), pageUrl(base, file)));
}

/** Every broken link of the built site in `siteDir`, as `page: what is wrong`. */
export function checkLinks(siteDir: string, options: LinkCheckOptions): string[] {
  const files = siteFiles(siteDir);
  return checkPages(files, readPages(siteDir, files.filter((file) => file.endsWith('.html')), options.base), options);
}

/** Every broken link of `pages`, read from a site whose files are `files` (relative paths). */
export function checkPages(files: readonly string[], read: readonly Page[], { base, site }: LinkCheckOptions): string[] {
  const origin = new URL(site).origin;
  const pages = new Map(read.map((page) => [page.url, page]));
  // One listing of the site instead of a file system call per link: 18,000 pages hold a million links.
  const existing = new Set(files);

  /** The built file a site path names, if there is one. */
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(base.length));
    } catch {
      return undefined;
    }
    const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
    return candidates.map((candidate) => path.posix.normalize(candidate)).find((candidate) => !candidate.startsWith('../') && existing.has(candidate));
  };

  const problems: string[] = [];
  for (const page of pages.values()) {
    const where = page.url;
    for (const reference of page.references) {
      const { value, tag, attribute } = reference;
      if (reference.target && reference.target !== '_self') {
        const rel = (reference.rel ?? '').toLowerCase().split(/\s+/);
        // noreferrer implies noopener; either keeps the opened page from reaching back through window.opener.
        if (!rel.includes('noopener') && !rel.includes('noreferrer')) problems.push(`${where}: <${tag} target="${reference.target}"> to ${value || '(nothing)'} must have rel="noopener noreferrer"`);
      }
      if (attribute === 'target') continue;
      const trimmed = value.trim();
      if (trimmed === '') {
        problems.push(`${where}: <${tag} ${attribute}=""> is empty`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(trimmed, `${origin}${page.url}`);
      } catch {
        problems.push(`${where}: <${tag} ${attribute}="${value}"> is not a well-formed address`);
        continue;
      }
      if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        problems.push(`${where}: <${tag} ${attribute}="${value}"> uses ${url.protocol}, which the site never links to`);
        continue;
      }
      if (url.origin !== origin) {
        // External: well-formed, with a real host name.
        if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) && url.hostname !== 'localhost') problems.push(`${where}: <${tag} ${attribute}="${value}"> has no valid host name`);
        continue;
      }
      const file = fileFor(url.pathname);
      if (!file) {
        problems.push(`${where}: <${tag} ${attribute}="${value}"> leads to ${url.pathname}, which the site does not have${url.pathname.startsWith(base) ? '' : ` (it is outside the base path ${base})`}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html')) {
        const target = pages.get(pageUrl(base, file));
        if (target && !target.ids.has(fragment)) problems.push(`${where}: <${tag} ${attribute}="${value}"> points at #${fragment}, which ${target.url} does not have`);
      }
    }
  }
  return problems;
}

/**
 * {@link checkLinks} with the pages read in worker threads, one per core up to four: reading is
 * most of the work (at 10,000 case studies, 18,000 pages took 11 s in one thread), and the build's
 * main thread has nothing else to do meanwhile. In this thread where a worker cannot start, as
 * when this module has been bundled away from its worker's source.
 */
export async function checkLinksApart(siteDir: string, options: LinkCheckOptions): Promise<string[]> {
  const source = new URL('./link-check-worker.ts', import.meta.url);
  if (!canStartWorker(source)) return checkLinks(siteDir, options);
  const files = siteFiles(siteDir);
  const html = files.filter((file) => file.endsWith('.html'));
  const read = await inWorkerShares<string, Page[]>(source, html, (share) => ({ siteDir, files: share, base: options.base }), { what: 'the link check', perWorkerAtLeast: 500 });
  return checkPages(files, read.flat(), options);
}

/** The integration: fails the build when a link, fragment or image of a built page is broken. */
export default function linkCheck(): AstroIntegration {
  let options: LinkCheckOptions = { base: '/', site: 'http://localhost:4321' };
  return {
    name: 'cwb:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        options = { base: config.base.endsWith('/') ? config.base : `${config.base}/`, site: config.site ?? 'http://localhost:4321' };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const problems = await checkLinksApart(fileURLToPath(dir), options);
        if (problems.length > 0) {
          throw new Error(`${problems.length} broken ${problems.length === 1 ? 'link' : 'links'} in the built site:\n- ${problems.slice(0, 200).join('\n- ')}${problems.length > 200 ? '\n- …' : ''}`);
        }
        logger.info(`Every link, fragment and image resolves (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
