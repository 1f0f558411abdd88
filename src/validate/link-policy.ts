/**
 * What makes one URL a good link (issue 12), in one pure module that the validator (which judges
 * links where they are written) and the build's link check (which judges the built pages) both
 * call, so that the two cannot drift apart. A link is good when it is
 *
 * - a `mailto:` or `tel:` address, or
 * - an `http:` or `https:` address on another site whose host is a real domain name (two or more
 *   labels, such as `www.preston.gov.uk`; not `intranet`, `localhost`, an IP address or `ex_ample.org`), or
 * - an address of this site, under its base path, that names a file the site has, and whose
 *   fragment (`#sources`), if any, names an id of that page.
 *
 * Everything else (empty, malformed, `ftp:` or another scheme, a page or file the site lacks, an
 * id the page lacks) is a fault, described as data so that each caller says it in its own words.
 */
import path from 'node:path';
import { webHostPattern } from '../schema/web-host.ts';

export { webHostPattern };

/** The attributes whose values are followed as links, by element: what a browser loads or opens. */
export const linkAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
};

/** The URLs in one attribute value: the value itself, or each candidate's URL of a `srcset`. */
export function linkValues(attribute: string, value: string): string[] {
  if (attribute.toLowerCase() !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0]!)
    .filter(Boolean);
}

/** The site's origin as the build has it: `SITE_URL` when it is a URL, else the local preview's. */
export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return new URL(env.SITE_URL ?? 'http://localhost:4321').origin;
  } catch {
    return 'http://localhost:4321';
  }
}

/** What the judge needs to know of the site a link is in. */
export interface LinkSite {
  /** The base path, `/` or `/repo-name/`. */
  base: string;
  /** The site's origin (`SITE_URL`): absolute links to it are links within the site. */
  origin: string;
  /** Every file of the site, as a path under the base with `/` separators (`themes/finance/index.html`). */
  files: ReadonlySet<string>;
  /** The ids of the page in `file`, or undefined when they are not known (then fragments are not checked). */
  idsOf(file: string): ReadonlySet<string> | undefined;
}

export type LinkFault =
  | { kind: 'empty' }
  | { kind: 'malformed' }
  /** A scheme the site never links to, such as `ftp:` or `file:` (`scheme` ends with a colon). */
  | { kind: 'scheme'; scheme: string }
  /** A web scheme written in capitals (`HTTPS:`): browsers follow it, but the sanitiser, like most, knows schemes in lower case only. */
  | { kind: 'scheme-case'; scheme: string }
  | { kind: 'host'; host: string }
  /** A path of this site's origin outside the base path: under a sub-path, a link that starts at the origin's root. */
  | { kind: 'outside-base'; pathname: string }
  /** A path under the base that names no file of the site. */
  | { kind: 'missing'; pathname: string }
  /** A fragment that the page (`page`, the file) has no id for. */
  | { kind: 'fragment'; fragment: string; file: string };

export type LinkVerdict =
  { ok: true; url?: URL; internal?: { file: string } } | { ok: false; fault: LinkFault; url?: URL };

/** The file of the site a path under `base` names: `x/` is `x/index.html`, `x` is `x` or `x/index.html`. */
export function fileFor(pathname: string, base: string, files: ReadonlySet<string>): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  const candidates =
    relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates
    .map((candidate) => path.posix.normalize(candidate))
    .find((candidate) => !candidate.startsWith('../') && files.has(candidate));
}

/** `value` percent-decoded, or as it is when it is not valid percent-encoding. */
function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Judges one link `value` written on the page at `pageUrl` (a path under the base, such as
 * `/repo/case-studies/preston/`), against `site`.
 */
export function judgeLink(value: string, pageUrl: string, site: LinkSite): LinkVerdict {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, fault: { kind: 'empty' } };
  const origin = new URL(site.origin).origin;
  let url: URL;
  try {
    url = new URL(trimmed, `${origin}${pageUrl}`);
  } catch {
    return { ok: false, fault: { kind: 'malformed' } };
  }
  const writtenScheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1];
  // mailto: and tel: links are personal data, the personal-data rules' to refuse in any case.
  if (writtenScheme && writtenScheme !== writtenScheme.toLowerCase() && !/^(?:mailto|tel):$/i.test(writtenScheme))
    return { ok: false, url, fault: { kind: 'scheme-case', scheme: writtenScheme } };
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return { ok: true, url };
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, url, fault: { kind: 'scheme', scheme: url.protocol } };
  if (url.origin !== origin) {
    return webHostPattern.test(url.hostname)
      ? { ok: true, url }
      : { ok: false, url, fault: { kind: 'host', host: url.hostname } };
  }
  if (!url.pathname.startsWith(site.base))
    return { ok: false, url, fault: { kind: 'outside-base', pathname: url.pathname } };
  const file = fileFor(url.pathname, site.base, site.files);
  if (!file) return { ok: false, url, fault: { kind: 'missing', pathname: url.pathname } };
  const fragment = url.hash.slice(1);
  if (fragment && file.endsWith('.html')) {
    const ids = site.idsOf(file);
    // Browsers try the fragment as written and percent-decoded: an id may itself hold "%C3%BC".
    if (ids && !ids.has(fragment) && !ids.has(decoded(fragment)))
      return { ok: false, url, fault: { kind: 'fragment', fragment: decoded(fragment), file } };
  }
  return { ok: true, url, internal: { file } };
}
