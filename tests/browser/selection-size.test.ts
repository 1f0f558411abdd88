/**
 * What the selection adds to a case-study page (issue 17: at most 3 KB gzipped): the built
 * JavaScript the page loads for it, read from `dist/` after a build. The page's scripts are
 * followed through their static and dynamic imports; the selection's share is the button's chunk
 * and every chunk it imports, which the page must load. A size check of the built files, not a
 * timed test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { base, caseStudyPath, published } from './site.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = path.resolve(root, process.env.SITE_DIR ?? 'dist');
const budget = 3 * 1024;

/** The file of a built script's URL (`/_astro/x.js`, under the base). */
const fileOf = (url: string) => path.join(outDir, url.slice(base.length));

/** The chunks a script imports, statically or dynamically, by file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map(
    (match) => match[1]!,
  );
  return specifiers.map((specifier) => path.resolve(path.dirname(file), specifier));
}

/** Every chunk reachable from `entries`. */
function closure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file));
  }
  return seen;
}

const gzipped = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);

test('the selection adds at most 3 KB gzipped of JavaScript to a case-study page', () => {
  const html = readFileSync(path.join(outDir, caseStudyPath(published[0]!.slug), 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => fileOf(match[1]!));
  expect(scripts.length).toBeGreaterThan(0);
  const loaded = closure(scripts);

  const assets = path.join(outDir, '_astro');
  // The chunk that holds the selection's button (src/client/selection-button.ts reads the
  // `selection-words` element): its own file, or the shell's, which bundles it with the search
  // shortcut and the offline worker's registration (astro.config.ts, `shellScripts`), all counted.
  const button = readdirSync(assets).find(
    (name) => name.endsWith('.js') && readFileSync(path.join(assets, name), 'utf8').includes('selection-words'),
  );
  expect(button, 'the selection button’s chunk in dist/_astro').toBeDefined();
  const selection = closure([path.join(assets, button!)]);
  for (const file of selection) expect(loaded.has(file), `${path.basename(file)} is loaded by the page`).toBe(true);

  const bytes = gzipped(selection);
  console.log(
    `selection on a case-study page: ${bytes} bytes gzipped (${[...selection].map((file) => path.basename(file)).join(', ')}); all its JavaScript: ${gzipped(loaded)} bytes`,
  );
  expect(bytes).toBeLessThanOrEqual(budget);
  // Nothing of the comparison or the pack is loaded by a case study.
  expect([...loaded].some((file) => /selection-(compare|pack|load)\./.test(path.basename(file)))).toBe(false);
  expect(existsSync(path.join(outDir, 'selection', 'index.html'))).toBe(true);
});
