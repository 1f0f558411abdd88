import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { readCaseStudies, readGuides, type ReadMemo } from '../../../src/content/library.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

// A copy of the sample library, edited below.
const root = mkdtempSync(path.join(tmpdir(), 'cwb-read-memo-'));
cpSync(path.resolve('content'), root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const caseStudies = path.join(root, 'case-studies');
const files = readdirSync(caseStudies)
  .filter((name) => /^[^_].*\.md$/.test(name))
  .sort();

test('read through a memo, a library reads as without it, after edits, a removal and a broken file too', () => {
  const taxonomy = loadTaxonomy(root, { fresh: true });
  const memo: ReadMemo = new Map();
  const plain = () => readCaseStudies(root, taxonomy, { includeDrafts: true });
  const memoised = () => readCaseStudies(root, taxonomy, { includeDrafts: true, memo });

  expect(memoised()).toEqual(plain());
  const first = memoised();
  // Unchanged files come back as they were read, not read again.
  const again = memoised();
  expect(again.entries[0]!.data).toBe(first.entries[0]!.data);

  const edited = path.join(caseStudies, files[0]!);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: *.+$/m, 'title: "A title changed since"'));
  rmSync(path.join(caseStudies, files[1]!));
  const broken = path.join(caseStudies, files[2]!);
  writeFileSync(broken, readFileSync(broken, 'utf8').replace(/^title: *.+$/m, 'title: [unclosed'));
  const after = memoised();
  expect(after).toEqual(plain());
  expect(after.entries.find((entry) => entry.file.path === edited)!.data.title).toBe('A title changed since');
  expect(after.problems.some((line) => line.startsWith(`${files[2]}:`))).toBe(true);
  expect(memo.has(path.join(caseStudies, files[1]!))).toBe(false);
  // Drafts are left out after the memo, as without it.
  expect(readCaseStudies(root, taxonomy, { memo })).toEqual(readCaseStudies(root, taxonomy));
  const guideMemo: ReadMemo = new Map();
  expect(readGuides(root, taxonomy, { includeDrafts: true, memo: guideMemo })).toEqual(
    readGuides(root, taxonomy, { includeDrafts: true }),
  );
});
