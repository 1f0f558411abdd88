/**
 * Whether a case study is still true (docs/public-interface.md §11): when its facts were last
 * checked, whether that is long enough ago to say so, and whether it has been withdrawn. Pure: the
 * build hands in its own date, so that a test can say what any day would show.
 */
import type { CaseStudyData } from '../schema/case-study.ts';
import type { CaseStudy } from './case-studies.ts';

/** How long facts stay fresh: a case study last checked longer ago says so in a notice. */
export const reviewAfterMonths = 24;

/** True when the case study has been withdrawn: kept at its address, left out of lists, search and feeds. */
export const isWithdrawn = (data: Pick<CaseStudyData, 'withdrawn'>): boolean => data.withdrawn !== undefined;

/** The case studies that are listed: every published one that is not withdrawn, in the given order. */
export function listed<T extends CaseStudy>(entries: readonly T[]): T[] {
  return entries.filter((entry) => !isWithdrawn(entry.data));
}

/**
 * The day its facts were last checked: `reviewed` when an editor gave it, else the last day they
 * were written (updated, else published).
 */
export function factsCheckedOn(data: Pick<CaseStudyData, 'reviewed' | 'updated' | 'published'>): string {
  return [data.reviewed, data.updated, data.published]
    .filter((day) => day !== undefined)
    .sort()
    .at(-1)!;
}

/** `YYYY-MM-DD` of the day `months` calendar months before `today` (the last day of a shorter month). */
export function monthsBefore(today: string, months: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const [toYear, toMonth] = [Math.floor(total / 12), total % 12];
  const lastDay = new Date(Date.UTC(toYear, toMonth + 1, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${toYear}-${pad(toMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}

/** True when the facts were last checked more than {@link reviewAfterMonths} months before `today`. */
export function dueForReview(
  data: Pick<CaseStudyData, 'reviewed' | 'updated' | 'published'>,
  today: string,
  months: number = reviewAfterMonths,
): boolean {
  return factsCheckedOn(data) < monthsBefore(today, months);
}
