/**
 * The monthly issue listing the case studies due for review (docs/public-interface.md §11): the
 * listed case studies whose facts were last checked more than 24 months ago, oldest first, each
 * with its page and a link that edits it. Pure: `scripts/review-due.ts` reads the library and the
 * workflow `.github/workflows/review-due.yml` opens or updates the issue with this text.
 */
import type { CaseStudyData } from '../schema/case-study.ts';
import { dueForReview, factsCheckedOn, isWithdrawn, reviewAfterMonths } from './still-true.ts';

/** What the issue needs of a case study. */
export interface ReviewCandidate {
  slug: string;
  /** The file's name, such as `preston.md`, for its edit link. */
  fileName: string;
  data: Pick<CaseStudyData, 'title' | 'published' | 'updated' | 'reviewed' | 'withdrawn'>;
}

/** One case study due for review. */
export interface DueCase {
  slug: string;
  fileName: string;
  title: string;
  checkedOn: string;
}

/** The listed case studies due for review on `today`, oldest check first, then by slug. */
export function dueCases(candidates: readonly ReviewCandidate[], today: string): DueCase[] {
  return candidates
    .filter((candidate) => !isWithdrawn(candidate.data) && dueForReview(candidate.data, today))
    .map((candidate) => ({
      slug: candidate.slug,
      fileName: candidate.fileName,
      title: candidate.data.title,
      checkedOn: factsCheckedOn(candidate.data),
    }))
    .sort((a, b) => (a.checkedOn === b.checkedOn ? (a.slug < b.slug ? -1 : 1) : a.checkedOn < b.checkedOn ? -1 : 1));
}

/** The month of `today` in words: "December 2026". */
export function monthOf(today: string): string {
  return new Date(`${today.slice(0, 7)}-01T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The issue's title: one a month, which the workflow finds again by its label to update it. */
export const reviewIssueTitle = (today: string) => `Case studies due for review: ${monthOf(today)}`;

/** The label the workflow puts on the issue, and finds it by. */
export const reviewIssueLabel = 'review-due';

/** A Markdown table cell: no line breaks, pipes escaped. */
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/**
 * The issue's text: what to do, then a task list of the case studies due, each with its page, the
 * date its facts were last checked and the link that edits its file. Links are built by the caller
 * (`pageUrl`, `editUrl`), so that they follow the deployment and the repository's settings.
 */
export function reviewIssueBody(
  due: readonly DueCase[],
  {
    today,
    pageUrl,
    editUrl,
  }: { today: string; pageUrl: (slug: string) => string; editUrl: (fileName: string) => string },
): string {
  const intro = [
    `Case studies whose facts were last checked more than ${reviewAfterMonths} months before ${today}. Their pages now say so to readers.`,
    '',
    'For each: check the facts against its sources (and newer ones), then edit the file and set `reviewed:` to the day you checked. If the practice no longer stands, add `withdrawn:` with the date, the reason and, if there is one, the case study that replaces it (see `content/case-studies/_template.md`).',
    '',
    'This issue is written by the monthly "Case studies due for review" workflow, which updates it each month: tick a box when you have opened a pull request.',
    '',
  ];
  if (due.length === 0) return [...intro, 'No case study is due for review this month.', ''].join('\n');
  return [
    ...intro,
    `${due.length === 1 ? '1 case study is' : `${due.length} case studies are`} due:`,
    '',
    ...due.map(
      (item) =>
        `- [ ] [${cell(item.title)}](${pageUrl(item.slug)}): facts last checked ${item.checkedOn} · [edit ${cell(item.fileName)}](${editUrl(item.fileName)})`,
    ),
    '',
  ].join('\n');
}
