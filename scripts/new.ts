/**
 * `npm run new`: asks for a case study's basics (or takes them from flags) and writes
 * `content/case-studies/<slug>.md` from the template `content/case-studies/_template.md`, keeping
 * the template's notes, with a placeholder summary and source left for the contributor. The file
 * it writes passes `npm run validate` once those are filled in; it never overwrites a file.
 *
 *   npm run new
 *   npm run new -- --title "..." --place "..." --region <id> --organisation "..." --type <id> \
 *     --theme <id> [--theme <id>] --started <year> [--topic <id>] [--status <id>] [--lang en|cy] \
 *     [--country <code>] [--slug <slug>] [--dir <content root>]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import yaml from 'js-yaml';
import { fail, readFlags } from './cli.ts';
import { createCaseStudySchema, slugMaxLength } from '../src/schema/case-study.ts';
import { languageChoices } from '../src/schema/languages.ts';
import { caseStudiesDir, contentRoot, defaultContentRoot, loadTaxonomy } from '../src/schema/load-taxonomy.ts';
import { slugProblem as slugFormatProblem } from '../src/schema/slug.ts';
import { labelOf, type Language, type Taxonomy } from '../src/schema/taxonomy.ts';
import {
  answerValue,
  fillTemplate,
  frontmatterFromAnswers,
  recommendedBody,
  slugFromTitle,
  today,
} from '../src/lib/case-study-file.ts';
import { scaffoldQuestions, type ScaffoldQuestion } from '../src/lib/scaffold-questions.ts';
import { quotedPrompt, unwrittenPassages } from '../src/lib/unwritten-text.ts';
import { contributeWords } from '../src/i18n/index.ts';

// `npm run new -- --guide` writes a how-to guide instead (docs/public-interface.md §10): scripts/new-guide.ts.
if (process.argv.slice(2).includes('--guide')) {
  await (await import('./new-guide.ts')).newGuide(process.argv.slice(2));
  process.exit(process.exitCode ?? 0);
}

/**
 * The template ships with the code rather than being read from CONTENT_DIR, so that every
 * library gets the same, known-good structure and notes.
 */
const templatePath = path.join(caseStudiesDir(defaultContentRoot), '_template.md');

/** The questions, from the field descriptions that have `cli`: one flag each, then the command's own. */
const questions = scaffoldQuestions();

/**
 * What the command writes into the file and says when it is done, in the language of the text
 * (`--lang cy` writes Welsh notes as well as Welsh headings): the catalogues' `contribute_newCommand_*`.
 */
const doneWords = (lang: Language) => contributeWords(lang).newCommand;

