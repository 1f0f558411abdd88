/**
 * Whether the Markdown parser can read a body in bounded time, decided from the text alone, so that
 * the same file always gets the same verdict however busy the machine is (issue 12).
 *
 * micromark, which reads bodies here (and mdast-util-from-markdown around it), does work in the
 * square or cube of some inputs: matching emphasis marks walks back over everything before each
 * one, a `]` walks back to the start of its paragraph, an unclosed `[` makes every later word walk
 * back to it, an unpaired backtick, `<!--` or link title scans to the end of the paragraph, and
 * every list or block quote that ends copies every event of the document read so far. Each
 * mechanism is counted here as the steps it can take at most, from the characters that set it off
 * (scripts/bench/markdown-complexity.ts measures them, and the figures that set the limits are in
 * its header). A body over {@link maxParseSteps} is refused before it is parsed, at the place that
 * costs most, saying what to simplify.
 *
 * Steps are counted per paragraph, heading or table cell: micromark matches marks only within one.
 * A first count treats each run of non-blank lines as one paragraph, which can only count more;
 * when that is over the limit (a long table or list is one such run), micromark's own block
 * reading, cheap and bounded by the document counts that come first, finds the real paragraphs.
 */
import { parse, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { problem, type Problem } from '../content/problem.ts';
import { lineIndex } from '../content/source-text.ts';

/** micromark's events and tokens (micromark-util-types, which micromark does not re-export). */
type Event = ReturnType<ReturnType<ReturnType<typeof parse>['document']>['write']>[number];
type Token = Event[1];

export type BodyKind = 'md' | 'mdx';

/**
 * The steps a body may take, about a third of a second of the parser's time on an idle machine.
 * The largest legitimate bodies measured (256 KB of prose, a 200 KB table, 2,000 links) count
 * under a tenth of it; see scripts/bench/markdown-complexity.ts.
 */
export const maxParseSteps = 30_000_000;

/** How deeply block quotes and list items may nest on one line; a case study needs five or six. */
export const maxContainerDepth = 32;

/** What makes a body slow to read, for the message. */
export type ComplexityCause =
  'depth' | 'containers' | 'text' | 'emphasis' | 'brackets' | 'code' | 'html' | 'links' | 'references';

export interface Complexity {
  /** The steps counted for the whole body. */
  steps: number;
  /** The cause and place that count most. */
  worst?: { cause: ComplexityCause; offset: number; steps: number; count: number };
  /** The steps of each cause. */
  byCause: Partial<Record<ComplexityCause, number>>;
  /** True when the block count was over the limit and micromark's paragraphs were counted. */
  exact: boolean;
}

/** The body's count, and where it is worst; `steps` over {@link maxParseSteps} means too complex. */
export function bodyComplexity(
  body: string,
  kind: BodyKind,
  { limit = maxParseSteps, count = 'auto' as 'auto' | 'rough' | 'exact' } = {},
): Complexity {
  const lines = scanLines(body);
  if (lines.tooDeep) return { steps: Infinity, worst: lines.tooDeep, byCause: { depth: Infinity }, exact: false };
  const document = new Tally();
  document.addAll(lines.tally);
  // Over the limit by the document's own costs: reading its paragraphs would take as long.
  if (document.steps > limit)
    return { steps: document.steps, worst: document.worst, byCause: document.byCause, exact: false };
  if (count !== 'exact') {
    const rough = new Tally();
    rough.addAll(lines.tally);
    for (const block of lines.blocks) countBlock(body, block.start, block.end, rough);
    if (rough.steps <= limit || count === 'rough')
      return { steps: rough.steps, worst: rough.worst, byCause: rough.byCause, exact: false };
  }

  // Over the limit by the rough count: count micromark's own paragraphs, headings and cells.
  const exact = new Tally();
  exact.addAll(lines.tally);
  for (const unit of textUnits(body, kind)) {
    countUnit(unit, kind, exact, limit);
    if (exact.steps > limit) break;
  }
  return { steps: exact.steps, worst: exact.worst, byCause: exact.byCause, exact: true };
}

/**
 * The `too-complex` problem of a body the parser cannot read in bounded time, at the place that
 * costs most and saying what to simplify; undefined for every other body. `body` keeps the file's
 * positions (one empty line per front-matter line, as the body rules receive it).
 */
export function complexityProblem(file: string, body: string, kind: BodyKind): Problem | undefined {
  const { steps, worst } = bodyComplexity(body, kind);
  if (steps <= maxParseSteps || !worst) return undefined;
  const count = worst.count.toLocaleString('en-GB');
  const advice: Record<ComplexityCause, string> = {
    depth: `this line nests ${count} block quotes and list items, and the Markdown reader takes too long over more than ${maxContainerDepth}: nest them less deeply`,
    containers: `from this line on, lists and block quotes end or are interrupted ${count} times, and each time the Markdown reader goes over all the text before it: use fewer, longer lists and quotes, indent the lines that continue a list item or quote (or start them with >), or make the text shorter`,
    text: `this paragraph has ${count} marks (punctuation, code, links, line breaks), too many for the Markdown reader to join its text in reasonable time: split it into shorter paragraphs`,
    emphasis: `this paragraph has ${count} emphasis marks (*, _ or ~), and matching them up takes the Markdown reader too long: split the paragraph, or write \\* and \\_ for marks that are not emphasis`,
    brackets: `this paragraph has ${count} closing brackets ] and text after open brackets [, and matching them up takes the Markdown reader too long: close each [ with ], write \\[ and \\] for brackets that are not links, or split the paragraph`,
    code: `this paragraph has ${count} runs of backticks (\`) that do not pair up, and looking for their ends takes the Markdown reader too long: close each code span with as many backticks as open it, or write \\\` for a backtick that is not code`,
    html: `this paragraph has ${count} < signs, and looking for the end of the HTML each may start takes the Markdown reader too long: write &lt; for a < that is not a tag, and close every <!-- with -->`,
    links: `this paragraph has ${count} link parts (]( or ][) whose ends the Markdown reader must look for: close each link's (...) and its quotes, or write \\] for a bracket that is not a link`,
    references: `the text has ${count} link definitions ([label]: address), and looking up every link among them takes the Markdown reader too long: write fewer definitions, or put the addresses in the links`,
  };
  return problem(
    file,
    'too-complex',
    `the text is too complex to publish: ${advice[worst.cause]}`,
    lineIndex(body)(worst.offset),
  );
}

// ---------- counting ----------

interface Charge {
  cause: ComplexityCause;
  offset: number;
  steps: number;
  count: number;
}

/**
 * What one step of each cause costs, relative to the others: walking back over an event takes
 * about 12 ns; scanning a character ahead, which builds tokens that are then thrown away, 40 to
 * 60; copying the document's events when a container ends, 10 to 30; moving one of a paragraph's
 * events when micromark joins its text tokens, under 1 (figures from the benchmark).
 */
const weights: Record<ComplexityCause, number> = {
  depth: 1,
  containers: 2,
  text: 1 / 16,
  emphasis: 1,
  brackets: 1,
  references: 1,
  code: 4,
  html: 4,
  links: 4,
};

/** The steps counted so far, weighted, and the largest single charge (one cause in one paragraph). */
class Tally {
  steps = 0;
  worst: Charge | undefined;
  readonly byCause: Partial<Record<ComplexityCause, number>> = {};
  add(cause: ComplexityCause, offset: number, unweighted: number, count: number): void {
    if (unweighted <= 0) return;
    const steps = unweighted * weights[cause];
    this.steps += steps;
    this.byCause[cause] = (this.byCause[cause] ?? 0) + steps;
    if (!this.worst || steps > this.worst.steps) this.worst = { cause, offset, steps, count };
  }
  addAll(charges: readonly Charge[]): void {
    for (const charge of charges) this.add(charge.cause, charge.offset, charge.steps, charge.count);
  }
}

const isAsciiAlphanumeric = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** Characters of GFM's e-mail autolinks: where a run of them starts, micromark tries one. */
const isAtext = (code: number) => isAsciiAlphanumeric(code) || code === 43 || code === 45 || code === 46 || code === 95;
const isSpaceOrTab = (code: number) => code === 32 || code === 9;
const isLineEnding = (code: number) => code === 10 || code === 13;
/** ASCII punctuation, which a backslash escapes. */
const isAsciiPunctuation = (code: number) =>
  (code >= 33 && code <= 47) ||
  (code >= 58 && code <= 64) ||
  (code >= 91 && code <= 96) ||
  (code >= 123 && code <= 126);

// ---------- lines: containers, and the document's own costs ----------

interface Block {
  start: number;
  end: number;
}

interface LineScan {
  /** Runs of non-blank lines: every paragraph, heading and table cell lies within one. */
  blocks: Block[];
  /** The document's costs: containers that end, and definitions against references. */
  tally: Charge[];
  tooDeep?: Charge;
}

/**
 * The block-quote markers and list markers that start a line. `columns` holds, for each list
 * marker, the column its item's content starts at: a later line continues the item when it is
 * indented that far.
 */
interface Prefix {
  quotes: number;
  /** Content columns of the list items this line opens, in order. */
  columns: number[];
  /** Quotes before the first list marker. */
  quotesBeforeMarker: number;
  /** The column of the first list marker, or of the line's content when it has none. */
  column: number;
  /** Offset just after the prefix. */
  end: number;
}

function readPrefix(text: string, start: number, end: number): Prefix {
  let quotes = 0;
  let quotesBeforeMarker = 0;
  const columns: number[] = [];
  let column = 0;
  let firstColumn = -1;
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (isSpaceOrTab(code)) {
      column += code === 9 ? 4 - (column % 4) : 1;
      index++;
    } else if (code === 62 /* > */) {
      quotes++;
      if (columns.length === 0) quotesBeforeMarker++;
      column++;
      index++;
    } else {
      const after = listMarkerEnd(text, index, end);
      if (after === undefined) break;
      if (firstColumn === -1) firstColumn = column;
      column += after - index;
      index = after;
      // The item's content starts after the marker and one to four spaces (one when there are more, or none).
      let spaces = 0;
      while (index + spaces < end && text.charCodeAt(index + spaces) === 32 && spaces < 5) spaces++;
      columns.push(column + (spaces === 0 || spaces === 5 || index + spaces === end ? 1 : spaces));
    }
  }
  return { quotes, columns, quotesBeforeMarker, column: firstColumn === -1 ? column : firstColumn, end: index };
}

