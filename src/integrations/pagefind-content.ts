/**
 * Reads the case-study files of a content root for the search integrations (Node only): the dev
 * server indexes them as records, and the build checks that the pages it indexed match them.
 * Files the schema refuses are reported, not indexed; the validator and the build say why in full.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { createCaseStudySchema, type CaseStudyData } from '../schema/case-study.ts';
import { caseStudiesDir } from '../schema/load-taxonomy.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';

/** A case-study file read from disk: its slug, checked frontmatter and Markdown body. */
export interface CaseStudyFile {
  slug: string;
  data: CaseStudyData;
  body: string;
}

/** What {@link readCaseStudies} found: the good files, and one line for each file it skipped. */
export interface CaseStudyFiles {
  entries: CaseStudyFile[];
  problems: string[];
}

const refuse = (language: string) => () => {
  throw new Error(`front matter must be YAML, not ${language}`);
};

// gray-matter evaluates `---js` front matter and caches results without options; always pass
// these, which read YAML with js-yaml 4 (as Astro does) and refuse every other language.
const matterOptions = {
  language: 'yaml',
  engines: {
    yaml: (text: string) => (yaml.load(text) ?? {}) as object,
    javascript: refuse('JavaScript'),
    js: refuse('JavaScript'),
    json: refuse('JSON'),
    toml: refuse('TOML'),
    coffee: refuse('CoffeeScript'),
  },
};

/**
 * The case-study file names of a folder: `.md`/`.mdx` at the top level, not starting with `_`,
 * and files, not symbolic links (which the validator refuses: they name files outside the library).
 */
export function caseStudyFileNames(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name) && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

/** Reads and checks every case study under `root`; drafts are kept only when `includeDrafts`. */
export function readCaseStudies(root: string, taxonomy: Taxonomy, { includeDrafts = false } = {}): CaseStudyFiles {
  const dir = caseStudiesDir(root);
  const schema = createCaseStudySchema(taxonomy);
  const entries: CaseStudyFile[] = [];
  const problems: string[] = [];
  for (const name of caseStudyFileNames(dir)) {
    const file = path.join(dir, name);
    try {
      const { data: raw, content } = matter(readFileSync(file, 'utf8'), matterOptions);
      const result = schema.safeParse(raw);
      if (!result.success) {
        problems.push(`${name}: ${result.error.issues.map((issue) => issue.message).join('; ')}`);
        continue;
      }
      if (result.data.draft && !includeDrafts) continue;
      entries.push({ slug: name.replace(/\.mdx?$/, ''), data: result.data, body: content });
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { entries, problems };
}
