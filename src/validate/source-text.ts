/**
 * Reading a file's bytes as text, and turning offsets into line and column. Case studies are
 * UTF-8 (contract §2). The text is kept exactly as the build reads it (Node's `readFile(..., 'utf-8')`,
 * which keeps a byte-order mark): `splitFrontmatter` takes one mark off, as Astro's pattern does.
 * CRLF line endings are kept as they are, so that every position the rules report is the position
 * an editor shows.
 */
import type { Position } from './problem.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; at: Position; byte: number };

// `ignoreBOM: true` keeps a byte-order mark in the text: a second one must still be there to be seen.
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8, keeping any byte-order mark; on invalid UTF-8, says where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strictDecoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countByte(bytes, 0x0a, lineStart) + 1;
    // The bytes before the bad one on its line are valid, so they decode to the column.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
    return { ok: false, at: { line, column: before.length + 1 }, byte: bytes[offset] ?? 0 };
  }
}

function countByte(bytes: Uint8Array, value: number, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index++) if (bytes[index] === value) count++;
  return count;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    if (length > 1) {
      try {
        strictDecoder.decode(bytes.subarray(index, index + length));
      } catch {
        return index;
      }
    }
    index += length;
  }
  return bytes.length;
}

/** Maps offsets in a text to 1-based line and column. */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/**
 * Where the first carriage return not followed by a line feed is. Markdown, YAML and editors end
 * a line there, but Astro finds the front matter only between lines ended by line feeds, and every
 * position here counts line feeds: the two readings would disagree about what is where.
 */
export function loneCarriageReturn(text: string): number | undefined {
  const match = /\r(?!\n)/.exec(text);
  return match?.index;
}

/**
 * Control characters a text never needs: C0 but tab, line feed and carriage return; DEL; C1.
 * Markdown turns U+0000 into U+FFFD without a word, and the others publish invisible characters.
 */
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** The offset and code of the first control character on each line of `text` from `from` on. */
export function controlCharacters(text: string, from = 0): { offset: number; code: number }[] {
  const found: { offset: number; code: number }[] = [];
  const pattern = new RegExp(controlCharacter.source, 'g');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ offset: match.index, code: text.charCodeAt(match.index) });
    const lineEnd = text.indexOf('\n', match.index);
    if (lineEnd === -1) break;
    pattern.lastIndex = lineEnd + 1;
  }
  return found;
}

/** `U+0007` for a character code, as the Unicode standard writes it. */
export const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
