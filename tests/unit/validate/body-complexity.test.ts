/**
 * One verdict, whatever the machine's load (issue 12): a body the Markdown reader cannot read in
 * bounded time is refused from its text alone (src/validate/body-complexity.ts), at the paragraph
 * or line that costs most, before anything parses it; the largest legitimate bodies are accepted,
 * also while every core is busy. The figures behind the limits: scripts/bench/markdown-complexity.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  bodyComplexity,
  complexityProblem,
  maxContainerDepth,
  maxParseSteps,
} from '../../../src/validate/body-complexity.ts';
import { stopBodyWorker, waitForBodyWorker } from '../../../src/validate/bounded-body.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { maxFileBytes } from '../../../src/content/limits.ts';
import { caseStudy } from './scratch-library.ts';

const head = caseStudy({ body: '## Context\n\nThe council worked with its anchor institutions.\n\n' });
/** The body's first line: the line after `head`. */
const bodyLine = head.split('\n').length;

const scratch = mkdtempSync(path.join(tmpdir(), 'cwb-complexity-'));
beforeAll(() => {
  waitForBodyWorker();
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await stopBodyWorker();
});

let libraries = 0;
/** Validates files (name → text) as one library. */
function validate(files: Record<string, string>) {
  const root = path.join(scratch, `library-${++libraries}`);
  mkdirSync(path.join(root, 'case-studies'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'case-studies', name), text);
  return validateLibrary(root);
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));
/** `unit` repeated, in lines of at most 80 characters: one paragraph. */
const paragraph = (unit: string, bytes: number) =>
  repeat(unit, bytes)
    .match(/[\s\S]{1,80}/g)!
    .join('\n');
/** Text in lines of at most 80 characters, broken between words. */
const wrap = (text: string) => text.replace(/(.{1,79})(?: |$)/g, '$1\n').trimEnd();

interface Pathological {
  name: string;
  kind?: 'md' | 'mdx';
  /** Lines before the complex part, after `head`. */
  before?: string;
  text: string;
  /** Words of the message: what to simplify. */
  says: string;
  /** The problem's line in `text`, counting from 0: where containers first end, for those. */
  at?: number;
}

const pathological: Pathological[] = [
  { name: 'emphasis marks that never match', text: paragraph('*a_ ', 24_000), says: 'emphasis marks' },
  { name: 'strikethrough marks in MDX', kind: 'mdx', text: repeat('~a', 24_000), says: 'emphasis marks' },
  { name: 'closing brackets without openers', text: repeat('a]', 24_000), says: 'closing brackets' },
  {
    name: 'an open bracket, then many words',
    before: 'A first paragraph.\n\n',
    text: `[${repeat('word ', 60_000)}`,
    says: 'open brackets',
  },
  {
    name: 'brackets nested thousands deep',
    text: `${'['.repeat(12_000)}a${']'.repeat(12_000)}`,
    says: 'closing brackets',
  },
  { name: 'backticks that do not pair up', text: repeat('\\``', 24_000), says: 'backticks' },
  { name: 'unclosed HTML comments', text: `</${repeat('<!--', 24_000)}`, says: '< signs' },
  { name: 'link titles never closed', kind: 'mdx', text: repeat('[a](b (', 24_000), says: 'paragraph has' },
  {
    name: 'code spans in one endless paragraph',
    text: repeat('use `x` and ``y`` ', 200_000),
    says: 'split it into shorter paragraphs',
  },
  {
    name: 'list items that end nested lists, thousands of times',
    text: repeat('- - a\n', 40_000),
    says: 'lists and block quotes end',
    at: 1,
  },
  {
    name: 'block quotes, each ended by a blank line',
    text: repeat('> a\n\n', 60_000),
    says: 'lists and block quotes end',
    at: 1,
  },
  {
    name: 'lazy lines under block quotes',
    text: repeat('> > a\n> b\n', 40_000),
    says: 'lists and block quotes end',
    at: 1,
  },
  { name: 'underlined headings', text: repeat('a\n=\n', 30_000), says: 'lists and block quotes end', at: 1 },
  {
    name: 'block quotes nested deeper than the limit',
    before: 'Text.\n\n',
    text: `${'> '.repeat(maxContainerDepth + 1)}a\n`,
    says: `more than ${maxContainerDepth}`,
  },
  {
    name: 'many definitions, many references',
    text: `${Array.from({ length: 3000 }, (_, index) => `[${index}]: u`).join('\n')}\n\n${repeat('[0] [1] [2] [3]\n\n', 60_000)}`,
    says: 'link definitions',
  },
];

describe('a body too complex to read in bounded time is refused from its text, where it is complex', () => {
  test.each(pathological)('$name', ({ kind = 'md', before = '', text, says, at = 0 }) => {
    const body = '\n'.repeat(bodyLine - 1) + before + text;
    const line = bodyLine + before.split('\n').length - 1 + at;

    const found = complexityProblem('a.md', body, kind);
    const { problems } = validate({ [`a.${kind}`]: head + before + text });

    expect(found).toMatchObject({ rule: 'too-complex', line, column: 1 });
    expect(found?.message).toContain(says);
    const complex = problems.filter((item) => item.rule === 'too-complex');
    expect(complex.map((item) => [item.line, item.column, item.message])).toEqual([[line, 1, found!.message]]);
  });
});