const flags = {
  ...Object.fromEntries(
    questions.map((question) => [question.flag, { type: 'string' as const, multiple: question.multiple }]),
  ),
  slug: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usageText = `Writes a new case-study file from the basics you give it.

In a terminal, run it without options and answer the questions:
  npm run new

Or give every basic as an option (for scripts, and wherever no one can answer questions):
  npm run new -- --title "Preston's anchor institutions buy local" --place Preston \\
    --region north-west --organisation "Preston City Council" --type district-council \\
    --theme procurement --theme workforce --started 2013

Required:  --title, --place, --region <id>, --organisation, --type <organisation type id>,
           --theme <id> (one to five; repeat it, or separate ids with commas), --started <year>
           --country <code> as well when --region is outside-uk (such as US)
Optional:  --topic <id> (repeatable), --status <id> (default ongoing), --lang en|cy (default en),
           --slug <file name without .md> (default: from the title),
           --dir <content folder> (default: CONTENT_DIR, else content/)
Ids and their labels are in content/taxonomy/*.yml and on the site's /contribute/ page.`;

/** The usage, with a line for each question's flag that the text above does not name. */
const usage = [
  usageText,
  ...questions
    .filter((question) => !new RegExp(`--${question.flag}\\b`).test(usageText))
    .map(
      (question) =>
        `Also:      --${question.flag} <${question.kind === 'number' ? 'number' : 'text'}>: ${question.message}`,
    ),
].join('\n');

/** The answers so far, by field name: each checked by the schema as it came. */
type Answers = Record<string, unknown>;

/** The flags given: a question's flag holds text (a list, for a repeatable one). */
type FlagValues = { [flag: string]: string | string[] | boolean | undefined } & {
  slug?: string;
  dir?: string;
  help?: boolean;
};

const flagValues: FlagValues = readFlags(process.argv.slice(2), flags, { command: 'npm run new', usage });
if (flagValues.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const root = flagValues.dir ? path.resolve(flagValues.dir) : contentRoot();
let taxonomy: Taxonomy;
try {
  taxonomy = loadTaxonomy(root);
} catch (error) {
  fail([`npm run new: ${error instanceof Error ? error.message : String(error)}`]);
}
const shape = createCaseStudySchema(taxonomy).shape;

/** The schema's message for `value` as the field `field`, or undefined when it is valid. */
function problem(field: string, value: unknown): string | undefined {
  const result = shape[field as keyof typeof shape].safeParse(value);
  if (result.success) return undefined;
  return [...new Set(result.error.issues.map((issue) => issue.message))].join('; ');
}

/** The value `raw` gives `question`, as every other way in reads it; the text itself where it gives none (`en`). */
const valueOf = (question: ScaffoldQuestion, raw: unknown) =>
  // The country is read as if outside the UK: whether it belongs is answersFromFlags' to say.
  answerValue(question.field, raw, { region: 'outside-uk' }) ?? (typeof raw === 'string' ? raw.trim() : raw);

/** Checks every flag given, collecting every problem, and returns the answers they give. */
function answersFromFlags(): { answers: Answers; problems: string[] } {
  const answers: Answers = {};
  const problems: string[] = [];
  for (const question of questions) {
    const raw = flagValues[question.flag];
    if (raw === undefined) continue;
    if (question.kind === 'country' && flagValues.region !== 'outside-uk') {
      problems.push(
        `--${question.flag}: country is only for case studies outside the UK (--region outside-uk); remove it`,
      );
      continue;
    }
    const value = valueOf(question, raw);
    const message = problem(question.name, value);
    if (message) problems.push(`--${question.flag}: ${message}`);
    else answers[question.name] = shape[question.name as keyof typeof shape].parse(value);
  }
  return { answers, problems };
}

/** The required answers still missing, as the flags that give them. */
function missingFlags(answers: Answers): string[] {
  const missing: string[] = [];
  for (const question of questions) {
    if (answers[question.name] !== undefined) continue;
    if (question.required) missing.push(`--${question.flag}`);
    else if (question.kind === 'country' && answers.region === 'outside-uk')
      missing.push(`--${question.flag} (needed for --region outside-uk)`);
  }
  return missing;
}

/** The content folder as it was given; an absolute one is shown absolute, as the person wrote it. */
const rootAsGiven = flagValues.dir ?? process.env.CONTENT_DIR;
const showAbsolute = rootAsGiven !== undefined && path.isAbsolute(rootAsGiven);

/** A path as the person typing sees it: relative to where they are, unless it is elsewhere or was given absolute. */
const display = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return showAbsolute || relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
};
const fileFor = (slug: string) => path.join(caseStudiesDir(root), `${slug}.md`);

/** Why `slug` cannot be used, or undefined when it can: it must be valid and name no existing file. */
function slugProblem(slug: string): string | undefined {
  const problem = slugFormatProblem(slug);
  if (problem) return problem;
  for (const extension of ['.md', '.mdx']) {
    const existing = path.join(caseStudiesDir(root), `${slug}${extension}`);
    if (existsSync(existing)) return `${display(existing)} already exists`;
  }
  return undefined;
}

/** Stops the prompts when the person presses Ctrl+C or Escape. */
function answered<Value>(value: Value): Exclude<Value, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('Stopped: no file written.');
    process.exit(130);
  }
  return value as Exclude<Value, symbol>;
}

