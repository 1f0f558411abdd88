/**
 * Reading one case-study file: its bytes once, decoded as UTF-8, split into front matter and body.
 * Everything that reads a case study reads it here, so that the site, the validator, the search
 * index and the checks after a build all see the same text, and each build step reads a file once.
 * What makes a file unreadable is said as the validator says it, where it is written.
 */
import { readFileSync, statSync } from 'node:fs';
import { kilobytes, maxFileBytes } from './limits.ts';
import { problem, type Problem } from './problem.ts';
import { lineIndex, loneCarriageReturn } from './source-text.ts';
import { decodeUtf8 } from './decode.ts';
import type { CaseStudyFile } from './listing.ts';
import { splitFrontmatter, type Frontmatter } from './split.ts';

/** A case-study file read and split. */
export interface CaseStudySource {
  file: CaseStudyFile;
  /** The whole text, without a leading byte-order mark: offsets into it are the file's positions. */
  text: string;
  frontmatter: Frontmatter;
}

export type ReadResult = { ok: true; source: CaseStudySource } | { ok: false; problems: Problem[] };

/**
 * Reads `file`, or says why it cannot be read as a case study: too big (refused unread: the size
 * alone says it is not a case study, and parsing it would slow every build), not UTF-8, a line
 * ended by a lone carriage return, or front matter that cannot be split off. Throws only when the
 * file system does (a file that went away, or that may not be read). `bytes`, when given, are the
 * file's, already read (the validator hashes them for its cache).
 */
export function readCaseStudyFile(file: CaseStudyFile, bytes?: Buffer): ReadResult {
  const fail = (item: Problem): ReadResult => ({ ok: false, problems: [item] });
  const size = bytes ? bytes.length : statSync(file.path).size;
  if (size > maxFileBytes)
    return fail(
      problem(
        file.path,
        'file-size',
        `the file is ${kilobytes(size)}; a case study may be at most ${kilobytes(maxFileBytes)}: shorten the text, and put pictures in case-studies/images/ rather than in the file`,
      ),
    );
  const decoded = decodeUtf8(bytes ?? readFileSync(file.path));
  if (!decoded.ok) {
    const byte = decoded.byte.toString(16).toUpperCase().padStart(2, '0');
    return fail(
      problem(
        file.path,
        'encoding',
        `the file is not valid UTF-8 (byte 0x${byte}): save it with the UTF-8 encoding`,
        decoded.at,
      ),
    );
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  const carriageReturn = loneCarriageReturn(text);
  if (carriageReturn !== undefined)
    return fail(
      problem(
        file.path,
        'line-ending',
        'a line ends with a carriage return (CR) alone, which the site does not read as the end of a line: save the file with LF or CRLF line endings',
        lineIndex(text)(carriageReturn),
      ),
    );
  const split = splitFrontmatter(file.path, decoded.text);
  if (!split.ok) return split;
  return { ok: true, source: { file, text, frontmatter: split.frontmatter } };
}
