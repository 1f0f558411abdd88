/**
 * Turns an issue made with the "Share a case study" form into a case-study file, and checks that
 * file with the validator exactly as `npm run validate` would, inside a copy of the library.
 *
 *   node scripts/issue-to-file.ts --event "$GITHUB_EVENT_PATH" --out DIR
 *   node scripts/issue-to-file.ts --body-file issue.md [--published 2025-06-01] [--out DIR]
 *
 * It only reads the issue as data: nothing in it is run. With --out it writes to DIR:
 *   result.json   { status: "valid" | "invalid" | "not-a-case-study", slug, title, issue }
 *   <slug>.md     the case-study file (valid or not)
 *   comment.md    when invalid: the reply for the issue, every problem in the contributor's words
 *                 and the form's language (the validator's messages, with lines, go to the log)
 * and, inside GitHub Actions, `status` and `slug` as step outputs. It exits 0 whenever it could
 * read the issue (the status says what it found), and 1 when it could not.
 *
 * The GitHub workflow `.github/workflows/case-study-from-issue.yml` runs it in a job without
 * write permissions or secrets; another job opens the pull request from DIR.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  answerProblems,
  caseStudyFromIssue,
  isShareIssue,
  problemsComment,
  shareQuestionLabel,
} from '../src/github/issue-form.ts';
import { problemWords } from '../src/i18n/index.ts';
import { capitalise } from '../src/i18n/shared.ts';
import type { ContributorProblem } from '../src/lib/contributor-problems.ts';
import { caseStudyFields } from '../src/schema/case-study.ts';
import { today } from '../src/lib/case-study-file.ts';
import { caseStudiesDir, contentRoot, loadTaxonomy, taxonomyDir } from '../src/schema/load-taxonomy.ts';
import { validateLibrary } from '../src/validate/index.ts';
import { readCaseStudies } from '../src/content/library.ts';

const usage = `Usage: node scripts/issue-to-file.ts (--event FILE | --body-file FILE) [--published YYYY-MM-DD] [--out DIR]`;

function fail(message: string): never {
  process.stderr.write(`issue-to-file: ${message}\n${usage}\n`);
  process.exit(1);
}

let values;
try {
  values = parseArgs({
    options: {
      event: { type: 'string' },
      'body-file': { type: 'string' },
      published: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

let body: string;
let issueNumber: number | undefined;
let published = values.published;
if (values.event) {
  const event = JSON.parse(readFileSync(values.event, 'utf8')) as {
    issue?: { body?: string | null; number?: number; created_at?: string };
  };
  if (!event.issue) fail(`${values.event} is not an issue event`);
  body = event.issue.body ?? '';
  issueNumber = event.issue.number;
  published ??= event.issue.created_at?.slice(0, 10);
} else if (values['body-file']) {
  body = readFileSync(values['body-file'], 'utf8');
} else {
  fail('give the issue with --event or --body-file');
}
published ??= today('utc');

const out = values.out ? path.resolve(values.out) : undefined;
if (out) mkdirSync(out, { recursive: true });

function finish(
  result: { status: 'valid' | 'invalid' | 'not-a-case-study'; slug?: string; title?: string },
  files: Record<string, string> = {},
): never {
  if (out) {
    writeFileSync(path.join(out, 'result.json'), `${JSON.stringify({ ...result, issue: issueNumber }, null, 2)}\n`);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(out, name), text);
  }
  if (process.env.GITHUB_OUTPUT)
    appendFileSync(process.env.GITHUB_OUTPUT, `status=${result.status}\nslug=${result.slug ?? ''}\n`);
  process.exit(0);
}

if (!isShareIssue(body)) {
  process.stdout.write('This issue was not made with the "Share a case study" form: nothing to do.\n');
  finish({ status: 'not-a-case-study' });
}

const root = contentRoot();
const libraryDir = caseStudiesDir(root);
const existingSlugs = new Set(
  (existsSync(libraryDir) ? readdirSync(libraryDir) : [])
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
    .map((name) => name.replace(/\.mdx?$/, '')),
);
const taxonomy = loadTaxonomy(root);
// Titles, for related case studies named by title and for a title the library has already.
const library = readCaseStudies(root, taxonomy, { includeDrafts: true }).entries.map((entry) => ({
  slug: entry.slug,
  title: entry.data.title,
}));
const converted = caseStudyFromIssue(body, taxonomy, {
  published,
  existingSlugs,
  library,
  words: { en: problemWords('en'), cy: problemWords('cy') },
});
const relative = `content/case-studies/${converted.slug}.md`;

// Validate the file as part of a copy of the library, so that related and translated case
// studies are found, without touching the library itself.
const scratch = mkdtempSync(path.join(tmpdir(), 'cwb-issue-'));
let report;
try {
  cpSync(libraryDir, caseStudiesDir(scratch), { recursive: true });
  if (existsSync(taxonomyDir(root))) cpSync(taxonomyDir(root), path.join(scratch, 'taxonomy'), { recursive: true });
  const file = path.join(caseStudiesDir(scratch), `${converted.slug}.md`);
  writeFileSync(file, converted.text);
  report = validateLibrary(scratch, { paths: [file] });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const messages = report.problems.map(
  (problem) =>
    `${relative}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message} [${problem.rule}]`,
);
const title = String(converted.frontmatter.title ?? '');
if (report.errorCount === 0 && converted.problems.length === 0) {
  process.stdout.write(`Valid: ${relative}\n${messages.map((line) => `${line}\n`).join('')}`);
  finish({ status: 'valid', slug: converted.slug, title }, { [`${converted.slug}.md`]: converted.text });
}
process.stdout.write(
  `Not valid yet: ${relative}\n${[...converted.problems, ...messages].map((line) => `${line}\n`).join('')}`,
);
// The reply names each problem by its question, in plain words: the schema's and the prompts'
// from the answers themselves, and any other rule's (the text's links, headings, HTML…) under the
// question its line belongs to.
const words = problemWords(converted.lang);
const problems = answerProblems(converted, taxonomy, words);
const told = new Set([...caseStudyFields, 'unknown-key', 'unwritten-text', 'frontmatter']);
const bodyFirstLine =
  converted.text.split('\n').length - converted.text.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n').length + 1;
const others: ContributorProblem[] = report.problems
  .filter((problem) => problem.severity === 'error' && !told.has(problem.rule))
  .map((problem) => ({
    path: [],
    label: shareQuestionLabel(problem.line >= bodyFirstLine ? 'body' : 'title', converted.lang),
    message: `${capitalise(problem.message).replace(/\.?$/, '.')}`,
  }));
finish(
  { status: 'invalid', slug: converted.slug, title },
  {
    [`${converted.slug}.md`]: converted.text,
    'comment.md': problemsComment({
      words,
      lang: converted.lang,
      notes: converted.problems,
      problems: [...problems, ...others],
    }),
  },
);
