/**
 * `npm run new -- --guide`: asks for a how-to guide's basics (or takes them from flags) and writes
 * `content/guides/<slug>.md` from the template `content/guides/_template.md` (docs/public-interface.md §10),
 * keeping its notes, with a placeholder summary left for the writer. The file passes
 * `npm run validate` once the summary is filled in; it never overwrites a file.
 *
 *   npm run new -- --guide
 *   npm run new -- --guide --title "..." --theme <id> [--theme <id>] --case <slug> [--case <slug>] \
 *     [--topic <id>] [--lang en|cy] [--slug <slug>] [--dir <content root>]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prompts from '@clack/prompts';
import { fail, readFlags } from './cli.ts';
import { readCaseStudies } from '../src/content/library.ts';
import { guidesDir } from '../src/content/paths.ts';
import { fillTemplate, slugFromTitle, today } from '../src/lib/case-study-file.ts';
import { recommendedGuideBody } from '../src/lib/guide-file.ts';
import { createGuideSchema } from '../src/schema/guide.ts';
import { contentRoot, defaultContentRoot, loadTaxonomy } from '../src/schema/load-taxonomy.ts';
import { slugProblem } from '../src/schema/slug.ts';
import { closestId } from '../src/schema/suggest.ts';
import type { Language, Taxonomy } from '../src/schema/taxonomy.ts';

/** The template ships with the code, as the case-study template does, whatever CONTENT_DIR says. */
const templatePath = path.join(guidesDir(defaultContentRoot), '_template.md');

