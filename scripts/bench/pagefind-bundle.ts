/**
 * Reads the files of a Pagefind 1.6 search bundle to say what their bytes are made of: which parts of
 * the metadata file every search loads first, and which words fill the index file a search for a
 * word loads. A measurement aid for `search-typing.ts --explain`; it reads Pagefind's own format
 * (gzip, a signature, then CBOR), which Pagefind does not promise to keep between versions, so it
 * refuses files it does not recognise rather than guess.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** What Pagefind writes before the CBOR of every index file once decompressed. */
const signature = 'pagefind_dcd';

/** The CBOR of a Pagefind index file: decompressed, signature removed. */
export function bundleFileContent(file: Uint8Array, name: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = gunzipSync(file);
  } catch {
    throw new Error(`${name} is not gzip-compressed: is it a file of a Pagefind search bundle?`);
  }
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) !== signature) {
    throw new Error(
      `${name} does not start with Pagefind's "${signature}": it is not an index file of Pagefind 1.6, which this script reads.`,
    );
  }
  return bytes.subarray(signature.length);
}

export interface Share {
  /** What these bytes are. */
  part: string;
  /** Their estimated share of the file as transferred (compressed), in bytes. */
  bytes: number;
}

/** A part's size compressed alone: for a few large parts that compress differently (hashes, numbers). */
const compressedAlone = (value: unknown) => gzipSync(encode(value)).length;
/** A part's size uncompressed: for many small parts alike, where gzip's own overhead would swamp them. */
const uncompressed = (value: unknown) => encode(value).length;

/**
 * Splits `fileSize` among parts in proportion to their `size`: an estimate, as gzip compresses each
 * part in the company of the others, but one that adds up to the file.
 */
function apportion(
  fileSize: number,
  parts: { part: string; value: unknown }[],
  size: (value: unknown) => number,
): Share[] {
  const alone = parts.map(({ part, value }) => ({ part, size: size(value) }));
  const sum = alone.reduce((total, { size }) => total + size, 0);
  return alone.map(({ part, size }) => ({ part, bytes: (fileSize * size) / sum }));
}

type MetaIndex = [
  version: string,
  pages: unknown[],
  chunks: unknown[],
  filters: unknown[],
  sorts: [string, number[]][],
  metaFields: string[],
];

function isMetaIndex(value: unknown): value is MetaIndex {
  return (
    Array.isArray(value) &&
    value.length === 6 &&
    typeof value[0] === 'string' &&
    Array.isArray(value[1]) &&
    Array.isArray(value[4])
  );
}

/**
 * The parts of the metadata file (`pagefind.<lang>_<hash>.pf_meta`) Pagefind loads before any
 * search: the table of pages (each page's fragment name and word count), the word ranges of the
 * index files, the filter files' names, each sort order (every page's number, in order), and the
 * meta field names.
 */
export function metaShares(file: Uint8Array, name = 'the metadata file'): { pages: number; shares: Share[] } {
  const meta: unknown = decode(bundleFileContent(file, name));
  if (!isMetaIndex(meta))
    throw new Error(`${name} is not the metadata of a Pagefind 1.6 bundle (six parts, version first).`);
  const [version, pages, chunks, filters, sorts, metaFields] = meta;
  return {
    pages: pages.length,
    shares: apportion(
      file.length,
      [
        { part: `page table (${pages.length} pages: fragment name, word count)`, value: pages },
        ...sorts.map(([sort, order]) => ({ part: `sort order "${sort}" (${order.length} pages)`, value: order })),
        { part: `word ranges of the ${chunks.length} index files`, value: chunks },
        {
          part: `names of the ${filters.length} filter files, meta fields, version`,
          value: [filters, metaFields, version],
        },
      ],
      compressedAlone,
    ),
  };
}

/** A word of an index file: how many pages have it, at how many positions, and its share of the file. */
export interface IndexedWord extends Share {
  pages: number;
  positions: number;
}

type PackedPage = [pageDelta: number, locations: number[], metaLocations?: number[]];
type PackedWord = [word: string, pages: PackedPage[], variants?: unknown[]];

function isWordIndex(value: unknown): value is [PackedWord[]] {
  return (
    Array.isArray(value) &&
    value.length >= 1 &&
    Array.isArray(value[0]) &&
    value[0].every((word: unknown) => Array.isArray(word) && typeof word[0] === 'string' && Array.isArray(word[1]))
  );
}

/**
 * The words of an index file (`index/<lang>_<hash>.pf_index`), largest share first. Positions count
 * the places a word is on a page, in its text and its meta fields; a weight change between them is
 * written as an extra number before the position and is not counted.
 */
export function indexedWords(file: Uint8Array, name = 'the index file'): IndexedWord[] {
  const index: unknown = decode(bundleFileContent(file, name));
  if (!isWordIndex(index)) throw new Error(`${name} is not a word index of a Pagefind 1.6 bundle.`);
  const words = index[0];
  const shares = apportion(
    file.length,
    words.map((word) => ({ part: word[0], value: word })),
    uncompressed,
  );
  return words
    .map((word, at) => ({
      ...shares[at]!,
      pages: word[1].length,
      positions: word[1].reduce(
        (sum, [, locations, metaLocations = []]) =>
          sum + [...locations, ...metaLocations].filter((location) => location >= 0).length,
        0,
      ),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}
