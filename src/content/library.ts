/**
 * Reading a whole library for what is built from it outside Astro: the search index of the dev
 * server, the checks after a build, and tests that compare the site with its files.
 */
import { readFileSync } from 'node:fs';
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
 * What was read of each file (by path) last time, with its bytes: given to {@link readCaseStudies}
 * or {@link readGuides}, a file whose bytes are unchanged is not parsed and checked again. Only for
 * one schema: start a new one when the vocabularies change (the dev index does, pagefind-dev.ts).
 */
export type ReadMemo = Map<string, { bytes: Buffer; read: { data: { draft: boolean }; body: string } | { problem: string } }>;

/**
 * Reads and checks every case study under `root`, sorted by file name; drafts are kept only when
 * `includeDrafts`. Files the schema refuses are reported, not returned: the validator says why in full.
 */
export function readCaseStudies(
  root: string,
  taxonomy: Taxonomy,
  { includeDrafts = false, memo }: { includeDrafts?: boolean; memo?: ReadMemo } = {},
): CheckedLibrary {
  const schema: CaseStudySchema = createCaseStudySchema(taxonomy);
  return readChecked<CaseStudyData>(caseStudyFiles(caseStudiesDir(root)), schema, includeDrafts, memo);
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
  { includeDrafts = false, memo }: { includeDrafts?: boolean; memo?: ReadMemo } = {},
): { entries: CheckedGuide[]; problems: string[] } {
  return readChecked(guideFiles(guidesDir(root)), createGuideSchema(taxonomy), includeDrafts, memo);
}

function readChecked<Data extends { draft: boolean }>(
  files: readonly CaseStudyFile[],
  schema: z.ZodType<Data>,
  includeDrafts: boolean,
  memo?: ReadMemo,
): { entries: { file: CaseStudyFile; slug: string; data: Data; body: string }[]; problems: string[] } {
  const entries: { file: CaseStudyFile; slug: string; data: Data; body: string }[] = [];
  const problems: string[] = [];
  const readOne = (file: CaseStudyFile, name: string, bytes?: Buffer): { data: Data; body: string } | { problem: string } => {
    const read = readCaseStudyFile(file, bytes);
    if (!read.ok) return { problem: `${name}: ${read.problems.map((item) => item.message).join('; ')}` };
    const { frontmatter } = read.source;
    const result = schema.safeParse(frontmatterValues(frontmatter.raw) ?? {});
    if (!result.success) return { problem: `${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}` };
    return { data: result.data, body: bodyText(frontmatter) };
  };
  const seen = new Set<string>();
  for (const file of files) {
    const name = path.basename(file.path);
    try {
      let read: { data: Data; body: string } | { problem: string };
      if (memo) {
        seen.add(file.path);
        const bytes = readFileSync(file.path);
        const kept = memo.get(file.path);
        if (kept?.bytes.equals(bytes)) read = kept.read as typeof read;
        else {
          read = readOne(file, name, bytes);
          memo.set(file.path, { bytes, read });
        }
      } else read = readOne(file, name);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      if (read.data.draft && !includeDrafts) continue;
      entries.push({ file, slug: file.slug, data: read.data, body: read.body });
    } catch (error) {
      if (memo) memo.delete(file.path);
      problems.push(`${name}: ${errorMessage(error)}`);
    }
  }
  if (memo) for (const file of memo.keys()) if (!seen.has(file)) memo.delete(file);
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
