/**
 * The published case studies and their order. Pure: the page-side helper in
 * `src/site/collection.ts` hands these functions what `getCollection` returns.
 */
import type { CaseStudyData } from '../schema/case-study.ts';

/** What the lib functions need of a collection entry: its slug and its checked frontmatter. */
export interface CaseStudy {
  id: string;
  data: CaseStudyData;
}

/** The entries a build publishes: drafts only when `includeDrafts` (the dev server). */
export function publishable<T extends CaseStudy>(
  entries: readonly T[],
  { includeDrafts }: { includeDrafts: boolean },
): T[] {
  return entries.filter((entry) => includeDrafts || !entry.data.draft);
}

/** Newest `published` first; same day by later `updated`, then by slug, so the order never depends on the file system. */
export function compareNewestFirst(a: CaseStudy, b: CaseStudy): number {
  if (a.data.published !== b.data.published) return a.data.published < b.data.published ? 1 : -1;
  const aUpdated = a.data.updated ?? a.data.published;
  const bUpdated = b.data.updated ?? b.data.published;
  if (aUpdated !== bUpdated) return aUpdated < bUpdated ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A copy of `entries`, newest first. */
export function newestFirst<T extends CaseStudy>(entries: readonly T[]): T[] {
  return [...entries].sort(compareNewestFirst);
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Compares names the way a reader expects in a list (case and accents aside, numbers by value). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** A copy of `entries`, by title A–Z, then slug. */
export function byTitle<T extends CaseStudy>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compareNames(a.data.title, b.data.title) || compareNames(a.id, b.id));
}

/** Most recently started first; the same year newest published first. */
export function byYearStarted<T extends CaseStudy>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.started - a.data.started || compareNewestFirst(a, b));
}

/** The orders the list of all case studies is published in, each at its own static URL. */
export const caseStudyOrders = ['newest', 'a-z', 'year-started'] as const;
export type CaseStudyOrder = (typeof caseStudyOrders)[number];

/** A copy of `entries` in `order`. */
export function inOrder<T extends CaseStudy>(entries: readonly T[], order: CaseStudyOrder): T[] {
  if (order === 'a-z') return byTitle(entries);
  if (order === 'year-started') return byYearStarted(entries);
  return newestFirst(entries);
}
