/**
 * Reading a whole library for what is built from it outside Astro: the search index of the dev
 * server, the checks after a build, and tests that compare the site with its files.
 */
import path from 'node:path';
import type { z } from 'zod';
import { createCaseStudySchema, type CaseStudyData, type CaseStudySchema } from '../schema/case-study.ts';
import { createGuideSchema, type GuideData } from '../schema/guide.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { caseStudyFiles, guideFiles, type CaseStudyFile } from './listing.ts';
import { frontmatterValues, isDraft } from './parse.ts';
import { caseStudiesDir, guidesDir } from './paths.ts';
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
  const schema: CaseStudySchema = createCaseStudySchema(taxonomy);
  return readChecked<CaseStudyData>(caseStudyFiles(caseStudiesDir(root)), schema, includeDrafts);
}

/** A guide whose front matter the guide schema accepts, with its text. */
export interface CheckedGuide {
  file: CaseStudyFile;
  slug: string;
  data: GuideData;
  body: string;
}

/** Reads and checks every guide under `root` (docs/public-interface.md §10), as {@link readCaseStudies} does case studies. */
export function readGuides(
  root: string,
  taxonomy: Taxonomy,
  { includeDrafts = false } = {},
): { entries: CheckedGuide[]; problems: string[] } {
  return readChecked(guideFiles(guidesDir(root)), createGuideSchema(taxonomy), includeDrafts);
}

function readChecked<Data extends { draft: boolean }>(
  files: readonly CaseStudyFile[],
  schema: z.ZodType<Data>,
  includeDrafts: boolean,
): { entries: { file: CaseStudyFile; slug: string; data: Data; body: string }[]; problems: string[] } {
  const entries: { file: CaseStudyFile; slug: string; data: Data; body: string }[] = [];
  const problems: string[] = [];
  for (const file of files) {
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
  return publishedOf(caseStudyFiles(caseStudiesDir(root)));
}

/** The published guide files under `root`, as {@link publishedFiles} counts case studies. */
export function publishedGuideFiles(root: string): PublishedFile[] {
  return publishedOf(guideFiles(guidesDir(root)));
}

/** The slugs of the published guide files under `root`. */
export function publishedGuideSlugs(root: string): string[] {
  return publishedGuideFiles(root).map((file) => file.slug);
}

function publishedOf(given: readonly CaseStudyFile[]): PublishedFile[] {
  const files: PublishedFile[] = [];
  for (const file of given) {
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
