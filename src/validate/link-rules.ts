/**
 * Links are checked where they are written (issue 12): every link of a case study — in its text
 * (Markdown links, images, definitions and autolinks, raw HTML and MDX `<a href>`, `<img src>` and
 * `srcset`) and in its front matter (`sources[].url`, `contact.url`) — is judged by the rules the
 * build's link check applies to the built page (src/validate/link-policy.ts), and each fault is
 * reported at the line and column of the link, with what to write instead.
 *
 * Links are judged as the build judges them under a sub-path (`BASE_PATH`, as on GitHub Pages):
 * a file that passes here passes under every base path. So a link that starts at the site's root
 * (`/themes/finance/`) or gives this site's own address is refused, with the same link written
 * relative to the page (`../../themes/finance/`), which works wherever the site is served.
 */
import path from 'node:path';
import { normaliseBase } from '../lib/urls.ts';
import { closestId } from '../schema/suggest.ts';
import { pagedVocabularies } from '../schema/vocabularies.ts';
import { fileFor, judgeLink, type LinkFault, type LinkSite } from './link-policy.ts';
import { problem, type Position, type Problem } from '../content/problem.ts';

/** One link as a contributor wrote it. */
export interface WrittenLink {
  /** The URL as the page will hold it (Markdown escapes and character references resolved). */
  value: string;
  at: Position | undefined;
  /** Where it is, when `at` is left to be found only for a problem. */
  locate?: () => Position;
  /** True for a front-matter value, whose address the schema has judged already (scheme, host). */
  inFrontmatter?: boolean;
  /** What holds it, for messages: `a link`, `an image`, `<img srcset>`, `sources[0].url`… */
  what: string;
}

/**
 * The base path links are judged under: any sub-path would do, since a link that resolves under one
 * resolves under all; this one is never shown.
 */
export const judgedBase = '/base-path-of-the-site/';

/** The validator's view of the site one case study's links are judged against. */
export interface SiteView {
  /** The site's files under the base, as `siteFiles` lists them. */
  files: ReadonlySet<string>;
  /** The site's origin (`SITE_URL`, or the local preview's). */
  origin: string;
  /** The ids the page in `file` will have; undefined when not known. */
  idsOf(file: string): ReadonlySet<string> | undefined;
  /** Case-study slugs of the library that are drafts, for a clearer message. */
  drafts: ReadonlySet<string>;
  /** The closest published case-study slug to `slug`, for "did you mean". */
  nearestSlug(slug: string): string | undefined;
}

/** `case-studies/<slug>/`, the page a case study's links are written on, as a path under the base. */
const pagePath = (slug: string) => `case-studies/${encodeURIComponent(slug)}/`;

/** A site path under base `/` (`/themes/finance/`), for messages. */
const shown = (pathname: string) =>
  pathname.startsWith(judgedBase) ? `/${pathname.slice(judgedBase.length)}` : pathname;

/** The link from the page at `from` (a site path ending in `/`) to the site path `to`, with `rest` (query, fragment) after it. */
function relativeLink(from: string, to: string, rest = ''): string {
  const relative = path.posix.relative(from, to);
  if (relative === '') return `./${rest}`;
  return `${relative}${to.endsWith('/') ? '/' : ''}${rest}`;
}

/** What one page of each section of the site is, by its first URL segment: a vocabulary's term, or an organisation. */
const sections: Readonly<Record<string, string>> = {
  ...Object.fromEntries(pagedVocabularies.map((row) => [row.segment, row.noun])),
  organisations: 'organisation',
  guides: 'guide',
};

/**
 * What a contributor probably meant by a link to `pathname` (a site path under base `/`) that the site
 * will not have, as a clause to add to the message, or ''.
 */
function missingHint(value: string, sitePath: string, page: string, site: SiteView): string {
  const segments = sitePath.split('/').filter(Boolean);
  const here = `/${page}`;
  const exists = (candidate: string) => fileFor(candidate, '/', site.files) !== undefined;

  const file = /^(?:.*\/)?([^/]+)\.mdx?$/i.exec(sitePath);
  if (file) {
    const slug = file[1]!;
    const target = `/case-studies/${slug}/`;
    if (exists(target))
      return `: a case study's file is not a page of the site; link to its page, "${relativeLink(here, target)}"`;
    return ': a case study\'s file is not a page of the site; link to the page of a case study, such as "../other-case-study/"';
  }
  if (segments[0] === 'case-studies' && segments.length === 2) {
    const slug = segments[1]!;
    if (site.drafts.has(slug))
      return `: "${slug}" is a draft, and a draft's page is not published until it is no longer a draft`;
    const suggestion = site.nearestSlug(slug);
    if (suggestion) return `; did you mean "${relativeLink(here, `/case-studies/${suggestion}/`)}"?`;
    return `: the library has no case study "${slug}" (no ${slug}.md or ${slug}.mdx)`;
  }
  const later = segments.indexOf('page');
  if (later !== -1 && /^\d+$/.test(segments[later + 1] ?? '')) {
    return ': the later pages of a list change as case studies are added; link to its first page';
  }
  // Written as if from the site's root, or from the case-studies folder (as Markdown pictures are).
  const rest = (() => {
    try {
      const url = new URL(value, 'http://x/');
      return url.search + url.hash;
    } catch {
      return '';
    }
  })();
  for (const from of ['/', '/case-studies/']) {
    let candidate: string;
    try {
      candidate = new URL(value, `http://x${from}`).pathname;
    } catch {
      continue;
    }
    if (candidate !== sitePath && exists(candidate))
      return `: a relative link starts from this page, ${here}; did you mean "${relativeLink(here, candidate, rest)}"?`;
  }
  const kind = sections[segments[0] ?? ''];
  if (kind && segments.length === 2) {
    const prefix = `${segments[0]}/`;
    const ids = [...site.files]
      .filter((one) => one.startsWith(prefix) && one.endsWith('/index.html') && one.split('/').length === 3)
      .map((one) => ({ id: one.split('/')[1]! }));
    const suggestion = closestId(segments[1]!, ids);
    if (suggestion) return `; did you mean "${relativeLink(here, `/${prefix}${suggestion}/`, rest)}"?`;
    return `: "${segments[1]}" is not a ${kind} of the site`;
  }
  return '';
}

