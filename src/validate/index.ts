/**
 * The validator (docs/public-interface.md §6): reads every case-study file of a library, or the given paths, and
 * returns every problem it finds, each where it is written. `npm run validate` and the build's
 * content check both call {@link validateLibrary}, so they refuse exactly the same files.
 *
 * Pure Node: no Astro imports, so scripts and tests use it directly.
 */
import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { listLibrary, type CaseStudyFile } from '../content/listing.ts';
import { caseStudiesDir, contentRoot, taxonomyDir } from '../content/paths.ts';
import { readCaseStudyFile } from '../content/read.ts';
import { createCaseStudySchema, type CaseStudySchema } from '../schema/case-study.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import { TaxonomyError, type Taxonomy } from '../schema/taxonomy.ts';
import type { BodyReading } from './body-rules.ts';
import { prepareBodyWorker, readBodyWithin } from './bounded-body.ts';
import { plainFrontmatter } from './fast-path.ts';
import { invisibleCharacters, readYaml } from './frontmatter.ts';
import { kilobytes, maxFrontmatterBytes } from '../content/limits.ts';
import { checkLibraryLinks, type CaseStudyFacts } from './library-rules.ts';
import { checkPictureFile, frontMatterImage, PictureUses } from './picture-rules.ts';
import { compareProblems, problem, type Problem } from '../content/problem.ts';
import { checkLibraryLinkTargets } from './site-links.ts';
import { checkSchema } from './schema-rules.ts';
import { codePoint, controlCharacters, lineIndex } from '../content/source-text.ts';
import { findSymlinks, symlinkProblem } from '../content/symlinks.ts';

export type { Problem, Severity } from '../content/problem.ts';
export { displayPath, formatProblems, outputFormats, printable, summarise, type OutputFormat } from './format.ts';

export interface ValidateOptions {
  /**
   * Files or folders to report on; the whole library when absent or empty. Rules that look at
   * other files (`related`, `translationOf`, duplicate slugs) always see the whole library.
   */
  paths?: readonly string[];
  /** Read the vocabularies again rather than use the ones read earlier in this process (the dev server does). */
  freshTaxonomy?: boolean;
}

export interface ValidationReport {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  /** The case-study files checked (absolute paths, sorted). */
  files: string[];
  /** The pictures checked, under `images/` (absolute paths, sorted). */
  pictures: string[];
  /** How many of the problems are errors; non-zero means the files must not be published. */
  errorCount: number;
}

/** A path given to the validator that does not exist, or a content root without case-studies/. */
export class ValidationInputError extends Error {
  override name = 'ValidationInputError';
}

/**
 * Validates the library under `root` (a content root such as `content/`, with `case-studies/`
 * and optionally `taxonomy/`), or only `options.paths` within it.
 */
