/**
 * npm run bench [-- --cases N] [--seed S] [--skip-browser] [--skip-starlight] [--skip-rebuild]
 *                  [--skip-dev] [--out results.json] [--keep]
 *
 * Measures this project against two reference sites on the same generated library, in the same
 * run: the minimal Astro + Pagefind site in `bench/baseline/` (one page per case study, then
 * `pagefind --site`) and Starlight in `bench/starlight/` (Astro's documentation theme with its
 * built-in Pagefind search, the ready-made choice a team would most likely pick; its own pinned
 * dependencies, installed with `npm ci`; `.md` case studies only). For each: the whole pipeline's
 * time and peak memory from empty caches, then the rebuild after one case study's title changed
 * (the same folder, the caches of the first build kept), output and index sizes; the development
 * server's figures (scripts/bench/dev.ts); then, in headless Chromium, the first results of a
 * search (cold and warm) and what pages transfer. Prints a table with the ratios project / minimal
 * site and project / Starlight and whether each target of issue 18 is met, and writes the same as
 * JSON.
 *
 * A measurement, not a test: it fails only when something it runs fails.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { launchBrowser, measurePage, measureSearch, type PageWeight, type SearchMeasure } from './browser.ts';
import { atLeast, atMost, atMostTimes, figure, median, table, type Figure } from './figures.ts';
import { generateLibrary } from './generate.ts';
import { marksOf, measure, type Measured } from './measure.ts';
import { firstSearch, firstSearchQueries, type FirstSearch } from './first-search.ts';
import { measureTyping, type TypingMeasure } from './search-typing.ts';
import { describeLighthouse, measureLighthouse, type LighthouseMeasure } from './lighthouse.ts';
import { serveStatic } from './serve.ts';
import { copyLibraryForStarlight, toStarlightPage, type StarlightCopy } from './starlight.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const baselineRoot = path.join(repo, 'bench', 'baseline');
const starlightRoot = path.join(repo, 'bench', 'starlight');
/** The development measurement (engineer "dev"'s), called when it is there. */
const devModule = path.join(repo, 'scripts', 'bench', 'dev.ts');
const node = process.execPath;

/** The queries every search measurement runs: common and rarer words of the generated libraries. */
export const benchQueries = ['procurement', 'living wage', 'Preston', 'community land trust', 'pension fund'];

const usage = `Usage: npm run bench [-- --cases N] [--seed S] [--skip-browser] [--skip-starlight]
                 [--skip-rebuild] [--skip-dev] [--out FILE] [--keep]

  --cases N         case studies to generate (default 1000)
  --seed S          seed of the generated library (default 1)
  --skip-browser    measure building only, not search and page weight in Chromium
  --skip-starlight  leave out the Starlight reference site (its npm ci, build and search)
  --skip-rebuild    leave out the rebuilds after one change
  --skip-dev        leave out the development server's figures (scripts/bench/dev.ts)
  --out FILE        where to write the results as JSON (default bench-results/bench-<N>.json)
  --keep            keep the temporary folder (library and the builds) and print where it is`;

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
 * Whether a `node_modules` entry is a package to share: its dot-folders are caches and temporary
 * files (ours in `.cache/cwb/`, Astro's `.astro/`, Vite's `.vite/` and `.vite-temp/`), which each
 * copy keeps for itself; `.bin/` is shared.
 */
const isShared = (entry: string) => entry === '.bin' || !entry.startsWith('.');

/**
 * A `node_modules` of the copy's own: a link to each package of `from`, and none of its caches.
 * The caches of a build (`node_modules/.cache/cwb/`, Astro's and Vite's) are then the copy's: the
 * first build starts with none, the rebuild finds the first build's, and nothing is written into the
 * checkout's.
 */
function linkDependencies(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) if (isShared(entry)) symlinkSync(path.join(from, entry), path.join(to, entry));
}

/**
 * A copy of a site's sources to build from, with the repository's packages linked in. Astro
 * keeps generated files of a root in `<root>/.astro/` and, for an output folder outside the working
 * directory, its prerender chunks in `<cwd>/.astro/`: builds of one root at the same time (other
 * developers', or the dev server) would overwrite each other's. A copy in the run's folder keeps
 * the measured build apart, with the same sources and the same dependencies.
 */
