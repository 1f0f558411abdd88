/**
 * Contributed text as a reader sees it, for the personal-data rules: an address written
 * `jo&#64;example.org`, `jo\u200b@example.org`, `ｊｏ＠ｅｘａｍｐｌｅ．ｏｒｇ` or `jo [at] example [dot] org`
 * is published as an address all the same, and a number split by non-breaking spaces or en dashes
 * is still a number. Each step below rewrites the text and remembers where every character came
 * from, so that a problem found in the rewritten text is reported where it is written in the file.
 *
 * Every step is one pass over the text with patterns that cannot backtrack far, so reading a
 * 256 KB file stays linear.
 */
import { parseEntities } from 'parse-entities';

/** A text and, for each of its characters, where it is written in the source. */
export interface ReaderView {
  text: string;
  /** The offset in the source of the character at `index` of `text` (`text.length` maps to the end). */
  sourceOffset(index: number): number;
}

/** One rewrite: the source characters `from` to `to` read as `text`. */
interface Replacement {
  from: number;
  to: number;
  text: string;
}

/** The languages a text can be written in, for the escapes each one has. */
export type TextKind = 'markdown' | 'yaml-double-quoted' | 'plain';

/** `text` as written, starting at `offset` in its source. */
function sourceView(text: string, offset = 0): ReaderView {
  return { text, sourceOffset: (index) => offset + index };
}

/**
 * The text as a reader sees it. Markdown backslash escapes and YAML double-quoted escapes are read
 * only in their own language; character references are read everywhere, as HTML would read them
 * (front-matter values also reach HTML attributes, feeds and data exports). With `withoutMarkup`,
 * Markdown's inline markup is dropped too (see {@link markup}).
 */
export function readerView(text: string, kind: TextKind, offset = 0, withoutMarkup = false): ReaderView {
  let view = sourceView(text, offset);
  if (kind === 'yaml-double-quoted') view = rewrite(view, yamlEscapes(view.text));
  if (kind === 'markdown') view = rewrite(view, markdownEscapes(view.text));
  if (kind === 'markdown' && withoutMarkup) view = rewrite(view, markup(view.text));
  view = rewrite(view, characterReferences(view.text));
  view = rewrite(view, lookAlikeCharacters(view.text));
  // A percent-escape in a link can spell invisible or fullwidth characters: read them once more.
  const linkEscapes = percentEscapesInLinks(view.text);
  if (linkEscapes.length > 0) {
    view = rewrite(view, linkEscapes);
    view = rewrite(view, lookAlikeCharacters(view.text));
  }
  view = rewrite(view, dashesBetweenDigits(view.text));
  view = rewrite(view, lineBreaks(view.text));
  view = rewrite(view, spelledOut(view.text));
  return view;
}

/**
 * The readings of a Markdown text to search: as written, and, when it has any, without its inline
 * markup. Both are needed: dropping markup joins `jo@<b>example</b>.org` into an address, but also
 * drops what an HTML comment holds, which is published in the page all the same.
 */