/** Where a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space or the end of the line ends, if one starts at `index`. */
function listMarkerEnd(text: string, index: number, end: number): number | undefined {
  const code = text.charCodeAt(index);
  let after = index + 1;
  if (code !== 45 && code !== 42 && code !== 43) {
    if (!(code >= 48 && code <= 57)) return undefined;
    while (after < end && after - index < 10 && text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57) after++;
    if (text.charCodeAt(after) !== 46 && text.charCodeAt(after) !== 41) return undefined;
    after++;
  }
  return after >= end || isSpaceOrTab(text.charCodeAt(after)) ? after : undefined;
}

/** A setext underline (`===` or `---` alone on a line, perhaps in block quotes), which makes micromark copy the events of its flow. */
const setextUnderline = /^[ \t>]*(?:=+|-+)[ \t]*$/;
/** A link definition, `[label]: destination`, which every reference is compared with. */
const definitionStart = /^[ \t]{0,3}\[(?:[^\\\]]|\\.)+\]:/;

/**
 * Reads the body line by line: the runs of non-blank lines, how deeply containers nest, and the
 * document's own costs. micromark's document reader copies every event read so far (a) when a
 * list item ends deeper containers to start its next sibling, (b) when a line continues fewer
 * containers than are open and is not a lazy paragraph line, such as a blank line after a block
 * quote or a paragraph after a list, and (c) when a line underlines the paragraph above. The model
 * of open containers is approximate; every doubt counts as a copy.
 */
