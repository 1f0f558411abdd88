/**
 * node scripts/bench/dev.ts --content DIR [--warm] [--port N] [--json]
 *
 * What a contributor waits for in `npm run dev` (issue 18 item 5), on a copy of the library at DIR:
 *
 * - `firstPageMs`: from spawning `astro dev` to the first 200 of a case study's page, and
 *   `homePageMs` to the first 200 of `/` (requested once the case study has answered);
 * - `searchIndexMs`: from the spawn to the dev search index (`<base>pagefind/`, served by
 *   src/integrations/pagefind-dev.ts) answering a query for a word of that case study's title with
 *   its page, asked the way the search page asks for a search by best match (`searchUrls`);
 * - then the case study's title is changed in its file, and `editPageMs` is the time from the
 *   write to its page showing the new title, `editSearchMs` to a search for the new title's
 *   unusual word finding the page.
 *
 * The server runs in a copy of the project in a temporary folder, with its own caches (Astro's
 * content store and Vite's optimised dependencies), empty unless `--warm`, which starts the server once untimed first, as a
 * contributor's second `npm run dev` finds them. The server is stopped (its process group killed)
 * and the temporary folder removed at the end. A measurement, not a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const repo = fileURLToPath(new URL('../../', import.meta.url));

export interface DevOptions {
  /** The content root to measure (`CONTENT_DIR`); it is copied, never edited. */
  content: string;
  /** The project whose copy runs `astro dev`; this repository by default. */
  project?: string;
  /** Port of the dev server; 4405 by default. */
  port?: number;
  /** Start once untimed first, so that the timed start finds the caches filled. */
  warm?: boolean;
  /** Give up on any one wait after this long; 120 s by default. */
  timeoutMs?: number;
  /** How long to wait for an edit to show before reporting it as null; 30 s by default. */
  editTimeoutMs?: number;
  /** Progress lines (to stderr by default). */
  say?: (line: string) => void;
}

export interface DevMeasure {
  /** Spawn to the first 200 of the edited case study's page. */
  firstPageMs: number;
  /** Spawn to the first 200 of `/` (asked after the case study's page). */
  homePageMs: number;
  /** Spawn to the search index finding the case study by a word of its title. */
  searchIndexMs: number;
  /** Write of the new title to the page showing it; null when it did not within `editTimeoutMs`. */
  editPageMs: number | null;
  /** Write of the new title to a search for it finding the page; null when it did not in time. */
  editSearchMs: number | null;
  /** The case study edited, the caches the start found, and how many case studies the library has. */
  slug: string;
  caches: 'cold' | 'warm';
  caseStudies: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server stopped: no use waiting any longer. */
class ServerExited extends Error {}

/**
 * Polls `check` until it is true, `pauseMs` apart (a failed request counts as not yet); fails after
 * `timeoutMs` naming `what`, with the end of the server's output, or as soon as the server exits.
 */
async function until(
  what: string,
  check: () => Promise<boolean>,
  { timeoutMs, server, pauseMs = 25 }: { timeoutMs: number; server: Server; pauseMs?: number },
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null)
      throw new ServerExited(
        `astro dev exited (${server.child.exitCode}) before ${what}:\n${server.output().slice(-3000)}`,
      );
    if (await check().catch(() => false)) return;
    if (performance.now() > deadline)
      throw new Error(`dev bench: gave up waiting for ${what} after ${timeoutMs} ms:\n${server.output().slice(-3000)}`);
    await sleep(pauseMs);
  }
}

/** The body of a GET when it answers 200, else undefined. */
async function get(url: string): Promise<string | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  return response.ok ? text : undefined;
}

interface PagefindModule {
  options(options: { basePath: string }): Promise<void>;
  mergeIndex(indexPath: string): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> } | null>;
  destroy(): Promise<void>;
}

/**
 * Searches the server's index as the search page does a search by best match: with the
 * `pagefind-relevance.js` it serves (Pagefind's own `pagefind.js` where there is none), merging the
 * parts the dev index lists in `dev-shards.json` when it is in parts, in a fresh instance each time
 * (Pagefind keeps what it has loaded): the URLs of the first ten results.
 */
