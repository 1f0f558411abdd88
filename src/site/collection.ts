/**
 * The case studies and vocabularies pages are built from. Drafts are included only by the dev
 * server, never in a build (docs/public-interface.md §3).
 */
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { caseStudiesDir, contentRoot } from '../content/paths.ts';
import { readCaseStudyFile } from '../content/read.ts';
import { newestFirst, publishable } from '../lib/case-studies.ts';
import { guidesByCase, guidesByTitle } from '../lib/guides.ts';
import { buildOrganisationIndex, type OrganisationIndex } from '../lib/organisations.ts';
import { buildLinkIndex } from '../lib/related.ts';
import { buildSimilarityIndex, type SimilarityIndex } from '../lib/similar.ts';
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

interface SiteData {
  /** Every case study the site shows, newest first. */
  entries: CaseStudyEntry[];
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
  const entries = newestFirst(publishable(all, { includeDrafts: !import.meta.env.PROD }));
  const guides = guidesByTitle(
    (await getCollection('guides')).filter((guide) => !import.meta.env.PROD || !guide.data.draft),
  );
  return {
    guides,
    guidesByCase: guidesByCase(guides),
    entries,
    organisations: buildOrganisationIndex(entries),
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

/** Every case study the site shows, newest first. */
export async function publishedCaseStudies(): Promise<CaseStudyEntry[]> {
  return (await siteData()).entries;
}
