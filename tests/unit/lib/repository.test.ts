import { expect, test } from 'vitest';
import { editCaseStudyUrl, reportProblemUrl } from '../../../src/github/repository.ts';

const repository = { repositoryUrl: 'https://github.com/cwb-network/cwb-practice-library', branch: 'main' };

test('edits the case study’s own file on the configured branch', () => {
  expect(editCaseStudyUrl(repository, 'preston-health-and-wellbeing-evaluation.mdx')).toBe(
    'https://github.com/cwb-network/cwb-practice-library/edit/main/content/case-studies/preston-health-and-wellbeing-evaluation.mdx',
  );
  expect(editCaseStudyUrl({ repositoryUrl: 'https://github.com/a/b/', branch: 'release/2025' }, 'x.md')).toBe(
    'https://github.com/a/b/edit/release/2025/content/case-studies/x.md',
  );
});

test('reports a problem through the issue form, with the page’s title and address filled in', () => {
  const url = new URL(
    reportProblemUrl(repository, {
      title: 'Preston & Lancashire: "anchors"',
      url: 'https://example.org/case-studies/preston/',
    }),
  );

  expect(url.origin + url.pathname).toBe('https://github.com/cwb-network/cwb-practice-library/issues/new');
  expect(url.searchParams.get('template')).toBe('report-a-problem.yml');
  expect(url.searchParams.get('title')).toBe('Problem with "Preston & Lancashire: "anchors""');
  expect(url.searchParams.get('page')).toBe('https://example.org/case-studies/preston/');
});
