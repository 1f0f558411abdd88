import path from 'node:path';
import { expect, test } from 'vitest';
import { formatGithub, formatJson, formatText, printable, summarise } from '../../../src/validate/format.ts';
import type { Problem } from '../../../src/content/problem.ts';

const cwd = path.resolve('/library');
const at = (file: string, extra: Partial<Problem> = {}): Problem => ({
  file: path.join(cwd, file),
  line: 4,
  column: 9,
  severity: 'error',
  message: 'region "North-West" is not a region id; did you mean "north-west"?',
  rule: 'region',
  ...extra,
});

test('text lines are path:line:column: severity: message [rule], relative with forward slashes', () => {
  expect(formatText([at('content/case-studies/preston.md')], cwd)).toBe(
    'content/case-studies/preston.md:4:9: error: region "North-West" is not a region id; did you mean "north-west"? [region]',
  );
});

test('a file outside the working directory is shown by its absolute path', () => {
  const outside = { ...at('x.md'), file: path.resolve('/elsewhere/case-studies/x.md') };

  expect(formatText([outside], cwd)).toMatch(/^\/elsewhere\/case-studies\/x\.md:4:9: error: /);
});

test('github annotations escape %, CR and LF in the message, and also : and , in properties', () => {
  const problem = at('content/case-studies/a,b:c.md', { message: '100% sure\r\nreally', severity: 'warning' });

  expect(formatGithub([problem], cwd)).toBe(
    '::warning file=content/case-studies/a%2Cb%3Ac.md,line=4,col=9::100%25 sure%0D%0Areally [region]',
  );
});

test('json is an array of { file, line, column, severity, message, rule }', () => {
  const parsed = JSON.parse(formatJson([at('content/case-studies/preston.md')], cwd));

  expect(parsed).toEqual([
    {
      file: 'content/case-studies/preston.md',
      line: 4,
      column: 9,
      severity: 'error',
      message: 'region "North-West" is not a region id; did you mean "north-west"?',
      rule: 'region',
    },
  ]);
});

test('the summary counts errors, warnings and affected files', () => {
  const problems = [at('a.md'), at('a.md', { line: 5 }), at('b.md', { severity: 'warning' })];

  expect(summarise(problems, 23)).toBe('2 errors and 1 warning in 2 of 23 files');
  expect(summarise(problems.slice(0, 1), 23)).toBe('1 error in 1 of 23 files');
  expect(summarise([], 23)).toBe('23 files checked, no problems');
  expect(summarise([], 1)).toBe('1 file checked, no problems');
});

test('text lines escape control characters, line separators and bidirectional overrides in names and messages', () => {
  const problem = at('content/case-studies/a\n::error::b\u2028c.md', {
    message: 'quoted "\u001b[31mred\u202e\ttab\r"',
  });

  expect(formatText([problem], cwd)).toBe(
    'content/case-studies/a\\n::error::b\\u2028c.md:4:9: error: quoted "\\u001b[31mred\\u202e\\ttab\\r" [region]',
  );
  expect(printable('Caerdydd – ŵ ŷ, 100%')).toBe('Caerdydd – ŵ ŷ, 100%');
});

test('github annotations write other control characters as escapes, which GitHub shows as text', () => {
  const problem = at('x.md', { message: 'a\u0007bell\u202eover' });

  expect(formatGithub([problem], cwd)).toBe('::error file=x.md,line=4,col=9::a\\u0007bell\\u202eover [region]');
});
