/**
 * npm run build [-- ASTRO BUILD OPTIONS]: the finished site in `dist/` (or `--outDir`), search
 * index included (docs/public-interface.md §1).
 *
 * Two steps, each in a process of its own: `astro build` renders, sanitises and checks the pages;
 * then, once it has exited and its memory is returned, Pagefind indexes the case-study pages and
 * the nothing-lost check counts them (src/integrations/after-astro.ts). At 10,000 case studies the
 * two together peaked at 6.4 GB when Pagefind ran inside the Astro process, against 3.5–4 GB apart.
 * `astro build` run by itself still writes the index, inside its own process.
 *
 *   --index-only DIR   skip `astro build`: index and check the site already built in DIR
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { finishBuild } from '../src/integrations/after-astro.ts';

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
  const built = spawnSync(process.execPath, [astro, 'build', ...args], {
    stdio: 'inherit',
    env: { ...process.env, CWB_SEARCH_INDEX: 'after-astro' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  // `astro build --help` built nothing to index.
  if (args.includes('--help') || args.includes('-h')) process.exit(0);
  siteDir = outDirOf(args);
}

try {
  await finishBuild(siteDir, { info: say('info'), warn: say('warn') });
} catch (error) {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
