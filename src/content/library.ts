/**
 * Reading a whole library for what is built from it outside Astro: the search index of the dev
 * server, the checks after a build, and tests that compare the site with its files.
 */
import path from 'node:path';
import { createCaseStudySchema, type CaseStudyData } from '../schema/case-study.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { caseStudyFiles, type CaseStudyFile } from './listing.ts';
import { frontmatterValues, isDraft } from './parse.ts';
import { caseStudiesDir } from './paths.ts';
import { readCaseStudyFile } from './read.ts';
import { bodyText } from './split.ts';

/** A case study whose front matter the schema accepts, with its text as written below it. */
export interface CheckedCaseStudy {
  file: CaseStudyFile;
  slug: string;
  data: CaseStudyData;
  body: string;
}

/** What {@link readCaseStudies} found: the good files, and one line for each file it skipped. */
export interface CheckedLibrary {
  entries: CheckedCaseStudy[];
  problems: string[];
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads and checks every case study under `root`, sorted by file name; drafts are kept only when
 * `includeDrafts`. Files the schema refuses are reported, not returned: the validator says why in full.
 */
export function readCaseStudies(root: string, taxonomy: Taxonomy, { includeDrafts = false } = {}): CheckedLibrary {
  const schema = createCaseStudySchema(taxonomy);
  const entries: CheckedCaseStudy[] = [];
  const problems: string[] = [];
  for (const file of caseStudyFiles(caseStudiesDir(root))) {
    const name = path.basename(file.path);
    try {
      const read = readCaseStudyFile(file);
      if (!read.ok) {
        problems.push(`${name}: ${read.problems.map((item) => item.message).join('; ')}`);
        continue;
      }
      const { frontmatter } = read.source;
      const result = schema.safeParse(frontmatterValues(frontmatter.raw) ?? {});
      if (!result.success) {
        problems.push(`${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
        continue;
      }
      if (result.data.draft && !includeDrafts) continue;
      entries.push({ file, slug: file.slug, data: result.data, body: bodyText(frontmatter) });
    } catch (error) {
      problems.push(`${name}: ${errorMessage(error)}`);
    }
  }
  return { entries, problems };
}

/** A published case-study file: its slug, and whether it is withdrawn (kept at its page and in the open data, not in search). */
export interface PublishedFile {
  slug: string;
  withdrawn: boolean;
}

/**
 * The published case-study files under `root`, by slug: not `_` files, not drafts. A file that
 * cannot be read counts as published and not withdrawn: if it went missing from the site, a check
 * must say so.
 */
export function publishedFiles(root: string): PublishedFile[] {
  const files: PublishedFile[] = [];
  for (const file of caseStudyFiles(caseStudiesDir(root))) {
    let draft: boolean;
    let withdrawn = false;
    try {
      const read = readCaseStudyFile(file);
      const values = read.ok ? frontmatterValues(read.source.frontmatter.raw) : undefined;
      draft = read.ok && isDraft(values);
      const value = (values as Record<string, unknown> | undefined)?.withdrawn;
      withdrawn = value !== null && typeof value === 'object';
    } catch {
      draft = false;
    }
    if (!draft) files.push({ slug: file.slug, withdrawn });
  }
  return files.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The slugs of the published case-study files under `root` (see {@link publishedFiles}). */
export function publishedSlugs(root: string): string[] {
  return publishedFiles(root).map((file) => file.slug);
}