/** The largest legitimate bodies: 256 KB of prose, a 200 KB table and a page of 2,000 links. */
function legitimateFiles(): Record<string, string> {
  const sentence = (index: number) =>
    `The council and its *anchor institutions* moved their spending to **local suppliers**, as [report ${index}](https://example.org/reports/${index}) explains, using \`procurement\` rules<sup>${index % 9}</sup>. `;
  let prose = head;
  for (let index = 0; Buffer.byteLength(prose) < maxFileBytes - 1200; index++) {
    if (index % 40 === 0) prose += `## Section ${index / 40}\n\n`;
    prose += wrap(`${sentence(index)}${sentence(index + 1)}${sentence(index + 2)}`) + '\n\n';
  }
  let table = `${head}| Year | Spend | Share | Source |\n| --- | ---: | :---: | --- |\n`;
  for (let index = 0; Buffer.byteLength(table) < 200 * 1024; index++) {
    table += `| ${2000 + (index % 25)} | £${index % 1000}m | **${index % 100}%** | [report ${index}](https://example.org/r/${index}) |\n`;
  }
  const links =
    head +
    Array.from(
      { length: 2000 },
      (_, index) => `- [Case study number ${index} about a place](https://example.org/case-studies/${index}/)`,
    ).join('\n') +
    '\n';
  return { 'prose.md': prose, 'table.md': table, 'links.md': links };
}

test('the largest legitimate bodies are accepted, well within the count', () => {
  const files = legitimateFiles();
  expect(Buffer.byteLength(files['prose.md']!)).toBeGreaterThan(maxFileBytes - 2000);
  expect(Buffer.byteLength(files['prose.md']!)).toBeLessThanOrEqual(maxFileBytes);
  expect(Buffer.byteLength(files['table.md']!)).toBeGreaterThanOrEqual(200 * 1024);

  for (const [name, text] of Object.entries(files)) {
    const body = '\n'.repeat(bodyLine - 1) + text.slice(head.length);
    // A tenth of the limit or less, as micromark reads them, in Markdown and in MDX.
    for (const kind of ['md', 'mdx'] as const)
      expect(bodyComplexity(body, kind, { limit: Infinity, count: 'exact' }).steps, `${name} as ${kind}`).toBeLessThan(
        maxParseSteps / 10,
      );
  }
  expect(validate(files).problems).toEqual([]);
}, 60_000);

/** Keeps every core busy until `stop` is called: the load of a machine shared with other work. */
function busyEveryCore(): { stop: () => Promise<void> } {
  const stopFlag = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from(
    { length: availableParallelism() },
    () =>
      new Worker('const { flag } = require("node:worker_threads").workerData; while (Atomics.load(flag, 0) === 0) {}', {
        eval: true,
        workerData: { flag: stopFlag },
      }),
  );
  return {
    async stop() {
      Atomics.store(stopFlag, 0, 1);
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

test('the same verdicts while every core is busy: legitimate bodies accepted, a complex one refused alike', async () => {
  const files = legitimateFiles();
  const complex = head + paragraph('*a_ ', 24_000);
  const expected = complexityProblem('a.md', '\n'.repeat(bodyLine - 1) + paragraph('*a_ ', 24_000), 'md')!;
  const busy = busyEveryCore();
  try {
    for (let round = 0; round < 3; round++) {
      const { problems } = validate({ ...files, 'complex.md': complex });
      expect(
        problems.map((item) => [path.basename(item.file), item.rule, item.line, item.column, item.message]),
      ).toEqual([['complex.md', 'too-complex', expected.line, expected.column, expected.message]]);
    }
  } finally {
    await busy.stop();
  }
}, 240_000);

test('the rough count is never under the exact count, so the shortcut through it never changes a verdict', () => {
  const pieces = [
    '*',
    '_',
    '~',
    '[',
    ']',
    '(',
    ')',
    '<',
    '>',
    '!',
    '`',
    '\\',
    '&',
    '"',
    "'",
    ' ',
    '\n',
    '\n\n',
    'a',
    'word ',
    '-',
    '|',
    ':',
    '{',
    '}',
    '> ',
    '- ',
    '  - ',
    '1. ',
    '<!--',
    '-->',
    '[^',
    '](',
    '][',
    '| a | b |\n| - | - |\n',
    '# ',
    '===\n',
    'www.a',
    '@',
  ];
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 })), { maxLength: 400 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(
      text,
      fc.constantFrom('md' as const, 'mdx' as const),
      fc.integer({ min: 1, max: 40 }),
      (body, kind, times) => {
        const repeated = body.repeat(times);
        const rough = bodyComplexity(repeated, kind, { count: 'rough' }).steps;
        const exact = bodyComplexity(repeated, kind, { limit: Infinity, count: 'exact' }).steps;
        expect(rough).toBeGreaterThanOrEqual(exact);
      },
    ),
    { seed: 12, numRuns: 300 },
  );
});
