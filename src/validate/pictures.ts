/**
 * What a picture under `case-studies/images/` may be, judged by its bytes, never by its name: a
 * PNG, JPEG, WebP, AVIF or GIF whose first bytes match its extension, whose width and height can be
 * read and are within {@link maxPictureSide} and {@link maxPicturePixels}, and whose size is within
 * {@link maxPictureBytes}. SVG is refused: it is a document that can carry script.
 *
 * The build decodes each picture it publishes (Astro resizes it with sharp). A picture that is not
 * what its name says, or that declares more pixels than the machine can hold, would stop the build
 * with an image-library error naming no line, or be published as it is; here it is refused first,
 * with a message saying what to do. Width and height are read with `image-size`, the reader Astro
 * itself vendors to read a picture's size before resizing it, so the two agree on what is readable.
 *
 * Pure Node and fast: headers only, nothing is decoded.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { maxPictureBytes, maxPicturePixels, maxPictureSide, megabytes } from '../content/limits.ts';

export type PictureFormat = 'png' | 'jpeg' | 'webp' | 'avif' | 'gif';

/** The formats the site publishes and resizes, with the extensions each is written with. */
export const pictureFormats: Readonly<Record<PictureFormat, { label: string; extensions: readonly string[] }>> = {
  png: { label: 'PNG', extensions: ['.png'] },
  jpeg: { label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  webp: { label: 'WebP', extensions: ['.webp'] },
  avif: { label: 'AVIF', extensions: ['.avif'] },
  gif: { label: 'GIF', extensions: ['.gif'] },
};

/** Every extension a picture may have, lower case. */
export const pictureExtensions: readonly string[] = Object.values(pictureFormats).flatMap(
  (format) => format.extensions,
);

const formatList = 'PNG, JPEG, WebP, AVIF or GIF';

/** A picture the site can publish, or why not. */
export type PictureVerdict =
  | { ok: true; format: PictureFormat; width: number; height: number }
  | {
      ok: false;
      rule: 'image-type' | 'image-size' | 'image-dimensions' | 'symlink';
      /** What is wrong and what to do, to follow the picture's name: `"x.png" is an SVG drawing…`. */
      reason: string;
    };

/** What the first bytes of a file say it is: a picture format, or something else worth naming. */
type Content = PictureFormat | 'svg' | 'heic' | 'markup' | 'pdf' | 'tiff' | 'bmp' | 'unknown';

/** What image-size calls each format (`heif` for AVIF files whose main brand is the generic `mif1`). */
const readerTypes: Record<PictureFormat, readonly string[]> = {
  png: ['png'],
  jpeg: ['jpg'],
  webp: ['webp'],
  avif: ['avif', 'heif'],
  gif: ['gif'],
};

/** Enough of the start of a file for the width and height of nearly every picture; the rest is read only when needed. */
const headBytes = 512 * 1024;

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The format that the first bytes of a file declare (each format's signature, as its specification gives it). */
export function sniffContent(bytes: Uint8Array): Content {
  if (
    bytes.length >= 8 &&
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, index) => bytes[index] === byte)
  )
    return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const start = ascii(bytes, 0, 12);
  if (start.startsWith('GIF87a') || start.startsWith('GIF89a')) return 'gif';
  if (start.startsWith('RIFF') && start.slice(8, 12) === 'WEBP') return 'webp';
  if (start.slice(4, 8) === 'ftyp') return isobmffBrand(bytes);
  if (start.startsWith('%PDF-')) return 'pdf';
  if (start.startsWith('II*\0') || start.startsWith('MM\0*')) return 'tiff';
  if (start.startsWith('BM')) return 'bmp';
  // Text: an SVG drawing, or HTML or XML saved under a picture's name.
  const text = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart();
  if (/<svg[\s>]/i.test(text)) return 'svg';
  if (text.startsWith('<')) return 'markup';
  return 'unknown';
}

/** An ISO media file (the `ftyp` box): AVIF by its main brand, or by a compatible brand of the generic `mif1`/`msf1`. */
function isobmffBrand(bytes: Uint8Array): Content {
  const boxSize = ((bytes[0]! << 24) >>> 0) + (bytes[1]! << 16) + (bytes[2]! << 8) + bytes[3]!;
  const main = ascii(bytes, 8, 12);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length, 256); offset += 4)
    compatible.push(ascii(bytes, offset, offset + 4));
  if (main === 'avif' || main === 'avis') return 'avif';
  if ((main === 'mif1' || main === 'msf1') && (compatible.includes('avif') || compatible.includes('avis')))
    return 'avif';
  if (['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1'].includes(main)) return 'heic';
  return 'unknown';
}

