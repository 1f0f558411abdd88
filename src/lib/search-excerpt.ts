/**
 * A search result's excerpt from the text a reader sees (issue 15, item 1). A case-study page ends
 * with a hidden block of search-only text (names and their Welsh forms, vocabulary labels, radicals,
 * descriptions: `searchOnlyText` in `search-record.ts`) that Pagefind indexes and would happily
 * quote. Pagefind gives each match's word position and the position where the block starts (the
 * anchor {@link searchOnlyAnchor}), so the excerpt is taken from the matches before it; a result
 * found only through the block shows its summary instead, with the words searched for marked.
 * Pure: the search page's script renders the parts as text and `<mark>` elements, never as HTML.
 */
/**
 * The `id` of the element holding a case-study page's search-only text, last in its indexed
 * `<article>`: Pagefind records the word position where it starts (an anchor).
 */
export const searchOnlyAnchor = 'search-only';

/** A run of an excerpt's text, marked when it is a word searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** What Pagefind's `result.data()` gives that an excerpt is made from (https://pagefind.app/docs/api/). */
export interface ExcerptSource {
  /** The page's indexed text, words separated by white space. */
  content: string;
  /** The word positions of the matches. */
  locations: number[];
  /** The same with their scores, where Pagefind gives them. */
  weighted_locations?: { location: number; balanced_score: number }[];
  /** Elements with an `id` (headings, and the search-only block), and the word position where each starts. */
  anchors?: { id?: string; element?: string; text?: string; location: number }[];
}

/** Pagefind's word separators (`word_separators` in its `pagefind.js`): white space but the zero-width no-break space. */
const wordSeparators = /[^\S\uFEFF]+/g;

/** Where the search-only block starts, in words; the whole page when it has none. */
export function searchOnlyStart(source: Pick<ExcerptSource, 'anchors'>): number {
  return source.anchors?.find((anchor) => anchor.id === searchOnlyAnchor)?.location ?? Number.POSITIVE_INFINITY;
}

/** Joins words into parts, marking the words at `marked` positions. */
function partsOf(words: readonly string[], from: number, marked: ReadonlySet<number>): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  words.forEach((word, offset) => {
    const separator = offset > 0 ? ' ' : '';
    if (marked.has(from + offset)) parts.push({ text: separator, mark: false }, { text: word, mark: true });
    else parts.push({ text: separator + word, mark: false });
  });
  return mergeText(parts);
}

/**
 * Where the excerpt starts: the densest run of matches before `end`, chosen as Pagefind chooses
 * (`calculate_excerpt_region` in its `pagefind.js`), so that a page whose matches are all in its
 * visible text gets the excerpt Pagefind would give it.
 */
function densestStart(source: ExcerptSource, visible: readonly number[], end: number, length: number): number {
  const scores: number[] = [];
  const weighted = (source.weighted_locations ?? []).filter(({ location }) => location < end);
  for (const { location, balanced_score } of weighted) scores[location] = (scores[location] ?? 0) + balanced_score;
  if (weighted.length === 0) for (const location of visible) scores[location] = 1;
  if (scores.length <= length) return 0;
  let densest = 0;
  for (let index = 0; index < length; index++) densest += scores[index] ?? 0;
  let sum = densest;
  let densestAt = [0];
  for (let index = 0; index < scores.length; index++) {
    sum += (scores[index + length] ?? 0) - (scores[index] ?? 0);
    if (sum > densest) {
      densest = sum;
      densestAt = [index];
    } else if (sum === densest && densestAt.at(-1) === index - 1) densestAt.push(index);
  }
  return densestAt[Math.floor(densestAt.length / 2)]!;
}

/**
 * The excerpt of `length` words around the densest matches in the text a reader sees, with the
 * matches marked; undefined when every match is in the search-only block. "…" marks text left out.
 */
