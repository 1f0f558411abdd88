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
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import yaml from 'js-yaml';
import { createCaseStudySchema, slugMaxLength, slugPattern, type CaseStudyInput } from '../src/schema/case-study.ts';
import { caseStudiesDir, contentRoot, defaultContentRoot, loadTaxonomy } from '../src/schema/load-taxonomy.ts';
import { closestId } from '../src/schema/suggest.ts';
import { labelOf, type Language, type Taxonomy } from '../src/schema/taxonomy.ts';
import { fillTemplate, recommendedBody, slugFromTitle } from '../src/lib/case-study-file.ts';

/**
 * The template ships with the code rather than being read from CONTENT_DIR, so that every
 * library gets the same, known-good structure and notes.
 */
const templatePath = path.join(caseStudiesDir(defaultContentRoot), '_template.md');

const flags = {
  title: { type: 'string' },
  place: { type: 'string' },
  region: { type: 'string' },
  country: { type: 'string' },
  organisation: { type: 'string' },
  type: { type: 'string' },
  theme: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  started: { type: 'string' },
  status: { type: 'string' },
  lang: { type: 'string' },
  slug: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = `Writes a new case-study file from the basics you give it.

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

type Answers = Partial<
  Pick<
    CaseStudyInput,
    | 'title'
    | 'place'
    | 'region'
    | 'country'
    | 'organisation'
    | 'organisationType'
    | 'themes'
    | 'topics'
    | 'started'
    | 'status'
    | 'lang'
  >
>;

/** Stops with a message and exit code 1: nothing has been written. */
function fail(lines: string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

function readFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /'(--?[^']+)'/.exec(message)?.[1];
    const suggestion = unknown
      ? closestId(
          unknown.replace(/^-+/, ''),
          Object.keys(flags).map((id) => ({ id })),
        )
      : undefined;
    fail([
      `npm run new: ${message.replace(/\.?$/, '.')}${suggestion ? ` Did you mean --${suggestion}?` : ''}`,
      '',
      usage,
    ]);
  }
}

const flagValues = readFlags(process.argv.slice(2));
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
function problem(field: keyof typeof shape, value: unknown): string | undefined {
  const result = shape[field].safeParse(value);
  if (result.success) return undefined;
  return [...new Set(result.error.issues.map((issue) => issue.message))].join('; ');
}

/** A year as typed: a number when it is one, else the text itself, so that messages quote it. */
const asYear = (text: string | undefined) => (text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : text);

/** Ids given as repeated flags and/or separated by commas. */
const idList = (values: readonly string[] | undefined) =>
  values
    ?.flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);

/** Checks every flag given, collecting every problem, and returns the answers they give. */
function answersFromFlags(): { answers: Answers; problems: string[] } {
  const answers: Answers = {};
  const problems: string[] = [];
  const take = <Field extends keyof Answers & keyof typeof shape>(field: Field, flag: string, value: unknown) => {
    if (value === undefined) return;
    const message = problem(field, value);
    if (message) problems.push(`--${flag}: ${message}`);
    else answers[field] = shape[field].parse(value) as Answers[Field];
  };
  take('title', 'title', flagValues.title);
  take('place', 'place', flagValues.place);
  take('region', 'region', flagValues.region);
  take('country', 'country', flagValues.country?.trim().toUpperCase());
  take('organisation', 'organisation', flagValues.organisation);
  take('organisationType', 'type', flagValues.type);
  take('themes', 'theme', idList(flagValues.theme));
  take('topics', 'topic', idList(flagValues.topic));
  take('started', 'started', asYear(flagValues.started));
  take('status', 'status', flagValues.status);
  take('lang', 'lang', flagValues.lang);
  return { answers, problems };
}

/** The required answers still missing, as the flags that give them. */
function missingFlags(answers: Answers): string[] {
  const missing: string[] = [];
  if (answers.title === undefined) missing.push('--title');
  if (answers.place === undefined) missing.push('--place');
  if (answers.region === undefined) missing.push('--region');
  if (answers.region === 'outside-uk' && answers.country === undefined)
    missing.push('--country (needed for --region outside-uk)');
  if (answers.organisation === undefined) missing.push('--organisation');
  if (answers.organisationType === undefined) missing.push('--type');
  if (answers.themes === undefined) missing.push('--theme');
  if (answers.started === undefined) missing.push('--started');
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
  if (slug === '') return 'give a file name: lower-case words joined by hyphens, such as preston-anchor-procurement';
  if (slug.length > slugMaxLength) return `the file name must be at most ${slugMaxLength} characters`;
  if (!slugPattern.test(slug))
    return 'the file name must be lower-case a-z, 0-9 and single hyphens, such as preston-anchor-procurement';
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

/** Asks for every basic not already given by a flag, checking each answer with the schema as it is typed. */
async function askForTheRest(answers: Answers): Promise<Answers> {
  const text = async (field: 'title' | 'place' | 'organisation', message: string, placeholder: string) =>
    answers[field] ??
    shape[field].parse(
      answered(await prompts.text({ message, placeholder, validate: (value) => problem(field, value ?? '') })),
    );

  prompts.intro('New case study');
  prompts.log.info(
    'Answer a few questions; the file will have notes on everything else. Ctrl+C stops without writing anything.',
  );
  answers.title = await text(
    'title',
    'Title: what was done, and where (5 to 120 characters)',
    "Preston's anchor institutions buy local",
  );
  answers.place = await text('place', 'Place: the town, city or area', 'Preston');
  answers.region ??= answered(
    await prompts.select({ message: 'Region', options: termOptions(taxonomy.regions), maxItems: 13 }),
  ) as Answers['region'];
  if (answers.region === 'outside-uk') {
    answers.country ??= answered(
      await prompts.text({
        message: 'Country: its two-letter code, such as US',
        validate: (value) => problem('country', (value ?? '').trim().toUpperCase()),
      }),
    )
      .trim()
      .toUpperCase();
  }
  answers.organisation = await text('organisation', 'Lead organisation', 'Preston City Council');
  answers.organisationType ??= answered(
    await prompts.select({
      message: 'Type of lead organisation',
      options: termOptions(taxonomy.organisationTypes),
      maxItems: 10,
    }),
  ) as Answers['organisationType'];
  if (answers.themes === undefined) {
    const main = answered(
      await prompts.select({
        message: 'Main theme (community wealth building pillar)',
        options: termOptions(taxonomy.themes),
      }),
    ) as string;
    let others: string[];
    for (;;) {
      others = answered(
        await prompts.multiselect({
          message: 'Other themes it serves, if any (Space to tick, Enter when done)',
          options: termOptions(taxonomy.themes).filter((option) => option.value !== main),
          required: false,
        }),
      );
      const message = problem('themes', [main, ...others]);
      if (!message) break;
      prompts.log.error(message);
    }
    answers.themes = [main, ...others] as Answers['themes'];
  }
  if (answers.topics === undefined) {
    const topics = answered(
      await prompts.autocompleteMultiselect({
        message: 'Topics, if any (type to filter, Tab to tick, Enter when done)',
        options: termOptions(taxonomy.topics),
        maxItems: 10,
        required: false,
      }),
    );
    if (topics.length > 0) answers.topics = topics as Answers['topics'];
  }
  answers.started ??= Number(
    answered(
      await prompts.text({
        message: 'Year it started',
        placeholder: String(new Date().getFullYear()),
        validate: (value) =>
          (value ?? '').trim() === '' ? 'Enter the year it started, such as 2019' : problem('started', asYear(value)),
      }),
    ),
  );
  answers.status ??= answered(
    await prompts.select({ message: 'Status', options: termOptions(taxonomy.statuses), initialValue: 'ongoing' }),
  ) as Answers['status'];
  answers.lang ??= answered(
    await prompts.select({
      message: 'Language of the text',
      options: [
        { value: 'en', label: 'English' },
        { value: 'cy', label: 'Cymraeg (Welsh)' },
      ],
    }),
  ) as Language;
  return answers;
}

/** Today in the contributor's own time zone, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Placeholders the contributor must replace. They fail validation on purpose, with the schema's
 * own messages ("summary must be at least 20 characters", "source title must not be empty"),
 * so that an unfinished file can never be published by mistake.
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

  let slug = flagValues.slug ?? slugFromTitle(answers.title!);
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

  const lang = answers.lang ?? 'en';
  const frontmatter = {
    ...answers,
    status: answers.status ?? 'ongoing',
    lang: lang === 'en' ? undefined : lang,
    published: today(),
  };
  const target = fileFor(slug);
  const text = fillTemplate(readFileSync(templatePath, 'utf8'), frontmatter, {
    body: recommendedBody(lang),
    header: [
      `# Written by npm run new on ${today()} from content/case-studies/_template.md.`,
      '# Before it can be published, fill in the summary and at least one source (marked below),',
      '# and replace the prompts under each heading of the text with your own words.',
    ],
  });
  checkOnlyPlaceholdersLeft(text);

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
    `Wrote ${shown}`,
    '',
    'Still to fill in:',
    `  - summary (line ${lineOf(text, 'summary')}): one or two sentences saying what was done and what changed`,
    `  - sources (line ${lineOf(text, 'sources')}): where the facts come from, with a title at least`,
    '  - the text under each heading, in place of the prompts',
    '',
    `The file passes validation once its summary and source are filled in. Check it with:`,
    `  npm run validate -- ${shown}`,
  ];
  if (interactive) {
    prompts.note(report.slice(2).join('\n'), `Wrote ${shown}`);
    prompts.outro('Thank you for sharing your practice.');
  } else {
    process.stdout.write(`${report.join('\n')}\n`);
  }
}

await main();
