/**
 * The link rules over a library (issue 12): once every file's front matter and text have been
 * read, the links of each case study are judged against the site the library will be built into
 * (site-map.ts), including the ids of the pages they point into. A page's ids come from its text
 * as read by the body rules; the text of a page outside the files being reported on is read (in
 * the bounded worker) only when a link points into it.
 */
import { readCaseStudyFile } from '../content/read.ts';
import type { OrganisationName } from '../schema/organisation-names.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import type { BodyReading } from './body-rules.ts';
import { readBodyWithin } from './bounded-body.ts';
import { nearestSlug, type CaseStudyFacts } from './library-rules.ts';
import { siteOrigin } from './link-policy.ts';
import { checkWrittenLinks, type SiteView, type WrittenLink } from './link-rules.ts';
import type { Problem } from '../content/problem.ts';
import { caseStudyPageIds, guidePageIds, layoutIds, siteFiles } from './site-map.ts';

/** Front-matter fields that the page shows as links, as paths into the front matter. */
function frontmatterLinks(facts: CaseStudyFacts): WrittenLink[] {
  const { data, yaml } = facts;
  if (!data || !yaml) return [];
  const links: WrittenLink[] = [];
  const add = (value: unknown, at: PropertyKey[]) => {
    // Located only for a problem: finding where a value is written means parsing the YAML again.
    if (typeof value === 'string')
      links.push({
        value,
        at: undefined,
        locate: () => yaml.locatePath(at).at,
        what: formatField(at),
        inFrontmatter: true,
      });
  };
  if (Array.isArray(data.sources))
    data.sources.forEach((source, index) => add((source as { url?: unknown } | null)?.url, ['sources', index, 'url']));
  add((data.contact as { url?: unknown } | null | undefined)?.url, ['contact', 'url']);
  return links;
}

const formatField = (at: readonly PropertyKey[]) =>
  at.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${String(step)}` : String(step)),
    '',
  );

/** The text of a case study read from its file, for the ids of its page, or undefined when it cannot be read as one. */
function readBodyOf(facts: CaseStudyFacts): BodyText | undefined {
  try {
    const read = readCaseStudyFile({
      path: facts.file,
      slug: facts.slug,
      kind: facts.file.endsWith('.mdx') ? 'mdx' : 'md',
    });
    if (!read.ok) return undefined;
    const { frontmatter } = read.source;
    return { text: frontmatter.body, firstLine: frontmatter.closingLine + 1 };
  } catch {
    return undefined;
  }
}

/** A case study's text as split from its front matter, and the line it starts on. */
export interface BodyText {
  text: string;
  firstLine: number;
}

export interface LinkInput {
  /** The case-studies folder. */
  dir: string;
  taxonomy: Taxonomy;
  /** Every case study of the folder, by slug. */
  library: ReadonlyMap<string, CaseStudyFacts>;
  /** Every guide of the content root, by slug (docs/public-interface.md §10): their pages are link targets too. */
  guides?: ReadonlyMap<string, CaseStudyFacts>;
  /** The files to report on, with what reading their text found (undefined when it was not read). */
  reported: readonly { facts: CaseStudyFacts; reading: BodyReading | undefined }[];
  /** The texts already read, by file; any other is read from its file when a link points into it. */
  bodies?: ReadonlyMap<string, BodyText>;
  /** The organisations named in both languages (`content/organisations.yml`), one page each. */
  organisationNames?: readonly OrganisationName[];
}

/** Every problem with the links of the reported files. */
export function checkLibraryLinkTargets({
  dir,
  taxonomy,
  library,
  guides = new Map(),
  reported,
  bodies,
  organisationNames = [],
}: LinkInput): Problem[] {
  const readings = new Map(reported.map(({ facts, reading }) => [facts.file, reading]));
  const all = [...library.values()].map(({ slug, draft, data }) => ({ slug, draft, data }));
  const allGuides = [...guides.values()].map(({ slug, draft }) => ({ slug, draft }));
  const drafts = new Set(all.filter((entry) => entry.draft).map((entry) => entry.slug));
  const origin = siteOrigin();

  // By file, not slug: a guide and a case study may share a slug.
  const textIds = new Map<string, ReadonlySet<string> | undefined>();
  /** The ids of the text of a case study or guide, read now if it has not been read as Markdown. */
  const idsOfText = (facts: CaseStudyFacts): ReadonlySet<string> | undefined => {
    if (textIds.has(facts.file)) return textIds.get(facts.file);
    let ids = readings.get(facts.file)?.ids;
    if (!ids) {
      const body = bodies?.get(facts.file) ?? readBodyOf(facts);
      if (body)
        ids = readBodyWithin(facts.file, body.text, facts.file.endsWith('.mdx') ? 'mdx' : 'md', dir, body.firstLine, {
          alwaysTree: true,
        }).ids;
    }
    const found = ids ? new Set(ids) : undefined;
    textIds.set(facts.file, found);
    return found;
  };

  const views = new Map<boolean, SiteView>();
  /** The site as a build would write it; with drafts' pages for the links of a draft, which is not built itself. */
  const viewFor = (withDrafts: boolean): SiteView => {
    let view = views.get(withDrafts);
    if (view) return view;
    // Listed only when a link leads within the site: most links lead elsewhere.
    let files: ReadonlySet<string> | undefined;
    const undrafted = <T extends { draft: boolean }>(entries: T[]) =>
      withDrafts ? entries.map((entry) => ({ ...entry, draft: false })) : entries;
    const listFiles = () => (files ??= siteFiles(taxonomy, undrafted(all), undrafted(allGuides), organisationNames));
    const pageIds = new Map<string, ReadonlySet<string> | undefined>();
    const layout = new Set(layoutIds);
    const idsOf = (file: string): ReadonlySet<string> | undefined => {
      if (pageIds.has(file)) return pageIds.get(file);
      const page = /^(case-studies|guides)\/([^/]+)\/index\.html$/.exec(file);
      const collection = page?.[1] === 'guides' ? guides : library;
      const facts = page ? collection.get(decodeURIComponent(page[2]!)) : undefined;
      let ids: ReadonlySet<string> | undefined = file.endsWith('.html') ? layout : undefined;
      if (facts) {
        const text = idsOfText(facts);
        const fixed = collection === guides ? guidePageIds(facts.data) : caseStudyPageIds(facts.data);
        ids = text ? new Set([...fixed, ...text]) : undefined;
      }
      pageIds.set(file, ids);
      return ids;
    };
    const nearest = (slug: string) => {
      const suggestion = nearestSlug(slug, library);
      return suggestion && (withDrafts || !drafts.has(suggestion)) ? suggestion : undefined;
    };
    view = {
      get files() {
        return listFiles();
      },
      origin,
      idsOf,
      drafts: withDrafts ? new Set() : drafts,
      nearestSlug: nearest,
    };
    views.set(withDrafts, view);
    return view;
  };

  const problems: Problem[] = [];
  for (const { facts, reading } of reported) {
    const links = [...(reading?.links ?? []), ...frontmatterLinks(facts)];
    if (links.length === 0) continue;
    // The page's own ids are those its text was just read for.
    if (reading?.ids && !textIds.has(facts.file)) textIds.set(facts.file, new Set(reading.ids));
    const page = facts.collection === 'guides' ? `guides/${encodeURIComponent(facts.slug)}/` : undefined;
    problems.push(...checkWrittenLinks(facts.file, facts.slug, links, viewFor(facts.draft), page));
  }
  return problems;
}
