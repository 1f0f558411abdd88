/**
 * What the build adds to Pagefind's bundle so that a first search downloads less (issue 15: at
 * 10,000 case studies a cold first search ≤ 300 KB), leaving the index at `<base>pagefind/`
 * whole (docs/public-interface.md §9: its sorts, filters and meta):
 *
 * - A second entry to the same index without the sort orders, for searches by best match: its
 *   metadata file (`pagefind.<lang>_<hash>.pf_meta`, every search's first download) is the
 *   bundle's own minus the two sorts, each an array of every page's number that gzip cannot
 *   shrink (43 of 127 KB at 10,000). Its entry is `pagefind-relevance-entry.json`, read by
 *   `pagefind-relevance.js`, Pagefind's own script reading that entry instead of
 *   `pagefind-entry.json`, and started as its own web worker ({@link selfStartingWorker}). Every
 *   other file (index chunks, fragments, filters, WebAssembly) is
 *   the bundle's own, so the two share the browser's cache. The search page loads Pagefind's
 *   script only when a reader orders the results by a date (src/client/search.ts).
 * - The files every search downloads first, the metadata and the WebAssembly, compressed again
 *   with Zopfli: Pagefind writes them with a fast gzip level (the metadata 11% larger). Any gzip
 *   stream is one Pagefind reads; each file keeps its name, a hash of its content.
 * - Before both, the fragments (one a page, what a result shows) renamed from Pagefind's hash of
 *   each to one token for the whole index and the page's number ({@link shortFragmentNames}): the
 *   metadata's page table lists every page's fragment name, and 10,000 random hex names are most
 *   of what the metadata weighs (70 KB of 78 at 10,000, gzip level 9; 44 KB with these names), and
 *   the lengths of pages the ranking reads kept to 16 words (−10.5 KB more).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { decode, encode } from 'cborg';
import { searchOnlyAnchor } from '../lib/search-excerpt.ts';

/** Pagefind's script reading the entry without sorts, beside `pagefind.js`. */
export const relevanceScript = 'pagefind-relevance.js';
/** The entry it reads: the bundle's own, with each language's metadata without the sorts. */
export const relevanceEntry = 'pagefind-relevance-entry.json';
/** Pagefind's worker script, reading the entry without sorts: the page searches in it (issue 15). */
export const relevanceWorker = 'pagefind-relevance-worker.js';

const entryName = 'pagefind-entry.json';
const workerName = 'pagefind-worker.js';
/** What Pagefind writes before the CBOR of its index files once decompressed. */
const signature = new TextEncoder().encode('pagefind_dcd');

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
  [key: string]: unknown;
}

/** The CBOR of a Pagefind file, or an error naming it when it is not one Pagefind 1.6 writes. */
function content(file: Uint8Array, name: string): Uint8Array {
  const bytes = gunzipSync(file);
  if (!signature.every((byte, at) => bytes[at] === byte))
    throw new Error(`${name} does not start with Pagefind's signature: is Pagefind still 1.6?`);
  return bytes.subarray(signature.length);
}

/** `bytes` with Pagefind's signature before them, as its files hold them before compression. */
const signed = (bytes: Uint8Array) => {
  const out = new Uint8Array(signature.length + bytes.length);
  out.set(signature);
  out.set(bytes, signature.length);
  return out;
};

/**
 * The metadata (decompressed, signature removed) without its sort orders. Pagefind 1.6's metadata
 * is the CBOR array [version, pages, index chunks, filters, sorts, meta fields]; anything else is
 * refused, as is CBOR this reader would not write back byte for byte.
 */
export function metadataWithoutSorts(cbor: Uint8Array, name = 'the metadata'): Uint8Array {
  const meta: unknown = decode(cbor);
  if (!Array.isArray(meta) || meta.length !== 6 || typeof meta[0] !== 'string' || !Array.isArray(meta[4]))
    throw new Error(`${name} is not the metadata of a Pagefind 1.6 bundle (six parts, sorts fifth)`);
  if (!Buffer.from(encode(meta)).equals(Buffer.from(cbor)))
    throw new Error(`${name} is CBOR this build cannot write back unchanged: is Pagefind still 1.6?`);
  return encode([...meta.slice(0, 4), [], ...meta.slice(5)]);
}