const termOptions = (terms: Taxonomy['themes'], lang: Language = 'en') =>
  terms.map((term) => ({ value: term.id, label: labelOf(terms, term.id, lang), hint: term.id }));

/** How many choices a list shows at once, for the long vocabularies. */
const listHeights: Partial<Record<string, number>> = { regions: 13, organisationTypes: 10, topics: 10 };

/** Asks `question`, checking the answer with the schema as it is typed; undefined when an optional one is left empty. */
async function ask(question: ScaffoldQuestion): Promise<unknown> {
  const terms = question.vocabulary ? termOptions(taxonomy[question.vocabulary]) : [];
  const maxItems = question.vocabulary ? listHeights[question.vocabulary] : undefined;
  const check = (value: string | undefined) => {
    const text = value ?? '';
    if (text.trim() === '') {
      if (question.required) return question.missing ?? problem(question.name, valueOf(question, text));
      if (question.kind !== 'country') return undefined;
    }
    return problem(question.name, valueOf(question, text));
  };
  const typed = async () => {
    const text = answered(
      await prompts.text({
        message: question.message,
        ...(question.placeholder === undefined ? {} : { placeholder: question.placeholder }),
        validate: check,
      }),
    );
    return text.trim() === '' && !question.required && question.kind !== 'country'
      ? undefined
      : shape[question.name as keyof typeof shape].parse(valueOf(question, text));
  };
  switch (question.kind) {
    case 'choice':
      return answered(
        await prompts.select({
          message: question.message,
          options: terms,
          ...(maxItems === undefined ? {} : { maxItems }),
          ...(question.default === undefined ? {} : { initialValue: question.default }),
        }),
      );
    case 'language':
      return answered(
        await prompts.select({
          message: question.message,
          options: languageChoices.map((choice) => ({ value: choice.id, label: choice.label })),
        }),
      );
    case 'choices': {
      if (question.others === undefined) {
        const chosen = answered(
          await prompts.autocompleteMultiselect({
            message: question.message,
            options: terms,
            ...(maxItems === undefined ? {} : { maxItems }),
            required: false,
          }),
        );
        return chosen.length > 0 ? chosen : undefined;
      }
      // A main one first, then any others.
      const main = answered(await prompts.select({ message: question.message, options: terms })) as string;
      for (;;) {
        const others = answered(
          await prompts.multiselect({
            message: question.others,
            options: terms.filter((option) => option.value !== main),
            required: false,
          }),
        );
        const message = problem(question.name, [main, ...others]);
        if (!message) return [main, ...others];
        prompts.log.error(message);
      }
    }
    default:
      return typed();
  }
}

/** Asks for every basic not already given by a flag, checking each answer with the schema as it is typed. */
async function askForTheRest(answers: Answers): Promise<Answers> {
  // Given --lang cy, the questions are asked in Welsh (the flags stay the same).
  const lang: Language = answers.lang === 'cy' ? 'cy' : 'en';
  const words = doneWords(lang);
  prompts.intro(words.title);
  prompts.log.info(words.intro);
  for (const question of lang === 'en' ? questions : scaffoldQuestions(undefined, lang)) {
    if (answers[question.name] !== undefined) continue;
    // The country is asked for only outside the UK.
    if (question.kind === 'country' && answers.region !== 'outside-uk') continue;
    const value = await ask(question);
    if (value !== undefined) answers[question.name] = value;
  }
  return answers;
}

/**
 * Placeholders the contributor must replace. They fail validation on purpose, with the schema's
 * own messages ("summary must be at least 20 characters", "source title must not be empty"),
 * so that an unfinished file can never be published by mistake; so do the prompts of the text
 * (the validator's rule unwritten-text), which the final check lists with their lines.
 */
const placeholderFields = new Set(['summary', 'sources']);

