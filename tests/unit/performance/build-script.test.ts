/**
 * `npm run build` (scripts/build.ts) builds in two processes: `astro build`, then the search index
 * and the nothing-lost check once Astro has exited. The site it writes to `--outDir` must hold its
 * index, with every published case study in it, and a build that cannot finish must fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyProject } from '../../support/scratch-project.ts';
import { afterAll, expect, test } from 'vitest';
import { generateLibrary } from '../../../scripts/bench/generate.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cwb-build-script-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// A copy of the project to build, with caches of its own: Astro keeps its content store in
// `.astro/` and `node_modules/.astro/`, keyed by entry id and content, so a build of this library
// would leave the checkout's caches pointing at files deleted after the test.
const project = path.join(work, 'project');
copyProject(project);
cpSync(path.join(repo, 'content', 'taxonomy'), path.join(project, 'content', 'taxonomy'), { recursive: true });

const build = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(project, 'scripts', 'build.ts'), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });

test('builds the site into --outDir, then indexes every published case study once Astro has exited', () => {
  const library = generateLibrary({ cases: 12, seed: 3, out: path.join(work, 'content') });
  const outDir = path.join(work, 'site');

  const result = build(['--outDir', outDir], { CONTENT_DIR: library.root });

  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  // Every published case study and every how-to guide (docs/public-interface.md §10) has its entry.
  const published = library.published.length;
  const guides = library.guides.length;
  expect(guides).toBeGreaterThan(0);
  expect(indexed).toBe(published + guides);
  // The Astro process left the index to the step after it, which said what it counted.
  expect(result.stdout).toContain('The search index is written once Astro has exited');
  expect(result.stdout).toContain(
    `${published} published case studies: ${published} pages, ${published + guides} in the search index (with ${guides} guides, ${guides} guide pages)`,
  );
}, 120_000);

test('fails, naming the problem, when the site to index is missing', () => {
  const result = build(['--index-only', path.join(work, 'nothing-here')]);

  expect(result.status).toBe(1);
  expect(result.stderr).toContain('holds no built site');
  expect(existsSync(path.join(work, 'nothing-here'))).toBe(false);
});