/** The metadata's parts and each page's entry in its table, as Pagefind 1.6 writes them. */
type Metadata = [string, [string, ...unknown[]][], ...unknown[]];

/** Decoded metadata (signature removed), refused unless it is Pagefind 1.6's and written back byte for byte. */
function decodeMetadata(cbor: Uint8Array, name: string): Metadata {
  const meta: unknown = decode(cbor);
  if (
    !Array.isArray(meta) ||
    meta.length !== 6 ||
    typeof meta[0] !== 'string' ||
    !Array.isArray(meta[1]) ||
    !meta[1].every((page) => Array.isArray(page) && typeof page[0] === 'string')
  )
    throw new Error(`${name} is not the metadata of a Pagefind 1.6 bundle (six parts, pages second)`);
  if (!Buffer.from(encode(meta)).equals(Buffer.from(cbor)))
    throw new Error(`${name} is CBOR this build cannot write back unchanged: is Pagefind still 1.6?`);
  return meta as Metadata;
}

/**
 * A page's length as the index gives it to the ranking (Pagefind's `pageLength`, the number of its
 * words): exact below 256 words, else to the nearest 16 (less than 3.2 % off, 1 % at 800 words),
 * so that the page table's lengths compress (10.5 KB less at 10,000). Each page's fragment keeps
 * its exact `word_count`.
 */
export const rankedLength = (words: number): number => (words < 256 ? words : Math.round(words / 16) * 16);

/**
 * The metadata with each page's fragment named `<language>_<token>_<page number in base 36>`
 * instead of Pagefind's hash of the fragment, and the names as [old, new]. The token is the first
 * six hex digits of a digest of the whole metadata, so a build whose index differs in any page gets
 * new names for every fragment: a browser or service worker holding a fragment of an earlier build
 * never takes it for this one's (the names were a hash of each fragment's content; now of the
 * index's). The names compress to a few bits each where random hex cannot. Each page's length is
 * given as {@link rankedLength} gives it.
 */
export function shortFragmentNames(
  cbor: Uint8Array,
  language: string,
  name = 'the metadata',
): { metadata: Uint8Array; renamed: [string, string][] } {
  const meta = decodeMetadata(cbor, name);
  const token = createHash('sha256').update(cbor).digest('hex').slice(0, 6);
  const renamed: [string, string][] = [];
  const pages = meta[1].map(([fragment, words, ...rest], page) => {
    const short = `${language}_${token}_${page.toString(36)}`;
    renamed.push([fragment, short]);
    return [short, typeof words === 'number' ? rankedLength(words) : words, ...rest];
  });
  if (new Set(meta[1].map(([fragment]) => fragment)).size !== pages.length)
    throw new Error(`${name} names one fragment for two pages: is Pagefind still 1.6?`);
  return { metadata: encode([meta[0], pages, ...meta.slice(2)]), renamed };
}

/** Replaces `name` with its recompressed bytes only when they are smaller than Pagefind's. */
function keepSmaller(written: Map<string, Uint8Array>, name: string, original: Uint8Array, again: Uint8Array) {
  if (again.length < original.length) written.set(name, again);
}

/** Compresses as gzip: Zopfli for the files of a build, zlib's best for the development server's. */
export type Compress = (bytes: Uint8Array) => Promise<Uint8Array>;
export const zopfli: Compress = (bytes) => gzipAsync(bytes, { numiterations: 5 });
export const zlibBest: Compress = async (bytes) => gzipSync(bytes, { level: 9 });

/**
 * The files to add to, or replace in, a bundle read by `read` (a path inside the bundle, such as
 * `pagefind.js`; undefined when absent): the entry without sorts, its metadata files and script,
 * and, with `recompress`, the bundle's metadata and WebAssembly compressed again.
 */
