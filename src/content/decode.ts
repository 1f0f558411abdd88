/**
 * A case-study file's bytes as text. Case studies are UTF-8 (docs/public-interface.md §2). The text is kept exactly
 * as the build reads it (Node's `readFile(..., 'utf-8')`, which keeps a byte-order mark):
 * `splitFrontmatter` takes one mark off, as Astro's pattern does.
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
