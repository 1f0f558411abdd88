/**
 * Links from a page to the repository that holds its content: "Edit this page" opens the file in
 * GitHub's editor (which offers a fork and a pull request to people without write access), and
 * "Report a problem" opens the issue form `.github/ISSUE_TEMPLATE/report-a-problem.yml` with the
 * page's title and address filled in.
 */

/** Where the content lives: the repository's web address (no trailing slash) and the branch to edit. */
export interface Repository {
  repositoryUrl: string;
  branch: string;
}

/** The issue form a "Report a problem" link opens (fixed name, see CONTRIBUTING.md). */
export const reportProblemTemplate = 'report-a-problem.yml';

const trimSlashes = (url: string) => url.replace(/\/+$/, '');
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** GitHub's editor for `content/case-studies/<fileName>` on the configured branch. */
export function editCaseStudyUrl(repository: Repository, fileName: string): string {
  return `${trimSlashes(repository.repositoryUrl)}/edit/${encodePath(repository.branch)}/content/case-studies/${encodeURIComponent(fileName)}`;
}

/** GitHub's editor for `content/guides/<fileName>` on the configured branch (docs/public-interface.md §10). */
export function editGuideUrl(repository: Repository, fileName: string): string {
  return `${trimSlashes(repository.repositoryUrl)}/edit/${encodePath(repository.branch)}/content/guides/${encodeURIComponent(fileName)}`;
}

/**
 * A new issue from the "Report a problem" form, titled after the page and with the page's absolute
 * address in the form's `page` field, so the reporter only has to say what is wrong.
 */
export function reportProblemUrl(repository: Repository, page: { title: string; url: string }): string {
  const params = new URLSearchParams({
    template: reportProblemTemplate,
    title: `Problem with "${page.title}"`,
    page: page.url,
  });
  return `${trimSlashes(repository.repositoryUrl)}/issues/new?${params.toString()}`;
}
