/**
 * The validation cache (issue 18, "do no work twice"): `npm run validate` and the build's content
 * check both validate every case study, and at 10,000 files each took 2.2 s. What one file's own
 * rules find (its front matter read and checked, its text's problems, links and ids) depends only on
 * the file's bytes, its path and the validator itself, so it is kept in
 * `node_modules/.cache/cwb/validation/` (thrown away with the dependencies) and reused while all of
 * them are unchanged. The rules between files (duplicate slugs, `related`, translations, links into
 * other pages, pictures used, organisation names) are not cached: they run over the whole library
 * every time, on the cached facts.
 *
 * What the cache is keyed by, and so what invalidates it:
 * - per file: the SHA-256 of its bytes, and its absolute path (problems name it, the slug is its name);
 * - per cache file, the validator's version: the source of every module the validator imports (found
 *   by following the relative imports from src/validate/index.ts, so a new module is covered without
 *   a list to keep), the vocabularies (every file under the library's taxonomy folder), the installed
 *   packages (package-lock.json), Node's version and the environment the rules read (`SITE_URL`,
 *   `BASE_PATH`), and the case-studies folder it is for.
 * A text that names pictures is not cached (its problems depend on the picture files, their folder's
 * names and links on the way); neither is a file whose check crashed, nor one over the size limit.
 *
 * A cache file is trusted only when its checksum matches: anything else (cut short, edited, another
 * format) is ignored, and rewritten at the end of the run.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from '../content/problem.ts';
import type { BodyReading } from './body-rules.ts';

/**
 * Where the cache is: a folder, or `off` for none. Unset, `node_modules/.cache/cwb/validation/` of
 * the working directory (npm scripts run from the project root), when it has a `node_modules`.
 */
export const validationCacheVariable = 'CWB_VALIDATION_CACHE';

/** The cache folder, or undefined for no cache. */
export function validationCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env[validationCacheVariable];
  if (given === 'off') return undefined;
  if (given) return path.resolve(given);
  const modules = path.resolve('node_modules');
  return existsSync(modules) ? path.join(modules, '.cache', 'cwb', 'validation') : undefined;
}

/** What one file's own rules found, as kept between runs. */
export interface CachedFile {
  /** SHA-256 of the file's bytes. */
  hash: string;
  /** The problems of the file's reading and front matter (not of its text: see `reading`). */
  problems: Problem[];
  /** The front matter's values, when readable as a mapping (dates stay dates: v8 serialisation). */
  data: Record<string, unknown> | undefined;
  lang: 'en' | 'cy' | undefined;
  draft: boolean;
  /** True when the front matter was read as a mapping (the rules between files may ask where its values are). */
  hasYaml: boolean;
  /** True when the file's text was split off to be checked. */
  hasBody: boolean;
  /** What the text's rules found; undefined when the text was not read. */
  reading: BodyReading | undefined;
}

/** The SHA-256 of some bytes, hex. */
export const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const formatName = 'cwb-validation-cache';
const formatVersion = 1;

/** The validator's modules: src/validate/index.ts and every module it imports by a relative path, transitively. */
export function validatorSources(entry = fileURLToPath(new URL('./index.ts', import.meta.url))): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      // A string that looks like a path but names no file (an example in a comment).
      continue;
    }
    found.push(file);
    // Static and dynamic imports, `createRequire(...)('./x.ts')` and worker URLs all name the file in a string.
    for (const match of text.matchAll(/['"](\.{1,2}\/[^'"\s]+\.(?:ts|js|mjs|json))['"]/g))
      stack.push(path.resolve(path.dirname(file), match[1]!));
  }
  return found.sort();
}

/** Every file under `dir` (recursively), as sorted absolute paths; none when it does not exist. */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

let sourcesDigest: string | undefined;

/**
 * The validator's version for a library whose vocabularies are in `taxonomyFolder`: a hash of
 * everything besides a file's own bytes that its rules' result depends on (see the module comment).
 */