async function searchUrls(origin: string, query: string, scratch: string, attempt: number): Promise<string[]> {
  const script =
    (await get(`${origin}/pagefind/pagefind-relevance.js`)) ?? (await get(`${origin}/pagefind/pagefind.js`));
  if (!script) return [];
  const file = path.join(scratch, 'pagefind.js');
  writeFileSync(file, script);
  const pagefind = (await import(`${pathToFileURL(file).href}?attempt=${attempt}`)) as PagefindModule;
  try {
    await pagefind.options({ basePath: `${origin}/pagefind/` });
    const parts = await get(`${origin}/pagefind/dev-shards.json`);
    for (const part of parts ? (JSON.parse(parts) as string[]) : [])
      await pagefind.mergeIndex(`${origin}/pagefind/${part}/`);
    const found = await pagefind.search(query);
    return found ? await Promise.all(found.results.slice(0, 10).map(async (result) => (await result.data()).url)) : [];
  } finally {
    await pagefind.destroy();
  }
}

/** A published, plain-Markdown case study of the library with a `title:` line to edit. */
function pickCaseStudy(root: string): { slug: string; file: string; title: string } {
  const dir = path.join(root, 'case-studies');
  for (const name of readdirSync(dir).sort()) {
    if (!/^[^_].*\.md$/.test(name)) continue;
    const text = readFileSync(path.join(dir, name), 'utf8');
    const title = /^title: *(.+)$/m.exec(text)?.[1]?.replace(/^['"]|['"]$/g, '');
    if (!title || /^draft: *true/m.test(text) || /^withdrawn:/m.test(text)) continue;
    return { slug: name.replace(/\.md$/, ''), file: path.join(dir, name), title };
  }
  throw new Error(`dev bench: no published .md case study with a title under ${dir}`);
}

/** What of the project is not copied into the measured copy: generated files, caches, history. */
const notCopied = new Set(['node_modules', 'dist', '.astro', '.git', 'bench-results', 'coverage', '.cache']);

/**
 * A copy of the project's sources to run `astro dev` in, with the project's dependencies linked
 * one by one into its own `node_modules/` (so that Astro's and Vite's caches there are the copy's
 * own, empty), and a config beside the project's that lets Vite serve the linked files. Astro keeps
 * its content store in `<root>/.astro/`, where a store left by another library would be reused:
 * a copy starts without one. Returns the copy's folder and its config file.
 */
function projectCopy(project: string, into: string): { root: string; config: string } {
  mkdirSync(into, { recursive: true });
  for (const name of readdirSync(project))
    if (!notCopied.has(name)) cpSync(path.join(project, name), path.join(into, name), { recursive: true });
  const modules = path.join(project, 'node_modules');
  mkdirSync(path.join(into, 'node_modules'));
  for (const name of readdirSync(modules))
    if (name !== '.astro' && name !== '.vite' && name !== '.cache')
      symlinkSync(path.join(modules, name), path.join(into, 'node_modules', name));
  const config = path.join(into, 'astro.dev-bench.config.mjs');
  writeFileSync(
    config,
    `import config from './astro.config.ts';\n` +
      `export default { ...config, vite: { ...config.vite, server: { ...config.vite?.server, ` +
      `fs: { allow: [${JSON.stringify(into)}, ${JSON.stringify(project)}] } } } };\n`,
  );
  return { root: into, config };
}

interface Server {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

function startServer(project: string, config: string, port: number, content: string): Server {
  const astro = path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(
    process.execPath,
    [astro, 'dev', '--port', String(port), '--config', path.relative(project, config)],
    {
      cwd: project,
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so that stopping it stops Vite's and Pagefind's children too.
      detached: true,
    },
  );
  let log = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      const group = -child.pid;
      try {
        process.kill(group, 'SIGTERM');
      } catch {
        return;
      }
      const killed = setTimeout(() => {
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** Starts `astro dev` on a copy of `options.content` and measures it (see the module's comment). */
export async function measureDev(options: DevOptions): Promise<DevMeasure> {
  const project = path.resolve(options.project ?? repo);
  const port = options.port ?? 4405;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const origin = `http://localhost:${port}`;
  const scratch = mkdtempSync(path.join(tmpdir(), 'cwb-dev-bench-'));
  const copy = projectCopy(project, path.join(scratch, 'project'));
  // Inside the project, as `content/` is: Astro's loader does not pick up edits to files outside it.
  const content = path.join(copy.root, 'bench-library');
  cpSync(path.resolve(options.content), content, { recursive: true });
  const caseStudies = readdirSync(path.join(content, 'case-studies')).filter((name) =>
    /^[^_].*\.mdx?$/.test(name),
  ).length;
  const target = pickCaseStudy(content);
  const page = `${origin}/case-studies/${target.slug}/`;
  let attempt = 0;
  const finds = async (query: string) =>
    (await searchUrls(origin, query, scratch, ++attempt)).some((url) => url.endsWith(`/case-studies/${target.slug}/`));
  let server: Server | undefined;
  try {
    if (options.warm) {
      say('dev bench: an untimed start to fill the caches…');
      server = startServer(copy.root, copy.config, port, content);
      const wait = { timeoutMs, server, pauseMs: 100 };
      await until('the first start’s page', async () => (await get(page)) !== undefined, wait);
      await until('the first start’s search index', () => finds(target.title), wait);
      await server.stop();
    }
    say(`dev bench: astro dev on ${caseStudies} case studies (${options.warm ? 'warm' : 'cold'} caches)…`);
    const spawned = performance.now();
    server = startServer(copy.root, copy.config, port, content);
    const wait = { timeoutMs, server };
    // The page and the index are waited for together: the index is built while the pages answer.
    let firstPageMs = 0;
    let homePageMs = 0;
    let searchIndexMs = 0;
    await Promise.all([
      (async () => {
        await until('the case study’s page', async () => (await get(page)) !== undefined, wait);
        firstPageMs = performance.now() - spawned;
        await until('the home page', async () => (await get(`${origin}/`)) !== undefined, wait);
        homePageMs = performance.now() - spawned;
      })(),
      (async () => {
        await until('the search index', () => finds(target.title), { ...wait, pauseMs: 50 });
        searchIndexMs = performance.now() - spawned;
      })(),
    ]);
    say(
      `  first page ${Math.round(firstPageMs)} ms, home ${Math.round(homePageMs)} ms, search index ${Math.round(searchIndexMs)} ms`,
    );

    const newWord = `Zephyrquill${Date.now() % 100_000}`;
    // A whole new title, short enough for the schema's limit on titles.
    const newTitle = `${newWord} community energy`;
    const text = readFileSync(target.file, 'utf8');
    const edited = text.replace(/^title: *.+$/m, `title: ${JSON.stringify(newTitle)}`);
    // Let the watcher settle on the start before the edit, as a contributor's first save comes later.
    await sleep(1000);
    const written = performance.now();
    writeFileSync(target.file, edited);
    // An edit not seen within `editTimeoutMs` is reported as null (not yet current), not thrown.
    const editWait = { ...wait, timeoutMs: options.editTimeoutMs ?? 30_000 };
    const timed = async (what: string, check: () => Promise<boolean>): Promise<number | null> => {
      try {
        await until(what, check, editWait);
        return performance.now() - written;
      } catch (error) {
        if (error instanceof ServerExited) throw error;
        say(`  ${what}: not current after ${editWait.timeoutMs} ms`);
        return null;
      }
    };
    const [editPageMs, editSearchMs] = await Promise.all([
      timed('the edited page', async () => (await get(page))?.includes(newWord) ?? false),
      timed('the edited search entry', () => finds(newWord)),
    ]);
    say(
      `  after an edit: page ${editPageMs && Math.round(editPageMs)} ms, search ${editSearchMs && Math.round(editSearchMs)} ms`,
    );
    const round = (ms: number | null) => (ms === null ? null : Math.round(ms));
    return {
      firstPageMs: Math.round(firstPageMs),
      homePageMs: Math.round(homePageMs),
      searchIndexMs: Math.round(searchIndexMs),
      editPageMs: round(editPageMs),
      editSearchMs: round(editSearchMs),
      slug: target.slug,
      caches: options.warm ? 'warm' : 'cold',
      caseStudies,
    };
  } finally {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      project: { type: 'string' },
      port: { type: 'string' },
      warm: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.content) {
    process.stderr.write(
      'Usage: node scripts/bench/dev.ts --content DIR [--warm] [--port N] [--project DIR] [--json]\n',
    );
    process.exit(2);
  }
  const result = await measureDev({
    content: values.content,
    project: values.project,
    port: values.port ? Number(values.port) : undefined,
    warm: values.warm,
  });
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else
    process.stdout.write(
      [
        `case studies: ${result.caseStudies} (${result.caches} caches)`,
        `first page (a case study): ${result.firstPageMs} ms`,
        `first page (/): ${result.homePageMs} ms`,
        `search index answering: ${result.searchIndexMs} ms`,
        `after an edit, the page: ${result.editPageMs} ms`,
        `after an edit, search: ${result.editSearchMs} ms`,
      ].join('\n') + '\n',
    );
}
