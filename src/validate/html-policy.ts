/**
 * What raw HTML a case study may contain (docs/public-interface.md §5): harmless elements and attributes only,
 * no event handlers, no `javascript:`, `data:` or `vbscript:` URLs. Used for HTML in `.md`
 * bodies and for lowercase elements in `.mdx`. An allow-list, because the list of dangerous
 * things in HTML is never complete.
 */

import { html } from 'property-information';

/** Elements a case study may write as HTML. */
export const allowedElements: ReadonlySet<string> = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
]);

/** Attributes allowed on every allowed element (plus the ARIA attributes). */
export const globalAttributes: readonly string[] = ['title', 'lang', 'dir', 'class', 'translate', 'role'];

/** The ARIA attributes HTML defines (`aria-label`, `aria-hidden`…), allowed on every allowed element. */
export const ariaAttributes: ReadonlySet<string> = new Set(
  Object.values(html.property)
    .map((info) => info.attribute)
    .filter((attribute) => attribute.startsWith('aria-')),
);
/**
 * Attributes allowed on particular elements, besides the global ones. Only what HTML still
 * defines: the presentational attributes it has made obsolete (`align`, `valign`, `width` on
 * tables, `type` on `<ul>`, `scope` and `abbr` on `<td>`) are refused, since every built page must
 * pass the HTML checker and the site's stylesheet sets those things itself.
 */
export const elementAttributes: Readonly<Record<string, readonly string[]>> = {
  // No `target`: every link opens where the reader is, so that no page can reach back through
  // `window.opener`, and the sanitiser would remove it from the page.
  a: ['href', 'hreflang', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding', 'srcset', 'sizes'],
  time: ['datetime'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  td: ['colspan', 'rowspan', 'headers'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  details: ['open'],
};

/** Attributes whose value is a URL (or, for `srcset`, a list of them), on any element. */
const urlAttributes = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formaction',
  'poster',
  'background',
  'longdesc',
  'usemap',
  'ping',
  'data',
  'codebase',
  'xlink:href',
  'xlinkhref',
  'lowsrc',
  'dynsrc',
  'manifest',
  'icon',
  'profile',
  'srcset',
  'imagesrcset',
  'itemtype',
]);

/** The attributes allowed on an (allowed) element. */
export function allowedAttributes(element: string): string[] {
  return [...(elementAttributes[element] ?? []), ...globalAttributes];
}

/** Decodes the character references that can hide a scheme (`java&#x09;script:`, `&colon;`). */
function decodeReferences(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => safeCodePoint(Number.parseInt(decimal, 10)))
    .replace(
      /&(colon|tab|newline);?/gi,
      (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()] ?? '',
    );
}
const safeCodePoint = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');

/** The URL schemes that run code or smuggle documents. */
const unsafeScheme = /^(?:javascript|data|vbscript):/;

/**
 * True when a URL would run script or embed a document: `javascript:`, `data:` or `vbscript:`, in
 * any case, with entities, whitespace or control characters inside (browsers strip those).
 */
export function isUnsafeUrl(value: string): boolean {
  const compact = decodeReferences(value)
    .replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200d\ufeff]/g, '')
    .toLowerCase();
  return unsafeScheme.test(compact);
}

/** One thing wrong with an element or attribute, for the body rules to locate. */
export interface HtmlFinding {
  rule: 'html-element' | 'html-attribute' | 'unsafe-url' | 'image';
  message: string;
  /** The attribute concerned; undefined when it is the element itself. */
  attribute?: string;
}