/** The message and rule for one fault of `link`, written on `page` (`case-studies/<slug>/`). */
function describe(
  link: WrittenLink,
  fault: LinkFault,
  page: string,
  site: SiteView,
): { rule: string; message: string } {
  const written = `${link.what} "${link.value}"`;
  switch (fault.kind) {
    case 'empty':
      return {
        rule: 'link-address',
        message: `${link.what} has no address: write the address it leads to, or remove it`,
      };
    case 'malformed':
      return {
        rule: 'link-address',
        message: `${written} is not a well-formed address: write a web address such as https://www.example.org/page, or a path to a page of this site such as ../other-case-study/`,
      };
    case 'scheme':
      return {
        rule: 'link-scheme',
        message: `${written} uses ${fault.scheme}, which the site never links to: link to an https:// (or http://, mailto:) address`,
      };
    case 'scheme-case':
      return {
        rule: 'link-scheme',
        message: `${written} writes its scheme in capitals, "${fault.scheme}", which the site does not publish: write it in lower case, "${fault.scheme.toLowerCase()}"`,
      };
    case 'host': {
      const why = fault.host.includes('.')
        ? `"${fault.host}" is not a domain name`
        : `"${fault.host}" has no dot, so it names a computer on some local network, not a site readers can reach`;
      return {
        rule: 'link-host',
        message: `${written} has no valid host name: ${why}; write the site's full name, such as www.example.org`,
      };
    }
    case 'outside-base': {
      // A link written for one deployment names its base path (`/repo/themes/finance/`): the page is the rest.
      const deployed = normaliseBase(process.env.BASE_PATH ?? '/');
      const sitePath =
        deployed !== '/' && fault.pathname.startsWith(deployed)
          ? `/${fault.pathname.slice(deployed.length)}`
          : shown(fault.pathname);
      const here = `/${page}`;
      const startsAtRoot = /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(link.value.trim());
      if (!startsAtRoot)
        return {
          rule: 'link-target',
          message: `${written} climbs above the site's root: from this page, ${here}, the root is "${relativeLink(here, '/')}"`,
        };
      const own = /^[a-z][a-z0-9+.-]*:/i.test(link.value.trim())
        ? "gives this site's own address"
        : "starts at the site's root";
      if (!fileFor(sitePath, '/', site.files)) {
        const hint =
          missingHint(link.value, sitePath, page, site) ||
          ': links within the site are written relative to this page, such as "../other-case-study/"';
        return { rule: 'link-target', message: `${written} leads to ${sitePath}, which the site will not have${hint}` };
      }
      const url = new URL(link.value.trim(), site.origin);
      return {
        rule: 'link-root',
        message: `${written} ${own}, which breaks when the site is served under a sub-path (BASE_PATH): write it relative to this page, "${relativeLink(here, sitePath, url.search + url.hash)}"`,
      };
    }
    case 'missing': {
      const sitePath = shown(fault.pathname);
      return {
        rule: 'link-target',
        message: `${written} leads to ${sitePath}, which the site will not have${missingHint(link.value, sitePath, page, site)}`,
      };
    }
    case 'fragment': {
      const target = `/${fault.file.replace(/index\.html$/, '')}`;
      const where = target === `/${page}` ? 'this page' : target;
      const ids = [...(site.idsOf(fault.file) ?? [])];
      const suggestion = closestId(
        fault.fragment,
        ids.map((id) => ({ id })),
      );
      const hint = suggestion
        ? `; did you mean "#${suggestion}"?`
        : ': a heading "## Lessons learned" has the id "lessons-learned"';
      return {
        rule: 'link-fragment',
        message: `${written} points at #${fault.fragment}, which ${where} will not have${hint}`,
      };
    }
  }
}

/** Faults of a front-matter URL that the schema reports itself (src/schema/case-study.ts, `httpUrl`). */
const schemaJudges = new Set<LinkFault['kind']>(['empty', 'malformed', 'scheme', 'host']);

/**
 * The problems of the links of the case study `slug` in `file`, judged against `site`; `page` is
 * where the links are written when that is not the case study's page (a guide's, `guides/<slug>/`).
 */
export function checkWrittenLinks(
  file: string,
  slug: string,
  links: readonly WrittenLink[],
  site: SiteView,
  page = pagePath(slug),
): Problem[] {
  if (links.length === 0) return [];
  const linkSite: LinkSite = {
    base: judgedBase,
    origin: site.origin,
    get files() {
      return site.files;
    },
    idsOf: site.idsOf,
  };
  const problems: Problem[] = [];
  for (const link of links) {
    const verdict = judgeLink(link.value, `${judgedBase}${page}`, linkSite);
    if (verdict.ok || (link.inFrontmatter && schemaJudges.has(verdict.fault.kind))) continue;
    const { rule, message } = describe(link, verdict.fault, page, site);
    problems.push(problem(file, rule, message, link.at ?? link.locate?.()));
  }
  return problems;
}