export function validatorVersion(taxonomyFolder: string, env: NodeJS.ProcessEnv = process.env): string {
  // The validator's own source does not change while a process runs; the vocabularies may (dev server).
  sourcesDigest ??= (() => {
    const hash = createHash('sha256');
    for (const file of validatorSources()) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
    const lock = ['package-lock.json', 'package.json'].map((name) => path.resolve(name)).find(existsSync);
    if (lock) hash.update(readFileSync(lock));
    return hash.digest('hex');
  })();
  const hash = createHash('sha256').update(`${formatName}@${formatVersion}\0${process.version}\0${sourcesDigest}\0`);
  hash.update(`SITE_URL=${env.SITE_URL ?? ''}\0BASE_PATH=${env.BASE_PATH ?? ''}\0`);
  for (const file of filesUnder(taxonomyFolder)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** How many files were found in a cache, and not, since the process started (tests read it). */
export const validationCacheStats = { hits: 0, misses: 0 };

/** The cached results of one case-studies folder at one validator version. */
export class ValidationCache {
  readonly file: string;
  private readonly dir: string;
  private readonly prefix: string;
  private readonly entries: Map<string, CachedFile>;
  private readonly next = new Map<string, CachedFile>();
  /** True when the file on disk was missing, unreadable or untrustworthy. */
  readonly wasDiscarded: boolean;

  private constructor(dir: string, prefix: string, version: string) {
    this.dir = dir;
    this.prefix = prefix;
    this.file = path.join(dir, `${prefix}-${version.slice(0, 32)}.bin`);
    const read = readCacheFile(this.file);
    this.entries = read ?? new Map();
    this.wasDiscarded = read === undefined;
  }

  /** The cache of the case-studies folder `libraryDir`, whose vocabularies are in `taxonomyFolder`; undefined when caching is off. */
  static open(libraryDir: string, taxonomyFolder: string, env: NodeJS.ProcessEnv = process.env) {
    const dir = validationCacheDir(env);
    if (!dir) return undefined;
    return new ValidationCache(
      dir,
      sha256(path.resolve(libraryDir)).slice(0, 16),
      validatorVersion(taxonomyFolder, env),
    );
  }

  /** What the file at `file` with bytes hashed `hash` was found to hold, when still valid. */
  get(file: string, hash: string): CachedFile | undefined {
    const found = this.entries.get(file);
    if (found && found.hash === hash) {
      validationCacheStats.hits++;
      this.next.set(file, found);
      return found;
    }
    validationCacheStats.misses++;
    return undefined;
  }

  /** Keeps what a file was found to hold, for the next run. */
  set(file: string, entry: CachedFile): void {
    this.next.set(file, entry);
  }

  /**
   * Writes the results of this run (the files not looked at this run are kept when `keepOthers`,
   * as when only some files were asked about), atomically, and removes this folder's caches of
   * other versions. Never fails the validation: a cache that cannot be written is only slower.
   */
  save({ keepOthers = false }: { keepOthers?: boolean } = {}): void {
    const entries = keepOthers ? new Map([...this.entries, ...this.next]) : this.next;
    if (!this.wasDiscarded && sameEntries(entries, this.entries)) return;
    try {
      mkdirSync(this.dir, { recursive: true });
      const payload = serialize({ format: formatName, version: formatVersion, entries });
      const temporary = `${this.file}.${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.concat([Buffer.from(sha256(payload), 'hex'), payload]));
      renameSync(temporary, this.file);
      for (const name of readdirSync(this.dir))
        if (name.startsWith(`${this.prefix}-`) && name.endsWith('.bin') && path.join(this.dir, name) !== this.file)
          rmSync(path.join(this.dir, name), { force: true });
    } catch {
      // A read-only or full disk: the next run validates afresh.
    }
  }
}

/** True when both maps hold the same entry objects for the same files. */
function sameEntries(a: ReadonlyMap<string, CachedFile>, b: ReadonlyMap<string, CachedFile>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, entry] of a) if (b.get(file) !== entry) return false;
  return true;
}

/** The entries of a cache file, or undefined when it is missing or cannot be trusted. */
function readCacheFile(file: string): Map<string, CachedFile> | undefined {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return undefined;
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length < 32) return undefined;
  const payload = bytes.subarray(32);
  if (sha256(payload) !== bytes.subarray(0, 32).toString('hex')) return undefined;
  try {
    const value = deserialize(payload) as { format?: unknown; version?: unknown; entries?: unknown };
    if (value?.format !== formatName || value.version !== formatVersion || !(value.entries instanceof Map))
      return undefined;
    for (const [key, entry] of value.entries as Map<unknown, unknown>)
      if (typeof key !== 'string' || !isCachedFile(entry)) return undefined;
    return value.entries as Map<string, CachedFile>;
  } catch {
    return undefined;
  }
}

function isCachedFile(value: unknown): value is CachedFile {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<CachedFile>;
  return (
    typeof entry.hash === 'string' &&
    Array.isArray(entry.problems) &&
    typeof entry.draft === 'boolean' &&
    typeof entry.hasYaml === 'boolean' &&
    typeof entry.hasBody === 'boolean' &&
    (entry.reading === undefined || Array.isArray(entry.reading.problems))
  );
}
