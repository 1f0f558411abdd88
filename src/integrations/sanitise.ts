/**
 * The backstop sanitiser (issue 6, "no script reaches a reader"). The validator refuses unsafe
 * HTML before a build; this runs after it, on what the build actually wrote: the contributed text
 * of every case-study page (the `<div class="prose">` that holds the rendered Markdown or MDX) is
 * passed through an allow-list sanitiser, hast-util-sanitize (the one behind rehype-sanitize), so
 * that a gap in the validator, a renderer quirk or a skipped check still publishes no script.
 *
 * It works on the built HTML rather than inside the Markdown pipeline, so it sees MDX components'
 * output and Astro's optimised images as readers get them, and needs no change of Astro's Markdown
 * processor. A page whose text is already safe is left byte for byte as it was; anything removed
 * is logged with the page, so that the validator can be fixed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { find, html } from 'property-information';
import { allowedElements, ariaAttributes, elementAttributes, globalAttributes } from '../validate/html-policy.ts';
import { spaceIndexedBlocks } from './indexed-text.ts';
import { canStartWorker, inWorkerShares } from './worker-shares.ts';

/** The hast property name of an HTML attribute (`colspan` → `colSpan`), as the sanitiser names them. */
const property = (attribute: string) => find(html, attribute).property;

/**
 * Elements contributed text reaches the page as, beyond what a contributor may write
 * (`allowedElements`): what Markdown renders to (headings, task-list checkboxes, footnote
 * sections) and what the MDX components and Astro's images write (`aside`, `picture`, `source`).
 */
const renderedElements = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'input', 'picture', 'source', 'section', 'aside'];

/** Attributes that rendering adds to what a contributor may write, by element, as hast properties. */
const renderedAttributes: Readonly<Record<string, NonNullable<Schema['attributes']>[string]>> = {
  a: ['dataFootnoteBackref', 'dataFootnoteRef'],
  img: ['fetchPriority'],
  source: ['srcSet', 'sizes', 'type', 'media', 'width', 'height'],
  input: [['disabled', true], ['type', 'checkbox'], 'checked'],
};

const elements = [...new Set([...allowedElements, ...renderedElements])];

/** The validator's attributes of an element (HTML names), as hast properties. */
const allowedProperties = (names: readonly string[]) => names.map(property);

/**
 * What contributed text may contain once rendered, derived from the validator's policy
 * (src/validate/html-policy.ts) so that the two cannot drift: every element and attribute a
 * contributor may write, plus what Markdown, the MDX components and Astro's images render (headings
 * with their ids, task lists, footnotes, `srcset`). No element that runs or loads anything, no
 * `style`, no `target`, no event handler, and only web and mail links. The build renders accepted
 * text to nothing beyond this (no inline styles: see `markdown` in astro.config.ts), so that the
 * sanitiser removes something only when the validator has missed it.
 */
export const contributedSchema: Schema = {
  ...defaultSchema,
  // Keep heading ids as written: the page's table of contents and readers' bookmarks use them.
  clobber: [],
  clobberPrefix: '',
  // A comment is accepted by the validator in a `.md` body (a note for editors) and is published as
  // written: no reader sees it, and no browser runs it.
  allowComments: true,
  allowDoctypes: false,
  tagNames: elements,
  attributes: {
    '*': ['id', 'data*', ...allowedProperties(globalAttributes), ...[...ariaAttributes].map(property)],
    // Every element listed, so that none of hast-util-sanitize's defaults (GitHub's: a class on
    // <code> only if it names a language…) narrows what the validator accepts.
    ...Object.fromEntries(
      elements.map((element) => [
        element,
        [...allowedProperties(elementAttributes[element] ?? []), ...(renderedAttributes[element] ?? [])],
      ]),
    ),
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  // Removed with everything inside them; other unknown elements are unwrapped and their text kept.
  strip: [
    'script',
    'style',
    'template',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'noscript',
    'noembed',
    'textarea',
    'title',
    'xmp',
    'svg',
    'math',
    'select',
    'button',
    'form',
  ],
};

/** A count of every element, attribute and comment in a tree, to say what sanitising removed. */
function inventory(tree: Nodes): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'comment') add('<!-- comment -->');
    if (node.type === 'doctype') add('<!doctype>');
    if (node.type === 'element') {
      add(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties))
        add(`<${node.tagName} ${name}=${JSON.stringify(value)}>`);
      if (node.tagName === 'template' && node.content) stack.push(node.content);
    }
    if ('children' in node) stack.push(...(node.children as Nodes[]));
  }
  return counts;
}

/** What is in `before` and not in `after`. */
function removedBetween(before: Map<string, number>, after: Map<string, number>): string[] {
  return [...before].filter(([key, count]) => count > (after.get(key) ?? 0)).map(([key]) => key);
}

export interface Sanitised {
  html: string;
  /** The elements, attributes and comments that were removed; empty when `html` is unchanged. */
  removed: string[];
}

/** Sanitises contributed HTML (a fragment). */
export function sanitiseFragment(html: string): Sanitised {
  const tree = fromHtml(html, { fragment: true });
  const clean = sanitize(tree, contributedSchema) as Root;
  const removed = removedBetween(inventory(tree), inventory(clean));
  return { html: removed.length === 0 ? html : toHtml(clean), removed };
}