function scanLines(text: string): LineScan {
  const blocks: Block[] = [];
  const tally: Charge[] = [];
  let blockStart = -1;
  let blockEnd = 0;
  // Events micromark's document and flow readers hold so far (a paragraph's line is about 2 and 8),
  // and the containers open after the last line.
  let events = 0;
  let flowEvents = 0;
  let openQuotes = 0;
  let openItems: number[] = [];
  let containerSteps = 0;
  let containerCount = 0;
  let containerFirst = -1;
  let definitions = 0;
  let firstDefinition = -1;
  let closingBrackets = 0;

  for (let start = 0; start <= text.length;) {
    let end = start;
    let pipes = 0;
    while (end < text.length && !isLineEnding(text.charCodeAt(end))) {
      const code = text.charCodeAt(end);
      if (code === 124 /* | */) pipes++;
      else if (code === 93 /* ] */) closingBrackets++;
      end++;
    }
    const next =
      end < text.length
        ? text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10
          ? end + 2
          : end + 1
        : text.length + 1;
    const prefix = readPrefix(text, start, end);
    const blank = prefix.end === end && prefix.quotes === 0 && prefix.columns.length === 0;

    const depth = prefix.quotes + prefix.columns.length + (prefix.columns.length > 0 ? prefix.column >> 1 : 0);
    if (depth > maxContainerDepth)
      return { blocks, tally, tooDeep: { cause: 'depth', offset: start, steps: Infinity, count: depth } };

    // The open items this line carries on: those whose content column it is indented to.
    let items = 0;
    if (blank) items = openItems.length;
    else while (items < openItems.length && openItems[items]! <= prefix.column) items++;
    const quotes = blank ? 0 : Math.min(prefix.quotes, openQuotes);
    // A list marker at an open item's level starts its sibling: that item's list carries on.
    const sibling = prefix.columns.length > 0 && items < openItems.length ? 1 : 0;
    const ended = openQuotes - quotes + openItems.length - items - sibling;
    const underline = !blank && setextUnderline.test(text.slice(start, end));
    if (ended > 0 || underline) {
      containerSteps += underline ? Math.max(events, flowEvents) : events;
      containerCount++;
      if (containerFirst === -1) containerFirst = start;
    }
    if (prefix.columns.length > 0) {
      openItems = [...openItems.slice(0, items), ...prefix.columns];
      openQuotes = prefix.quotes;
    } else if (!blank) {
      openItems = openItems.slice(0, items);
      openQuotes = Math.max(quotes, prefix.quotes);
    } else openQuotes = 0;
    events += 2 + 6 * (prefix.quotes + prefix.columns.length) + 4 * pipes;
    flowEvents += 8 + 6 * (prefix.quotes + prefix.columns.length) + 4 * pipes;

    if (!blank && definitionStart.test(text.slice(prefix.end, Math.min(end, prefix.end + 1010)))) {
      definitions++;
      if (firstDefinition === -1) firstDefinition = start;
    }
    if (blank) {
      if (blockStart !== -1) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      if (blockStart === -1) blockStart = start;
      blockEnd = end;
    }
    start = next;
  }
  if (blockStart !== -1) blocks.push({ start: blockStart, end: blockEnd });
  if (containerCount > 0)
    tally.push({ cause: 'containers', offset: containerFirst, steps: containerSteps, count: containerCount });
  // Every `]` that could close a reference is looked up among the definitions, one by one.
  if (definitions > 0)
    tally.push({
      cause: 'references',
      offset: firstDefinition,
      steps: definitions * closingBrackets,
      count: definitions,
    });
  return { blocks, tally };
}

