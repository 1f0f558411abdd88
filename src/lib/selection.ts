/**
 * The reader's selection of case studies ("Add to my selection", `/selection/`, the briefing pack):
 * the slugs chosen, in the order added, kept in the browser only. The shared interface
 * (selection and citations both rely on it): `localStorage['cwb-selection']` holds a JSON array of
 * slugs, and every change dispatches `cwb-selection-change` on `window` with `{ slugs }`; the share
 * URL is `/selection/?cases=a,b,c`. Pure functions, with no DOM, so that the tests and the browser
 * run the same code.
 */
import type { SelectionWords } from '../i18n/index.ts';
import type { PluralForms } from '../i18n/plural.ts';
import { slugPattern } from '../schema/slug.ts';
import type { Language } from '../schema/taxonomy.ts';

/** The `localStorage` key of the selection. */
export const selectionStorageKey = 'cwb-selection';

/** The event dispatched on `window` whenever the selection changes; its `detail` is {@link SelectionChange}. */
export const selectionChangeEvent = 'cwb-selection-change';

/** What `cwb-selection-change` carries. */
export interface SelectionChange {
  slugs: string[];
}

/** The most case studies a selection holds: the comparison shows 2 to 6 side by side. */
export const selectionLimit = 6;

/** The fewest the comparison compares. */
export const compareMinimum = 2;

/** The query parameter of the share URL. */
export const casesParameter = 'cases';

/** A selection read from somewhere, with whatever could not be kept and why. */
export interface ReadSelection {
  slugs: string[];
  /** Entries that are not slugs at all (kept out, and told to the reader). */
  invalid: string[];
  /** Slugs past the limit (kept out, and told to the reader). */
  overLimit: string[];
}

/** True when `value` is written as a case-study slug (lower-case words joined by hyphens). */
export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}

/** Keeps the first of each slug, the valid ones, and no more than `limit`; says what it left out. */
function fromList(items: readonly unknown[], limit: number): ReadSelection {
  const slugs: string[] = [];
  const invalid: string[] = [];
  const overLimit: string[] = [];
  for (const item of items) {
    const text = typeof item === 'string' ? item.trim() : String(item);
    if (!isSlug(text)) {
      if (text !== '') invalid.push(text);
    } else if (slugs.includes(text)) {
      continue;
    } else if (slugs.length >= limit) {
      overLimit.push(text);
    } else {
      slugs.push(text);
    }
  }
  return { slugs, invalid, overLimit };
}

/**
 * The selection as stored (`localStorage`'s text, or `null` when nothing is stored). Anything but a
 * JSON array (another program's value, a damaged one) is reported as invalid rather than thrown.
 */
export function parseStoredSelection(text: string | null, limit = selectionLimit): ReadSelection {
  if (text === null || text.trim() === '') return { slugs: [], invalid: [], overLimit: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { slugs: [], invalid: [text], overLimit: [] };
  }
  if (!Array.isArray(value)) return { slugs: [], invalid: [text], overLimit: [] };
  return fromList(value, limit);
}

/** The selection as stored: a JSON array of slugs. */
export function serializeSelection(slugs: readonly string[]): string {
  return JSON.stringify(slugs);
}

/** The share URL's `cases` value ("a,b,c", spaces and empty parts allowed); `undefined` when the URL has none. */
export function parseCasesParameter(value: string | null, limit = selectionLimit): ReadSelection | undefined {
  if (value === null) return undefined;
  return fromList(value.split(','), limit);
}

/** Why a slug could not be added. */
export type AddRefusal = 'full' | 'invalid';

/** The selection with `slug` added at the end (unchanged when already in it), or why not. */
export function addToSelection(
  slugs: readonly string[],
  slug: string,
  limit = selectionLimit,
): { slugs: string[] } | { refused: AddRefusal } {
  if (!isSlug(slug)) return { refused: 'invalid' };
  if (slugs.includes(slug)) return { slugs: [...slugs] };
  if (slugs.length >= limit) return { refused: 'full' };
  return { slugs: [...slugs, slug] };
}

/** The selection without `slug`. */
export function removeFromSelection(slugs: readonly string[], slug: string): string[] {
  return slugs.filter((item) => item !== slug);
}

