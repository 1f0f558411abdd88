/**
 * What the Welsh interface costs the build (issue 14: at most 15 % more time and peak memory):
 *
 *   node scripts/bench/welsh-cost.ts --cases N [--pairs P] [--seed S] [--content DIR] [--work DIR] [--json]
 *
 * Generates a library of N case studies (scripts/bench/generate.ts; or takes DIR's), copies the
 * project twice, one copy without `src/pages/cy/` and built with `CWB_WELSH=0` (every link to the
 * English pages, no language switch, no Welsh alternate: src/site/locale.ts; astro.config.ts refuses
 * the setting where `src/pages/cy/` exists, so this is the only way to that site), and runs
 * `npm run build` (scripts/build.ts) cold in each, in turn (with, without, with, without…), P
 * pairs. Each copy has a `node_modules/` of its own whose entries are links to the project's, so
 * Astro's and the project's caches (`node_modules/.astro`, `node_modules/.cache`) are the copy's,
 * emptied before every build. It prints, for each variant, the medians and ranges of CPU time
 * (user + system of the whole process tree), wall time and peak memory (the largest summed RSS of
 * the tree, scripts/bench/measure.ts), the paired ratios with/without, the pages each wrote and the
 * largest HTML page, and the load average before and after.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './figures.ts';
import { childCpuSeconds, measure } from './measure.ts';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    pairs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    content: { type: 'string' },
    work: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const cases = Number(values.cases);
const pairs = Number(values.pairs);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(pairs) || pairs < 1) {
  process.stderr.write(
    'Usage: node scripts/bench/welsh-cost.ts --cases N [--pairs P] [--seed S] [--content DIR] [--work DIR] [--json]\n',
  );
  process.exit(2);
}

const repo = fileURLToPath(new URL('../../', import.meta.url));
const work = path.resolve(values.work ?? path.join(tmpdir(), `cwb-welsh-cost-${process.pid}`));
mkdirSync(work, { recursive: true });
const log = (line: string) => void process.stderr.write(`${new Date().toTimeString().slice(0, 8)} ${line}\n`);

/** The library: generated unless given. */
function library(): string {
  if (values.content) return path.resolve(values.content);
  const out = path.join(work, 'library');
  if (!existsSync(path.join(out, 'case-studies'))) {
    log(`generating ${cases} case studies in ${out}`);
    const generated = spawnSync(
      process.execPath,
      [path.join(repo, 'scripts/bench/generate.ts'), '--cases', String(cases), '--seed', values.seed!, '--out', out],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    if (generated.status !== 0) throw new Error('scripts/bench/generate.ts failed');
  }
  return out;
}

/** What a copy of the project leaves out: what is built, installed or kept by git. */
const notCopied = new Set(['node_modules', 'dist', '.git', '.astro']);

/** A copy of the project in `dir`, with `src/pages/cy/` or without, and its own `node_modules/` of links. */
function projectCopy(dir: string, welsh: boolean): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(repo)) {
    if (notCopied.has(name)) continue;
    cpSync(path.join(repo, name), path.join(dir, name), { recursive: true, verbatimSymlinks: true });
  }
  if (!welsh) rmSync(path.join(dir, 'src/pages/cy'), { recursive: true });
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(repo, 'node_modules'))) {
    // The caches stay the copy's own: Astro's content layer and ours (node_modules/.cache/cwb/).
    if (name === '.astro' || name === '.cache' || name === '.vite') continue;
    symlinkSync(path.join(repo, 'node_modules', name), path.join(modules, name));
  }
  return dir;
}

/** How many HTML pages `dir` holds, how many under `cy/`, and the largest one's bytes and path. */
function pagesOf(dir: string): { pages: number; welsh: number; largest: number; largestPath: string } {
  let pages = 0;
  let welsh = 0;
  let largest = 0;
  let largestPath = '';
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    pages++;
    if (file.startsWith(`cy${path.sep}`)) welsh++;
    const bytes = statSync(path.join(dir, file)).size;
    if (bytes > largest) [largest, largestPath] = [bytes, file];
  }
  return { pages, welsh, largest, largestPath };
}

interface Run {
  cpuSeconds: number;
  wallSeconds: number;
  peakMb: number;
  pages: number;
  welshPages: number;
  largestKb: number;
  largestPath: string;
}

