/**
 * How-to guides (docs/public-interface.md §10) are checked with the same care as case studies: each bad
 * guide in tests/fixtures/validate/guide-rules/guides/ is one kind of mistake, reported with its
 * rule, line and column as written, whether the guide is validated alone or with its library.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';

const root = fileURLToPath(new URL('../../fixtures/validate/guide-rules/', import.meta.url));
const stray = fileURLToPath(new URL('../../fixtures/validate/guides-stray/', import.meta.url));
const guide = (name: string) => path.join(root, 'guides', name);

type Expected = [rule: string, line: number, column: number];

const cases: { fixture: string; errors: Expected[]; says?: string }[] = [
  { fixture: 'cases-absent.md', errors: [['cases', 1, 1]], says: 'cases is required' },
  { fixture: 'cases-empty.md', errors: [['cases', 5, 8]], says: 'at least one case study' },
  { fixture: 'cases-repeated.md', errors: [['cases', 5, 18]], says: '"preston" twice' },
  { fixture: 'cases-unknown.md', errors: [['cases', 5, 9]], says: 'did you mean "preston"?' },
  { fixture: 'cases-draft.md', errors: [['cases', 5, 18]], says: '"leeds-draft" is a draft' },
  { fixture: 'unknown-key.md', errors: [['unknown-key', 6, 1]], says: 'unknown key "place"' },
  { fixture: 'theme-unknown.md', errors: [['themes', 4, 10]], says: 'did you mean "procurement"?' },
  { fixture: 'published-impossible.md', errors: [['published', 6, 12]], says: 'not a real date' },
  { fixture: 'updated-before-published.md', errors: [['updated', 7, 10]] },
  { fixture: 'email-in-body.md', errors: [['email-address', 12, 20]] },
  { fixture: 'email-in-frontmatter.md', errors: [['email-address', 7, 16]] },
  { fixture: 'html-script.md', errors: [['html-element', 13, 1]], says: '<script>' },
  { fixture: 'mdx-import.mdx', errors: [['mdx-import-export', 9, 1]], says: 'import' },
  {
    fixture: 'link-missing-case-study.md',
    errors: [['link-target', 13, 12]],
    says: 'did you mean "../../case-studies/preston/"?',
  },
  { fixture: 'link-missing-guide.md', errors: [['link-target', 13, 6]], says: 'did you mean "../good-guide/"?' },
  { fixture: 'translation-missing.md', errors: [['translationOf', 7, 16]], says: 'is not a guide in this library' },
];

describe('each kind of bad guide is reported with its rule, line and column', () => {
  test.each(cases)('$fixture', ({ fixture, errors, says }) => {
    const report = validateLibrary(root, { paths: [guide(fixture)] });

    const found = report.problems.filter((item) => item.severity === 'error');
    expect(found.map((item) => [item.rule, item.line, item.column])).toEqual(errors);
    for (const item of found) expect(item.file).toBe(guide(fixture));
    if (says) expect(found[0]?.message).toContain(says);
  });
});

test('the whole library reports each bad guide once, and nothing in the good ones or the case studies', () => {
  const report = validateLibrary(root);

  const byFile = Map.groupBy(report.problems, (item) => path.basename(item.file));
  expect([...byFile.keys()].sort()).toEqual(cases.map((item) => item.fixture).sort());
  expect(report.errorCount).toBe(cases.reduce((sum, item) => sum + item.errors.length, 0));
  // A case study's link into a guide's page (and a heading of its text) is judged against the guide.
  expect(report.files).toContain(path.join(root, 'case-studies', 'preston.md'));
  expect(report.files).toContain(guide('good-guide.md'));
});

test('a guides folder holds guides only: every other file and folder is named, and a bad slug', () => {
  const report = validateLibrary(stray);

  expect(report.problems.map((item) => [path.basename(item.file), item.rule])).toEqual([
    ['Bad_Slug.md', 'slug'],
    ['Upper.MD', 'unexpected-file'],
    ['drafts', 'unexpected-file'],
    ['notes.txt', 'unexpected-file'],
  ]);
  expect(report.problems.find((item) => item.file.endsWith('notes.txt'))?.message).toContain(
    'only guides (.md or .mdx) belong in guides/',
  );
});

test('a library without a guides folder has no guides, and no problem for it', () => {
  const good = fileURLToPath(new URL('../../fixtures/validate/good/', import.meta.url));
  const report = validateLibrary(good);

  expect(report.files.length).toBeGreaterThan(0);
  expect(report.files.every((file) => file.startsWith(path.join(good, 'case-studies') + path.sep))).toBe(true);
  expect(report.errorCount).toBe(0);
});