/** Checks the written text: it must fail only on the placeholders, or the template is broken. */
function checkOnlyPlaceholdersLeft(text: string): void {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  const result = createCaseStudySchema(taxonomy).safeParse(yaml.load(frontmatter));
  const unexpected = result.success
    ? []
    : result.error.issues.filter((issue) => !placeholderFields.has(String(issue.path[0])));
  if (unexpected.length > 0) {
    fail([
      `npm run new: the template ${display(templatePath)} gives an invalid file; no file written:`,
      ...unexpected.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`),
    ]);
  }
}

/** Line numbers (1 = the first ---) of the fields left to fill in. */
function lineOf(text: string, field: string): number {
  return text.split('\n').findIndex((line) => line.startsWith(`${field}:`)) + 1;
}

async function main(): Promise<void> {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const { answers, problems } = answersFromFlags();
  const anyAnswer = Object.keys(answers).length > 0 || problems.length > 0;
  if (problems.length > 0)
    fail([
      'npm run new: no file written, because:',
      ...problems.map((line) => `  ${line}`),
      '',
      'Run npm run new -- --help for every option.',
    ]);
  if (!interactive) {
    if (!anyAnswer)
      fail([
        'npm run new asks its questions in a terminal, and there is none here.',
        'Give the answers as options instead:',
        '',
        usage,
      ]);
    const missing = missingFlags(answers);
    if (missing.length > 0) fail([`npm run new: no file written: missing ${missing.join(', ')}.`, '', usage]);
  } else if (missingFlags(answers).length > 0) {
    await askForTheRest(answers);
  }

  let slug = flagValues.slug ?? slugFromTitle(String(answers.title));
  let reason = slugProblem(slug);
  if (reason && flagValues.slug === undefined && slug === '')
    reason = 'the title has no letters or digits to make a file name from';
  if (reason) {
    if (!interactive) {
      fail([
        `npm run new: no file written: ${reason}.`,
        'npm run new never overwrites a file. Choose another title, or give a file name with --slug <lower-case-words>.',
      ]);
    }
    prompts.log.warn(`${reason}: choose another file name (npm run new never overwrites a file).`);
    slug = answered(
      await prompts.text({
        message: 'File name (without .md)',
        initialValue: slug === '' ? '' : `${slug.slice(0, slugMaxLength - 2)}-2`,
        validate: (value) => slugProblem((value ?? '').trim()),
      }),
    ).trim();
  }

  const lang = (answers.lang ?? 'en') as Language;
  const defaults = Object.fromEntries(
    questions.filter((question) => question.default !== undefined).map((question) => [question.name, question.default]),
  );
  const frontmatter = frontmatterFromAnswers({ ...defaults, ...answers, published: today() });
  const target = fileFor(slug);
  const words = doneWords(lang);
  const text = fillTemplate(readFileSync(templatePath, 'utf8'), frontmatter, {
    body: recommendedBody(lang),
    header: words.header(today()),
  });
  checkOnlyPlaceholdersLeft(text);
  // The final check: the prompts left in the text, each at its line, as the validator will find them.
  const closing = text.indexOf('\n---\n', 4) + 5;
  const promptsLeft = unwrittenPassages(text.slice(closing), 'body').map((passage) => ({
    line: text.slice(0, closing + passage.offset).split('\n').length,
    prompt: quotedPrompt(passage.prompt),
  }));

  mkdirSync(path.dirname(target), { recursive: true });
  try {
    // 'wx' fails if the file appeared since the check above: never overwrite.
    writeFileSync(target, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    fail([
      `npm run new: no file written: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? `${display(target)} already exists` : String(error)}.`,
    ]);
  }

  const shown = display(target);
  const report = [
    words.wrote(shown),
    '',
    words.still,
    `  - ${words.summary(lineOf(text, 'summary'))}`,
    `  - ${words.sources(lineOf(text, 'sources'))}`,
    ...promptsLeft.map((left) => `  - ${words.prompt(left.line, left.prompt)}`),
    '',
    words.passes,
    `  npm run validate -- ${shown}`,
  ];
  if (interactive) {
    prompts.note(report.slice(2).join('\n'), words.wrote(shown));
    prompts.outro(words.thanks);
  } else {
    process.stdout.write(`${report.join('\n')}\n`);
  }
}

await main();
