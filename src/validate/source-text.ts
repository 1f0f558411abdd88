/**
 * Reading a file's bytes as text, and turning offsets into line and column. Case studies are
 * UTF-8 (contract §2): a byte-order mark is dropped, CRLF line endings are kept as they are, so
 * that every position the rules report is the position an editor shows.
 */
import type { Position } from './problem.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; at: Position; byte: number };

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8, dropping a byte-order mark; on invalid UTF-8, says where the first bad byte is. */
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
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
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
