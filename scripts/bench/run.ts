/**
 * npm run bench [-- --cases N] [--seed S] [--skip-browser] [--out results.json] [--keep]
 *
 * Measures this project against the minimal reference site in `bench/baseline/` (one Astro page
 * per case study, then `pagefind --site`) on the same generated library, in the same run:
 * validation, site build and search index times, peak memory, output and index sizes; then, in
 * headless Chromium, the first results of a search (cold and warm) and what pages transfer.
 * Prints a table with the ratio project / baseline of every figure and writes the same as JSON.
 *
 * A measurement, not a test: it fails only when something it runs fails.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, measurePage, measureSearch, type PageWeight, type SearchMeasure } from './browser.ts';
import { generateLibrary } from './generate.ts';
import { marksOf, measure, type Measured } from './measure.ts';
import { measureTyping, type TypingMeasure } from './search-typing.ts';
import { describeLighthouse, measureLighthouse, type LighthouseMeasure } from './lighthouse.ts';
import { serveStatic } from './serve.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const baselineRoot = path.join(repo, 'bench', 'baseline');
const node = process.execPath;

/** The queries every search measurement runs: common and rarer words of the generated libraries. */
export const benchQueries = ['procurement', 'living wage', 'Preston', 'community land trust', 'pension fund'];

const usage = `Usage: npm run bench [-- --cases N] [--seed S] [--skip-browser] [--out FILE] [--keep]

  --cases N        case studies to generate (default 1000)
  --seed S         seed of the generated library (default 1)
  --skip-browser   measure building only, not search and page weight in Chromium
  --out FILE       where to write the results as JSON (default bench-results/bench-<N>.json)
  --keep           keep the temporary folder (library and both builds) and print where it is`;

// ---------- progress ----------

const began = performance.now();
const stamp = () => `[${((performance.now() - began) / 1000).toFixed(1).padStart(6)} s]`;
const say = (message: string) => process.stderr.write(`${stamp()} ${message}\n`);
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

