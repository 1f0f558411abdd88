/**
 * The case studies and vocabularies pages are built from. Drafts are included only by the dev
 * server, never in a build (docs/public-interface.md §3).
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseStudiesDir, contentRoot } from '../content/paths.ts';
import { readOrganisationNames } from '../content/organisation-names.ts';
import { readCaseStudyFile } from '../content/read.ts';
import { newestFirst, publishable } from '../lib/case-studies.ts';
import { guidesByCase, guidesByTitle } from '../lib/guides.ts';
import { buildOrganisationIndex, type OrganisationIndex } from '../lib/organisations.ts';
import { buildLinkIndex } from '../lib/related.ts';
import { buildPlacesIndex, type PlacesIndex } from '../lib/places-like.ts';
import { buildSimilarityIndex, type SimilarityIndex } from '../lib/similar.ts';
import { isWithdrawn, listed } from '../lib/still-true.ts';
import { wordCount } from '../lib/toc.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';

export type CaseStudyEntry = CollectionEntry<'caseStudies'>;
/** A how-to guide (docs/public-interface.md §10). */
export type GuideEntry = CollectionEntry<'guides'>;

/**
 * The number of words in a case study's text, as the loader counted them when it read the file
 * (src/integrations/published-entries.ts): the collection does not keep the text itself.
 */
export function caseStudyWordCount(entry: CaseStudyEntry): number {
  if (entry.data.wordCount !== undefined) return entry.data.wordCount;
  // An entry stored before the loader counted words (a content store kept from an older build).
  const file = path.join(caseStudiesDir(contentRoot()), path.basename(entry.filePath ?? `${entry.id}.md`));
  const read = readCaseStudyFile({ path: file, slug: entry.id, kind: file.endsWith('.mdx') ? 'mdx' : 'md' });
  return read.ok ? wordCount(read.source.frontmatter.body) : 0;
}

/** The vocabularies of the content root (`CONTENT_DIR` or `content/`). */
export const taxonomy = loadTaxonomy(contentRoot());

/** The published case studies and what is derived from them once per build. */
export interface SiteData {
  /**
   * Every case study the site lists, newest first: published and not withdrawn. Lists, search,
   * the feed, the home page and the links between case studies are made of these.
   */
  entries: CaseStudyEntry[];
  /** The withdrawn case studies: each keeps its page and its place in the open data (docs/public-interface.md §11). */
  withdrawn: CaseStudyEntry[];
  /** Every published case study, withdrawn ones too, newest first: the pages and the open data. */
  published: CaseStudyEntry[];
  /** "From places like this": case studies by kind of organisation, size band and nation. */
  places: PlacesIndex<CaseStudyEntry>;
  /** Every organisation they name, with its slug. */
  organisations: OrganisationIndex<CaseStudyEntry>;
  /** The related links and translations of each case study, both ways. */
  links: ReturnType<typeof buildLinkIndex<CaseStudyEntry>>;
  /** The closest matches of each case study by shared terms. */
  similarity: SimilarityIndex<CaseStudyEntry>;
  /** Every guide the site shows, by title. */
  guides: GuideEntry[];
  /** The guides that cite each case study, by its slug. */
  guidesByCase: Map<string, GuideEntry[]>;
}

let built: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const all = await getCollection('caseStudies');
  const published = newestFirst(publishable(all, { includeDrafts: !import.meta.env.PROD }));
  const entries = listed(published);
  const guides = guidesByTitle(
    (await getCollection('guides')).filter((guide) => !import.meta.env.PROD || !guide.data.draft),
  );
  return {
    guides,
    guidesByCase: guidesByCase(guides),
    entries,
    withdrawn: published.filter((entry) => isWithdrawn(entry.data)),
    published,
    places: buildPlacesIndex(entries, taxonomy),
    organisations: buildOrganisationIndex(entries, readOrganisationNames(contentRoot()).names),
    links: buildLinkIndex(entries),
    similarity: buildSimilarityIndex(entries),
  };
}

/**
 * The published case studies and what is derived from them. A build computes it once for all its
 * pages; the dev server recomputes it on every request so that edits show at once.
 */
export function siteData(): Promise<SiteData> {
  if (!import.meta.env.PROD) return load();
  built ??= load();
  return built;
}

/**
 * Every published case study, newest first, withdrawn ones included: each has its page and its
 * records in the open data. Lists and feeds take `siteData().entries`, which leaves the withdrawn out.
 */
export async function publishedCaseStudies(): Promise<CaseStudyEntry[]> {
  return (await siteData()).published;
}