export async function relevanceFiles(
  read: (file: string) => Uint8Array | undefined,
  compress: Compress,
  { recompress = true, cached = compress }: { recompress?: boolean; cached?: Compress } = {},
): Promise<Map<string, Uint8Array>> {
  const written = new Map<string, Uint8Array>();
  const entryBytes = read(entryName);
  const script = read('pagefind.js');
  if (!entryBytes || !script) throw new Error(`The search bundle has no ${entryBytes ? 'pagefind.js' : entryName}`);
  const entry = JSON.parse(new TextDecoder().decode(entryBytes)) as Entry;
  const languages: Entry['languages'] = {};
  for (const [language, index] of Object.entries(entry.languages)) {
    const name = `pagefind.${index.hash}.pf_meta`;
    const file = read(name);
    if (!file) throw new Error(`The search bundle has no ${name}, which ${entryName} names`);
    const cbor = content(file, name);
    if (recompress) keepSmaller(written, name, file, await compress(signed(cbor)));
    const without = signed(metadataWithoutSorts(cbor, name));
    // Named as Pagefind names it, `<language>_<10 hex digits>`, from its own content.
    const hash = `${language}_${createHash('sha256').update(without).digest('hex').slice(0, 10)}`;
    written.set(`pagefind.${hash}.pf_meta`, await compress(without));
    languages[language] = { ...index, hash };
    const wasm = `wasm.${index.wasm ?? 'unknown'}.pagefind`;
    const wasmFile = read(wasm);
    if (recompress && wasmFile && !written.has(wasm))
      keepSmaller(written, wasm, wasmFile, await cached(gunzipSync(wasmFile)));
  }
  written.set(relevanceEntry, new TextEncoder().encode(JSON.stringify({ ...entry, languages })));
  // Both of Pagefind's scripts read the entry (the page's without a worker, the worker's with one).
  const worker = read(workerName);
  if (!worker) throw new Error(`The search bundle has no ${workerName}: is Pagefind still 1.6?`);
  const decoder = new TextDecoder();
  const withEntry = (bytes: Uint8Array, file: string) =>
    replacedOnce(decoder.decode(bytes), file, [[entryName, relevanceEntry]]);
  const workerSource = withEntry(worker, workerName);
  written.set(
    relevanceScript,
    new TextEncoder().encode(selfStartingWorker(withEntry(script, 'pagefind.js'), workerSource)),
  );
  // Pagefind's worker reading the same entry, for a page that starts it itself (docs/public-interface.md §9).
  written.set(relevanceWorker, new TextEncoder().encode(workerSource));
  return written;
}

/** `source` with each pair's first string replaced, where it occurs exactly once (else an error naming `file`). */
function replacedOnce(source: string, file: string, pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    const occurrences = source.split(from).length - 1;
    if (occurrences !== 1)
      throw new Error(`${file} names ${from} ${occurrences} times, not once: is Pagefind still 1.6?`);
    source = source.replace(from, to);
  }
  return source;
}

/**
 * Pagefind's page script (an ES module) made its own worker: it starts itself as a module worker
 * instead of `pagefind-worker.js`, and, run as one, answers the page's messages with the worker's
 * own handler (appended from `worker`). The two scripts share their engine (WebAssembly bindings,
 * gunzip, the Pagefind class, 43 of 47 KB), so the worker's start is a hit in the browser's cache
 * where `pagefind-worker.js` was 12.4 KB more before every first search (issue 15). In the page,
 * the handler is never reached; without worker support, Pagefind searches in the page, as before.
 */
export function selfStartingWorker(script: string, worker: string): string {
  const handlerStart = 'var dataCallbacks=';
  const handlerEnd = '})();';
  const start = worker.indexOf(handlerStart);
  const end = worker.lastIndexOf(handlerEnd);
  const exports = script.lastIndexOf('export{');
  if (start < 0 || end < start || exports < 0)
    throw new Error(`${workerName} or pagefind.js is not laid out as Pagefind 1.6 writes them: is Pagefind still 1.6?`);
  const handler = worker.slice(start, end);
  for (const [, name] of handler.matchAll(/(?:^|[;{}])var (\w+)=/g))
    if (new RegExp(`\\b(?:var|let|const|function|class) ${name}\\b`).test(script))
      throw new Error(
        `pagefind.js already declares ${name}, which the worker's handler declares: is Pagefind still 1.6?`,
      );
  const started = replacedOnce(script, 'pagefind.js', [
    ['new Worker(workerUrl)', 'new Worker(workerUrl,{type:"module"})'],
    [workerName, relevanceScript],
  ]);
  const at = started.lastIndexOf('export{');
  return `${started.slice(0, at)}if(typeof WorkerGlobalScope!=="undefined"&&self instanceof WorkerGlobalScope){${handler}}${started.slice(at)}`;
}