const flags = {
  guide: { type: 'boolean' },
  title: { type: 'string' },
  theme: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  case: { type: 'string', multiple: true },
  lang: { type: 'string' },
  slug: { type: 'string' },
  dir: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const usage = `Writes a new how-to guide from the basics you give it.

In a terminal, run it without other options and answer the questions:
  npm run new -- --guide

Or give every basic as an option:
  npm run new -- --guide --title "How to run a spend analysis" --theme procurement \\
    --case manchester-procurement-spend-analysis --case preston-city-council-local-spend

Required:  --title, --theme <id> (one to five; repeat it, or separate ids with commas),
           --case <slug of a published case study> (one or more, the same way)
Optional:  --topic <id> (repeatable), --lang en|cy (default en),
           --slug <file name without .md> (default: from the title),
           --dir <content folder> (default: CONTENT_DIR, else content/)`;

/** Values of a repeatable flag, each of which may also list several separated by commas. */
const listOf = (values: readonly string[] | undefined) =>
  (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

const display = (file: string) => path.relative(process.cwd(), file) || file;

/** Writes a guide from `argv` (the options after `npm run new --`), asking for what is missing in a terminal. */
export async function newGuide(argv: readonly string[]): Promise<void> {
  const values = readFlags(argv, flags, { command: 'npm run new -- --guide', usage });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }

  const root = values.dir ? path.resolve(values.dir) : contentRoot();
  let taxonomy: Taxonomy;
  try {
    taxonomy = loadTaxonomy(root);
  } catch (error) {
    fail([`npm run new -- --guide: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const shape = createGuideSchema(taxonomy).shape;
  // The case studies a guide may cite: those the site publishes.
  const cases = readCaseStudies(root, taxonomy).entries;
  const caseSlugs = new Set(cases.map((entry) => entry.slug));
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);

  const problems: string[] = [];
  const check = (field: keyof typeof shape, value: unknown) => {
    const result = shape[field].safeParse(value);
    if (!result.success)
      problems.push(`--${field === 'cases' ? 'case' : field.replace(/s$/, '')}: ${result.error.issues[0]!.message}`);
  };
  const answers: { title?: string; themes?: string[]; topics?: string[]; cases?: string[]; lang?: Language } = {};
  if (values.title !== undefined) {
    answers.title = values.title.trim();
    check('title', answers.title);
  }
  if (values.theme) {
    answers.themes = listOf(values.theme);
    check('themes', answers.themes);
  }
  if (values.topic) {
    answers.topics = listOf(values.topic);
    check('topics', answers.topics);
  }
  if (values.case) {
    answers.cases = listOf(values.case);
    check('cases', answers.cases);
    for (const slug of answers.cases)
      if (!caseSlugs.has(slug)) {
        const near = closestId(
          slug,
          [...caseSlugs].map((id) => ({ id })),
        );
        problems.push(`--case: "${slug}" is not a published case study${near ? `; did you mean "${near}"?` : ''}`);
      }
  }
  if (values.lang !== undefined) {
    answers.lang = values.lang as Language;
    check('lang', answers.lang);
  }
  if (problems.length > 0)
    fail(['npm run new -- --guide: no file written, because:', ...problems.map((line) => `  ${line}`)]);

  const missing = (['title', 'themes', 'cases'] as const).filter((field) => answers[field] === undefined);
  if (missing.length > 0 && !interactive)
    fail([
      `npm run new -- --guide: no file written: missing ${missing.map((field) => `--${field === 'cases' ? 'case' : field.replace(/s$/, '')}`).join(', ')}.`,
      '',
      usage,
    ]);
  if (missing.length > 0) {
    prompts.intro('A new how-to guide');
    /** The answer, or stops when the writer cancelled (Ctrl-C, Escape). */
    const stop = <Value>(value: Value | symbol): Value => {
      if (prompts.isCancel(value) || typeof value === 'symbol') {
        prompts.cancel('No file written.');
        process.exit(1);
      }
      return value;
    };
    answers.title ??= stop<string>(
      await prompts.text({
        message: 'Title: what the guide helps a reader do',
        placeholder: 'How to run a spend analysis',
        validate: (value) => {
          const result = shape.title.safeParse(value ?? '');
          return result.success ? undefined : result.error.issues[0]!.message;
        },
      }),
    ).trim();
    answers.themes ??= stop<string[]>(
      await prompts.multiselect({
        message: 'Themes (space to choose, enter when done)',
        options: taxonomy.themes.map((theme) => ({ value: theme.id, label: theme.label })),
        required: true,
      }),
    );
    answers.cases ??= stop<string[]>(
      await prompts.multiselect({
        message: 'The case studies that show it done',
        options: cases.map((entry) => ({ value: entry.slug, label: entry.data.title })),
        required: true,
      }),
    );
  }

  const slug = values.slug ?? slugFromTitle(answers.title!);
  const target = path.join(guidesDir(root), `${slug}.md`);
  const reason =
    slugProblem(slug) ??
    (['.md', '.mdx'].some((extension) => existsSync(path.join(guidesDir(root), `${slug}${extension}`)))
      ? `a guide named ${slug} already exists`
      : undefined);
  if (reason)
    fail([
      `npm run new -- --guide: no file written: ${reason}.`,
      'It never overwrites a file. Choose another title, or give a file name with --slug <lower-case-words>.',
    ]);

  const lang = answers.lang ?? 'en';
  const text = fillTemplate(
    readFileSync(templatePath, 'utf8'),
    {
      title: answers.title,
      themes: answers.themes,
      topics: answers.topics,
      cases: answers.cases,
      ...(lang === 'en' ? {} : { lang }),
      published: today(),
    },
    {
      body: recommendedGuideBody(lang),
      header: [
        `# Written by npm run new -- --guide on ${today()} from content/guides/_template.md.`,
        '# Before it can be published, fill in the summary (marked below), and replace the prompts',
        '# under each heading with your own words, from the facts of the case studies it cites.',
      ],
    },
  );
  mkdirSync(path.dirname(target), { recursive: true });
  try {
    writeFileSync(target, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    fail([
      `npm run new -- --guide: no file written: ${(error as NodeJS.ErrnoException).code === 'EEXIST' ? `${display(target)} already exists` : String(error)}.`,
    ]);
  }
  const line = text.split('\n').findIndex((one) => one.startsWith('summary:')) + 1;
  const report = [
    `Wrote ${display(target)}`,
    '',
    'Still to fill in:',
    `  - summary (line ${line}): one or two sentences saying what the guide helps a reader do`,
    '  - the text under each heading, in place of the prompts, and the sources of its figures',
    '',
    'The file passes validation once its summary is filled in. Check it with:',
    `  npm run validate -- ${display(target)}`,
  ];
  if (interactive && missing.length > 0) prompts.outro(report.join('\n'));
  else process.stdout.write(`${report.join('\n')}\n`);
}
