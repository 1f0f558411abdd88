/**
 * npm run build [-- ASTRO BUILD OPTIONS]: the finished site in `dist/` (or `--outDir`), search
 * index included (docs/public-interface.md §1).
 *
 * Two steps, each in a process of its own: `astro build` renders and sanitises the pages; then,
 * once it has exited and its memory is returned, Pagefind indexes the case-study pages while the
 * link check and the nothing-lost check read them (src/integrations/after-astro.ts). At 10,000 case
 * studies the two together peaked at 6.4 GB when Pagefind ran inside the Astro process, against
 * 3.5–4 GB apart. `astro build` run by itself still writes the index and checks the links, inside its own process.
 *
 *   --index-only DIR   skip `astro build`: index and count the site already built in DIR (its links were checked by its `astro build`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finishBuild, type FinishOptions } from '../src/integrations/after-astro.ts';
import { linkCheckHandoffVariable, readHandedOver } from '../src/integrations/link-check.ts';

const args = process.argv.slice(2);

/** `--outDir` as `astro build` reads it (relative to the working directory), or `dist/`. */
function outDirOf(options: readonly string[]): string {
  for (let index = 0; index < options.length; index++) {
    const option = options[index]!;
    if (option === '--outDir' && options[index + 1]) return path.resolve(options[index + 1]!);
    if (option.startsWith('--outDir=')) return path.resolve(option.slice('--outDir='.length));
  }
  return path.resolve('dist');
}

const say = (level: 'info' | 'warn') => (message: string) => {
  const time = new Date().toTimeString().slice(0, 8);
  (level === 'warn' ? process.stderr : process.stdout).write(
    `${time} [cwb:search-index] ${level === 'warn' ? 'warning: ' : ''}${message}\n`,
  );
};

let siteDir: string;
const finish: FinishOptions = {};
const indexOnly = args.indexOf('--index-only');
if (indexOnly !== -1) {
  const dir = args[indexOnly + 1];
  if (!dir) {
    process.stderr.write('Usage: node scripts/build.ts --index-only DIR\n');
    process.exit(2);
  }
  siteDir = path.resolve(dir);
} else {
  const astro = path.join(
    path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
    'bin',
    'astro.mjs',
  );
  // The link check's options as Astro resolved them (config, --base, --site), handed over in a file.
  const handoffDir = mkdtempSync(path.join(tmpdir(), 'cwb-build-'));
  const handoff = path.join(handoffDir, 'link-check.json');
  const built = spawnSync(process.execPath, [astro, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, CWB_SEARCH_INDEX: 'after-astro', [linkCheckHandoffVariable]: handoff },
  });
  const handedOver = built.status === 0 && existsSync(handoff) ? readHandedOver(handoff) : undefined;
  rmSync(handoffDir, { recursive: true, force: true });
  if (built.status !== 0) process.exit(built.status ?? 1);
  // `astro build --help` built nothing to index.
  if (args.includes('--help') || args.includes('-h')) process.exit(0);
  if (!handedOver) {
    process.stderr.write(
      '\nastro build did not hand over the link check (is the cwb:link-check integration listed?)\n',
    );
    process.exit(1);
  }
  finish.links = handedOver;
  siteDir = outDirOf(args);
}

try {
  await finishBuild(siteDir, { info: say('info'), warn: say('warn') }, finish);
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