export function validateLibrary(root: string = contentRoot(), options: ValidateOptions = {}): ValidationReport {
  const problems: Problem[] = [];
  const files: string[] = [];
  const checkedPictures: string[] = [];
  prepareBodyWorker();
  for (const selection of select(root, options.paths ?? [])) {
    const wanted = (file: string) =>
      selection.all ||
      selection.files.has(file) ||
      [...selection.folders].some((folder) => file.startsWith(folder + path.sep));
    // Links are found without following any; the folder itself, if a link, is not read at all.
    problems.push(...findSymlinks(contentFolders(selection)).filter((item) => wanted(item.file)));
    if (lstatSync(selection.dir).isSymbolicLink()) {
      if (wanted(selection.dir)) problems.push(symlinkProblem(selection.dir));
      continue;
    }
    const scan = listLibrary(selection.dir);
    problems.push(...scan.problems.filter((item) => wanted(item.file)));

    let schema: CaseStudySchema | undefined;
    let taxonomy: Taxonomy | undefined;
    try {
      taxonomy = loadTaxonomy(selection.root, { fresh: options.freshTaxonomy ?? false });
      schema = schemaFor(taxonomy);
    } catch (error) {
      // Each vocabulary problem where it is written, so that an editor (and CI's annotations) go to its line.
      if (error instanceof TaxonomyError)
        problems.push(
          ...error.problems.map((item) =>
            problem(path.resolve(item.file), 'taxonomy', item.message, { line: item.line, column: item.column }),
          ),
        );
      else problems.push(problem(taxonomyDir(selection.root), 'taxonomy', errorMessage(error)));
    }

    const pictures = scan.pictures.filter(wanted);
    // Whether a picture is used depends on every case study's text, not only the ones asked about.
    const readEveryBody = pictures.length > 0;
    const analyses = scan.files.map((file) => analyse(file, schema, wanted(file.path), readEveryBody));
    const library = new Map<string, CaseStudyFacts>();
    for (const { facts } of analyses) if (!library.has(facts.slug)) library.set(facts.slug, facts);
    const uses = new PictureUses();
    const reportedReadings: { facts: CaseStudyFacts; reading: BodyReading | undefined }[] = [];
    for (const analysis of analyses) {
      const { facts } = analysis;
      const reported = wanted(facts.file);
      uses.add(facts, frontMatterImage(facts));
      if (reported) {
        files.push(facts.file);
        problems.push(...analysis.problems);
      }
      let reading: BodyReading | undefined;
      if (analysis.body) {
        const { text, kind, firstLine } = analysis.body;
        const images: string[] = [];
        try {
          reading = readBodyWithin(facts.file, text, kind, path.dirname(facts.file), firstLine, { images });
          if (reported) problems.push(...reading.problems);
        } catch (error) {
          if (reported)
            problems.push(
              problem(
                facts.file,
                'internal-error',
                `the validator could not check this file's text: ${errorMessage(error)}`,
              ),
            );
        }
        for (const image of images) uses.add(facts, image);
      }
      if (!reported) continue;
      try {
        problems.push(...checkLibraryLinks(facts, library, selection.dir));
      } catch (error) {
        problems.push(
          problem(
            facts.file,
            'internal-error',
            `the validator could not check this file's links: ${errorMessage(error)}`,
          ),
        );
      }
      reportedReadings.push({ facts, reading });
    }
    // Links into other pages need every page's facts, so they are judged once all files are read.
    if (taxonomy) {
      try {
        problems.push(
          ...checkLibraryLinkTargets({
            dir: selection.dir,
            taxonomy,
            library,
            reported: reportedReadings,
            // The texts already read, so that a page linked into is not read a second time for its ids.
            bodies: new Map(analyses.flatMap(({ facts, body }) => (body ? [[facts.file, body] as const] : []))),
          }),
        );
      } catch (error) {
        problems.push(
          problem(
            selection.dir,
            'internal-error',
            `the validator could not check the links of these files: ${errorMessage(error)}`,
          ),
        );
      }
    }

    for (const picture of pictures) {
      checkedPictures.push(picture);
      problems.push(...checkPictureFile(picture, uses, selection.dir));
    }
  }
  const unique = [...new Map(problems.map((item) => [JSON.stringify(item), item])).values()].sort(compareProblems);
  return {
    problems: unique,
    files: [...new Set(files)].sort(),
    pictures: [...new Set(checkedPictures)].sort(),
    errorCount: unique.filter((item) => item.severity === 'error').length,
  };
}

/**
 * Where links are looked for: the whole content root when the folder is its `case-studies/`, else
 * the folder and the root's `taxonomy/`.
 */
function contentFolders(selection: Selection): string[] {
  if (selection.dir === path.resolve(caseStudiesDir(selection.root))) return [selection.root];
  return [selection.dir, path.join(selection.root, 'taxonomy')];
}

interface Selection {
  /** A case-studies folder. */
  dir: string;
  /** The content root whose taxonomy applies. */
  root: string;
  /** True to report on every file of the folder; otherwise only on `files` and what is under `folders`. */
  all: boolean;
  files: Set<string>;
  /** Folders of pictures asked about (`images/`, or a folder in it). */
  folders: Set<string>;
}

/** Groups the paths asked for by the case-studies folder they belong to. */
function select(root: string, paths: readonly string[]): Selection[] {
  const defaultDir = path.resolve(caseStudiesDir(root));
  const selections = new Map<string, Selection>();
  const selection = (dir: string) => {
    let found = selections.get(dir);
    if (!found) {
      found = {
        dir,
        root: dir === defaultDir ? path.resolve(root) : path.dirname(dir),
        all: false,
        files: new Set(),
        folders: new Set(),
      };
      selections.set(dir, found);
    }
    return found;
  };

  if (paths.length === 0) {
    if (!isDirectory(defaultDir))
      throw new ValidationInputError(`there is no case-studies folder in ${path.resolve(root)}`);
    selection(defaultDir).all = true;
  }
  for (const given of paths) {
    const target = path.resolve(given);
    // lstat: a link given by name is reported as a link, whether or not it leads anywhere.
    const stats = lstatSync(target, { throwIfNoEntry: false });
    if (!stats) throw new ValidationInputError(`${given}: no such file or folder`);
    const images = imagesFolderOf(target, defaultDir);
    if (stats.isDirectory() && isDirectory(path.join(target, 'case-studies')))
      selection(path.join(target, 'case-studies')).all = true;
    else if (images) {
      if (stats.isDirectory()) selection(path.dirname(images)).folders.add(target);
      else selection(path.dirname(images)).files.add(target);
    } else if (stats.isDirectory()) selection(target).all = true;
    else selection(path.dirname(target)).files.add(target);
  }
  return [...selections.values()];
}

