/**
 * Reads the vocabularies from `<content root>/taxonomy/` (Node only). The one place they are read:
 * everything else receives a {@link Taxonomy}.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { parseTaxonomy, taxonomyFiles, type Taxonomy, type TaxonomyFile } from './taxonomy.ts';

/**
 * The repository's own `content/` folder: the sample library. Found from this module's location;
 * once Astro has bundled this module into `dist/`, that location is elsewhere, so fall back to
 * `content/` in the working directory (npm scripts run from the project root).
 */
const besideSource = fileURLToPath(new URL('../../content/', import.meta.url));
export const defaultContentRoot = existsSync(path.join(besideSource, 'taxonomy'))
  ? besideSource
  : path.resolve('content');

/** The content root: `CONTENT_DIR` when set (relative to the working directory), else `content/`. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ? path.resolve(env.CONTENT_DIR) : defaultContentRoot;
}

/** The folder of case-study files under a content root. */
export const caseStudiesDir = (root: string) => path.join(root, 'case-studies');

/**
 * The taxonomy folder of a content root; a root without one (a library that only brings its case
 * studies) uses the sample library's vocabularies, which hold every id of the contract. A link
 * named `taxonomy` counts as the root's own, even one that leads nowhere, so that it is refused
 * rather than silently replaced.
 */
export function taxonomyDir(root: string): string {
  const own = path.join(root, 'taxonomy');
  return lstatSync(own, { throwIfNoEntry: false }) ? own : path.join(defaultContentRoot, 'taxonomy');
}

/** Refuses a vocabulary reached through a symbolic link: what it names is outside the library. */
function refuseLink(file: string): void {
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new Error(`${file} is a symbolic link: the taxonomy is read from real files only; put the file itself there`);
}

const cache = new Map<string, Taxonomy>();

/**
 * The vocabularies of a content root, read once per process; `{ fresh: true }` reads the files
 * again (the dev server does, after a vocabulary is edited).
 */
export function loadTaxonomy(root: string = contentRoot(), { fresh = false } = {}): Taxonomy {
  const dir = taxonomyDir(root);
  const cached = fresh ? undefined : cache.get(dir);
  if (cached) return cached;
  const raw = {} as Record<TaxonomyFile, unknown>;
  refuseLink(dir);
  for (const file of Object.keys(taxonomyFiles) as TaxonomyFile[]) {
    const filePath = path.join(dir, `${file}.yml`);
    refuseLink(filePath);
    if (!existsSync(filePath))
      throw new Error(
        `${filePath} is missing: the taxonomy needs ${Object.keys(taxonomyFiles)
          .map((name) => `${name}.yml`)
          .join(', ')}`,
      );
    raw[file] = yaml.load(readFileSync(filePath, 'utf8'), { filename: filePath });
  }
  const taxonomy = parseTaxonomy(raw, path.relative(process.cwd(), dir) || dir);
  cache.set(dir, taxonomy);
  return taxonomy;
}