/** Text that could be markup meant to run, which is written out again from the sanitised tree even when the tree lost nothing. */
const suspicious =
  /<\s*\/?\s*(?:script|style|iframe|frame|object|embed|svg|math|template|noscript|base|meta|link|form)\b|[\s"'/]on[a-z]+\s*=|(?:java|vb)script\s*:|\btarget\s*=/i;

/** The opening tag of the element that holds a case study's contributed text. */
const proseStart = /<div\b[^>]*\bclass="(?:[^"]*\s)?prose(?:\s[^"]*)?"[^>]*>/;

/**
 * Sanitises the contributed text of a built case-study page: the children of its
 * `<div class="prose">`. Throws when the page has none, since nothing could be checked.
 */
export function sanitiseCaseStudyPage(page: string): Sanitised {
  const opening = proseStart.exec(page);
  if (!opening)
    throw new Error(
      'the page has no <div class="prose"> holding the case study text, so its text could not be sanitised',
    );
  const start = opening.index;
  // Parse from the opening tag on: the first element is the prose container, with where it ends.
  const rest = fromHtml(page.slice(start), { fragment: true });
  const container = rest.children.find((node): node is Element => node.type === 'element');
  const end = container?.position?.end.offset;
  if (!container || end === undefined) throw new Error('the <div class="prose"> of the page could not be read');

  const clean = sanitize({ type: 'root', children: container.children }, contributedSchema) as Root;
  const removed = removedBetween(inventory({ type: 'root', children: container.children }), inventory(clean));
  // Markup a browser ignores (a <td> outside a table) is not in the tree, but is still in the file: rewrite it too.
  if (removed.length === 0 && !suspicious.test(page.slice(start, start + end))) return { html: page, removed };
  const rebuilt: Element = { ...container, children: clean.children as ElementContent[] };
  return { html: page.slice(0, start) + toHtml(rebuilt) + page.slice(start + end), removed };
}

export interface SanitiseOptions {
  /** Also space the blocks of the indexed article for Pagefind (`spaceIndexedBlocks`), in the same pass, so that each page is read and written once. */
  spaceIndexedText?: boolean;
}

/**
 * The page folders of a built site that hold contributed text, as paths under it: each case study's
 * (`case-studies/<name>`) and each how-to guide's (`guides/<name>`, docs/public-interface.md §10) in
 * both interfaces (`cy/guides/<name>`: the Welsh twin shows the same text). Their `index.html` is sanitised.
 */
function caseStudyFolders(siteDir: string): string[] {
  return ['case-studies', 'guides', 'cy/guides'].flatMap((folder) => {
    try {
      return readdirSync(path.join(siteDir, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${folder}/${entry.name}`);
    } catch {
      return [];
    }
  });
}

/** Sanitises the pages `<name>/index.html` of `siteDir` (`name` such as `case-studies/preston`) in place; returns what was removed, by page. */
export function sanitisePages(
  siteDir: string,
  names: readonly string[],
  options: SanitiseOptions = {},
): { pages: number; changed: [string, string[]][] } {
  const changed: [string, string[]][] = [];
  let pages = 0;
  for (const name of names) {
    const file = path.join(siteDir, name, 'index.html');
    let page: string;
    try {
      page = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    // Other pages under case-studies/ (the list in another order) hold no contributed text. A case
    // study's page without its text container fails below; one that lost every mark fails nothing-lost.
    if (!proseStart.test(page) && !/\sdata-pagefind-body[\s>=]/.test(page)) continue;
    pages++;
    const result = sanitiseCaseStudyPage(page);
    const html = options.spaceIndexedText ? spaceIndexedBlocks(result.html) : result.html;
    if (html === page) continue;
    writeFileSync(file, html);
    if (result.removed.length > 0) changed.push([path.relative(siteDir, file), result.removed]);
  }
  return { pages, changed };
}

/** Sanitises every case-study page under `siteDir` in place; returns what was removed, by page. */
export function sanitiseSite(
  siteDir: string,
  options: SanitiseOptions = {},
): { pages: number; changed: Map<string, string[]> } {
  const { pages, changed } = sanitisePages(siteDir, caseStudyFolders(siteDir), options);
  return { pages, changed: new Map(changed) };
}

/**
 * {@link sanitiseSite} in worker threads, one per core up to four, each with its share of the
 * pages: parsing is the work (7 s for 10,000 pages in one thread), and the build has nothing else to
 * do meanwhile. In this thread where a worker cannot start, as when this module has been bundled
 * away from its worker's source.
 */
export async function sanitiseSiteApart(
  siteDir: string,
  options: SanitiseOptions = {},
  fewestForWorkers = 500,
): Promise<{ pages: number; changed: Map<string, string[]> }> {
  const source = new URL('./sanitise-worker.ts', import.meta.url);
  const names = caseStudyFolders(siteDir);
  // Starting workers costs more than a small site takes.
  if (!canStartWorker(source) || names.length < fewestForWorkers) return sanitiseSite(siteDir, options);
  const done = await inWorkerShares<string, ReturnType<typeof sanitisePages>>(
    source,
    names,
    (share) => ({ siteDir, names: share, options }),
    { what: 'the sanitiser' },
  );
  return {
    pages: done.reduce((sum, part) => sum + part.pages, 0),
    changed: new Map(done.flatMap((part) => part.changed)),
  };
}

function report(changed: Map<string, string[]>, logger: AstroIntegrationLogger): void {
  for (const [file, removed] of changed) {
    logger.warn(
      `removed from ${file}, which the validator should have refused: ${removed.slice(0, 10).join(', ')}${removed.length > 10 ? ', …' : ''}`,
    );
  }
}

/** The integration: list it before the search index is built, so that the index reads the sanitised pages. */
export default function sanitiseIntegration(options: SanitiseOptions = {}): AstroIntegration {
  return {
    name: 'cwb:sanitise',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, changed } = await sanitiseSiteApart(fileURLToPath(dir), options);
        report(changed, logger);
        logger.info(
          `Sanitised the text of ${pages} case-study ${pages === 1 ? 'page' : 'pages'} in ${Math.round(performance.now() - started)} ms${changed.size > 0 ? `; ${changed.size} changed` : ''}`,
        );
      },
    },
  };
}