// ---------- a rough count over runs of non-blank lines ----------

/**
 * Counts a run of lines as if it were one paragraph, each mark at its worst: every emphasis mark
 * and `]` walking back over the whole run, every word after a `[` too, every scan to its end.
 * Products of counts only grow when paragraphs are merged, so this is never under the exact count.
 */
function countBlock(text: string, start: number, end: number, tally: Tally): void {
  let events = 0;
  let attention = 0;
  let closing = 0;
  let wordsAfterBracket = 0;
  let scans = 0;
  let boundedScans = 0;
  let bracketSeen = false;
  let breaks = 0;
  let previous = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isAtext(code)) {
      if (!isAtext(previous)) {
        events++;
        if (bracketSeen) wordsAfterBracket++;
      }
      if (isAsciiAlphanumeric(code)) {
        previous = code;
        continue;
      }
    }
    events++;
    if (code !== 32 && code !== 9) breaks++;
    if ((code === 42 || code === 95 || code === 126) && code !== previous) attention++;
    else if (code === 96 && previous !== 96) scans++;
    else if (code === 60 /* < */) scans++;
    else if (code === 91 /* [ */) bracketSeen = true;
    else if (code === 93 /* ] */) {
      closing++;
      const after = text.charCodeAt(index + 1);
      if (after === 40 /* ( */) scans++;
      else if (after === 91 /* [ */) boundedScans++;
    } else if (code === 94 /* ^ */ && previous === 91) boundedScans++;
    previous = code;
  }
  const length = end - start;
  tally.add('text', start, breaks * events, breaks);
  tally.add('emphasis', start, attention * events, attention);
  tally.add('brackets', start, closing * events + wordsAfterBracket * events, closing);
  tally.add('code', start, scans * length, scans);
  tally.add('links', start, boundedScans * Math.min(length, 1000), boundedScans);
}