/**
 * The `images/` folder that holds `target` (or is it), when `target` is a picture or a folder of
 * pictures of a library: an `images` folder of `case-studies/` or of the library's own folder, or
 * the folder a file is directly in.
 */
function imagesFolderOf(target: string, defaultDir: string): string | undefined {
  if (/\.mdx?$/.test(target)) return undefined;
  for (let folder = target; path.dirname(folder) !== folder; folder = path.dirname(folder)) {
    if (path.basename(folder) !== 'images') continue;
    const library = path.dirname(folder);
    if (
      library === defaultDir ||
      path.basename(library) === 'case-studies' ||
      folder === target ||
      folder === path.dirname(target)
    )
      return folder;
  }
  return undefined;
}

const isDirectory = (target: string) => existsSync(target) && statSync(target).isDirectory();

const schemas = new WeakMap<Taxonomy, CaseStudySchema>();
function schemaFor(taxonomy: Taxonomy): CaseStudySchema {
  let schema = schemas.get(taxonomy);
  if (!schema) schemas.set(taxonomy, (schema = createCaseStudySchema(taxonomy)));
  return schema;
}

interface Analysis {
  facts: CaseStudyFacts;
  problems: Problem[];
  /** The body to check, for files being reported on (or read for their pictures) whose front matter could be split off. */
  body?: { text: string; kind: 'md' | 'mdx'; firstLine: number };
}

/**
 * Reads one file. Every file's front matter is read, for the rules that look across files; the
 * schema and body rules run only on files being reported on (`full`), and the body also when
 * `readBody` (to learn which pictures it shows). A crash becomes a problem.
 */
function analyse(file: CaseStudyFile, schema: CaseStudySchema | undefined, full: boolean, readBody: boolean): Analysis {
  const facts: CaseStudyFacts = {
    file: file.path,
    slug: file.slug,
    lang: undefined,
    draft: false,
    data: undefined,
    yaml: undefined,
  };
  const problems: Problem[] = [];
  try {
    const read = readCaseStudyFile(file);
    if (!read.ok) return { facts, problems: read.problems };
    const { text, frontmatter } = read.source;
    const at = lineIndex(text);
    problems.push(...invisibleCharacters(file.path, frontmatter.raw));
    // Front matter has its own account of control characters (js-yaml refuses them); the text does not.
    for (const { offset, code } of controlCharacters(
      text,
      text.length - (frontmatter.body.length - frontmatter.closingLine),
    )) {
      const message = `an invisible control character (${codePoint(code)}) is written here${code === 0 ? ', and would be published as �' : ''}: delete it`;
      problems.push(problem(file.path, 'control-character', message, at(offset)));
    }
    const frontmatterBytes = Buffer.byteLength(frontmatter.raw);
    if (frontmatterBytes > maxFrontmatterBytes) {
      const message = `the front matter is ${kilobytes(frontmatterBytes)}; it may be at most ${kilobytes(maxFrontmatterBytes)}: keep the fields short and write the story in the text below the closing "---"`;
      problems.push(problem(file.path, 'frontmatter-size', message));
      return { facts, problems };
    }

    // Most files are plainly fine: read them without locating every value (see fast-path.ts).
    const plain = schema ? plainFrontmatter(file.path, frontmatter.raw, schema) : undefined;
    const { yaml, problems: yamlProblems } = plain
      ? { yaml: plain, problems: [] }
      : readYaml(file.path, frontmatter.raw);
    problems.push(...yamlProblems);
    if (yaml.readable) {
      const data = yaml.data ?? {};
      if (typeof data === 'object' && !Array.isArray(data)) {
        const record = data as Record<string, unknown>;
        facts.data = record;
        facts.yaml = yaml;
        facts.lang =
          record.lang === undefined ? 'en' : record.lang === 'en' || record.lang === 'cy' ? record.lang : undefined;
        facts.draft = record.draft === true;
      }
      if (full && schema && !plain) problems.push(...checkSchema(file.path, yaml, frontmatter.raw, schema));
    }
    // The body is checked once every front matter has been read, by a worker that loads meanwhile.
    if (full || readBody)
      return {
        facts,
        problems,
        body: { text: frontmatter.body, kind: file.kind, firstLine: frontmatter.closingLine + 1 },
      };
  } catch (error) {
    const message =
      error instanceof RangeError
        ? 'the front matter nests lists or mappings too deeply to be read: write it as plain "key: value" lines'
        : `the validator could not check this file: ${errorMessage(error)}`;
    problems.push(problem(file.path, error instanceof RangeError ? 'frontmatter' : 'internal-error', message));
  }
  return { facts, problems };
}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
