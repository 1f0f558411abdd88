/**
 * Reads the vocabularies from `<content root>/taxonomy/` (Node only). The one place they are read:
 * everything else receives a {@link Taxonomy}.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { contentRoot, taxonomyDir } from '../content/paths.ts';
import {
  parseTaxonomy,
  taxonomyFiles,
  type LocateInTaxonomy,
  type Taxonomy,
  type TaxonomyFile,
  type TaxonomyPosition,
} from './taxonomy.ts';

// Where the library is belongs to its reader (src/content/paths.ts); these names stay importable from here.
export { caseStudiesDir, contentRoot, defaultContentRoot, taxonomyDir } from '../content/paths.ts';

/** Refuses a vocabulary reached through a symbolic link: what it names is outside the library. */
function refuseLink(file: string): void {
  if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink())
    throw new Error(`${file} is a symbolic link: the taxonomy is read from real files only; put the file itself there`);
}

/**
 * Where the value at `path` is written in a taxonomy file's `text`, or the nearest value above it
 * that is (the entry, for a key it lacks). Only asked when there is a problem: the file is parsed
 * a second time, with positions, by the \`yaml\` package.
 */
export function positionIn(text: string, path: readonly PropertyKey[]): TaxonomyPosition | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
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
  const texts = {} as Record<TaxonomyFile, string>;
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
    texts[file] = readFileSync(filePath, 'utf8');
    raw[file] = yaml.load(texts[file], { filename: filePath });
  }
  const locate: LocateInTaxonomy = (file, at) => positionIn(texts[file], at);
  const taxonomy = parseTaxonomy(raw, path.relative(process.cwd(), dir) || dir, locate);
  cache.set(dir, taxonomy);
  return taxonomy;
}
