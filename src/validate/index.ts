/**
 * The validator (docs/public-interface.md §6): reads every case-study file of a library, or the given paths, and
 * returns every problem it finds, each where it is written. `npm run validate` and the build's
 * content check both call {@link validateLibrary}, so they refuse exactly the same files.
 *
 * Pure Node: no Astro imports, so scripts and tests use it directly.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { guideCollection, listLibrary, type CaseStudyFile } from '../content/listing.ts';
import { caseStudiesDir, contentRoot, guidesDir, taxonomyDir } from '../content/paths.ts';
import { readCaseStudyFile } from '../content/read.ts';
import { createCaseStudySchema, type CaseStudySchema } from '../schema/case-study.ts';
import { createGuideSchema, type GuideSchema } from '../schema/guide.ts';
import { loadTaxonomy } from '../schema/load-taxonomy.ts';
import { TaxonomyError, type Taxonomy } from '../schema/taxonomy.ts';
import type { BodyReading } from './body-rules.ts';
import { prepareBodyWorker, readBodyWithin } from './bounded-body.ts';
import { sha256, ValidationCache, type CachedFile } from './cache.ts';
import { locatedLater, plainFrontmatter, shortcuts } from './fast-path.ts';
import { invisibleCharacters, readYaml } from './frontmatter.ts';
import { kilobytes, maxFileBytes, maxFrontmatterBytes } from '../content/limits.ts';
import { checkGuideLinks } from './guide-rules.ts';
import { checkLibraryLinks, type CaseStudyFacts } from './library-rules.ts';
import { checkPictureFile, frontMatterImage, PictureUses } from './picture-rules.ts';
import { compareProblems, problem, type Problem } from '../content/problem.ts';
import { checkLibraryLinkTargets } from './site-links.ts';
import { checkOrganisationNames } from './organisation-name-rules.ts';
import { checkSchema } from './schema-rules.ts';
import { checkUnwritten } from './unwritten-rules.ts';
import { codePoint, controlCharacters, lineIndex } from '../content/source-text.ts';
import { findSymlinks, symlinkProblem } from '../content/symlinks.ts';
import { readOrganisationNames } from '../content/organisation-names.ts';

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
  const given = options.paths ?? [];
  const { guidePaths, otherPaths } = splitGuidePaths(given);
  const guideSelections = selectGuides(root, given, guidePaths);
  /** The guides of each content root, read once: case studies may link to their pages, and guides are checked below. */
  const guidesOf = new Map<string, GuideFolder>();
  const guideFolder = (contentRootDir: string, taxonomy: Taxonomy | undefined): GuideFolder => {
    let found = guidesOf.get(contentRootDir);
    if (!found) {
      const wanted = guideSelections.get(contentRootDir);
      found = readGuideFolder(contentRootDir, taxonomy, wanted);
      guidesOf.set(contentRootDir, found);
    }
    return found;
  };
  const caseLibraries = new Map<string, { library: Map<string, CaseStudyFacts>; taxonomy: Taxonomy | undefined }>();
  // Guides given alone are checked against the case studies of their content root, which are read but not reported on.
  const caseSelections = given.length > 0 && otherPaths.length === 0 ? [] : select(root, otherPaths);
  for (const selection of caseSelections) {
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
    const guides =
      selection.dir === path.resolve(caseStudiesDir(selection.root))
        ? guideFolder(selection.root, taxonomy)
        : undefined;

    const pictures = scan.pictures.filter(wanted);
    // Whether a picture is used depends on every case study's text, not only the ones asked about.
    const readEveryBody = pictures.length > 0;
    // Each file's own rules are cached (cache.ts); the rules between files below run every time.
    // Not when the shortcuts are off: that is for tests that compare the rules' own results.
    const cache =
      schema && shortcuts.enabled ? ValidationCache.open(selection.dir, taxonomyDir(selection.root)) : undefined;
    const analyses = scan.files.map((file) =>
      cache && wanted(file.path)
        ? analyseThroughCache(file, schema!, cache)
        : analyse(file, schema, wanted(file.path), readEveryBody),
    );
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
      if (analysis.cachedReading) {
        reading = analysis.cachedReading;
        if (reported) problems.push(...reading.problems);
      } else if (analysis.body) {
        const { text, kind, firstLine } = analysis.body;
        const images: string[] = [];
        try {
          reading = readBodyWithin(facts.file, text, kind, path.dirname(facts.file), firstLine, { images });
          if (reported) problems.push(...reading.problems);
          // A text's pictures are judged against the picture files, which its bytes do not say: not cached.
          // Nor is a text refused as too complex, which may have been for the time it took.
          if (images.length === 0 && !reading.problems.some((item) => item.rule === 'too-complex'))
            analysis.keep?.(reading);
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
      } else analysis.keep?.(undefined);
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
    // The organisations named in both languages point at organisations the whole library names.
    const organisationNames = readOrganisationNames(selection.root);
    if (selection.all && selection.dir === path.resolve(caseStudiesDir(selection.root)))
      problems.push(...checkOrganisationNames(organisationNames, library));
    // Links into other pages need every page's facts, so they are judged once all files are read.
    if (taxonomy) {
      try {
        problems.push(
          ...checkLibraryLinkTargets({
            dir: selection.dir,
            taxonomy,
            library,
            ...(guides ? { guides: guides.library } : {}),
            reported: reportedReadings,
            organisationNames: organisationNames.names,
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
    cache?.save({ keepOthers: !selection.all });
    if (selection.dir === path.resolve(caseStudiesDir(selection.root)))
      caseLibraries.set(selection.root, { library, taxonomy });
  }

  for (const [guideRoot, wanted] of guideSelections) {
    let cases = caseLibraries.get(guideRoot);
    if (!cases) {
      let taxonomy: Taxonomy | undefined;
      try {
        taxonomy = loadTaxonomy(guideRoot, { fresh: options.freshTaxonomy ?? false });
      } catch (error) {
        problems.push(problem(taxonomyDir(guideRoot), 'taxonomy', errorMessage(error)));
      }
      cases = { library: caseStudyFactsOf(guideRoot), taxonomy };
    }
    const folder = guideFolder(guideRoot, cases.taxonomy);
    problems.push(...folder.problems);
    const reportedReadings: { facts: CaseStudyFacts; reading: BodyReading | undefined }[] = [];
    for (const analysis of folder.analyses) {
      const { facts } = analysis;
      if (!wanted(facts.file)) continue;
      files.push(facts.file);
      problems.push(...analysis.problems);
      let reading: BodyReading | undefined;
      try {
        if (analysis.body) {
          const { text, kind, firstLine } = analysis.body;
          reading = readBodyWithin(facts.file, text, kind, folder.dir, firstLine);
          problems.push(...reading.problems);
        }
        problems.push(...checkGuideLinks(facts, cases.library, folder.library));
      } catch (error) {
        problems.push(
          problem(facts.file, 'internal-error', `the validator could not check this guide: ${errorMessage(error)}`),
        );
      }
      reportedReadings.push({ facts, reading });
    }
    if (cases.taxonomy && reportedReadings.length > 0) {
      try {
        problems.push(
          ...checkLibraryLinkTargets({
            dir: caseStudiesDir(guideRoot),
            taxonomy: cases.taxonomy,
            library: cases.library,
            guides: folder.library,
            reported: reportedReadings,
          }),
        );
      } catch (error) {
        problems.push(
          problem(
            folder.dir,
            'internal-error',
            `the validator could not check the links of the guides: ${errorMessage(error)}`,
          ),
        );
      }
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
  /** What the body's rules found in an earlier run, from the cache: they need not run again. */
  cachedReading?: BodyReading;
  /** Puts this analysis in the cache with its body's reading, once read; absent when it is not to be cached. */
  keep?: (reading: BodyReading | undefined) => void;
}

/**
 * {@link analyse} of a file reported on, through the cache: when its bytes (and the validator) are
 * as in an earlier run, what its own rules found then, without running them; otherwise analysed,
 * and kept for the next run (see `keep`). The file is still read and split, for the rules between
 * files (which may ask where a value is written, or read the text of a page linked into).
 */
function analyseThroughCache(file: CaseStudyFile, schema: CaseStudySchema, cache: ValidationCache): Analysis {
  let bytes: Buffer;
  try {
    // Too big to be read: refused unread, as analyse does.
    if (statSync(file.path).size > maxFileBytes) return analyse(file, schema, true, true);
    bytes = readFileSync(file.path);
  } catch {
    return analyse(file, schema, true, true);
  }
  const hash = sha256(bytes);
  const found = cache.get(file.path, hash);
  if (!found) {
    const analysis = analyse(file, schema, true, true, bytes);
    // A crash may come from the machine, not the file: never kept.
    if (analysis.problems.some((item) => item.rule === 'internal-error')) return analysis;
    const { facts } = analysis;
    const entry: Omit<CachedFile, 'reading'> = {
      hash,
      problems: analysis.problems,
      data: facts.data,
      lang: facts.lang,
      draft: facts.draft,
      hasYaml: facts.yaml !== undefined,
      hasBody: analysis.body !== undefined,
    };
    analysis.keep = (reading) => cache.set(file.path, { ...entry, reading });
    return analysis;
  }
  const facts: CaseStudyFacts = {
    file: file.path,
    slug: file.slug,
    lang: found.lang,
    draft: found.draft,
    data: found.data,
    yaml: undefined,
  };
  if (!found.hasYaml && !found.hasBody) return { facts, problems: found.problems };
  const read = readCaseStudyFile(file, bytes);
  // The same bytes split before; should they not now, the file is analysed afresh.
  if (!read.ok) return analyse(file, schema, true, true, bytes);
  const { frontmatter } = read.source;
  if (found.hasYaml) facts.yaml = locatedLater(file.path, frontmatter.raw, found.data);
  return {
    facts,
    problems: found.problems,
    ...(found.hasBody
      ? {
          body: { text: frontmatter.body, kind: file.kind, firstLine: frontmatter.closingLine + 1 },
          cachedReading: found.reading,
        }
      : {}),
  };
}

/**
 * Reads one file. Every file's front matter is read, for the rules that look across files; the
 * schema and body rules run only on files being reported on (`full`), and the body also when
 * `readBody` (to learn which pictures it shows). A crash becomes a problem.
 */
function analyse(
  file: CaseStudyFile,
  schema: CaseStudySchema | GuideSchema | undefined,
  full: boolean,
  readBody: boolean,
  bytes?: Buffer,
): Analysis {
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
    const read = readCaseStudyFile(file, bytes);
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
    const firstLine = frontmatter.closingLine + 1;
    // The body is the file's end, after as many line breaks as the front matter took (split.ts).
    const bodyStart = text.length - frontmatter.body.length;
    if (full)
      problems.push(
        ...checkUnwritten(file.path, facts.data, facts.yaml, {
          text: frontmatter.body,
          locate: (offset) => at(bodyStart + offset),
        }),
      );
    // The body is checked once every front matter has been read, by a worker that loads meanwhile.
    if (full || readBody)
      return {
        facts,
        problems,
        body: { text: frontmatter.body, kind: file.kind, firstLine },
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

/** A content root's guides folder as read for one validation: every guide analysed, and the folder's own problems. */
interface GuideFolder {
  dir: string;
  /** Every guide of the folder, by slug, for the rules between files and the link targets. */
  library: Map<string, CaseStudyFacts>;
  analyses: Analysis[];
  /** What the listing found (stray files, bad slugs, links) among the files reported on. */
  problems: Problem[];
}

/**
 * Reads the guides of `root` (docs/public-interface.md §10): the folder is optional, and a library
 * without one has no guides. Every guide's front matter is read, for the links of case studies to
 * guide pages; the schema and body rules run on the guides `wanted` (when given).
 */
function readGuideFolder(
  root: string,
  taxonomy: Taxonomy | undefined,
  wanted: ((file: string) => boolean) | undefined,
): GuideFolder {
  const dir = path.resolve(guidesDir(root));
  const empty: GuideFolder = { dir, library: new Map(), analyses: [], problems: [] };
  const stats = lstatSync(dir, { throwIfNoEntry: false });
  if (!stats) return empty;
  const isWanted = wanted ?? (() => false);
  if (stats.isSymbolicLink()) return { ...empty, problems: isWanted(dir) ? [symlinkProblem(dir)] : [] };
  if (!stats.isDirectory())
    return {
      ...empty,
      problems: isWanted(dir)
        ? [problem(dir, 'unexpected-file', '"guides" is not a folder: guides go in a folder content/guides/')]
        : [],
    };
  const scan = listLibrary(dir, guideCollection);
  const schema = taxonomy ? guideSchemaFor(taxonomy) : undefined;
  const analyses = scan.files.map((file) => {
    const analysis = analyse(file, schema, isWanted(file.path), false);
    analysis.facts.collection = 'guides';
    return analysis;
  });
  const library = new Map<string, CaseStudyFacts>();
  for (const { facts } of analyses) if (!library.has(facts.slug)) library.set(facts.slug, facts);
  const problems = [...findSymlinks([dir]), ...scan.problems].filter((item) => isWanted(item.file));
  return { dir, library, analyses, problems };
}

/** The front matter of every case study of `root`, for guides checked without them. */
function caseStudyFactsOf(root: string): Map<string, CaseStudyFacts> {
  const library = new Map<string, CaseStudyFacts>();
  const dir = caseStudiesDir(root);
  if (!isDirectory(dir)) return library;
  for (const file of listLibrary(dir).files) {
    const { facts } = analyse(file, undefined, false, false);
    if (!library.has(facts.slug)) library.set(facts.slug, facts);
  }
  return library;
}

const guideSchemas = new WeakMap<Taxonomy, GuideSchema>();
function guideSchemaFor(taxonomy: Taxonomy): GuideSchema {
  let schema = guideSchemas.get(taxonomy);
  if (!schema) guideSchemas.set(taxonomy, (schema = createGuideSchema(taxonomy)));
  return schema;
}

/** True for a path that is a guides folder (`<root>/guides`) or directly in one. */
function guideFolderOf(target: string): string | undefined {
  // A content root may itself be named "guides": it is the one with a case-studies folder.
  const isGuidesFolder = (folder: string) =>
    path.basename(folder) === 'guides' && !isDirectory(path.join(folder, 'case-studies'));
  if (isGuidesFolder(target) && !/\.mdx?$/.test(target)) return target;
  const parent = path.dirname(target);
  return isGuidesFolder(parent) ? parent : undefined;
}

/** The given paths that are guides (or a guides folder), and the others. */
function splitGuidePaths(paths: readonly string[]): { guidePaths: string[]; otherPaths: string[] } {
  const guidePaths: string[] = [];
  const otherPaths: string[] = [];
  for (const given of paths) (guideFolderOf(path.resolve(given)) ? guidePaths : otherPaths).push(given);
  return { guidePaths, otherPaths };
}

/**
 * Which guides to report on, by content root: all of them when no path is given or a content root
 * is; else the guide files and guides folders given.
 */
function selectGuides(
  root: string,
  given: readonly string[],
  guidePaths: readonly string[],
): Map<string, (file: string) => boolean> {
  const selections = new Map<string, (file: string) => boolean>();
  const all = (contentRootDir: string) => selections.set(path.resolve(contentRootDir), () => true);
  if (given.length === 0) all(root);
  for (const other of given) {
    const target = path.resolve(other);
    if (isDirectory(path.join(target, 'case-studies'))) all(target);
  }
  const files = new Map<string, Set<string>>();
  for (const guide of guidePaths) {
    const target = path.resolve(guide);
    if (!lstatSync(target, { throwIfNoEntry: false }))
      throw new ValidationInputError(`${guide}: no such file or folder`);
    const folder = guideFolderOf(target)!;
    const contentRootDir = path.dirname(folder);
    if (folder === target) all(contentRootDir);
    else if (!selections.has(contentRootDir)) {
      if (!files.has(contentRootDir)) files.set(contentRootDir, new Set());
      files.get(contentRootDir)!.add(target);
    }
  }
  for (const [contentRootDir, wanted] of files)
    if (!selections.has(contentRootDir)) selections.set(contentRootDir, (file) => wanted.has(file));
  return selections;
}
