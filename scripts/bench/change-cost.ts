/**
 * What a change costs the benchmark's pipeline (issue 16: at most 10 % more time and memory at
 * 10,000 case studies):
 *
 *   node scripts/bench/change-cost.ts --before DIR --after DIR [--cases N] [--pairs P] [--seed S] [--json]
 *
 * DIR is a checkout of the project with its `node_modules/` (a git worktree at the commit before
 * the change, and one after). Each generates its own library with its own generator
 * (scripts/bench/generate.ts, so that a change that adds fields or guides is measured with them),
 * then runs the pipeline cold, in turn (before, after, before, after…): `npm run validate`, then
 * `npm run build` (scripts/build.ts), with Astro's and the project's caches emptied first. It
 * prints, for each side, the medians of CPU time (user + system of every process the steps ran,
 * from /proc/self/stat), wall time and peak memory (the largest summed RSS of the process tree,
 * scripts/bench/measure.ts), and the paired ratios after/before, with the load average. CPU time
 * is the figure to trust on a shared machine: wall time moves with whatever else runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './figures.ts';
import { childCpuSeconds, measure } from './measure.ts';

const usage =
  'Usage: node scripts/bench/change-cost.ts --before DIR --after DIR [--cases N] [--pairs P] [--seed S] [--json]\n';
const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string' },
    cases: { type: 'string', default: '1000' },
    pairs: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    work: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const cases = Number(values.cases);
const pairs = Number(values.pairs);
if (!values.before || !values.after || !Number.isInteger(cases) || cases < 1 || !Number.isInteger(pairs) || pairs < 1) {
  process.stderr.write(usage);
  process.exit(2);
}
const sides = { before: path.resolve(values.before), after: path.resolve(values.after) };
for (const dir of Object.values(sides))
  if (!existsSync(path.join(dir, 'node_modules', '.bin', 'astro'))) {
    process.stderr.write(`${dir} is not a checkout with its node_modules (run npm ci there)\n${usage}`);
    process.exit(2);
  }
const work = path.resolve(values.work ?? path.join(tmpdir(), `cwb-change-cost-${process.pid}`));
const log = (line: string) => void process.stderr.write(`${new Date().toTimeString().slice(0, 8)} ${line}\n`);

/** The library of one side, written by that side's own generator. */
function library(side: keyof typeof sides): string {
  const out = path.join(work, side, 'library');
  if (existsSync(path.join(out, 'case-studies'))) return out;
  mkdirSync(path.dirname(out), { recursive: true });
  log(`${side}: generating ${cases} case studies with ${sides[side]}'s generator`);
  const generated = spawnSync(
    process.execPath,
    ['scripts/bench/generate.ts', '--cases', String(cases), '--seed', values.seed!, '--out', out],
    { cwd: sides[side], stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (generated.status !== 0) throw new Error(`${sides[side]}: scripts/bench/generate.ts failed`);
  return out;
}

interface Run {
  cpuSeconds: number;
  wallSeconds: number;
  peakMb: number;
}

/** One cold pipeline (validate, then build) in the checkout of `side`. */
async function pipeline(side: keyof typeof sides, content: string): Promise<Run> {
  const dir = sides[side];
  const outDir = path.join(work, side, 'dist');
  for (const cache of [
    outDir,
    path.join(dir, 'node_modules/.astro'),
    path.join(dir, 'node_modules/.cache'),
    path.join(dir, 'node_modules/.vite'),
    path.join(dir, '.astro'),
  ])
    rmSync(cache, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: content };
  const run: Run = { cpuSeconds: 0, wallSeconds: 0, peakMb: 0 };
  for (const [name, args] of [
    ['validate', ['scripts/validate.ts']],
    ['build', ['scripts/build.ts', '--outDir', outDir]],
  ] as const) {
    const cpuBefore = childCpuSeconds();
    const measured = await measure(process.execPath, args, { cwd: dir, env });
    if (measured.exitCode !== 0) {
      process.stderr.write(measured.stdout.slice(-4000) + measured.stderr.slice(-4000));
      throw new Error(`${side}: ${name} failed in ${dir}`);
    }
    run.cpuSeconds += childCpuSeconds() - cpuBefore;
    run.wallSeconds += measured.milliseconds / 1000;
    run.peakMb = Math.max(run.peakMb, measured.peakRss / 1024 / 1024);
  }
  return run;
}

const libraries = { before: library('before'), after: library('after') };
const load = { before: loadavg().map((value) => Math.round(value * 10) / 10), after: [] as number[] };
const runs: Record<keyof typeof sides, Run[]> = { before: [], after: [] };
for (let pair = 1; pair <= pairs; pair++) {
  for (const side of ['before', 'after'] as const) {
    log(`pair ${pair}/${pairs}: ${side} (${sides[side]}; load ${loadavg()[0]!.toFixed(1)})`);
    const run = await pipeline(side, libraries[side]);
    log(
      `  CPU ${run.cpuSeconds.toFixed(1)} s, wall ${run.wallSeconds.toFixed(1)} s, peak ${Math.round(run.peakMb)} MB`,
    );
    runs[side].push(run);
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
    const ratios = runs.after.map((run, index) => run[key] / runs.before[index]![key]);
    return [
      key,
      {
        before: median(runs.before.map((run) => run[key])),
        after: median(runs.after.map((run) => run[key])),
        ratio: median(ratios),
        ratios,
      },
    ];
  }),
);
const result = { cases, pairs, sides, load, summary, runs };
if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  const n = (value: number, digits = 1) => value.toFixed(digits);
  process.stdout.write(
    [
      `${cases} case studies, ${pairs} pairs in turn (load average ${load.before.join(' ')} before, ${load.after.join(' ')} after)`,
      `before: ${sides.before}`,
      `after: ${sides.after}`,
      '| pipeline (validate, build) | before, median | after, median | paired ratio, median (each) |',
      '| --- | --- | --- | --- |',
      ...measures.map(([label, key]) => {
        const { before, after, ratio, ratios } = summary[key]!;
        return `| ${label} | ${n(before)} | ${n(after)} | ${n(ratio, 2)} (${ratios.map((each) => n(each, 2)).join(', ')}) |`;
      }),
    ].join('\n') + '\n',
  );
}