export function visibleExcerpt(source: ExcerptSource, length: number): ExcerptPart[] | undefined {
  const end = searchOnlyStart(source);
  const visible = [...new Set(source.locations.filter((location) => location < end))].sort((a, b) => a - b);
  if (visible.length === 0) return undefined;
  const words = source.content
    .split(wordSeparators)
    .filter((word, index, all) => word !== '' || index < all.length - 1);
  const last = Math.min(words.length, end);
  let start = densestStart(source, visible, end, length);
  // Within the section the densest matches are in (between headings, as Pagefind cuts its
  // sub-results), so that the excerpt does not run from the summary past the facts into a heading,
  // nor into the search-only block; then as Pagefind's own excerpt is cut (`build_excerpt`).
  const headings = (source.anchors ?? []).filter((anchor) => /^h\d$/i.test(anchor.element ?? ''));
  const firstMatch = visible.find((location) => location > start) ?? visible[0]!;
  const heading = headings.filter((anchor) => anchor.location <= firstMatch).at(-1);
  // The text under a heading, without the heading's own words unless they are what matched.
  const headingEnd = heading ? heading.location + (heading.text?.split(wordSeparators).filter(Boolean).length ?? 0) : 0;
  const from = !heading ? 0 : firstMatch >= headingEnd ? headingEnd : heading.location;
  const until = Math.min(
    last,
    ...headings.filter((anchor) => anchor.location > firstMatch).map((anchor) => anchor.location),
  );
  start = Math.max(from, Math.min(start, until - length));
  const stop = Math.min(until, start + length);
  const parts = partsOf(words.slice(start, stop), start, new Set(visible));
  if (start > from) parts.unshift({ text: '… ', mark: false });
  if (stop < until) parts.push({ text: ' …', mark: false });
  return mergeText(parts);
}

/** Adjacent unmarked parts as one. */
function mergeText(parts: ExcerptPart[]): ExcerptPart[] {
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && !last.mark && !part.mark) last.text += part.text;
    else if (part.text !== '') merged.push({ ...part });
  }
  return merged;
}

/** Lower case, without accents, as a search compares words: "Môr" and "mor" are one. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('cy');

/**
 * Whether a result holds a word searched for as it was typed: a word at one of its matches starts
 * with a word of the query. Pagefind also matches more loosely (a word of the page that the query's
 * word starts with: "PR" for "prestn"); a search whose results all match that way is treated as
 * one that found nothing it was asked for, and offered a "Did you mean …?".
 */
export function holdsWordsAsTyped(
  source: Pick<ExcerptSource, 'content' | 'locations'>,
  words: readonly string[],
): boolean {
  const text = source.content.split(wordSeparators);
  return source.locations.some((location) => {
    const word = folded(text[location] ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
    return words.some((wanted) => wanted.length > 0 && word.startsWith(wanted.replace(/[^\p{L}\p{N}]+/gu, '')));
  });
}

/** The words of a query, folded. */
export const queryWords = (query: string): string[] =>
  folded(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/**
 * `text` with the words that start with a word searched for marked (Pagefind matches words by
 * their start too): a summary shown instead of an excerpt.
 */
export function markedText(text: string, words: readonly string[]): ExcerptPart[] {
  const wanted = words.filter((word) => word.length > 0);
  const parts: ExcerptPart[] = [];
  for (const piece of text.split(/([\p{L}\p{N}]+)/u)) {
    if (piece === '') continue;
    const mark = /^[\p{L}\p{N}]+$/u.test(piece) && wanted.some((word) => folded(piece).startsWith(word));
    parts.push({ text: piece, mark });
  }
  return mergeText(parts);
}

/**
 * Of the vocabulary labels given (a result's themes and topics, in every language the block
 * holds), those with a word that starts with a word searched for, or with a synonym that has one
 * (`synonyms`, by label: "in-house" for Insourcing): what a result found only through the
 * search-only block matched. Each label once, in the order given.
 */
export function matchedLabels(
  labels: readonly string[],
  words: readonly string[],
  synonyms: Readonly<Record<string, readonly string[] | undefined>> = {},
): string[] {
  const matches = (text: string) =>
    queryWords(text).some((textWord) => words.some((word) => word.length > 0 && textWord.startsWith(word)));
  const found = labels.filter((label) => matches(label) || (synonyms[label] ?? []).some(matches));
  return [...new Set(found)];
}