async function run(
  label: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = repo,
): Promise<Measured> {
  say(`${label}…`);
  const result = await measure(command, args, {
    env: { ...process.env, ...env },
    cwd,
    onTick: (seconds, rss) => say(`  … ${label}: ${seconds.toFixed(0)} s, ${mb(rss)} resident`),
  });
  if (result.exitCode !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${label} failed (exit ${result.exitCode}):\n${tail}`);
  }
  say(`  done: ${(result.milliseconds / 1000).toFixed(1)} s, peak ${mb(result.peakRss)}`);
  return result;
}

// ---------- isolated copies ----------

/**
 * A copy of a site's sources to build from, with the repository's node_modules linked in. Astro
 * keeps generated files of a root in `<root>/.astro/` and, for an output folder outside the working
 * directory, its prerender chunks in `<cwd>/.astro/`: builds of one root at the same time (other
 * developers', or the dev server) would overwrite each other's. A copy in the run's folder keeps
 * the measured build apart, with the same sources and the same dependencies.
 */
function snapshot(from: string, to: string, entries: readonly string[]): string {
  mkdirSync(to, { recursive: true });
  for (const entry of entries)
    if (existsSync(path.join(from, entry))) cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  symlinkSync(path.join(repo, 'node_modules'), path.join(to, 'node_modules'), 'dir');
  return to;
}

// ---------- output inspection ----------

interface OutputStats {
  bytes: number;
  files: number;
  indexBytes: number;
  indexFiles: number;
  htmlPages: number;
  largestHtml: { path: string; bytes: number };
  /** HTML pages over 100 KB, largest first (at most 20 listed). */
  over100k: Array<{ path: string; bytes: number }>;
  over100kCount: number;
}

function walk(dir: string, visit: (file: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file, visit);
    else if (entry.isFile()) visit(file, statSync(file).size);
  }
}

function inspectOutput(dir: string): OutputStats {
  const stats: OutputStats = {
    bytes: 0,
    files: 0,
    indexBytes: 0,
    indexFiles: 0,
    htmlPages: 0,
    largestHtml: { path: '', bytes: 0 },
    over100k: [],
    over100kCount: 0,
  };
  const indexDir = path.join(dir, 'pagefind') + path.sep;
  const over: Array<{ path: string; bytes: number }> = [];
  walk(dir, (file, bytes) => {
    stats.bytes += bytes;
    stats.files += 1;
    if (file.startsWith(indexDir)) {
      stats.indexBytes += bytes;
      stats.indexFiles += 1;
    }
    if (file.endsWith('.html')) {
      stats.htmlPages += 1;
      const relative = `/${path.relative(dir, file).replace(/index\.html$/, '')}`;
      if (bytes > stats.largestHtml.bytes) stats.largestHtml = { path: relative, bytes };
      if (bytes > 100 * 1024) over.push({ path: relative, bytes });
    }
  });
  over.sort((a, b) => b.bytes - a.bytes);
  stats.over100kCount = over.length;
  stats.over100k = over.slice(0, 20);
  return stats;
}

// ---------- figures ----------

interface Figure {
  key: string;
  label: string;
  unit: string;
  project: number | null;
  baseline: number | null;
  /** project / baseline, when both are known and the baseline is not zero. */
  ratio: number | null;
  target?: string;
  met?: boolean;
}

const totalBytes = (bytes: Partial<Record<string, number>>) =>
  Object.values(bytes).reduce<number>((sum, value) => sum + (value ?? 0), 0);

const median = (values: readonly number[]) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function figure(
  key: string,
  label: string,
  unit: string,
  project: number | null,
  baseline: number | null,
  target?: { text: string; met: (project: number, ratio: number | null) => boolean },
): Figure {
  const ratio = project !== null && baseline !== null && baseline !== 0 ? project / baseline : null;
  const result: Figure = { key, label, unit, project, baseline, ratio };
  if (target) {
    result.target = target.text;
    if (project !== null) result.met = target.met(project, ratio);
  }
  return result;
}

function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 's') return value.toFixed(value < 10 ? 2 : 1);
  if (unit === 'ms') return value.toFixed(0);
  if (unit === 'MB') return value.toFixed(value < 10 ? 2 : 1);
  if (unit === 'KB') return value.toFixed(1);
  return value.toLocaleString('en-GB');
}

function table(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'project', 'baseline', 'project / baseline', 'target'],
    ...figures.map((item) => [
      `${item.label} (${item.unit})`,
      formatValue(item.project, item.unit),
      formatValue(item.baseline, item.unit),
      item.ratio === null ? 'n/a' : `${item.ratio.toFixed(2)}×`,
      item.target ? `${item.target} ${item.met === undefined ? '' : item.met ? 'met' : 'NOT MET'}`.trim() : '',
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((width, column) => (column === 0 || column === 4 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

// ---------- main ----------

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        cases: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        'skip-browser': { type: 'boolean', default: false },
        out: { type: 'string' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : error}\n\n${usage}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const cases = Number(values.cases);
  const seed = Number(values.seed);
  if (!Number.isInteger(cases) || cases < 1) {
    process.stderr.write(`bench: --cases must be a whole number from 1, not ${values.cases}\n`);
    process.exit(2);
  }
  const outFile = path.resolve(values.out ?? path.join(repo, 'bench-results', `bench-${cases}.json`));

  const work = mkdtempSync(path.join(tmpdir(), 'cwb-bench-'));
  const loadBefore = loadavg();
  say(
    `benchmark of ${cases.toLocaleString('en-GB')} case studies (seed ${seed}) in ${work}; load average ${loadBefore.map((load) => load.toFixed(2)).join(' ')} on ${cpus().length} CPUs`,
  );
  try {
    const contentDir = path.join(work, 'content');
    say(`generating ${cases.toLocaleString('en-GB')} case studies…`);
    const library = generateLibrary({ cases, seed, out: contentDir });
    say(
      `  done: ${library.published.length} published, ${library.drafts} drafts, ${library.welsh} Welsh, ${library.mdx} MDX, ${(library.bytes / 1e6).toFixed(1)} MB of Markdown`,
    );
    const env = { CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' };

    // The project: validation on its own (npm run validate), then the build, which checks the content again, renders and indexes.
    const validate = await run('project: npm run validate', node, [path.join(repo, 'scripts', 'validate.ts')], env);
    // Everything the build could read, without the sample case studies (CONTENT_DIR replaces them) or what is built, tested or installed.
    const left = new Set([
      '.git',
      '.astro',
      '.cache',
      'node_modules',
      'dist',
      'bench',
      'bench-results',
      'tests',
      'content',
    ]);
    const sources = [...readdirSync(repo).filter((name) => !left.has(name)), 'content/taxonomy'];
    const projectOut = snapshot(repo, path.join(work, 'project'), sources);
    // npm run build: astro build, then, once it has exited, the search index and the nothing-lost check (scripts/build.ts).
    const projectAstro = await run(
      'project: astro build (site and its checks)',
      node,
      [
        path.join(repo, 'scripts', 'bench', 'astro-build.ts'),
        projectOut,
        path.join(projectOut, 'dist'),
        path.join(projectOut, 'cache'),
      ],
      { ...env, CWB_SEARCH_INDEX: 'after-astro' },
      projectOut,
    );
    const projectIndexRun = await run(
      'project: search index and nothing-lost check',
      node,
      [path.join(projectOut, 'scripts', 'build.ts'), '--index-only', path.join(projectOut, 'dist')],
      env,
      projectOut,
    );
    const projectMarks = marksOf(projectAstro.stdout);
    const projectSite = (projectMarks.generated ?? projectMarks.exit!) - projectAstro.startedAt;
    const projectIndex = projectAstro.milliseconds - projectSite + projectIndexRun.milliseconds;
    const projectBuild = {
      milliseconds: projectAstro.milliseconds + projectIndexRun.milliseconds,
      peakRss: Math.max(projectAstro.peakRss, projectIndexRun.peakRss),
    };

    // The reference site: the same build, then Pagefind's CLI over its output.
    const baselineOut = snapshot(baselineRoot, path.join(work, 'baseline'), ['astro.config.mjs', 'src']);
    const baselineBuild = await run(
      'baseline: astro build (site)',
      node,
      [
        path.join(repo, 'scripts', 'bench', 'astro-build.ts'),
        baselineOut,
        path.join(baselineOut, 'dist'),
        path.join(baselineOut, 'cache'),
      ],
      env,
      baselineOut,
    );
    const baselineIndex = await run(
      'baseline: pagefind --site (search index)',
      path.join(repo, 'node_modules', '.bin', 'pagefind'),
      ['--site', path.join(baselineOut, 'dist')],
      env,
    );

    say('measuring the output…');
    const projectStats = inspectOutput(path.join(projectOut, 'dist'));
    const baselineStats = inspectOutput(path.join(baselineOut, 'dist'));

    let search: { project: SearchMeasure; baseline: SearchMeasure } | undefined;
    let typing: TypingMeasure[] | undefined;
    let pages: { project: PageWeight[]; baseline: PageWeight[] } | undefined;
    let lighthouse: LighthouseMeasure[] | undefined;
    if (!values['skip-browser']) {
      const caseStudy =
        [...library.published].filter((slug) => !slug.endsWith('-cy')).sort()[
          Math.floor(library.published.length / 2)
        ] ?? library.published[0];
      const paths = { home: '/', caseStudy: `/case-studies/${caseStudy}/`, list: '/case-studies/', search: '/search/' };
      const browser = await launchBrowser();
      try {
        const measureSite = async (name: 'project' | 'baseline', dir: string) => {
          const server = await serveStatic(dir);
          try {
            say(`${name}: searching in Chromium (${benchQueries.length} queries, cold and warm)…`);
            const searched = await measureSearch(browser, server.origin, benchQueries);
            say(
              `  done: cold median ${median(searched.cold.map((item) => item.milliseconds)).toFixed(0)} ms, ${(median(searched.cold.map((item) => item.bytes)) / 1024).toFixed(0)} KB`,
            );
            // What a reader waits for after typing, on the project's own search page (the baseline's Pagefind UI has other markup).
            let typed: TypingMeasure[] | undefined;
            if (name === 'project') {
              say(`${name}: typing each query into the search page in Chromium…`);
              typed = await measureTyping(browser, server.origin, benchQueries);
              say(
                `  done: median ${median(typed.map((item) => item.toResults)).toFixed(0)} ms from the last keystroke, ${(median(typed.map((item) => totalBytes(item.bytes))) / 1024).toFixed(0)} KB`,
              );
            }
            // Lighthouse's mobile profile on the pages issue 15 sets a score for (≥ 95): the project's own pages.
            if (name === 'project') {
              say(`${name}: Lighthouse, mobile, on the search page with results and the contribution page…`);
              lighthouse = await measureLighthouse(server.origin);
              for (const measure of lighthouse) say(`  ${describeLighthouse(measure)}`);
            }
            say(`${name}: loading home, a case study, the list and search in Chromium…`);
            const weights: PageWeight[] = [];
            for (const pagePath of Object.values(paths))
              weights.push(await measurePage(browser, server.origin, pagePath));
            return { searched, weights, typed };
          } finally {
            await server.close();
          }
        };
        const project = await measureSite('project', path.join(projectOut, 'dist'));
        const baseline = await measureSite('baseline', path.join(baselineOut, 'dist'));
        search = { project: project.searched, baseline: baseline.searched };
        typing = project.typed;
        pages = { project: project.weights, baseline: baseline.weights };
      } finally {
        await browser.close();
      }
    }

    const seconds = (ms: number) => ms / 1000;
    const megabytes = (bytes: number) => bytes / 1024 ** 2;
    const kilobytes = (bytes: number) => bytes / 1024;
    const projectPipeline = validate.milliseconds + projectBuild.milliseconds;
    const baselinePipeline = baselineBuild.milliseconds + baselineIndex.milliseconds;
    const figures: Figure[] = [
      figure('validate', 'Validation, npm run validate', 's', seconds(validate.milliseconds), null, {
        text: '≤ 3 s',
        met: (value) => value <= 3,
      }),
      figure('site', 'Site build', 's', seconds(projectSite), seconds(baselineBuild.milliseconds)),
      figure(
        'index',
        'After pages: checks and search index',
        's',
        seconds(projectIndex),
        seconds(baselineIndex.milliseconds),
      ),
      figure(
        'pipeline',
        'Whole pipeline: validate, build, index',
        's',
        seconds(projectPipeline),
        seconds(baselinePipeline),
        { text: '≤ 1.25×', met: (_, ratio) => ratio !== null && ratio <= 1.25 },
      ),
      figure(
        'peakMemory',
        'Peak memory, build and index',
        'MB',
        megabytes(projectBuild.peakRss),
        megabytes(Math.max(baselineBuild.peakRss, baselineIndex.peakRss)),
        { text: '≤ 1×', met: (_, ratio) => ratio !== null && ratio <= 1 },
      ),
      figure('validateMemory', 'Peak memory, validation', 'MB', megabytes(validate.peakRss), null),
      figure('outputSize', 'Output size', 'MB', megabytes(projectStats.bytes), megabytes(baselineStats.bytes)),
      figure(
        'indexSize',
        'Search index size',
        'MB',
        megabytes(projectStats.indexBytes),
        megabytes(baselineStats.indexBytes),
      ),
      figure('htmlPages', 'HTML pages', 'pages', projectStats.htmlPages, baselineStats.htmlPages),
      figure(
        'largestHtml',
        'Largest HTML page',
        'KB',
        kilobytes(projectStats.largestHtml.bytes),
        kilobytes(baselineStats.largestHtml.bytes),
        { text: '≤ 100 KB', met: (value) => value <= 100 },
      ),
      figure(
        'htmlOver100k',
        'HTML pages over 100 KB',
        'pages',
        projectStats.over100kCount,
        baselineStats.over100kCount,
        { text: '0', met: (value) => value === 0 },
      ),
    ];
    if (search && pages) {
      const med = (items: SearchMeasure['cold'], pick: (item: SearchMeasure['cold'][number]) => number) =>
        median(items.map(pick));
      figures.push(
        figure(
          'searchColdMs',
          'Cold search, first results',
          'ms',
          med(search.project.cold, (item) => item.milliseconds),
          med(search.baseline.cold, (item) => item.milliseconds),
          { text: '≤ 300 ms', met: (value) => value <= 300 },
        ),
        figure(
          'searchColdKb',
          'Cold search, transferred',
          'KB',
          kilobytes(med(search.project.cold, (item) => item.bytes)),
          kilobytes(med(search.baseline.cold, (item) => item.bytes)),
          { text: '≤ 300 KB', met: (value) => value <= 300 },
        ),
        figure(
          'searchTypedMs',
          'Cold search typed, last keystroke to first results',
          'ms',
          typing ? median(typing.map((item) => item.toResults)) : null,
          null,
          { text: '≤ 300 ms', met: (value) => value <= 300 },
        ),
        figure(
          'searchTypedKb',
          'Cold search typed, transferred until the first ten results',
          'KB',
          typing ? kilobytes(median(typing.map((item) => totalBytes(item.bytes)))) : null,
          null,
          { text: '≤ 300 KB', met: (value) => value <= 300 },
        ),
        figure(
          'searchWarmMs',
          'Warm search, first results',
          'ms',
          med(search.project.warm, (item) => item.milliseconds),
          med(search.baseline.warm, (item) => item.milliseconds),
        ),
        figure(
          'searchWarmKb',
          'Warm search, transferred',
          'KB',
          kilobytes(med(search.project.warm, (item) => item.bytes)),
          kilobytes(med(search.baseline.warm, (item) => item.bytes)),
        ),
      );
      for (const measure of lighthouse ?? [])
        figures.push(
          figure(
            `lighthouse ${measure.path}`,
            `Lighthouse mobile performance, ${measure.path}`,
            'score',
            measure.score,
            null,
            { text: '≥ 95', met: (value) => value >= 95 },
          ),
        );
      const names = ['Home', 'A case study', 'List of case studies', 'Search page'];
      const keys = ['pageHome', 'pageCaseStudy', 'pageList', 'pageSearch'];
      pages.project.forEach((weight, index) =>
        figures.push(
          figure(
            keys[index]!,
            `${names[index]}, transferred`,
            'KB',
            kilobytes(weight.bytes),
            kilobytes(pages!.baseline[index]!.bytes),
          ),
        ),
      );
    }

    const loadAfter = loadavg();
    const results = {
      meta: {
        date: new Date().toISOString(),
        cases,
        seed,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGB: Math.round(totalmem() / 1024 ** 3),
        node: process.version,
        loadAverageBefore: loadBefore,
        loadAverageAfter: loadAfter,
        memoryMethod:
          'peak of the summed RSS of the process tree, sampled every 100 ms from /proc; the larger of the two steps of each (project: astro build, then the search index once it has exited; baseline: astro build, then pagefind)',
        searchMethod:
          'median over the queries; time from navigation start of /search/?q=<query> to the first result in the page; bytes transferred until then, page included; cold = new browser context, warm = the same context again. Typed (project only): each query typed into /search/ opened in a new browser context, as soon as the box is ready and again once the page has settled; milliseconds from the last keystroke to the first result, and bytes transferred from opening the page until the first ten results showed',
        queries: benchQueries,
      },
      library: {
        cases,
        published: library.published.length,
        drafts: library.drafts,
        welsh: library.welsh,
        mdx: library.mdx,
        words: library.words,
        markdownBytes: library.bytes,
      },
      figures,
      details: {
        project: {
          output: projectStats,
          typing,
          validateMs: validate.milliseconds,
          buildMs: projectBuild.milliseconds,
          astroBuildMs: projectAstro.milliseconds,
          astroPeakRss: projectAstro.peakRss,
          indexMs: projectIndexRun.milliseconds,
          indexPeakRss: projectIndexRun.peakRss,
          search: search?.project,
          pages: pages?.project,
          lighthouse,
        },
        baseline: {
          output: baselineStats,
          buildMs: baselineBuild.milliseconds,
          indexMs: baselineIndex.milliseconds,
          buildPeakRss: baselineBuild.peakRss,
          indexPeakRss: baselineIndex.peakRss,
          search: search?.baseline,
          pages: pages?.baseline,
        },
      },
    };
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

    process.stdout.write(
      `\nBenchmark: ${cases.toLocaleString('en-GB')} case studies (seed ${seed}), ${cpus().length} CPUs, load average ${loadBefore[0]!.toFixed(2)} before, ${loadAfter[0]!.toFixed(2)} after\n\n`,
    );
    process.stdout.write(`${table(figures)}\n\n`);
    if (projectStats.over100kCount > 0) {
      process.stdout.write(
        `Project HTML pages over 100 KB (${projectStats.over100kCount}): ${projectStats.over100k
          .slice(0, 10)
          .map((item) => `${item.path} ${(item.bytes / 1024).toFixed(0)} KB`)
          .join(', ')}\n`,
      );
    }
    process.stdout.write(
      `Peak memory: ${results.meta.memoryMethod}. Search: ${results.meta.searchMethod}.\nResults written to ${path.relative(process.cwd(), outFile) || outFile}\n`,
    );
    say('finished');
  } finally {
    if (values.keep) say(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  say(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