// ---------- micromark's paragraphs, headings and cells ----------

interface Unit {
  /** The text micromark reads as one, without container prefixes; lines joined by "\n". */
  text: string;
  /** Where each line of `text` starts in `text`, and in the body. */
  starts: number[];
  offsets: number[];
}

/** The offset in the body of an offset into a unit's text. */
function bodyOffset(unit: Unit, offset: number): number {
  let line = 0;
  while (line + 1 < unit.starts.length && unit.starts[line + 1]! <= offset) line++;
  return unit.offsets[line]! + offset - unit.starts[line]!;
}

/**
 * Every run of inline text micromark will read as one (a paragraph, a heading, a table cell), as
 * its document and flow readers find them. They run in time linear in the body once the document
 * counts are under the limit, which {@link bodyComplexity} checks first.
 */
function textUnits(body: string, kind: BodyKind): Unit[] {
  const extensions = kind === 'mdx' ? [mdxjs(), gfm()] : [gfm()];
  let documentEvents: Event[];
  try {
    documentEvents = parse({ extensions })
      .document()
      .write(preprocess()(body, undefined, true));
  } catch {
    // MDX the reader refuses (an unclosed tag, a stray `<`): the parse stops at the same place,
    // before any paragraph is read, and the body rules say what is wrong.
    return [];
  }
  const units: Unit[] = [];
  const flows = new Set<unknown>();
  for (const [, token] of documentEvents) {
    const flow = token._tokenizer;
    if (!flow || flows.has(flow)) continue;
    flows.add(flow);
    for (const [phase, chunk] of flow.events) {
      if (phase !== 'enter' || chunk.contentType !== 'text' || chunk.previous) continue;
      const unit: Unit = { text: '', starts: [], offsets: [] };
      for (let part: Token | undefined = chunk; part; part = part.next) {
        if (unit.starts.length > 0) unit.text += '\n';
        unit.starts.push(unit.text.length);
        unit.offsets.push(part.start.offset);
        unit.text += body.slice(part.start.offset, part.end.offset).replace(/\r?\n$/, '');
      }
      units.push(unit);
    }
  }
  return units;
}

/**
 * Counts one unit as micromark reads it: emphasis marks and `]` walking back over the unit, words
 * walking back to the oldest `[` still open, and the scans of code spans, HTML and links.
 */
