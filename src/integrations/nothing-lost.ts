/**
 * Nothing lost (issue 6): after every build, each published case-study file must have arrived
 * everywhere it is published — its page, the search index, and a row in each data export — and
 * each published guide (docs/public-interface.md §10) its page and its place in the search index. The
 * pages and exports are all made from the content collection, so a file the collection dropped or
 * merged shows up missing from every one of them. The build fails with the difference listed.
 *
 * List it after the search integration, whose index it counts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedFiles, publishedGuideSlugs } from '../content/library.ts';
import { contentRoot } from '../content/paths.ts';
import { checkIndexedCount } from './pagefind.ts';

/**
 * The slugs of the built case-study pages: `case-studies/<slug>/index.html` carrying
 * `data-pagefind-body`, which only a case-study page does (docs/public-interface.md §9), or, for a
 * withdrawn one, which leaves search, `data-withdrawn-case-study`. Other pages under
 * case-studies/, such as the list in another order, are not case studies.
 */
export function builtPageSlugs(siteDir: string, folder: 'case-studies' | 'guides' = 'case-studies'): string[] {
  const dir = path.join(siteDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && isCaseStudyPage(path.join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** True for a built page that is a case study: it marks its content for the search index, or says it is withdrawn. */
export function isCaseStudyPage(file: string): boolean {
  try {
    return /<[a-z]+\b[^>]*\s(?:data-pagefind-body|data-withdrawn-case-study)[\s>=]/.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/** The number of pages in the written search index, over all its languages. */
export function indexedPageCount(siteDir: string): number {
  const entry = JSON.parse(readFileSync(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The `slug` of every record of the JSON export. */
export function jsonExportSlugs(siteDir: string): string[] {
  const records = JSON.parse(readFileSync(path.join(siteDir, 'data', 'case-studies.json'), 'utf8')) as {
    slug?: unknown;
  }[];
  return records.map((record) => String(record.slug)).sort();
}

/** The rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < input.length; index++) {
    const char = input[index]!;
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The `slug` column of every data row of the CSV export. */
export function csvExportSlugs(siteDir: string): string[] {
  const [header, ...rows] = csvRows(readFileSync(path.join(siteDir, 'data', 'case-studies.csv'), 'utf8'));
  const column = header?.indexOf('slug') ?? -1;
  if (column === -1) throw new Error('data/case-studies.csv has no slug column');
  return rows.map((row) => row[column] ?? '').sort();
}

/** The slug of every case study's own file, `data/case-studies/<slug>.json`. */
export function recordFileSlugs(siteDir: string): string[] {
  const folder = path.join(siteDir, 'data', 'case-studies');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

export interface Tally {
  files: string[];
  /** The published files that are withdrawn: a page and export rows each, but no place in the search index. */
  withdrawn?: string[];
  pages: string[];
  indexed: number;
  json: string[];
  csv: string[];
  /** The case studies' own files (`data/case-studies/<slug>.json`), when counted. */
  records?: string[];
  /** The published guide files, and the built guide pages (`guides/<slug>/` with `data-pagefind-body`). */
  guides: string[];
  guidePages: string[];
}

/** Reads every count of a built site against the content it was built from. */
export function tally(root: string, siteDir: string): Tally {
  const published = publishedFiles(root);
  return {
    files: published.map((file) => file.slug),
    withdrawn: published.filter((file) => file.withdrawn).map((file) => file.slug),
    pages: builtPageSlugs(siteDir),
    indexed: indexedPageCount(siteDir),
    json: jsonExportSlugs(siteDir),
    csv: csvExportSlugs(siteDir),
    records: recordFileSlugs(siteDir),
    guides: publishedGuideSlugs(root),
    guidePages: builtPageSlugs(siteDir, 'guides'),
  };
}

const difference = (wanted: readonly string[], got: readonly string[]) => {
  const remaining = new Map<string, number>();
  for (const slug of got) remaining.set(slug, (remaining.get(slug) ?? 0) + 1);
  const missing: string[] = [];
  for (const slug of wanted) {
    const left = remaining.get(slug) ?? 0;
    if (left === 0) missing.push(slug);
    else remaining.set(slug, left - 1);
  }
  const extra = [...remaining].flatMap(([slug, count]) => Array<string>(count).fill(slug));
  return { missing, extra };
};

/** Every way the built site differs from the published files, one sentence each; empty when nothing was lost. */
export function compareTally({
  files,
  withdrawn = [],
  pages,
  indexed,
  json,
  csv,
  records,
  guides,
  guidePages,
}: Tally): string[] {
  const problems: string[] = [];
  const describe = (where: string, got: readonly string[], wanted = files) => {
    const { missing, extra } = difference(wanted, got);
    const what =
      wanted === files
        ? `case ${missing.length === 1 ? 'study' : 'studies'}`
        : missing.length === 1
          ? 'guide'
          : 'guides';
    if (missing.length > 0) problems.push(`${where} lacks ${missing.length} published ${what}: ${missing.join(', ')}`);
    if (extra.length > 0)
      problems.push(
        `${where} has ${extra.length} ${extra.length === 1 ? 'entry' : 'entries'} that no published file accounts for (a draft, or a duplicate): ${extra.join(', ')}`,
      );
  };
  describe('the built pages (case-studies/<slug>/)', pages);
  describe('the JSON export (data/case-studies.json)', json);
  describe('the CSV export (data/case-studies.csv)', csv);
  if (records) describe('the case studies’ own files (data/case-studies/<slug>.json)', records);
  describe('the built guide pages (guides/<slug>/)', guidePages, guides);
  const searchable = files.length - withdrawn.length + guides.length;
  const guidesToo = guides.length > 0 ? ` and ${guides.length} guides` : '';
  if (indexed !== searchable)
    problems.push(
      withdrawn.length === 0
        ? `the search index holds ${indexed} pages, but ${files.length} case studies${guidesToo} are published`
        : `the search index holds ${indexed} pages, but ${files.length} case studies${guidesToo} are published and ${withdrawn.length} of them withdrawn, so ${searchable} should be`,
    );
  return problems;
}

/** Checks a built site against the published files: throws listing every difference, or returns what was counted. */
export function checkNothingLost(root: string, siteDir: string): string {
  return reportTally(tally(root, siteDir));
}

/** Throws listing every difference of a tally, or returns what was counted. */
export function reportTally(counts: Tally): string {
  const problems = compareTally(counts);
  if (problems.length > 0) {
    throw new Error(
      `Case studies were lost or added on the way to the site:\n- ${problems.join('\n- ')}\nPublished files: ${counts.files.length}; pages: ${counts.pages.length}; search index: ${counts.indexed}; JSON records: ${counts.json.length}; CSV rows: ${counts.csv.length}; guides: ${counts.guides.length}; guide pages: ${counts.guidePages.length}.`,
    );
  }
  const withdrawn = counts.withdrawn?.length ? ` (${counts.withdrawn.length} withdrawn, kept out of search)` : '';
  return `${counts.files.length} published case studies${withdrawn}: ${counts.pages.length} pages, ${counts.indexed} in the search index (with ${counts.guides.length} guides, ${counts.guidePages.length} guide pages), ${counts.json.length} JSON records, ${counts.csv.length} CSV rows`;
}

/**
 * The integration: fails the build when a published case study is missing anywhere, or something
 * unpublished appears. When the search index is written after Astro exits, so is this check.
 */
export default function nothingLost(options: { root?: string; deferred?: () => boolean } = {}): AstroIntegration {
  return {
    name: 'cwb:nothing-lost',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (options.deferred?.()) return;
        const counts = tally(options.root ?? contentRoot(), fileURLToPath(dir));
        // The search integration before this one leaves its count check here, to the files read once.
        const warning = checkIndexedCount(
          counts.indexed,
          counts.files.length - (counts.withdrawn?.length ?? 0) + counts.guides.length,
        );
        if (warning) logger.warn(warning);
        logger.info(reportTally(counts));
      },
    },
  };
}
