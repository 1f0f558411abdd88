/**
 * What is in a case-studies folder (docs/public-interface.md §2): `<slug>.md` and `<slug>.mdx` files, an
 * `images/` folder, `_`-prefixed files the site ignores, and nothing else, so that nothing a
 * contributor adds is silently left out. Nothing is a symbolic link (see src/content/symlinks.ts): the folder
 * is listed without following any, and each link is reported rather than read.
 */
import { existsSync, readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { slugFromTitle, slugMaxLength, slugPattern } from '../schema/slug.ts';
import { compareText, problem, type Problem } from './problem.ts';
import { symlinkProblem } from './symlinks.ts';

/** A case-study file of a library: the one description of one, from the listing to every reader. */
export interface CaseStudyFile {
  /** Absolute path. */
  path: string;
  /** The file name without extension: the case study's id and URL. */
  slug: string;
  kind: 'md' | 'mdx';
}

export interface LibraryListing {
  /** The case-studies folder. */
  dir: string;
  /** Its case-study files, sorted by name. */
  files: CaseStudyFile[];
  /** Every file under `images/` (absolute paths, sorted), to be judged as pictures; links and ignored names left out. */
  pictures: string[];
  /** Stray files and folders, links, invalid and duplicate slugs. */
  problems: Problem[];
}

/** Files that operating systems and git leave behind: never content, so never worth an error. */
const systemFiles = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/** True for names the site and the validator skip: `_template.md`, `_drafts/`, system files. */
/**
 * The glob of the files of a collection's folder that the collection loads (Astro's `glob()`
 * loader): top-level `.md` and `.mdx` files whose name does not start with `_`. Written `[^_]`, not
 * `[!_]`: the loader's file search reads both alike, but the matcher of its dev-server watch
 * (picomatch) does not take `[!_]` as a negation, and no edit of a case study reached its page.
 */
export const collectionFilePattern = '[^_]*.{md,mdx}';

export const isIgnoredName = (name: string) => name.startsWith('_') || systemFiles.has(name);

/**
 * Which collection a folder holds (docs/public-interface.md §2, §10): case studies, with their `images/`, or
 * how-to guides, which have no pictures of their own. The listing's advice names what belongs there.
 */
export interface Collection {
  /** The folder's name under the content root. */
  folder: 'case-studies' | 'guides';
  /** What one file of it is, and many. */
  one: string;
  many: string;
  /** Whether an `images/` folder of pictures belongs in it. */
  pictures: boolean;
}

export const caseStudyCollection: Collection = {
  folder: 'case-studies',
  one: 'case study',
  many: 'case studies',
  pictures: true,
};
export const guideCollection: Collection = { folder: 'guides', one: 'guide', many: 'guides', pictures: false };

/** Lists a collection's folder and reports everything in it that is not one of its files (or, for case studies, `images/`). */
export function listLibrary(dir: string, collection: Collection = caseStudyCollection): LibraryListing {
  const files: CaseStudyFile[] = [];
  const pictures: string[] = [];
  const problems: Problem[] = [];
  for (const entry of sortedEntries(dir)) {
    const name = entry.name;
    const full = path.join(dir, name);
    if (entry.isSymbolicLink()) {
      problems.push(symlinkProblem(full));
      continue;
    }
    if (isIgnoredName(name)) continue;
    if (entry.isDirectory()) {
      if (name === 'images' && collection.pictures) listPictures(full, pictures, problems);
      else
        problems.push(
          problem(
            full,
            'unexpected-file',
            `folder "${name}/" is not read by the site: ${collection.many} go directly in ${collection.folder}/${collection.pictures ? `, pictures in ${collection.folder}/images/` : ''}`,
          ),
        );
      continue;
    }
    const match = /^(.*)\.(md|mdx)$/.exec(name);
    if (!match || !entry.isFile()) {
      problems.push(
        problem(
          full,
          'unexpected-file',
          entry.isFile() ? strayMessage(name, collection) : `"${name}" is not a file: remove it`,
        ),
      );
      continue;
    }
    const slug = match[1]!;
    files.push({ path: full, slug, kind: match[2] as 'md' | 'mdx' });
    const slugProblem = checkSlug(slug, match[2]!);
    if (slugProblem) problems.push(problem(full, 'slug', slugProblem));
  }

  const bySlug = Map.groupBy(files, (file) => file.slug);
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const file of group) {
      const others = group.filter((other) => other !== file).map((other) => path.basename(other.path));
      problems.push(
        problem(
          file.path,
          'duplicate-slug',
          `"${path.basename(file.path)}" and "${others.join('", "')}" have the same slug "${slug}": keep one of them`,
        ),
      );
    }
  }
  return { dir, files, pictures, problems };
}

/**
 * The case-study files of a case-studies folder, sorted by name; none when there is no such folder.
 * What the site publishes from: `_` files, links and anything else the validator refuses are left out.
 */
export function caseStudyFiles(dir: string): CaseStudyFile[] {
  return existsSync(dir) ? listLibrary(dir).files : [];
}

/** The guide files of a guides folder, sorted by name; none when the library has no guides (the folder is optional). */
export function guideFiles(dir: string): CaseStudyFile[] {
  return existsSync(dir) ? listLibrary(dir, guideCollection).files : [];
}

/** The entries of a folder by name, as they are on disk (links not followed). */
const sortedEntries = (dir: string): Dirent[] =>
  readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareText(a.name, b.name));

/** Adds every file under `dir` (an `images/` folder, and the folders in it) to `pictures`. */
function listPictures(dir: string, pictures: string[], problems: Problem[]): void {
  let entries: Dirent[];
  try {
    entries = sortedEntries(dir);
  } catch {
    problems.push(
      problem(dir, 'unexpected-file', `folder "${path.basename(dir)}/" cannot be read: check its permissions`),
    );
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) problems.push(symlinkProblem(full));
    else if (isIgnoredName(entry.name)) continue;
    else if (entry.isDirectory()) listPictures(full, pictures, problems);
    else if (entry.isFile()) pictures.push(full);
    else problems.push(problem(full, 'unexpected-file', `"${entry.name}" is not a file: remove it`));
  }
}

/** Why a file that is not `<slug>.md` or `<slug>.mdx` is an error, and what to do about it. */
function strayMessage(name: string, collection: Collection): string {
  const extension = path.extname(name);
  const stem = name.slice(0, name.length - extension.length);
  const lower = extension.toLowerCase();
  if (lower === '.md' || lower === '.mdx')
    return `"${name}" is not read by the site: the extension must be lower-case; rename it to "${stem}${lower}"`;
  if (['.markdown', '.mdown', '.mkd', '.mkdn', '.mdwn', '.text'].includes(lower))
    return `"${name}" is not read by the site: ${collection.many} end in .md; rename it to "${stem}.md"`;
  return `"${name}" is not read by the site: only ${collection.many} (.md or .mdx) belong in ${collection.folder}/${collection.pictures ? `, and pictures in ${collection.folder}/images/` : ''}`;
}

/** Why a slug is not valid (docs/public-interface.md §2), or undefined when it is. */
export function checkSlug(slug: string, extension = 'md'): string | undefined {
  if (slug.length > slugMaxLength)
    return `the file name "${slug}" is ${slug.length} characters long; a slug has at most ${slugMaxLength}`;
  if (slugPattern.test(slug)) return undefined;
  const suggestion = slugFromTitle(slug);
  const hint = suggestion && suggestion !== slug ? `, such as "${suggestion}.${extension}"` : '';
  return `the file name "${slug}" is not a valid slug: use lower-case a-z, 0-9 and single hyphens${hint}`;
}