/** Says what a file's bytes hold that is not a picture, and what to do instead. */
function notAPicture(content: Exclude<Content, PictureFormat>, named: PictureFormat | undefined): string {
  switch (content) {
    case 'svg':
      return `is an SVG drawing, which can carry scripts: save it as a ${formatList} picture`;
    case 'heic':
      return `is a HEIC photo, which not every browser shows: save it as a JPEG`;
    case 'markup':
      return `holds text (HTML or XML), not a ${named ? `${pictureFormats[named].label} ` : ''}picture: put the picture file itself here`;
    case 'pdf':
      return `is a PDF document, not a picture: save the page you want to show as a PNG or JPEG, or link to the document from the text`;
    case 'tiff':
    case 'bmp':
      return `is a ${content.toUpperCase()} picture, which browsers do not show: save it as a ${formatList} picture`;
    case 'unknown':
      return `does not start like any ${formatList} file, so it is damaged or not a picture: export it again as a ${formatList} picture`;
  }
}

const remembered = new Map<string, { key: string; verdict: PictureVerdict }>();

/**
 * Judges the file at `file` as a picture. Never follows a symbolic link. Remembered per file until
 * it changes, since a picture is judged once as a file and again at each case study that shows it.
 */
export function checkPicture(file: string): PictureVerdict {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  if (!stats) return { ok: false, rule: 'image-type', reason: 'does not exist' };
  if (stats.isSymbolicLink())
    return {
      ok: false,
      rule: 'symlink',
      reason: 'is a symbolic link, not a picture: put the picture file itself in case-studies/images/',
    };
  if (!stats.isFile())
    return { ok: false, rule: 'image-type', reason: `is not a file: pictures are ${formatList} files` };
  const key = `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
  const known = remembered.get(file);
  if (known?.key === key) return known.verdict;
  const verdict = judge(file, stats.size);
  remembered.set(file, { key, verdict });
  return verdict;
}

function judge(file: string, size: number): PictureVerdict {
  const extension = path.extname(file).toLowerCase();
  const named = (Object.keys(pictureFormats) as PictureFormat[]).find((format) =>
    pictureFormats[format].extensions.includes(extension),
  );
  // Refused unread: the size alone says it is too big, and reading it would slow every check.
  if (size > maxPictureBytes) {
    return {
      ok: false,
      rule: 'image-size',
      reason: `is ${megabytes(size)}; a picture may be at most ${megabytes(maxPictureBytes)}: save it smaller (2,400 pixels across is plenty for the site)`,
    };
  }
  const bytes = readHead(file, Math.min(size, headBytes));
  const content = sniffContent(bytes);
  if (!(content in pictureFormats)) {
    if (!named && content === 'unknown') {
      return {
        ok: false,
        rule: 'image-type',
        reason: `is not a picture the site publishes: pictures are ${formatList} files (${pictureExtensions.join(', ')})`,
      };
    }
    return { ok: false, rule: 'image-type', reason: notAPicture(content as Exclude<Content, PictureFormat>, named) };
  }
  const format = content as PictureFormat;
  if (format !== named) {
    const stem = path.basename(file, path.extname(file));
    return {
      ok: false,
      rule: 'image-type',
      reason: `is a ${pictureFormats[format].label} picture named ${extension || 'without an extension'}: rename it to "${stem}${pictureFormats[format].extensions[0]}"`,
    };
  }

  let dimensions = readDimensions(bytes, format);
  // Some JPEGs keep their size after more than the head (a large embedded preview or colour profile).
  if (!dimensions && size > bytes.length) dimensions = readDimensions(readHead(file, size), format);
  if (!dimensions) {
    return {
      ok: false,
      rule: 'image-dimensions',
      reason: `is damaged: its width and height cannot be read; export it again as a ${pictureFormats[format].label}`,
    };
  }
  const { width, height } = dimensions;
  const pixels = width * height;
  if (width > maxPictureSide || height > maxPictureSide || pixels > maxPicturePixels) {
    const size = `${width.toLocaleString('en-GB')} × ${height.toLocaleString('en-GB')} pixels (${Math.round(pixels / 100_000) / 10} megapixels)`;
    const limit = `${maxPictureSide.toLocaleString('en-GB')} pixels on either side and ${maxPicturePixels / 1_000_000} megapixels in all`;
    return {
      ok: false,
      rule: 'image-dimensions',
      reason: `is ${size}; a picture may be at most ${limit}: make it smaller (2,400 pixels across is plenty for the site)`,
    };
  }
  return { ok: true, format, width, height };
}

/** Width and height as image-size reads them, when it reads them as this format and both are positive. */
function readDimensions(bytes: Uint8Array, format: PictureFormat): { width: number; height: number } | undefined {
  try {
    const { width, height, type } = imageSize(bytes);
    if (!type || !readerTypes[format].includes(type)) return undefined;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) return undefined;
    return { width, height };
  } catch {
    return undefined;
  }
}

/** The first `length` bytes of a file; opened without following a link, should one have replaced it since it was looked at. */
function readHead(file: string, length: number): Uint8Array {
  const descriptor = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    const bytes = new Uint8Array(Math.min(length, fstatSync(descriptor).size));
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(descriptor, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(descriptor);
  }
}