export function markdownViews(text: string): ReaderView[] {
  const views = [readerView(text, 'markdown')];
  if (/[<*_~]|\{\/\*/.test(text)) views.push(readerView(text, 'markdown', 0, true));
  return views;
}

/**
 * The text of {@link readerView} without the offsets, for the shortcuts that only ask whether
 * anything could be found (see fast-path.ts). The same steps, so the two never disagree.
 */
export function readerText(text: string, kind: TextKind): string {
  return readerView(text, kind).text;
}

/** Applies `replacements` (in order, not overlapping) to a view; the new view maps back through it. */
function rewrite(view: ReaderView, replacements: readonly Replacement[]): ReaderView {
  if (replacements.length === 0) return view;
  const parts: string[] = [];
  // Where each replacement's text starts and ends in the new text.
  const outStarts = new Int32Array(replacements.length);
  const outEnds = new Int32Array(replacements.length);
  let written = 0;
  let read = 0;
  replacements.forEach((replacement, index) => {
    parts.push(view.text.slice(read, replacement.from), replacement.text);
    written += replacement.from - read;
    outStarts[index] = written;
    written += replacement.text.length;
    outEnds[index] = written;
    read = replacement.to;
  });
  parts.push(view.text.slice(read));

  const previousIndex = (index: number): number => {
    // The last replacement starting at or before `index`.
    let low = 0;
    let high = replacements.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (outStarts[middle]! <= index) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (found === -1) return index;
    const replacement = replacements[found]!;
    // A character that a replacement wrote comes from where the replaced text starts, or from
    // its own place when the replacement reads each character as one (fullwidth digits).
    if (index < outEnds[found]!)
      return (
        replacement.from +
        (replacement.to - replacement.from === replacement.text.length ? index - outStarts[found]! : 0)
      );
    return replacement.to + (index - outEnds[found]!);
  };
  return { text: parts.join(''), sourceOffset: (index) => view.sourceOffset(previousIndex(index)) };
}

/** Every match of `pattern` (global) in `text`, read as `read` gives it; matches it returns undefined for are kept. */
function replaceAll(
  text: string,
  pattern: RegExp,
  read: (match: RegExpExecArray) => string | undefined,
): Replacement[] {
  const found: Replacement[] = [];
  for (const match of text.matchAll(pattern)) {
    const replaced = read(match);
    if (replaced === undefined || replaced === match[0]) continue;
    const from = match.index;
    const to = from + match[0].length;
    // Runs of dropped characters, or of characters read one for one, are one replacement: a
    // quarter of a million zero-width spaces must not make a quarter of a million records.
    const last = found.at(-1);
    const sameLength = (item: Replacement) => item.to - item.from === item.text.length;
    if (
      last &&
      last.to === from &&
      ((last.text === '' && replaced === '') || (sameLength(last) && to - from === replaced.length))
    ) {
      last.to = to;
      last.text += replaced;
    } else found.push({ from, to, text: replaced });
  }
  return found;
}

/** YAML's double-quoted escapes (YAML 1.2 §5.7), and a line break escaped with its indentation. */
const yamlEscape = /\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(\r?\n[ \t]*)|([\s\S]))/g;
const yamlSingleEscapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function yamlEscapes(text: string): Replacement[] {
  if (!text.includes('\\')) return [];
  return replaceAll(text, yamlEscape, (match) => {
    const hex = match[1] ?? match[2] ?? match[3];
    if (hex !== undefined) {
      const code = Number.parseInt(hex, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    }
    if (match[4] !== undefined) return '';
    return yamlSingleEscapes[match[5]!];
  });
}

/** CommonMark: a backslash before ASCII punctuation shows the punctuation alone. */
const markdownEscape = /\\([!-/:-@[-`{-~])/g;

function markdownEscapes(text: string): Replacement[] {
  if (!text.includes('\\')) return [];
  return replaceAll(text, markdownEscape, (match) => match[1]);
}

/**
 * Markup a reader does not see inside a word: inline HTML tags (`jo@<b>example</b>.org`), HTML
 * comments (`jo<!-- -->@example.org`) and MDX ones (a comment in braces), with all they hold, and
 * emphasis markers (`jo@*example*.org`) are dropped. A tag that starts a new line or block
 * (`<br>`, `<p>`, `<td>`) reads as a space, as its line break does. A tag with an attribute that
 * could hold personal data (an `@`, a `:` or a digit, as in `href="mailto:..."`) is kept, so that
 * what is in it is found.
 */
const tag = /<\/?([A-Za-z][A-Za-z0-9-]{0,30})(?:[ \t\r\n][^<>]{0,500})?\/?>/g;
const inlineElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);
const emphasis = /[*_~]+/g;
const comments = [
  ['<!--', '-->'],
  ['{/*', '*/}'],
] as const;

function markup(text: string): Replacement[] {
  const found: Replacement[] = [];
  if (text.includes('<')) {
    for (const match of text.matchAll(tag)) {
      if (/[@:\d]/.test(match[0].slice(match[1]!.length + 1))) continue;
      found.push({
        from: match.index,
        to: match.index + match[0].length,
        text: inlineElements.has(match[1]!.toLowerCase()) ? '' : ' ',
      });
    }
  }
  for (const [open, close] of comments) {
    // One scan: an unclosed comment runs to the end, so no later opening is looked at again.
    for (let start = text.indexOf(open); start !== -1;) {
      const end = text.indexOf(close, start + open.length);
      const to = end === -1 ? text.length : end + close.length;
      found.push({ from: start, to, text: '' });
      start = end === -1 ? -1 : text.indexOf(open, to);
    }
  }
  for (const match of text.matchAll(emphasis))
    found.push({ from: match.index, to: match.index + match[0].length, text: '' });
  return withoutOverlaps(found);
}

/** The replacements in order, each dropped where an earlier one already covers it. */
function withoutOverlaps(replacements: Replacement[]): Replacement[] {
  replacements.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Replacement[] = [];
  let covered = 0;
  for (const replacement of replacements) {
    if (replacement.from < covered) continue;
    kept.push(replacement);
    covered = replacement.to;
  }
  return kept;
}

/**
 * HTML character references (`&#64;`, `&#x40;`, `&commat;`, and those a browser reads without
 * the semicolon, such as `&#64` and `&nbsp`), read by parse-entities, which the MDX parser uses
 * for attribute values and which knows every name HTML does.
 */
const referenceLike = /&(?:#[Xx][0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?/g;

function characterReferences(text: string): Replacement[] {
  if (!text.includes('&')) return [];
  const found: Replacement[] = [];
  // Each candidate alone: parse-entities over the whole text takes a quarter of a second for 256 KB of them.
  for (const candidate of text.matchAll(referenceLike)) {
    parseEntities(candidate[0], {
      reference(value, position, source) {
        const from = candidate.index + (position.start.offset ?? 0);
        found.push({ from, to: from + source.length, text: value });
      },
    });
  }
  return found;
}

/**
 * Characters a reader does not see, or sees as others: invisible ones (zero-width spaces and
 * joiners, soft hyphens, word joiners, byte-order marks, direction marks: Unicode's default
 * ignorable code points) are dropped; spaces of every width (no-break, thin, ideographic, ...)
 * read as a space; compatibility forms read as what they stand for (NFKC: fullwidth `＠` and
 * `０`, small `﹫`, mathematical digits), the digits of every script as ASCII digits, and
 * ideographic full stops as dots, as they are in internationalised domain names.
 */
const nonAscii = /[^\x00-\x7f]/gu;
const invisible = /\p{Default_Ignorable_Code_Point}/u;
const space = /[\p{Zs}\p{Zl}\p{Zp}\u2800]/u;
const fullStops = new Set(['\u3002', '\uff61', '\uff0e']);
const readAs = new Map<string, string>();

const decimalDigit = /\p{Nd}/u;

/**
 * The ASCII digit a decimal digit of any script stands for (Arabic-Indic `٣`, Devanagari `३`).
 * Unicode encodes every script's digits 0 to 9 in a row, and rows of them next to each other, so
 * the value is how far the digit is from the start of its rows.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (decimalDigit.test(String.fromCodePoint(start - 1))) start--;
  return String((code - start) % 10);
}

function readCharacter(character: string): string {
  let read = readAs.get(character);
  if (read === undefined) {
    read = '';
    for (const part of character.normalize('NFKC')) {
      if (invisible.test(part)) continue;
      read += space.test(part)
        ? ' '
        : fullStops.has(part)
          ? '.'
          : part > '\x7f' && decimalDigit.test(part)
            ? asciiDigit(part)
            : part;
    }
    readAs.set(character, read);
  }
  return read;
}

function lookAlikeCharacters(text: string): Replacement[] {
  if (!/[^\x00-\x7f]/.test(text)) return [];
  return replaceAll(text, nonAscii, (match) => readCharacter(match[0]));
}

/**
 * The target of a `mailto:`, `tel:`, `sms:` or `callto:` link, whose percent-escapes the mail or
 * telephone program reads: `mailto:jo%40example.org` writes to jo@example.org.
 */
export const contactLink = /(?<![\p{L}\p{N}])(?:mailto|tel|sms|callto):(?=[^\s"'<>)\]])/giu;
const anyContactLink = new RegExp(contactLink.source, 'iu');

/** True when `text` holds a `mailto:`, `tel:`, `sms:` or `callto:` link. */
export const holdsContactLink = (text: string) => anyContactLink.test(text);
const linkTarget = /(?<![\p{L}\p{N}])(?:mailto|tel|sms|callto):([^\s"'<>)\]]+)/giu;
const percentEscapes = /(?:%[0-9A-Fa-f]{2})+/g;

function percentEscapesInLinks(text: string): Replacement[] {
  if (!text.includes('%')) return [];
  const found: Replacement[] = [];
  for (const link of text.matchAll(linkTarget)) {
    const targetStart = link.index + link[0].length - link[1]!.length;
    for (const escaped of link[1]!.matchAll(percentEscapes)) {
      found.push({
        from: targetStart + escaped.index,
        to: targetStart + escaped.index + escaped[0].length,
        text: decodePercent(escaped[0]),
      });
    }
  }
  return found;
}

/** Percent-escapes as UTF-8, or byte by byte where they are not valid UTF-8. */
function decodePercent(escaped: string): string {
  try {
    return decodeURIComponent(escaped);
  } catch {
    return escaped.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}

/**
 * A dash of any kind between two digits (en and em dashes, Unicode hyphens, the minus sign) reads
 * as a hyphen in a number: 01772–906000. Elsewhere a dash is left alone, so that "call us—0800
 * 123 4567" is not mistaken for a number joined to a word.
 */
const dashBetweenDigits = /(?<=[\d)])[\p{Pd}\u2212\u2043\u02d7](?=[\d(])/gu;

function dashesBetweenDigits(text: string): Replacement[] {
  return replaceAll(text, dashBetweenDigits, () => '-');
}

/**
 * A line break inside a paragraph (or a folded YAML value) is shown as a space: "call 01772" at
 * the end of one line and "906000" at the start of the next read as one number. A blank line ends
 * the paragraph and is kept. One walk over the line ends rather than a pattern, which would look
 * through a long run of spaces once for each of them.
 */
function lineBreaks(text: string): Replacement[] {
  const found: Replacement[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    let from = index;
    while (from > 0 && /[ \t\r]/.test(text[from - 1]!)) from--;
    let to = index + 1;
    while (to < text.length && /[ \t]/.test(text[to]!)) to++;
    const blankBefore = from === 0 || text[from - 1] === '\n';
    const blankAfter = to === text.length || text[to] === '\n' || text[to] === '\r';
    if (!blankBefore && !blankAfter) found.push({ from, to, text: ' ' });
  }
  return found;
}

/**
 * `jo [at] example [dot] org`, `jo (at) example.org`, `jo{at}example{dot}org`, `jo [@] example [.] org`:
 * an "at" or "dot" in brackets, which a reader (and an address harvester) reads as `@` and `.`. A
 * bare " at " is ordinary English and is left alone.
 */
const spelledOutWord =
  /[ \t]{0,3}(?:\[[ \t]{0,2}(at|dot|@|\.)[ \t]{0,2}\]|\([ \t]{0,2}(at|dot|@|\.)[ \t]{0,2}\)|\{[ \t]{0,2}(at|dot|@|\.)[ \t]{0,2}\})[ \t]{0,3}/giu;

function spelledOut(text: string): Replacement[] {
  if (!/[[({]/.test(text)) return [];
  return replaceAll(text, spelledOutWord, (match) => {
    const word = (match[1] ?? match[2] ?? match[3]!).toLowerCase();
    return word === 'at' || word === '@' ? '@' : '.';
  });
}
