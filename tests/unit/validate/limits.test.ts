/**
 * Bounded work (issue 6): a case study far bigger than any real one is refused, with its size and
 * the limit, before it is parsed.
 */
import { expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';
import { maxFileBytes, maxFrontmatterBytes } from '../../../src/content/limits.ts';
import { caseStudyText } from '../../support/case-study.ts';
import { libraryWith } from './scratch-library.ts';

/** The minimal case study, with the body of tests/fixtures/validate/bad/email-in-body.md without its e-mail line. */
const valid = caseStudyText({
  body: '## Context\n\nThe council worked with its anchor institutions to spend more locally.\n\n',
});

/** The problems of a library holding one case study, `preston.md`, with the given text. */
function validate(text: string) {
  return validateLibrary(libraryWith({ 'preston.md': text }).root).problems;
}

const paragraph = 'The council and its anchor institutions moved their spending to local suppliers. ';

test('the limits are 256 KB for a file and 32 KB for its front matter', () => {
  expect(maxFileBytes).toBe(256 * 1024);
  expect(maxFrontmatterBytes).toBe(32 * 1024);
});

test('a file over 256 KB is refused with its size and the limit', () => {
  const text = valid + paragraph.repeat(Math.ceil(maxFileBytes / paragraph.length));

  const problems = validate(text);

  expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([['file-size', 1, 1]]);
  expect(problems[0]!.message).toMatch(/the file is 256\.\d KB; a case study may be at most 256 KB/);
});

test('a file just under 256 KB is read as usual', () => {
  const text = valid + '\n' + paragraph.repeat(Math.floor((maxFileBytes - valid.length - 1) / paragraph.length));

  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(maxFileBytes);
  expect(validate(text)).toEqual([]);
});

test('a file over 256 KB in multi-byte characters is measured in bytes', () => {
  const text = valid + 'Tŷ Ŵyn 🌱 '.repeat(Math.ceil(maxFileBytes / 10));

  expect(text.length).toBeLessThan(maxFileBytes * 1.1);
  expect(validate(text).map((item) => item.rule)).toEqual(['file-size']);
});

test('front matter over 32 KB is refused with its size and the limit', () => {
  const partners = Array.from({ length: 1200 }, (_, index) => `  - Partner organisation number ${index}`).join('\n');
  const text = valid.replace('published: 2025-01-15', `published: 2025-01-15\npartners:\n${partners}`);

  const problems = validate(text);

  expect(Buffer.byteLength(text)).toBeLessThan(maxFileBytes);
  expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([['frontmatter-size', 1, 1]]);
  expect(problems[0]!.message).toMatch(/the front matter is \d+(\.\d)? KB; it may be at most 32 KB/);
});

test('front matter nested more than 20 levels deep is refused unparsed, at the bracket that goes too deep', () => {
  const text = valid.replace('place: Preston', `place: ${'['.repeat(21)}Preston${']'.repeat(21)}`);

  const problems = validate(text);

  expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([['yaml-depth', 4, 28]]);
  expect(problems[0]!.message).toContain('more than 20 levels deep');
});

test('brackets inside quotes and comments do not count as nesting', () => {
  const text = valid.replace('place: Preston', `place: "${'['.repeat(30)}" # ${'{'.repeat(30)}`);

  expect(validate(text).map((item) => item.rule)).not.toContain('yaml-depth');
});