function snapshot(from: string, to: string, entries: readonly string[]): string {
  mkdirSync(to, { recursive: true });
  for (const entry of entries)
    if (existsSync(path.join(from, entry))) cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  linkDependencies(path.join(repo, 'node_modules'), path.join(to, 'node_modules'));
  return to;
}

/**
 * The one change between a build and its rebuild: the case study's title gets ` (revised)`. Only
 * the `title:` line of the front matter is rewritten (as JSON, which YAML reads as a quoted string).
 */
function retitle(file: string): string {
  const source = readFileSync(file, 'utf8');
  const title = `${String(matter(source).data.title)} (revised)`;
  const end = source.indexOf('\n---', 4);
  const front = source.slice(0, end).replace(/^title: .*$/m, () => `title: ${JSON.stringify(title)}`);
  if (front === source.slice(0, end)) throw new Error(`${file}: no one-line title to change for the rebuild`);
  writeFileSync(file, `${front}${source.slice(end)}`);
  return title;
}

// ---------- a site's build ----------

/** The measured steps of one build of a site, in order. */
interface Build {
  steps: Array<{ label: string; milliseconds: number; peakRss: number }>;
  milliseconds: number;
  peakRss: number;
}

const buildOf = (steps: ReadonlyArray<{ label: string; measured: Measured }>): Build => ({
  steps: steps.map(({ label, measured }) => ({
    label,
    milliseconds: measured.milliseconds,
    peakRss: measured.peakRss,
  })),
  milliseconds: steps.reduce((sum, { measured }) => sum + measured.milliseconds, 0),
  peakRss: Math.max(...steps.map(({ measured }) => measured.peakRss)),
});

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

const totalBytes = (bytes: Partial<Record<string, number>>) =>
  Object.values(bytes).reduce<number>((sum, value) => sum + (value ?? 0), 0);

// ---------- main ----------

/** What scripts/bench/dev.ts's `measureDev` returns (milliseconds). */
interface DevMeasure {
  firstPageMs?: number;
  searchIndexMs?: number;
  editPageMs?: number;
  editSearchMs?: number;
  [other: string]: unknown;
}

/**
 * The development figures, from engineer "dev"'s scripts/bench/dev.ts when it is in this checkout
 * (`measureDev({ content })`); `undefined`, said on the console, when it is not yet.
 */
