/**
 * Runs one `astro build` for the benchmark, in its own process so that its memory is measured
 * alone: `node scripts/bench/astro-build.ts ROOT OUT_DIR CACHE_DIR`.
 *
 * It is `astro build` through Astro's JavaScript API, with two differences that keep the
 * measurement honest and the shared checkout untouched: the cache (content layer store) goes to
 * CACHE_DIR, a fresh folder, so every build is cold and nobody else's cache is overwritten; and
 * an integration listed last prints when pages are written and when the last build hook is done,
 * so that the site's time and the time after it (search index, sitemap) are told apart.
 */
import path from 'node:path';
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2);
if (!root || !outDir || !cacheDir) {
  process.stderr.write('Usage: node scripts/bench/astro-build.ts ROOT OUT_DIR CACHE_DIR\n');
  process.exit(2);
}

/** One line the benchmark reads: `@@bench {"mark":"generated","at":1712345678901}`. */
const mark = (name: string): void =>
  void process.stdout.write(`\n@@bench ${JSON.stringify({ mark: name, at: Date.now() })}\n`);

mark('start');
await build({
  root: path.resolve(root),
  outDir: path.resolve(outDir),
  cacheDir: path.resolve(cacheDir),
  logLevel: (process.env.BENCH_LOG_LEVEL as 'info' | 'warn' | undefined) ?? 'warn',
  integrations: [
    {
      name: 'bench:marks',
      hooks: {
        'astro:build:generated': () => mark('generated'),
        'astro:build:done': () => mark('done'),
      },
    },
  ],
});
mark('exit');