function countUnit(unit: Unit, kind: BodyKind, tally: Tally, limit: number): void {
  const text = unit.text;
  const length = text.length;
  const code = codeSpans(text);
  let events = 0;
  let attention = 0;
  let closing = 0;
  // Tokens other than text, each of which makes micromark move the unit's events when it joins text tokens.
  let breaks = 0;
  let previous = 0;
  // Events at the `[` still open (an over-estimate: brackets inside code and HTML count too).
  const open: number[] = [];
  let wordSteps = 0;
  let htmlSteps = 0;
  let htmlCount = 0;
  let linkSteps = 0;
  let linkCount = 0;
  let next: NextIndex | undefined;
  // A `]` before this offset may lie inside a tag, an autolink or a link destination, and an MDX
  // `]` inside braces in an expression: such a `]` closes no label. Counting its `[` as still open
  // costs more, never less.
  let guardEnd = 0;
  let braces = 0;

  for (let index = 0; index < length; index++) {
    const span = code.spans.get(index);
    if (span !== undefined) {
      // A code span is one token: nothing inside it is a mark.
      events += 3;
      breaks++;
      index = span - 1;
      previous = 96;
      continue;
    }
    const char = text.charCodeAt(index);
    if (isAtext(char)) {
      if (!isAtext(previous)) {
        events++;
        if (open.length > 0) wordSteps += events - open[0]!;
      }
      if (isAsciiAlphanumeric(char)) {
        previous = char;
        continue;
      }
    }
    events++;
    if (char !== 32 && char !== 9) breaks++;
    if (char === 92 /* \ */ && isAsciiPunctuation(text.charCodeAt(index + 1))) {
      index++;
      previous = 0;
      continue;
    }
    if ((char === 42 || char === 95 || char === 126) && char !== previous) attention++;
    else if (char === 91 /* [ */) open.push(events);
    else if (char === 93 /* ] */) {
      closing++;
      if (index >= guardEnd && braces === 0) open.pop();
      const after = text.charCodeAt(index + 1);
      if (after === 40 /* ( */) {
        next ??= new NextIndex(text);
        const end = next.resourceEnd(index + 1);
        guardEnd = Math.max(guardEnd, end + 1);
        linkSteps += end - index;
        linkCount++;
      } else if (after === 91 /* [ */ || after === 94 /* ^ */) {
        linkSteps += Math.min(1000, length - index);
        linkCount++;
      }
    } else if (char === 60 /* < */) {
      next ??= new NextIndex(text);
      // Past the limit, the end of the unit stands for every scan: no need to follow quotes.
      const end = htmlSteps > limit ? length : next.tagEnd(index, limit);
      guardEnd = Math.max(guardEnd, end + 1);
      htmlSteps += end - index;
      htmlCount++;
    } else if (kind === 'mdx' && char === 123 /* { */) braces++;
    else if (kind === 'mdx' && char === 125 /* } */ && braces > 0) braces--;
    previous = char;
  }
  const at = bodyOffset(unit, 0);
  tally.add('text', at, breaks * events, breaks);
  tally.add('emphasis', at, attention * events, attention);
  tally.add('brackets', at, closing * events + wordSteps, closing);
  tally.add('code', at, code.steps, code.runs);
  tally.add('html', at, htmlSteps, htmlCount);
  tally.add('links', at, linkSteps, linkCount);
}

/**
 * micromark's code spans in a unit: a run of backticks looks ahead for a run of the same length,
 * and when there is none it has scanned to the end of the unit. Returns the spans (start → end)
 * and the characters scanned.
 */
function codeSpans(text: string): { spans: Map<number, number>; steps: number; runs: number } {
  const spans = new Map<number, number>();
  if (!text.includes('`')) return { spans, steps: 0, runs: 0 };
  // Every raw run of backticks, by length, for the look-ahead.
  const byLength = new Map<number, number[]>();
  for (let index = text.indexOf('`'); index !== -1;) {
    let end = index;
    while (text.charCodeAt(end) === 96) end++;
    const list = byLength.get(end - index) ?? [];
    list.push(index);
    byLength.set(end - index, list);
    index = text.indexOf('`', end);
  }
  let steps = 0;
  let runs = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 92 && isAsciiPunctuation(text.charCodeAt(index + 1))) {
      index++;
      continue;
    }
    if (char !== 96) continue;
    let end = index;
    while (text.charCodeAt(end) === 96) end++;
    runs++;
    const closer = firstAfter(
      byLength.get(end - index) ?? [],
      end,
      (start) => text.charCodeAt(start - 1) !== 96 && text.charCodeAt(start + end - index) !== 96,
    );
    if (closer === undefined) {
      steps += text.length - index;
      index = end - 1;
    } else {
      steps += closer - index;
      spans.set(index, closer + end - index);
      index = closer + end - index - 1;
    }
  }
  return { spans, steps, runs };
}