async function measureDevelopment(contentDir: string): Promise<DevMeasure | undefined> {
  if (!existsSync(devModule)) {
    say(`development: ${path.relative(repo, devModule)} is not in this checkout yet; no development figures`);
    return undefined;
  }
  const module = (await import(pathToFileURL(devModule).href)) as {
    measureDev?: (options: { content: string }) => Promise<DevMeasure>;
  };
  if (typeof module.measureDev !== 'function') {
    say(`development: ${path.relative(repo, devModule)} exports no measureDev(options); no development figures`);
    return undefined;
  }
  say('development: npm run dev on the library (scripts/bench/dev.ts)…');
  const measured = await module.measureDev({ content: contentDir });
  say(`  done: ${JSON.stringify(measured)}`);
  return measured;
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        cases: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        'skip-browser': { type: 'boolean', default: false },
        'skip-starlight': { type: 'boolean', default: false },
        'skip-rebuild': { type: 'boolean', default: false },
        'skip-dev': { type: 'boolean', default: false },
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
  const withStarlight = !values['skip-starlight'];
  const withRebuild = !values['skip-rebuild'];
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
    // Published English case studies that are `.md` files: pages all three sites have.
    const markdownCaseStudies = [...library.published]
      .filter((slug) => !slug.endsWith('-cy') && existsSync(path.join(contentDir, 'case-studies', `${slug}.md`)))
      .sort();
    const astroBuild = path.join(repo, 'scripts', 'bench', 'astro-build.ts');

    // ---- the project: validation on its own (npm run validate), then npm run build ----
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
    const buildProject = async (when: string) => {
      const validate = await run(
        `project${when}: npm run validate`,
        node,
        [path.join(projectOut, 'scripts', 'validate.ts')],
        env,
        projectOut,
      );
      // npm run build: astro build, then, once it has exited, the search index and the nothing-lost check (scripts/build.ts).
      const astro = await run(
        `project${when}: astro build (site and its checks)`,
        node,
        [astroBuild, projectOut, path.join(projectOut, 'dist'), path.join(projectOut, 'cache')],
        { ...env, CWB_SEARCH_INDEX: 'after-astro' },
        projectOut,
      );
      const index = await run(
        `project${when}: search index and nothing-lost check`,
        node,
        [path.join(projectOut, 'scripts', 'build.ts'), '--index-only', path.join(projectOut, 'dist')],
        env,
        projectOut,
      );
      const marks = marksOf(astro.stdout);
      const site = (marks.generated ?? marks.exit!) - astro.startedAt;
      return {
        validate,
        site,
        afterPages: astro.milliseconds - site + index.milliseconds,
        build: buildOf([
          { label: 'npm run validate', measured: validate },
          { label: 'astro build', measured: astro },
          { label: 'search index and nothing-lost check', measured: index },
        ]),
      };
    };
    const project = await buildProject('');

    // ---- the minimal site: the same build, then Pagefind's CLI over its output ----
    const baselineOut = snapshot(baselineRoot, path.join(work, 'baseline'), ['astro.config.mjs', 'src']);
    const buildBaseline = async (when: string) => {
      const astro = await run(
        `baseline${when}: astro build (site)`,
        node,
        [astroBuild, baselineOut, path.join(baselineOut, 'dist'), path.join(baselineOut, 'cache')],
        env,
        baselineOut,
      );
      const index = await run(
        `baseline${when}: pagefind --site (search index)`,
        path.join(repo, 'node_modules', '.bin', 'pagefind'),
        ['--site', path.join(baselineOut, 'dist')],
        env,
      );
      return {
        site: astro.milliseconds,
        afterPages: index.milliseconds,
        build: buildOf([
          { label: 'astro build', measured: astro },
          { label: 'pagefind --site', measured: index },
        ]),
      };
    };
    const baseline = await buildBaseline('');

    // ---- Starlight: its own dependencies (npm ci), its copy of the library, astro build (Pagefind inside) ----
    const starlightOut = path.join(work, 'starlight');
    const starlightDocs = path.join(starlightOut, 'src', 'content', 'docs');
    let starlightInstall: Measured | undefined;
    let starlightCopy: StarlightCopy | undefined;
    const buildStarlight = async (when: string) => {
      const astro = await run(
        `starlight${when}: astro build (site and its search index)`,
        node,
        [
          path.join(starlightOut, 'astro-build.ts'),
          starlightOut,
          path.join(starlightOut, 'dist'),
          path.join(starlightOut, 'cache'),
        ],
        { ASTRO_TELEMETRY_DISABLED: '1' },
        starlightOut,
      );
      const marks = marksOf(astro.stdout);
      const site = (marks.generated ?? marks.exit!) - astro.startedAt;
      return {
        site,
        afterPages: astro.milliseconds - site,
        build: buildOf([{ label: 'astro build', measured: astro }]),
      };
    };
    let starlight: Awaited<ReturnType<typeof buildStarlight>> | undefined;
    if (withStarlight) {
      mkdirSync(starlightOut, { recursive: true });
      for (const entry of ['package.json', 'package-lock.json', 'astro.config.mjs', 'src'])
        cpSync(path.join(starlightRoot, entry), path.join(starlightOut, entry), { recursive: true });
      // Run from inside the copy, so that `astro` is Starlight's pinned one, not the project's.
      cpSync(astroBuild, path.join(starlightOut, 'astro-build.ts'));
      starlightInstall = await run(
        'starlight: npm ci (its pinned dependencies, from the npm registry)',
        'npm',
        ['ci', '--no-audit', '--no-fund', '--prefer-offline'],
        { npm_config_update_notifier: 'false' },
        starlightOut,
      );
      starlightCopy = copyLibraryForStarlight(contentDir, starlightDocs);
      say(
        `starlight: ${starlightCopy.pages} case-study pages (.md); ${starlightCopy.mdxLeftOut} MDX case studies left out`,
      );
      starlight = await buildStarlight('');
    }

    // ---- the rebuilds: one case study's title changed, the first builds' caches and output kept ----
    let rebuilt:
      | {
          slug: string;
          title: string;
          project: Awaited<ReturnType<typeof buildProject>>;
          baseline: Awaited<ReturnType<typeof buildBaseline>>;
          starlight?: Awaited<ReturnType<typeof buildStarlight>>;
        }
      | undefined;
    if (withRebuild) {
      // A published English `.md` case study, so that all three sites have its page.
      const changed = markdownCaseStudies[Math.floor(markdownCaseStudies.length / 3)];
      if (!changed) throw new Error(`rebuild: no published .md case study in ${contentDir}`);
      const file = path.join(contentDir, 'case-studies', `${changed}.md`);
      const title = retitle(file);
      say(`rebuild: ${path.basename(file)} now has the title ${JSON.stringify(title)}`);
      if (starlight)
        writeFileSync(
          path.join(starlightDocs, 'case-studies', path.basename(file)),
          toStarlightPage(readFileSync(file, 'utf8'), file),
        );
      rebuilt = {
        slug: changed,
        title,
        project: await buildProject(' rebuild'),
        baseline: await buildBaseline(' rebuild'),
        starlight: starlight ? await buildStarlight(' rebuild') : undefined,
      };
    }

    say('measuring the output…');
    const projectStats = inspectOutput(path.join(projectOut, 'dist'));
    const baselineStats = inspectOutput(path.join(baselineOut, 'dist'));
    const starlightStats = starlight ? inspectOutput(path.join(starlightOut, 'dist')) : undefined;

    const development = values['skip-dev'] ? undefined : await measureDevelopment(contentDir);

    type SiteMeasure = {
      searched: SearchMeasure;
      weights: Array<PageWeight | null>;
      typed?: TypingMeasure[];
      first?: FirstSearch[];
    };
    let browserMeasures: Partial<Record<'project' | 'baseline' | 'starlight', SiteMeasure>> = {};
    let lighthouse: LighthouseMeasure[] | undefined;
    if (!values['skip-browser']) {
      const caseStudy = markdownCaseStudies[Math.floor(markdownCaseStudies.length / 2)] ?? library.published[0];
      const paths = { home: '/', caseStudy: `/case-studies/${caseStudy}/`, list: '/case-studies/', search: '/search/' };
      const browser = await launchBrowser();
      try {
        const measureSite = async (name: 'project' | 'baseline' | 'starlight', dir: string): Promise<SiteMeasure> => {
          const server = await serveStatic(dir);
          try {
            say(`${name}: searching in Chromium (${benchQueries.length} queries, cold and warm)…`);
            // Starlight's search is a dialog on every page: the query goes into its box on the home page.
            const searched = await measureSearch(
              browser,
              server.origin,
              benchQueries,
              60_000,
              name === 'starlight' ? 'box' : 'query',
            );
            say(
              `  done: cold median ${median(searched.cold.map((item) => item.milliseconds)).toFixed(0)} ms, ${(median(searched.cold.map((item) => item.bytes)) / 1024).toFixed(0)} KB`,
            );
            // What a reader waits for after typing, on the project's own search page (the baseline's Pagefind UI has other markup).
            let typed: TypingMeasure[] | undefined;
            let first: FirstSearch[] | undefined;
            if (name === 'project') {
              say(`${name}: typing each query into the search page in Chromium…`);
              typed = await measureTyping(browser, server.origin, benchQueries);
              say(
                `  done: median ${median(typed.map((item) => item.toResults)).toFixed(0)} ms from the last keystroke, ${(median(typed.map((item) => totalBytes(item.bytes))) / 1024).toFixed(0)} KB`,
              );
              // Each query of issue 15 opened by its address in a cold browser: the bytes to its first ten results.
              say(`${name}: each query's first search by its address (${firstSearchQueries.length} queries)…`);
              first = [];
              for (const query of firstSearchQueries) first.push(await firstSearch(browser, server.origin, query));
              // Lighthouse's mobile profile on the pages issue 15 sets a score for (≥ 95): the project's own pages.
              say(`${name}: Lighthouse, mobile, on the search page with results and the contribution page…`);
              lighthouse = await measureLighthouse(server.origin);
              for (const measured of lighthouse) say(`  ${describeLighthouse(measured)}`);
            }
            say(`${name}: loading home, a case study, the list and search in Chromium…`);
            const weights: Array<PageWeight | null> = [];
            for (const [kind, pagePath] of Object.entries(paths))
              // Starlight has no list of case studies and no search page of its own.
              weights.push(
                name === 'starlight' && (kind === 'list' || kind === 'search')
                  ? null
                  : await measurePage(browser, server.origin, pagePath),
              );
            return { searched, weights, typed, first };
          } finally {
            await server.close();
          }
        };
        browserMeasures = {
          project: await measureSite('project', path.join(projectOut, 'dist')),
          baseline: await measureSite('baseline', path.join(baselineOut, 'dist')),
          starlight: starlight ? await measureSite('starlight', path.join(starlightOut, 'dist')) : undefined,
        };
      } finally {
        await browser.close();
      }
    }

    const seconds = (ms: number | undefined) => (ms === undefined ? null : ms / 1000);
    const megabytes = (bytes: number | undefined) => (bytes === undefined ? null : bytes / 1024 ** 2);
    const kilobytes = (bytes: number | undefined) => (bytes === undefined ? null : bytes / 1024);
    const share = (rebuild: { build: Build } | undefined, first: { build: Build } | undefined) =>
      rebuild && first ? (100 * rebuild.build.milliseconds) / first.build.milliseconds : null;
    const figures: Figure[] = [
      figure('validate', 'Validation, npm run validate', 's', { project: seconds(project.validate.milliseconds) }, [
        atMost(3, '≤ 3 s'),
      ]),
      figure('site', 'Site build', 's', {
        project: seconds(project.site),
        baseline: seconds(baseline.site),
        starlight: seconds(starlight?.site),
      }),
      figure('index', 'After pages: checks and search index', 's', {
        project: seconds(project.afterPages),
        baseline: seconds(baseline.afterPages),
        starlight: seconds(starlight?.afterPages),
      }),
      figure(
        'pipeline',
        'Whole pipeline: validate, build, index',
        's',
        {
          project: seconds(project.build.milliseconds),
          baseline: seconds(baseline.build.milliseconds),
          starlight: seconds(starlight?.build.milliseconds),
        },
        [atMostTimes('starlight', 1, '≤ 1× Starlight (must)'), atMostTimes('baseline', 1.5, '≤ 1.5× minimal (goal)')],
      ),
      figure(
        'peakMemory',
        'Peak memory, build and index',
        'MB',
        {
          // The build's steps; validation is a figure of its own below.
          project: megabytes(Math.max(...project.build.steps.slice(1).map((step) => step.peakRss))),
          baseline: megabytes(baseline.build.peakRss),
          starlight: megabytes(starlight?.build.peakRss),
        },
        [atMostTimes('baseline', 1, '≤ 1× minimal')],
      ),
      figure('validateMemory', 'Peak memory, validation', 'MB', { project: megabytes(project.validate.peakRss) }),
    ];
    if (rebuilt) {
      figures.push(
        figure('rebuild', 'Rebuild after one change: validate, build, index', 's', {
          project: seconds(rebuilt.project.build.milliseconds),
          baseline: seconds(rebuilt.baseline.build.milliseconds),
          starlight: seconds(rebuilt.starlight?.build.milliseconds),
        }),
        figure(
          'rebuildShare',
          'Rebuild after one change, share of the first build',
          '%',
          {
            project: share(rebuilt.project, project),
            baseline: share(rebuilt.baseline, baseline),
            starlight: share(rebuilt.starlight, starlight),
          },
          [atMost(25, '≤ 25 %')],
          { ratios: false },
        ),
        figure('rebuildMemory', 'Peak memory, rebuild after one change', 'MB', {
          project: megabytes(rebuilt.project.build.peakRss),
          baseline: megabytes(rebuilt.baseline.build.peakRss),
          starlight: megabytes(rebuilt.starlight?.build.peakRss),
        }),
      );
    }
    if (starlightInstall)
      figures.push(
        figure('starlightInstall', 'Starlight: npm ci (not in its pipeline)', 's', {
          starlight: seconds(starlightInstall.milliseconds),
        }),
      );
    figures.push(
      figure('outputSize', 'Output size', 'MB', {
        project: megabytes(projectStats.bytes),
        baseline: megabytes(baselineStats.bytes),
        starlight: megabytes(starlightStats?.bytes),
      }),
      figure('indexSize', 'Search index size', 'MB', {
        project: megabytes(projectStats.indexBytes),
        baseline: megabytes(baselineStats.indexBytes),
        starlight: megabytes(starlightStats?.indexBytes),
      }),
      figure('htmlPages', 'HTML pages', 'pages', {
        project: projectStats.htmlPages,
        baseline: baselineStats.htmlPages,
        starlight: starlightStats?.htmlPages ?? null,
      }),
      figure(
        'largestHtml',
        'Largest HTML page',
        'KB',
        {
          project: kilobytes(projectStats.largestHtml.bytes),
          baseline: kilobytes(baselineStats.largestHtml.bytes),
          starlight: kilobytes(starlightStats?.largestHtml.bytes),
        },
        [atMost(100, '≤ 100 KB')],
      ),
      figure(
        'htmlOver100k',
        'HTML pages over 100 KB',
        'pages',
        {
          project: projectStats.over100kCount,
          baseline: baselineStats.over100kCount,
          starlight: starlightStats?.over100kCount ?? null,
        },
        [atMost(0, '0')],
        { ratios: false },
      ),
    );
    if (!values['skip-dev']) {
      const devFigure = (key: keyof DevMeasure & string, label: string, limit: number) =>
        figure(
          key,
          `Development: ${label}`,
          's',
          { project: typeof development?.[key] === 'number' ? development[key] / 1000 : null },
          [atMost(limit, `≤ ${limit} s`)],
        );
      figures.push(
        devFigure('firstPageMs', 'npm run dev to the first page', 5),
        devFigure('searchIndexMs', 'npm run dev to a search index', 8),
        devFigure('editPageMs', 'an edited case study’s page current', 1),
        devFigure('editSearchMs', 'an edited case study’s search entry current', 1),
      );
    }
    const { project: projectBrowser, baseline: baselineBrowser, starlight: starlightBrowser } = browserMeasures;
    if (projectBrowser && baselineBrowser) {
      const med = (
        measured: SiteMeasure | undefined,
        warm: boolean,
        pick: (item: SearchMeasure['cold'][number]) => number,
      ) => (measured ? median((warm ? measured.searched.warm : measured.searched.cold).map(pick)) : null);
      const ms = (item: SearchMeasure['cold'][number]) => item.milliseconds;
      const kb = (item: SearchMeasure['cold'][number]) => item.bytes / 1024;
      const typing = projectBrowser.typed;
      figures.push(
        figure(
          'searchColdMs',
          'Cold search, first results',
          'ms',
          {
            project: med(projectBrowser, false, ms),
            baseline: med(baselineBrowser, false, ms),
            starlight: med(starlightBrowser, false, ms),
          },
          [atMost(300, '≤ 300 ms')],
        ),
        figure(
          'searchColdKb',
          'Cold search, transferred',
          'KB',
          {
            project: med(projectBrowser, false, kb),
            baseline: med(baselineBrowser, false, kb),
            starlight: med(starlightBrowser, false, kb),
          },
          [atMost(300, '≤ 300 KB')],
        ),
        figure(
          'searchTypedMs',
          'Cold search typed, last keystroke to first results',
          'ms',
          { project: typing ? median(typing.map((item) => item.toResults)) : null },
          [atMost(300, '≤ 300 ms')],
        ),
        figure(
          'searchTypedKb',
          'Cold search typed, transferred until the first ten results',
          'KB',
          { project: typing ? kilobytes(median(typing.map((item) => totalBytes(item.bytes)))) : null },
          [atMost(300, '≤ 300 KB')],
        ),
        figure('searchWarmMs', 'Warm search, first results', 'ms', {
          project: med(projectBrowser, true, ms),
          baseline: med(baselineBrowser, true, ms),
          starlight: med(starlightBrowser, true, ms),
        }),
        figure('searchWarmKb', 'Warm search, transferred', 'KB', {
          project: med(projectBrowser, true, kb),
          baseline: med(baselineBrowser, true, kb),
          starlight: med(starlightBrowser, true, kb),
        }),
      );
      for (const measured of projectBrowser.first ?? []) {
        const words = measured.query.split(/\s+/).length;
        figures.push(
          figure(
            `firstSearchKb ${measured.query}`,
            `First search by address, "${measured.query}", transferred until ten results`,
            'KB',
            { project: kilobytes(Object.values(measured.page).reduce((sum, bytes) => sum + bytes, 0)) },
            // Issue 15's goal is for one- and two-word queries; a longer one is reported only.
            words <= 2 ? [atMost(300, '≤ 300 KB')] : [],
          ),
        );
      }
      for (const measured of lighthouse ?? [])
        figures.push(
          figure(
            `lighthouse ${measured.path}`,
            `Lighthouse mobile performance, ${measured.path}`,
            'score',
            { project: measured.score },
            [atLeast(95, '≥ 95')],
          ),
        );
      const names = ['Home', 'A case study', 'List of case studies', 'Search page'];
      const keys = ['pageHome', 'pageCaseStudy', 'pageList', 'pageSearch'];
      projectBrowser.weights.forEach((weight, index) =>
        figures.push(
          figure(keys[index]!, `${names[index]}, transferred`, 'KB', {
            project: kilobytes(weight?.bytes),
            baseline: kilobytes(baselineBrowser.weights[index]?.bytes),
            starlight: kilobytes(starlightBrowser?.weights[index]?.bytes),
          }),
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
        skipped: {
          browser: values['skip-browser'],
          starlight: !withStarlight,
          rebuild: !withRebuild,
          dev: values['skip-dev'] || development === undefined,
        },
        memoryMethod:
          'peak of the summed RSS of the process tree, sampled every 100 ms from /proc; the largest of the steps of each build (project: astro build, then the search index once it has exited; minimal site: astro build, then pagefind; Starlight: astro build, Pagefind inside it)',
        rebuildMethod:
          'the same steps again in the same folder after one case study’s title changed (on the project’s and minimal site’s library and Starlight’s copy), with the first build’s output and caches kept (the copy’s own node_modules/.cache, Astro’s cache folder, .astro/); share = rebuild time / first build time',
        searchMethod:
          'median over the queries; time from navigation start of /search/?q=<query> to the first result in the page (Starlight: of / with the query put into its search dialog’s box as soon as the box exists); bytes transferred until then, page included; cold = new browser context, warm = the same context again. Typed (project only): each query typed into /search/ opened in a new browser context, as soon as the box is ready and again once the page has settled; milliseconds from the last keystroke to the first result, and bytes transferred from opening the page until the first ten results showed. First search by address (project only, scripts/bench/first-search.ts): each of issue 15’s queries opened as /search/?q=<query> in a new browser context, every byte transferred until its first ten results showed, Pagefind’s worker’s requests included',
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
        starlight: starlightCopy,
        rebuildChanged: rebuilt ? { slug: rebuilt.slug, title: rebuilt.title } : undefined,
      },
      figures,
      details: {
        project: {
          output: projectStats,
          first: project.build,
          rebuild: rebuilt?.project.build,
          typing: projectBrowser?.typed,
          search: projectBrowser?.searched,
          pages: projectBrowser?.weights,
          lighthouse,
          firstSearch: projectBrowser?.first,
        },
        baseline: {
          output: baselineStats,
          first: baseline.build,
          rebuild: rebuilt?.baseline.build,
          search: baselineBrowser?.searched,
          pages: baselineBrowser?.weights,
        },
        starlight: starlight
          ? {
              output: starlightStats,
              install: { milliseconds: starlightInstall?.milliseconds, peakRss: starlightInstall?.peakRss },
              first: starlight.build,
              rebuild: rebuilt?.starlight?.build,
              search: starlightBrowser?.searched,
              pages: starlightBrowser?.weights,
            }
          : undefined,
        development,
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
    if (starlightCopy)
      process.stdout.write(
        `Starlight: ${starlightCopy.pages} case-study pages from the .md files; ${starlightCopy.mdxLeftOut} MDX case studies left out (they use this project's components).\n`,
      );
    process.stdout.write(
      `Peak memory: ${results.meta.memoryMethod}. Rebuild: ${results.meta.rebuildMethod}. Search: ${results.meta.searchMethod}.\nResults written to ${path.relative(process.cwd(), outFile) || outFile}\n`,
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
