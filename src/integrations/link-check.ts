/**
 * Links hold (issue 6): after every build, every internal link, fragment (`#id`) and image of
 * every built page must resolve to a file of the site — under the deployment's base path — and
 * every external link must be a well-formed web address. A link that opens a new window must not
 * be able to reach back (`rel="noopener"`, or `noreferrer`, which implies it). The build fails with each broken link
 * listed by page, and for a case study's page, by the file and line where the link is written.
 *
 * What makes a link good is decided in one place, src/validate/link-policy.ts, which the validator
 * also applies where links are written: this check is the backstop for what the validator misses.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { caseStudiesDir, contentRoot } from '../schema/load-taxonomy.ts';
import { displayPath } from '../validate/format.ts';
import { judgeLink, linkAttributes, linkValues, type LinkFault, type LinkSite } from '../validate/link-policy.ts';
import { searchBundlePreloads } from '../lib/search-ranking.ts';
import { searchIndexLanguage } from '../lib/search-record.ts';
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

/**
 * The ids and references of one HTML page the build wrote, read with htmlparser2's tokenizer: 2.2
 * times as fast as parse5's on these pages (issue 18), and it reads the start tags of the build's
 * own markup as a browser does (names and attributes lower-cased, the first of a repeated attribute
 * kept, character references decoded, no tags inside `script`, `style`, `title` or `textarea`).
 * Contributed HTML is judged before a build by the validator, with the standard's own tokenizer
 * (src/validate/html-tokens.ts); this check reads what Astro serialised.
 */