/** Checks one start tag (an HTML element, or a lowercase element in MDX). */
export function checkElement(
  name: string,
  attributes: readonly { name: string; value: string | null }[],
): HtmlFinding[] {
  const element = name.toLowerCase();
  if (!allowedElements.has(element)) return [{ rule: 'html-element', message: elementMessage(element) }];
  const findings: HtmlFinding[] = [];
  const allowed = allowedAttributes(element);
  for (const { name: attributeName, value } of attributes) {
    const attribute = attributeName.toLowerCase();
    if (attribute.startsWith('on')) {
      findings.push({
        rule: 'html-attribute',
        attribute: attributeName,
        message: `event handler attribute "${attributeName}" on <${element}> is not allowed: case studies run no scripts`,
      });
      continue;
    }
    if (urlAttributes.has(attribute) && value !== null && urlValues(attribute, value).some(isUnsafeUrl)) {
      findings.push({
        rule: 'unsafe-url',
        attribute: attributeName,
        message: `${attributeName} of <${element}> uses a javascript:, data: or vbscript: URL, which is not allowed: link to an https:// address`,
      });
      continue;
    }
    // The site publishes a picture of the library only where Markdown shows it (`![...](...)`):
    // an HTML <img> is copied into the page as written, and its path leads nowhere there.
    const picture =
      element === 'img' && (attribute === 'src' || attribute === 'srcset') && value !== null
        ? urlValues(attribute, value).find(isFilePath)
        : undefined;
    if (picture !== undefined) {
      findings.push({
        rule: 'image',
        attribute: attributeName,
        message: `<img ${attributeName}="${picture}"> is not published: show a picture of the library as ![description](${picture}), which the site publishes and resizes`,
      });
      continue;
    }
    // A quotation's source is shown by no browser; the sanitiser keeps it only as a web address.
    if (attribute === 'cite' && allowed.includes(attribute) && value !== null && !isWebOrRelative(value)) {
      findings.push({
        rule: 'html-attribute',
        attribute: attributeName,
        message: `cite of <${element}> must be a web address written in lower case, such as https://www.example.org/report, not "${value}"`,
      });
      continue;
    }
    if (!allowed.includes(attribute) && !ariaAttributes.has(attribute)) {
      const why = attributeWhy[attribute];
      findings.push({
        rule: 'html-attribute',
        attribute: attributeName,
        message: why
          ? `attribute "${attributeName}" is not allowed on <${element}>: ${why}`
          : `attribute "${attributeName}" is not allowed on <${element}>; allowed: ${allowed.join(', ')}, and the ARIA attributes (aria-label, aria-hidden…)`,
      });
    }
  }
  return findings;
}

/** Why an attribute that contributors reach for is refused, and what to do instead. */
const attributeWhy: Readonly<Record<string, string>> = {
  target: 'links open in the window the reader is in; remove it',
  style: 'the site provides the styles; remove it',
  align:
    'HTML no longer has it, and the site aligns text itself; in a Markdown table, align a column in the line under its heading (|:---| left, |:---:| centre, |---:| right)',
  valign: 'HTML no longer has it, and the site lays out tables itself; remove it',
  width: 'HTML no longer has it on tables, and the site sizes tables to the page; remove it',
  type: 'HTML no longer has it on <ul>, and the site draws list markers itself; remove it, or use <ol type="..."> for a numbered list',
  scope: 'a data cell has no scope: make it a header cell, <th scope="row">',
  abbr: 'a data cell has no abbr: make it a header cell, <th abbr="...">',
};

/** A path to a file beside the case study, rather than a web address, a site path or a fragment. */
/** An address with no scheme, or with `http:` or `https:` written in lower case, as the sanitiser's protocol list has them. */
const isWebOrRelative = (url: string) => {
  const scheme = /^\s*([^:/?#]+):/.exec(url)?.[1];
  return scheme === undefined || scheme === 'http' || scheme === 'https';
};

export const isFilePath = (url: string) => url.trim() !== '' && !/^\s*(?:[a-z][a-z0-9+.-]*:|[/\\#?])/i.test(url);

const urlValues = (attribute: string, value: string) =>
  attribute.endsWith('srcset') ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];

function elementMessage(element: string): string {
  const why: Record<string, string> = {
    script: 'case studies run no scripts',
    style: 'the site provides the styles',
    iframe: 'embedded pages are not allowed; link to the page instead',
    object: 'embedded content is not allowed; link to it instead',
    embed: 'embedded content is not allowed; link to it instead',
    form: 'forms are not allowed',
  };
  return `HTML element <${element}> is not allowed${why[element] ? `: ${why[element]}` : '; allowed elements are simple text, list, table and figure elements such as <sup>, <abbr>, <details>, <table>'}`;
}
