import { describe, expect, test } from 'vitest';
import { dueCases, monthOf, reviewIssueBody, reviewIssueTitle } from '../../../src/lib/review-issue.ts';

const candidate = (slug: string, data: Record<string, unknown>) => ({
  slug,
  fileName: `${slug}.md`,
  data: { title: `The ${slug} case`, published: '2020-01-01', ...data },
});

describe('dueCases', () => {
  test('lists the listed case studies last checked more than 24 months ago, oldest first', () => {
    const due = dueCases(
      [
        candidate('fresh', { reviewed: '2026-01-01' }),
        candidate('updated-2023', { updated: '2023-05-01' }),
        candidate('never-checked', {}),
        candidate('withdrawn', { withdrawn: { date: '2024-01-01', reason: 'The scheme ended in 2023.' } }),
        candidate('just-in-time', { published: '2024-12-02' }),
      ],
      '2026-12-02',
    );

    expect(due).toEqual([
      { slug: 'never-checked', fileName: 'never-checked.md', title: 'The never-checked case', checkedOn: '2020-01-01' },
      { slug: 'updated-2023', fileName: 'updated-2023.md', title: 'The updated-2023 case', checkedOn: '2023-05-01' },
    ]);
  });
});

describe('reviewIssueBody', () => {
  const links = {
    today: '2026-12-02',
    pageUrl: (slug: string) => `https://example.org/case-studies/${slug}/`,
    editUrl: (file: string) => `https://github.com/o/r/edit/main/content/case-studies/${file}`,
  };

  test('lists each case study due with its page, the date last checked and a link that edits it', () => {
    const body = reviewIssueBody(
      [{ slug: 'preston', fileName: 'preston.md', title: 'Preston | anchors', checkedOn: '2022-03-04' }],
      links,
    );

    expect(body).toContain('1 case study is due:');
    expect(body).toContain(
      '- [ ] [Preston \\| anchors](https://example.org/case-studies/preston/): facts last checked 2022-03-04 · [edit preston.md](https://github.com/o/r/edit/main/content/case-studies/preston.md)',
    );
    expect(body).toContain('`reviewed:`');
  });

  test('says so when nothing is due', () => {
    expect(reviewIssueBody([], links)).toContain('No case study is due for review this month.');
  });

  test('is titled by the month, one issue a month', () => {
    expect(monthOf('2026-12-02')).toBe('December 2026');
    expect(reviewIssueTitle('2027-01-01')).toBe('Case studies due for review: January 2027');
  });
});
