/**
 * Content roots made for one test in the system's temporary folder: case studies, pictures and
 * links written where a test wants them, removed after the test.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, crc32 } from 'node:zlib';
import { afterEach } from 'vitest';
import { caseStudyText, minimalBody, minimalCaseStudy } from '../../support/case-study.ts';

const pictures = fileURLToPath(new URL('../../fixtures/pictures/', import.meta.url));

/** A small real picture of each format the site publishes (3 × 2 pixels), in tests/fixtures/pictures/. */
export const samplePicture = (extension: 'png' | 'jpg' | 'webp' | 'avif' | 'gif') =>
  path.join(pictures, `picture.${extension}`);

/**
 * A valid case study's text: the minimal case study (tests/support/case-study.ts) titled `title`,
 * with `extra` lines added to its front matter and `body` below it.
 */
export function caseStudy({
  title = minimalCaseStudy.title,
  extra = '',
  body = minimalBody,
}: { title?: string; extra?: string; body?: string } = {}): string {
  return caseStudyText({ changes: { title }, extra, body });
}

/** `image:` front matter naming `src`. */
export const imageField = (src: string) => `image:\n  src: ${src}\n  alt: The market hall`;

/** A PNG of the given chunks: the signature, IHDR for `width` × `height` RGB, IDAT of `pixelData` deflated, IEND. */
function png(width: number, height: number, pixelData: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixelData)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A PNG whose header declares `width` × `height` pixels, with `zeros` bytes of pixel data deflated
 * (so a few kilobytes can declare hundreds of megapixels, as a decompression bomb does).
 */
export const declaredPng = (width: number, height: number, zeros = 1_000_000) =>
  png(width, height, Buffer.alloc(zeros));

/** A real PNG of one colour, which any decoder reads; pictures of different colours have different bytes. */
export function solidPng(width: number, height: number, [red, green, blue]: [number, number, number]): Buffer {
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: width }, () => [red, green, blue]).flat()),
  ]);
  return png(width, height, Buffer.concat(Array.from({ length: height }, () => row)));
}

export interface ScratchLibrary {
  /** The content root. */
  root: string;
  /** Its case-studies folder. */
  dir: string;
  /** Writes a file under the case-studies folder (folders made as needed); returns its path. */
  write(relative: string, content: string | Buffer): string;
  /** Copies a file under the case-studies folder; returns its path. */
  copy(from: string, relative: string): string;
  /** Makes a symbolic link under the case-studies folder, to `target` as given; returns its path. */
  link(relative: string, target: string): string;
  /** A folder outside the content root, removed with it, for links to point at. */
  outside: string;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new content root holding `files` (name under case-studies/ → text). */
export function libraryWith(files: Record<string, string>): ScratchLibrary {
  const library = scratchLibrary();
  for (const [name, text] of Object.entries(files)) library.write(name, text);
  return library;
}

/** A new, empty content root (it uses the sample library's vocabularies). */
export function scratchLibrary(): ScratchLibrary {
  const top = mkdtempSync(path.join(tmpdir(), 'cwb-files-'));
  made.push(top);
  const root = path.join(top, 'content');
  const dir = path.join(root, 'case-studies');
  const outside = path.join(top, 'outside');
  mkdirSync(dir, { recursive: true });
  mkdirSync(outside);
  const at = (relative: string) => {
    const full = path.join(dir, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    return full;
  };
  return {
    root,
    dir,
    outside,
    write: (relative, content) => {
      const full = at(relative);
      writeFileSync(full, content);
      return full;
    },
    copy: (from, relative) => {
      const full = at(relative);
      copyFileSync(from, full);
      return full;
    },
    link: (relative, target) => {
      const full = at(relative);
      symlinkSync(target, full);
      return full;
    },
  };
}
