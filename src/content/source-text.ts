/**
 * Turning offsets into line and column, and the characters of a text the rules look for. CRLF line
 * endings are kept as they are, so that every position the rules report is the position an editor shows.
 */
import type { Position } from './problem.ts';

// Decoding is the library reader's (src/content/decode.ts); the rules name it from here too.
export { decodeUtf8, type DecodeResult } from './decode.ts';

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
