/**
 * Each case-study file is read once per step of a build (issue 13): by the validator before Astro
 * loads anything, by Astro's loader, and by the checks once Astro has exited (search index count,
 * nothing lost); the pages read none (the loader counted their words). `npm run validate` reads each
 * once too. Every read is counted by a preload that logs each open of a file in the library,
 * whichever module opens it (count-reads.ts), and every read outside Astro's loader comes through
 * the reader, src/content/read.ts. What Node's `fs` does not do is not seen: Vite's bundler, which
 * is native code, reads an MDX file to compile the module its page renders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { copyProject, environmentOutsideTests } from '../../support/scratch-project.ts';
import type { ReadEvent } from './count-reads.ts';
import { caseStudy, scratchLibrary } from '../validate/scratch-library.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const preload = fileURLToPath(new URL('./count-reads.ts', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cwb-read-once-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The reads a command made of the files under `dir`, by the command's environment and arguments. */
function readsOf(command: string[], dir: string, env: NodeJS.ProcessEnv, cwd = repo) {
  const log = path.join(work, `reads-${Math.random().toString(36).slice(2)}.jsonl`);
  const inherited = environmentOutsideTests();
  const result = spawnSync(process.execPath, command, {
    cwd,
    encoding: 'utf8',
    env: {
      ...inherited,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
      CWB_READ_ROOT: dir,
      CWB_READ_LOG: log,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`,
    },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const events = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ReadEvent)
    : [];
  return { result, events };
}

/** Which step of a build (or of `npm run validate`) made a read, from the code that made it. */
function stepOf(event: ReadEvent): string {
  const stack = event.stack;
  if (event.argv[0]?.endsWith(path.join('scripts', 'validate.ts'))) return 'npm run validate';
  if (stack.includes(path.join('src', 'integrations', 'content-check.ts'))) return 'validation before Astro loads';
  if (stack.includes(path.join('astro', 'dist', 'content', 'loaders'))) return "Astro's loader";
  if (stack.includes(path.join('src', 'integrations', 'after-astro.ts'))) return 'after Astro (index check, nothing lost)';
  return 'page rendering and build:done';
}

/** How many times each file was read in each step: step → file name → reads. */
function readsPerStep(events: readonly ReadEvent[]): Map<string, Map<string, number>> {
  const steps = new Map<string, Map<string, number>>();
  for (const event of events) {
    const step = stepOf(event);
    let files = steps.get(step);
    if (!files) steps.set(step, (files = new Map()));
    const name = path.basename(event.file);
    files.set(name, (files.get(name) ?? 0) + 1);
  }
  return steps;
}

const once = (names: readonly string[]) => new Map(names.map((name) => [name, 1]));

/** The code that opened a file, as the first frame of its stack past the counter: a function and its module. */
const opener = (event: ReadEvent) =>
  event.stack
    .split('\n')
    .find((frame) => !frame.includes(preload))
    ?.trim()
    .replace(/:\d+:\d+\)$/, ')') ?? '';

test('the counter sees a second read of a file, by any module', () => {
  const library = scratchLibrary();
  const file = library.write('twice.md', caseStudy());
  const script = `import { readFileSync } from 'node:fs'; import { readFile } from 'node:fs/promises'; readFileSync(${JSON.stringify(file)}); await readFile(${JSON.stringify(file)});`;

  const { events } = readsOf(['--input-type=module', '-e', script], library.dir, {});

  expect(readsPerStep(events).get('page rendering and build:done')).toEqual(new Map([['twice.md', 2]]));
});

test('validating and building a library read each case-study file once per step, through the reader', () => {
  const library = scratchLibrary();
  // A link into another page's heading: the validator needs that page's ids, from the text it read.
  library.write('preston.md', caseStudy());
  library.write(
    'wigan.md',
    caseStudy({
      title: 'Community wealth in Wigan',
      body: '## Context\n\nWigan learned from [the Preston story](../preston/#context).\n',
    }),
  );
  library.write('story.mdx', caseStudy({ title: 'A story told in MDX' }));
  library.write('unfinished.md', caseStudy({ title: 'An unfinished draft', extra: 'draft: true' }));
  library.write('_template.md', caseStudy({ title: 'The template' }));
  const caseStudies = ['preston.md', 'story.mdx', 'unfinished.md', 'wigan.md'];

  const validated = readsOf([path.join(repo, 'scripts', 'validate.ts')], library.dir, { CONTENT_DIR: library.root });
  expect(readsPerStep(validated.events)).toEqual(new Map([['npm run validate', once(caseStudies)]]));

  // A copy of the project, with caches of its own (see tests/unit/performance/build-script.test.ts).
  const project = path.join(work, 'project');
  copyProject(project);
  cpSync(path.join(repo, 'content', 'taxonomy'), path.join(project, 'content', 'taxonomy'), { recursive: true });
  const built = readsOf(
    [path.join(project, 'scripts', 'build.ts'), '--outDir', path.join(work, 'site')],
    library.dir,
    { CONTENT_DIR: library.root },
    project,
  );
  expect(built.result.stdout).toContain('3 published case studies: 3 pages, 3 in the search index');

  const steps = readsPerStep(built.events);
  expect(steps.get('validation before Astro loads')).toEqual(once(caseStudies));
  expect(steps.get("Astro's loader")).toEqual(once(caseStudies));
  expect(steps.get('after Astro (index check, nothing lost)')).toEqual(once(caseStudies));
  for (const [step, files] of steps)
    for (const [name, reads] of files) expect(reads, `${name} read ${reads} times in ${step}`).toBe(1);
  // The pages read no case study: the loader counted their words.
  expect(steps.get('page rendering and build:done')).toBeUndefined();

  const ours = [...validated.events, ...built.events].filter((event) => {
    const step = stepOf(event);
    return step !== "Astro's loader";
  });
  const others = ours.map(opener).filter((frame) => !/^at readCaseStudyFile \((file:\/\/)?.*\/src\/content\/read\.ts\)$/.test(frame));
  expect(others).toEqual([]);
  expect(ours).toHaveLength(3 * caseStudies.length);
}, 180_000);