/** The selection with `slug` moved one place earlier (`-1`) or later (`1`). */
export function moveInSelection(slugs: readonly string[], slug: string, by: -1 | 1): string[] {
  const from = slugs.indexOf(slug);
  const to = from + by;
  if (from < 0 || to < 0 || to >= slugs.length) return [...slugs];
  const moved = [...slugs];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/** The slugs of `slugs` the library has, and those it has not (to tell the reader, never dropped unseen). */
export function checkSlugs(
  slugs: readonly string[],
  known: ReadonlySet<string>,
): { known: string[]; unknown: string[] } {
  return {
    known: slugs.filter((slug) => known.has(slug)),
    unknown: slugs.filter((slug) => !known.has(slug)),
  };
}

/** True when two selections hold the same case studies in the same order. */
export function sameSelection(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((slug, index) => slug === b[index]);
}

/** The share URL's path and query for `slugs`, from the selection page's path (`/selection/`, `/cy/selection/`). */
export function selectionShareHref(selectionPath: string, slugs: readonly string[]): string {
  return slugs.length === 0 ? selectionPath : `${selectionPath}?${casesParameter}=${slugs.join(',')}`;
}

/** One row of the comparison: a fact of each case study, in the order of the selection. */
export interface CompareRow {
  key: string;
  label: string;
  /** Each case study's value, as lines of text (none when it does not say). */
  values: string[][];
  /** True when the case studies do not all say the same. */
  differs: boolean;
}

/** The same value however it is spaced or capitalised. */
const normalised = (lines: readonly string[]) =>
  lines.map((line) => line.trim().toLowerCase().replace(/\s+/g, ' ')).join('\n');

/** Marks the rows where the case studies differ: any value unlike the first (a missing value differs from a given one). */
export function compareRows(rows: readonly Omit<CompareRow, 'differs'>[]): CompareRow[] {
  return rows.map((row) => {
    const first = normalised(row.values[0] ?? []);
    return { ...row, differs: row.values.some((value) => normalised(value) !== first) };
  });
}

/** What the layout writes into `#selection-words` for the button and the header's count (templates, `{title}`, `{count}`, `{limit}` unfilled). */
export interface SelectionButtonWords {
  lang: Language;
  add: string;
  remove: string;
  added: string;
  removed: string;
  full: string;
  countShort: string;
  count: PluralForms;
}

/** The facts the comparison sets side by side, in its order (issue 17, item 2). */
export const compareRowKeys = [
  'place',
  'region',
  'organisation',
  'partners',
  'organisationType',
  'population',
  'years',
  'status',
  'themes',
  'topics',
  'outcomes',
  'cost',
  'funders',
  'staff',
  'evidence',
  'sources',
] as const;

/** One fact of the comparison. */
export type CompareRowKey = (typeof compareRowKeys)[number];

/** Rows whose text is the case study's own (in its language), not the interface's labels. */
export const contentRows: readonly CompareRowKey[] = [
  'place',
  'organisation',
  'partners',
  'outcomes',
  'cost',
  'funders',
  'staff',
  'sources',
];

/** A source as the pack prints it. */
export interface RecordSource {
  title: string;
  url?: string;
  /** Publisher and year, as one line ("CLES, 2019"). */
  detail?: string;
}

/** One case study as the selection's pages show it (`/selection/cases/<slug>.json`). */
export interface SelectionRecord {
  slug: string;
  title: string;
  summary: string;
  /** The case study's language (its title, summary, outcomes and costs are written in it). */
  lang: Language;
  /** Its page, base included. */
  href: string;
  /** Each fact as lines of text; an empty list when the case study does not say. */
  facts: Record<CompareRowKey, string[]>;
  sources: RecordSource[];
}

/** What the selection's pages hand their script: the row labels and the words it writes, in `lang`. */
export interface SelectionPageConfig {
  lang: Language;
  /** The selection page's path in this language (`/selection/`, `/cy/selection/`), base included. */
  selectionPath: string;
  /** The pack's path in this language, base included. */
  packPath: string;
  /** The template of a record's path: `{slug}` is the case study's slug. */
  recordPath: string;
  /** The list of every published slug (docs/public-interface.md), to tell an unknown slug. */
  slugsPath: string;
  rows: { key: CompareRowKey; label: string; content: boolean }[];
  /** The most case studies a selection holds. */
  limit: number;
  /** The heading of what a case study took (its cost, funders and staff). */
  whatItTook: string;
  words: SelectionWords['script'];
}