export function readPage(html: string, url: string): Page {
  const page: Page = { url, ids: new Set(), references: [] };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        const id = attributes.id;
        if (id) page.ids.add(id);
        if (tag === 'a' && attributes.name) page.ids.add(attributes.name);
        for (const name of linkAttributes[tag] ?? []) {
          const value = attributes[name];
          if (value === undefined) continue;
          // `link` elements other than stylesheets and icons (canonical, alternate) name the deployed origin.
          for (const one of linkValues(name, value))
            page.references.push({ attribute: name, value: one, tag, rel: attributes.rel, target: attributes.target });
        }
        if (tag === 'a' && attributes.target !== undefined && attributes.href === undefined)
          page.references.push({ attribute: 'target', value: '', tag: 'a', target: attributes.target });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
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
export function checkLinks(siteDir: string, options: LinkCheckOptions): BrokenLink[] {
  const files = siteFiles(siteDir);
  return checkPages(
    files,
    readPages(
      siteDir,
      files.filter((file) => file.endsWith('.html')),
      options.base,
    ),
    options,
  );
}

/** One broken link of a built page. */
export interface BrokenLink {
  /** The page's path in the site, e.g. `/base/case-studies/preston/`. */
  page: string;
  /** The link as written in the page's HTML (decoded from the attribute). */
  value: string;
  /** What is wrong, starting with the element: `<a href="..."> leads to ...`. */
  problem: string;
}

/** `page: what is wrong`, as the build prints a broken link when it cannot say where it was written. */
export const describeBroken = (broken: BrokenLink) => `${broken.page}: ${broken.problem}`;

/** What is wrong with a link, in the build's words (`where` is the element and attribute as written). */
function faultText(fault: LinkFault, where: string, base: string, pages: ReadonlyMap<string, Page>): string {
  switch (fault.kind) {
    case 'empty':
      return `${where} is empty`;
    case 'malformed':
      return `${where} is not a well-formed address`;
    case 'scheme':
      return `${where} uses ${fault.scheme}, which the site never links to`;
    case 'scheme-case':
      return `${where} writes its scheme in capitals (${fault.scheme}), which the sanitiser does not recognise`;
    case 'host':
      return `${where} has no valid host name`;
    case 'outside-base':
      return `${where} leads to ${fault.pathname}, which the site does not have (it is outside the base path ${base})`;
    case 'missing':
      return `${where} leads to ${fault.pathname}, which the site does not have`;
    case 'fragment':
      return `${where} points at #${fault.fragment}, which ${pages.get(pageUrl(base, fault.file))?.url ?? pageUrl(base, fault.file)} does not have`;
  }
}

/** Every broken link of `pages`, read from a site whose files are `files` (relative paths). */
export function checkPages(
  files: readonly string[],
  read: readonly Page[],
  { base, site }: LinkCheckOptions,
): BrokenLink[] {
  const pages = new Map(read.map((page) => [page.url, page]));
  // One listing of the site instead of a file system call per link: 18,000 pages hold a million links.
  const linkSite: LinkSite = {
    base,
    origin: site,
    // The search bundle's first files, which the search page preloads: Pagefind writes them after this check.
    files: new Set([...files, ...Object.values(searchBundlePreloads(searchIndexLanguage))]),
    idsOf: (file) => pages.get(pageUrl(base, file))?.ids,
  };

  const problems: BrokenLink[] = [];
  for (const page of pages.values()) {
    for (const reference of page.references) {
      const { value, tag, attribute } = reference;
      if (reference.target && reference.target !== '_self') {
        const rel = (reference.rel ?? '').toLowerCase().split(/\s+/);
        // noreferrer implies noopener; either keeps the opened page from reaching back through window.opener.
        if (!rel.includes('noopener') && !rel.includes('noreferrer'))
          problems.push({
            page: page.url,
            value,
            problem: `<${tag} target="${reference.target}"> to ${value || '(nothing)'} must have rel="noopener noreferrer"`,
          });
      }
      if (attribute === 'target') continue;
      const verdict = judgeLink(value, page.url, linkSite);
      if (!verdict.ok)
        problems.push({
          page: page.url,
          value,
          problem: faultText(verdict.fault, `<${tag} ${attribute}="${value}">`, base, pages),
        });
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
export async function checkLinksApart(siteDir: string, options: LinkCheckOptions): Promise<BrokenLink[]> {
  const source = new URL('./link-check-worker.ts', import.meta.url);
  if (!canStartWorker(source)) return checkLinks(siteDir, options);
  const files = siteFiles(siteDir);
  const html = files.filter((file) => file.endsWith('.html'));
  const read = await inWorkerShares<string, Page[]>(
    source,
    html,
    (share) => ({ siteDir, files: share, base: options.base }),
    { what: 'the link check', perWorkerAtLeast: 500 },
  );
  return checkPages(files, read.flat(), options);
}

/** Where a broken link was written: a case study's file, and the line and column of the link in it. */
export interface LinkSource {
  file: string;
  line?: number;
  column?: number;
}

/** The spellings a link's value may have in Markdown, YAML or HTML source, for finding it there. */
function spellings(value: string): string[] {
  let decoded = value;
  try {
    decoded = decodeURI(value);
  } catch {
    // Not valid percent-encoding: it was written as it is.
  }
  return [...new Set([value, value.replace(/&/g, '&amp;'), decoded, decoded.replace(/&/g, '&amp;')])].filter(Boolean);
}

/**
 * Where the link of `broken` was written, best effort: a case-study page (`<base>case-studies/<slug>/`)
 * comes from `case-studies/<slug>.md` or `.mdx` under `contentRoot`, and the line is the first
 * one holding the link's value as written. Undefined for other pages (the site's own templates);
 * a file without a line when the value is not found in it as written.
 */
export function sourceOf(broken: BrokenLink, base: string, contentRoot: string): LinkSource | undefined {
  const prefix = `${base}case-studies/`;
  const slug = broken.page.startsWith(prefix)
    ? /^([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(broken.page.slice(prefix.length))?.[1]
    : undefined;
  if (!slug) return undefined;
  const dir = caseStudiesDir(contentRoot);
  for (const extension of ['.md', '.mdx']) {
    const file = path.join(dir, `${slug}${extension}`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const spelling of spellings(broken.value)) {
      const offset = text.indexOf(spelling);
      if (offset === -1) continue;
      const before = text.slice(0, offset);
      const lineStart = before.lastIndexOf('\n') + 1;
      return { file, line: before.split('\n').length, column: offset - lineStart + 1 };
    }
    return { file };
  }
  return undefined;
}

/** A broken link as the build reports it: at its source file and line when known, with the page. */
export function reportBroken(broken: BrokenLink, base: string, contentRoot: string, cwd = process.cwd()): string {
  const source = sourceOf(broken, base, contentRoot);
  if (!source) return describeBroken(broken);
  const where = [displayPath(source.file, cwd), source.line, source.column]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${broken.problem} (on the page ${broken.page})`;
}

/**
 * Set by `npm run build` (scripts/build.ts) to a file path: the integration then writes its options
 * (base path and origin, as Astro resolved them from the config and the command line) there instead
 * of checking, and the check runs once Astro has exited, beside Pagefind (src/integrations/after-astro.ts).
 */
export const linkCheckHandoffVariable = 'CWB_LINK_CHECK_AFTER_ASTRO';

/** Reads the options the integration handed over through {@link linkCheckHandoffVariable}'s file. */
export function readHandedOver(file: string): LinkCheckOptions {
  const options = JSON.parse(readFileSync(file, 'utf8')) as Partial<LinkCheckOptions>;
  if (typeof options.base !== 'string' || typeof options.site !== 'string')
    throw new Error(`${file} does not hold the link check's options (base and site)`);
  return { base: options.base, site: options.site };
}

/** Throws every broken link of the site in one error, as the build reports them; returns when all hold. */
export function failOnBroken(broken: readonly BrokenLink[], options: LinkCheckOptions): void {
  if (broken.length === 0) return;
  // The validator should have refused these where they were written: say where that is, so both can be fixed.
  const listed = broken.slice(0, 200).map((item) => reportBroken(item, options.base, contentRoot()));
  throw new Error(
    `${broken.length} broken ${broken.length === 1 ? 'link' : 'links'} in the built site:\n- ${listed.join('\n- ')}${broken.length > 200 ? '\n- …' : ''}`,
  );
}

/** The integration: fails the build when a link, fragment or image of a built page is broken. */
export default function linkCheck(): AstroIntegration {
  let options: LinkCheckOptions = { base: '/', site: 'http://localhost:4321' };
  return {
    name: 'cwb:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        options = {
          base: config.base.endsWith('/') ? config.base : `${config.base}/`,
          site: config.site ?? 'http://localhost:4321',
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const handoff = process.env[linkCheckHandoffVariable];
        if (handoff) {
          writeFileSync(handoff, JSON.stringify(options));
          logger.info('The links are checked once Astro has exited, while Pagefind indexes');
          return;
        }
        const started = performance.now();
        failOnBroken(await checkLinksApart(fileURLToPath(dir), options), options);
        logger.info(`Every link, fragment and image resolves (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