/**
 * Zopfli with a cache in `node_modules/.cache/cwb/zopfli/` of the working directory (npm scripts run
 * from the project root), keyed by the content's digest: for the WebAssembly, the same bytes in
 * every build of one Pagefind version (2 s to compress). Without a `node_modules`, no cache.
 */
function cachedZopfli(): Compress {
  const modules = path.resolve('node_modules');
  if (!existsSync(modules)) return zopfli;
  const dir = path.join(modules, '.cache', 'cwb', 'zopfli');
  return async (bytes) => {
    const file = path.join(dir, `${createHash('sha256').update(bytes).digest('hex')}.gz`);
    if (existsSync(file)) return readFileSync(file);
    const compressed = await zopfli(bytes);
    mkdirSync(dir, { recursive: true });
    writeNew(file, compressed);
    return compressed;
  };
}

/** Writes a file as a new one (renamed into place), never through a link to another's bytes. */
function writeNew(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/**
 * Adds the entry without sorts to the bundle written in `bundleDir`, and compresses its first
 * files again. Returns how many files it wrote and the bytes it saved on those it replaced.
 */
export async function writeRelevanceBundle(bundleDir: string): Promise<{ files: number; saved: number }> {
  renameFragments(bundleDir);
  const read = (file: string) => {
    const full = path.join(bundleDir, file);
    return existsSync(full) ? readFileSync(full) : undefined;
  };
  const files = await relevanceFiles(read, zopfli, { cached: cachedZopfli() });
  let saved = 0;
  for (const [file, bytes] of files) {
    const before = read(file);
    if (before) saved += before.length - bytes.length;
    writeNew(path.join(bundleDir, file), bytes);
  }
  return { files: files.size, saved };
}

/** A fragment's anchor (https://pagefind.app/docs/api/): an element with an `id` and where it starts. */
interface Anchor {
  element?: string;
  id?: string;
  text?: string;
  title?: string;
  location: number;
}

/**
 * A fragment (gzipped, signed JSON) with only the anchors a result uses, compressed with gzip's best
 * level: the headings (Pagefind's sub-results and the excerpt's sections, src/lib/search-excerpt.ts),
 * any anchor with a title, and the search-only block's; a case study's sources are anchors too,
 * each with its text again (about 0.4 KB a fragment before gzip, 40 bytes after). Text, meta and
 * filters are Pagefind's.
 */
export function fragmentForResults(file: Uint8Array, name = 'a fragment'): Uint8Array {
  const fragment = JSON.parse(new TextDecoder().decode(content(file, name))) as { anchors?: Anchor[] };
  if (Array.isArray(fragment.anchors))
    fragment.anchors = fragment.anchors.filter(
      (anchor) => /^h\d$/i.test(anchor.element ?? '') || Boolean(anchor.title) || anchor.id === searchOnlyAnchor,
    );
  return gzipSync(signed(new TextEncoder().encode(JSON.stringify(fragment))), { level: 9 });
}

/**
 * Renames the fragments of the bundle in `bundleDir` as {@link shortFragmentNames} says (each as
 * {@link fragmentForResults} writes it), and writes
 * each language's metadata with the new names, under a name from its content, in Pagefind's entry.
 * The metadata is written with gzip's best level here; {@link relevanceFiles} compresses it again.
 */
export function renameFragments(bundleDir: string): void {
  const entryFile = path.join(bundleDir, entryName);
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  for (const [language, index] of Object.entries(entry.languages)) {
    const name = `pagefind.${index.hash}.pf_meta`;
    const file = path.join(bundleDir, name);
    if (!existsSync(file)) throw new Error(`The search bundle has no ${name}, which ${entryName} names`);
    const { metadata, renamed } = shortFragmentNames(content(readFileSync(file), name), language, name);
    for (const [from, to] of renamed) {
      const old = path.join(bundleDir, 'fragment', `${from}.pf_fragment`);
      writeNew(path.join(bundleDir, 'fragment', `${to}.pf_fragment`), fragmentForResults(readFileSync(old), from));
      rmSync(old);
    }
    const bytes = signed(metadata);
    const hash = `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
    writeNew(path.join(bundleDir, `pagefind.${hash}.pf_meta`), gzipSync(bytes, { level: 9 }));
    rmSync(file);
    entry.languages[language] = { ...index, hash };
  }
  writeNew(entryFile, new TextEncoder().encode(JSON.stringify(entry)));
}