/** One cold `npm run build` in `dir`. */
async function build(dir: string, welsh: boolean, content: string): Promise<Run> {
  for (const cache of ['dist', 'node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite'])
    rmSync(path.join(dir, cache), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content, ...(welsh ? {} : { CWB_WELSH: '0' }) };
  delete env.SITE_DIR;
  const cpuBefore = childCpuSeconds();
  const measured = await measure(process.execPath, ['scripts/build.ts'], { cwd: dir, env });
  const cpuSeconds = childCpuSeconds() - cpuBefore;
  if (measured.exitCode !== 0) {
    process.stderr.write(measured.stdout.slice(-4000) + measured.stderr.slice(-4000));
    throw new Error(`npm run build ${welsh ? 'with' : 'without'} the Welsh interface failed in ${dir}`);
  }
  const pages = pagesOf(path.join(dir, 'dist'));
  return {
    cpuSeconds,
    wallSeconds: measured.milliseconds / 1000,
    peakMb: measured.peakRss / 1024 / 1024,
    pages: pages.pages,
    welshPages: pages.welsh,
    largestKb: pages.largest / 1024,
    largestPath: pages.largestPath,
  };
}

const range = (numbers: readonly number[]) => [Math.min(...numbers), Math.max(...numbers)] as const;

const content = library();
const withWelsh = projectCopy(path.join(work, 'with-welsh'), true);
const withoutWelsh = projectCopy(path.join(work, 'without-welsh'), false);
const load = { before: loadavg().map((value) => Math.round(value * 10) / 10), after: [] as number[] };
const runs: { with: Run[]; without: Run[] } = { with: [], without: [] };
for (let pair = 1; pair <= pairs; pair++) {
  for (const welsh of [true, false]) {
    log(
      `pair ${pair}/${pairs}: building ${welsh ? 'with' : 'without'} the Welsh interface (load ${loadavg()[0]!.toFixed(1)})`,
    );
    const run = await build(welsh ? withWelsh : withoutWelsh, welsh, content);
    log(
      `  CPU ${run.cpuSeconds.toFixed(1)} s, wall ${run.wallSeconds.toFixed(1)} s, peak ${Math.round(run.peakMb)} MB, ${run.pages} pages`,
    );
    (welsh ? runs.with : runs.without).push(run);
  }
}
load.after = loadavg().map((value) => Math.round(value * 10) / 10);

const measures = [
  ['CPU time (s)', 'cpuSeconds'],
  ['wall time (s)', 'wallSeconds'],
  ['peak memory (MB)', 'peakMb'],
] as const;
const summary = Object.fromEntries(
  measures.map(([, key]) => {
    const ratios = runs.with.map((run, index) => run[key] / runs.without[index]![key]);
    return [
      key,
      {
        with: { median: median(runs.with.map((run) => run[key])), range: range(runs.with.map((run) => run[key])) },
        without: {
          median: median(runs.without.map((run) => run[key])),
          range: range(runs.without.map((run) => run[key])),
        },
        ratio: { median: median(ratios), range: range(ratios) },
      },
    ];
  }),
);
const result = { cases, pairs, content, load, summary, runs };

if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const n = (value: number, digits = 1) => value.toFixed(digits);
  const lines = [
    `Welsh interface, ${cases} case studies, ${pairs} pairs in turn (load average ${load.before.join(' ')} before, ${load.after.join(' ')} after)`,
    `pages: ${runs.with[0]!.pages} with (${runs.with[0]!.welshPages} Welsh), ${runs.without[0]!.pages} without; largest page ${n(runs.with[0]!.largestKb)} KB (${runs.with[0]!.largestPath}) with, ${n(runs.without[0]!.largestKb)} KB without`,
    '| measure | with Welsh, median (range) | without, median (range) | paired ratio, median (range) |',
    '| --- | --- | --- | --- |',
    ...measures.map(([label, key]) => {
      const { with: w, without: wo, ratio } = summary[key]!;
      return `| ${label} | ${n(w.median)} (${n(w.range[0])}–${n(w.range[1])}) | ${n(wo.median)} (${n(wo.range[0])}–${n(wo.range[1])}) | ${n(ratio.median, 2)} (${n(ratio.range[0], 2)}–${n(ratio.range[1], 2)}) |`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
