/**
 * The dev search index's records kept between dev server starts, in
 * `node_modules/.cache/cwb/dev-search/` (thrown away with the dependencies): turning a case study's
 * Markdown into its search record is most of the index's own JavaScript (about 6 s at 1,000 case
 * studies), and a contributor's next `npm run dev` finds most files unchanged. A record is reused
 * only for the same file contents (their SHA-256), the same vocabularies, and the same code that
 * makes records (the source of src/lib/search-record.ts and every module it imports, the lock file
 * and Node's version); anything else, or a cache file that fails its checksum, is made afresh.
 *
 * Beside them, the Pagefind bundles last served (each part of the index and the whole index), by a
 * digest of the records they hold: a start whose parts are unchanged serves them at once instead of
 * indexing them again (seconds of Pagefind at 1,000 case studies, beside the first page). A bundle
 * is reused only for the same digest and the same code that makes bundles (as for the records,
 * plus src/integrations/pagefind-dev.ts and every module it imports).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { SearchRecord } from '../lib/search-record.ts';
import { sha256, validatorSources } from '../validate/cache.ts';

/** The records of a bundle by slug, each with the SHA-256 of what it was made from, and the vocabularies they used. */
export interface RecordCache {
  vocabularies: string;
  records: Map<string, { source: string; record: SearchRecord }>;
}

const formatName = 'cwb-dev-search-records';
const formatVersion = 1;
const bundleFormatName = 'cwb-dev-search-bundles';
const bundleFormatVersion = 1;

let codeDigest: string | undefined;
/** A digest of the code that makes records: it does not change while a process runs. */
function recordCodeDigest(): string {
  codeDigest ??= (() => {
    const hash = createHash('sha256').update(`${formatName}@${formatVersion}\0${process.version}\0`);
    for (const file of validatorSources(fileURLToPath(new URL('../lib/search-record.ts', import.meta.url))))
      hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
    const lock = ['package-lock.json', 'package.json'].map((name) => path.resolve(name)).find(existsSync);
    if (lock) hash.update(readFileSync(lock));
    return hash.digest('hex');
  })();
  return codeDigest;
}

let bundleDigest: string | undefined;
/** A digest of the code that makes bundles from records (Pagefind's version is in the lock file). */
function bundleCodeDigest(): string {
  bundleDigest ??= (() => {
    const hash = createHash('sha256').update(`${bundleFormatName}@${bundleFormatVersion}\0${recordCodeDigest()}\0`);
    for (const file of validatorSources(fileURLToPath(new URL('./pagefind-dev.ts', import.meta.url))))
      hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
    return hash.digest('hex');
  })();
  return bundleDigest;
}

/** Where the records of the library under `root` are kept; undefined without a `node_modules` (or with `CWB_DEV_SEARCH_CACHE=off`). */
export function recordCacheFile(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = cacheDir(env);
  return dir && path.join(dir, `${sha256(path.resolve(root)).slice(0, 16)}-${recordCodeDigest().slice(0, 32)}.bin`);
}

/** Where the bundles of the library under `root` are kept, as {@link recordCacheFile}. */
export function bundleCacheFile(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = cacheDir(env);
  return dir && path.join(dir, `${sha256(path.resolve(root)).slice(0, 16)}-${bundleCodeDigest().slice(0, 32)}.bundles`);
}

function cacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.CWB_DEV_SEARCH_CACHE === 'off') return undefined;
  const modules = path.resolve('node_modules');
  if (!existsSync(modules)) return undefined;
  return env.CWB_DEV_SEARCH_CACHE ?? path.join(modules, '.cache', 'cwb', 'dev-search');
}

/** The cache kept in `file`, or undefined when it is missing, of another format, or damaged. */
export function readRecordCache(file: string | undefined): RecordCache | undefined {
  const cache = readChecked(file, `${formatName}@${formatVersion}`) as RecordCache | undefined;
  if (typeof cache?.vocabularies !== 'string' || !(cache.records instanceof Map)) return undefined;
  return cache;
}

/** The bundles kept in `file` by their digest, each as its files by path; undefined as for {@link readRecordCache}. */
export type BundleCache = Map<string, Map<string, Uint8Array>>;

export function readBundleCache(file: string | undefined): BundleCache | undefined {
  const cache = readChecked(file, `${bundleFormatName}@${bundleFormatVersion}`);
  if (!(cache instanceof Map)) return undefined;
  for (const files of cache.values()) if (!(files instanceof Map)) return undefined;
  return cache as BundleCache;
}

/** Keeps `cache` in `file` as {@link writeRecordCache} does, removing the same library's bundles made by other code. */
export function writeBundleCache(file: string | undefined, cache: BundleCache): void {
  writeChecked(file, `${bundleFormatName}@${bundleFormatVersion}`, cache, '.bundles');
}

/** The value kept in `file` under `format`, or undefined when it is missing, of another format, or damaged. */
function readChecked(file: string | undefined, format: string): unknown {
  if (!file) return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const payload = bytes.subarray(32);
  if (bytes.length < 32 || sha256(payload) !== bytes.subarray(0, 32).toString('hex')) return undefined;
  try {
    const value = deserialize(payload) as { format?: unknown; cache?: unknown };
    return value.format === format ? value.cache : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `cache` in `file` (atomically) and removes the same library's caches made by other code.
 * Never fails the index: a cache that cannot be written only makes the next start slower.
 */
export function writeRecordCache(file: string | undefined, cache: RecordCache): void {
  writeChecked(file, `${formatName}@${formatVersion}`, cache, '.bin');
}

function writeChecked(file: string | undefined, format: string, cache: unknown, extension: string): void {
  if (!file) return;
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const payload = serialize({ format, cache });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([Buffer.from(sha256(payload), 'hex'), payload]));
    renameSync(temporary, file);
    const library = `${path.basename(file).split('-')[0]}-`;
    for (const name of readdirSync(path.dirname(file)))
      if (name.startsWith(library) && name.endsWith(extension) && name !== path.basename(file))
        rmSync(path.join(path.dirname(file), name), { force: true });
  } catch {
    // A read-only or full disk.
  }
}