/** The first of the sorted `starts` at or after `from` that `ok` accepts. */
function firstAfter(starts: readonly number[], from: number, ok: (start: number) => boolean): number | undefined {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < starts.length; index++) if (ok(starts[index]!)) return starts[index];
  return undefined;
}

/** Where the next of some characters is, from any offset of a unit, in constant time. */
class NextIndex {
  readonly #text: string;
  readonly #tables = new Map<string, Int32Array>();
  /** The last match of each searched string, for searches from offsets that only grow. */
  readonly #found = new Map<string, number>();

  constructor(text: string) {
    this.#text = text;
  }

  /** The offset of the next `char` at or after `from`, or the text's length. */
  of(char: string, from: number): number {
    let table = this.#tables.get(char);
    if (!table) {
      table = new Int32Array(this.#text.length + 1);
      let next = this.#text.length;
      for (let index = this.#text.length; index >= 0; index--) {
        if (this.#text[index] === char) next = index;
        table[index] = next;
      }
      this.#tables.set(char, table);
    }
    return from >= this.#text.length ? this.#text.length : table[from]!;
  }

  /** The next whitespace or control character at or after `from`: where a raw link destination must end. */
  whitespace(from: number): number {
    let table = this.#tables.get(' ');
    if (!table) {
      table = new Int32Array(this.#text.length + 1);
      let next = this.#text.length;
      for (let index = this.#text.length - 1; index >= 0; index--) {
        if (this.#text.charCodeAt(index) <= 32) next = index;
        table[index] = next;
      }
      table[this.#text.length] = this.#text.length;
      this.#tables.set(' ', table);
    }
    return from >= this.#text.length ? this.#text.length : table[from]!;
  }

  /**
   * The furthest a link resource `(destination "title")` starting at `open` can be scanned: to the
   * end of the destination (the next whitespace), then to the end of a title, if one opens.
   */
  resourceEnd(open: number): number {
    const text = this.#text;
    let index = open + 1;
    while (index < text.length && text.charCodeAt(index) <= 32) index++;
    index =
      text.charCodeAt(index) === 60 ? Math.min(this.of('>', index), this.of('\n', index)) : this.whitespace(index);
    while (index < text.length && text.charCodeAt(index) <= 32) index++;
    const quote = text[index];
    if (quote === '"' || quote === "'") return this.of(quote, index + 1);
    if (quote === '(') return this.of(')', index + 1);
    return index;
  }

  /**
   * The furthest micromark can scan for HTML (or, in MDX, JSX) from a `<`: a comment to `-->`, a
   * processing instruction to `?>`, CDATA to `]]>`, a tag to its `>` past any quoted values
   * (every quote counts as opening one, which scans further than the parser, never less).
   * Stops counting past `limit`.
   */
  tagEnd(start: number, limit: number): number {
    const text = this.#text;
    const length = text.length;
    let end: number;
    if (text.startsWith('<!--', start)) end = this.#search('-->', start + 4);
    else if (text.startsWith('<?', start)) end = this.#search('?>', start + 2);
    else if (text.startsWith('<![CDATA[', start)) end = this.#search(']]>', start + 9);
    else {
      let index = start + 1;
      for (let jumps = 0; index < length && jumps < limit; jumps++) {
        const close = this.of('>', index);
        const double = this.of('"', index);
        const single = this.of("'", index);
        const quote = Math.min(double, single);
        if (close <= quote) {
          index = close;
          break;
        }
        index = this.of(text[quote]!, quote + 1) + 1;
      }
      end = Math.min(index, length);
    }
    return end;
  }

  /** The offset of `search` from `from` on, or the end of the text; linear over calls whose `from` grows. */
  #search(search: string, from: number): number {
    const last = this.#found.get(search);
    if (last !== undefined && last >= from) return last;
    const found = this.#text.indexOf(search, from);
    const end = found === -1 ? this.#text.length : found;
    this.#found.set(search, end);
    return end;
  }
}
