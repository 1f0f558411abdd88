/**
 * Where a library is (docs/public-interface.md §2): the content root, its case-studies folder and its vocabularies.
 * Pure Node, like the rest of src/content/: scripts, tests and the site find the library the same way.
 */
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's own `content/` folder: the sample library. Found from this module's location;
 * once Astro has bundled this module into `dist/`, that location is elsewhere, so fall back to
 * `content/` in the working directory (npm scripts run from the project root).
 */
const besideSource = fileURLToPath(new URL('../../content/', import.meta.url));
export const defaultContentRoot = existsSync(path.join(besideSource, 'taxonomy'))
  ? besideSource
  : path.resolve('content');

/** The content root: `CONTENT_DIR` when set (relative to the working directory), else `content/`. */
export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR ? path.resolve(env.CONTENT_DIR) : defaultContentRoot;
}

/** The folder of case-study files under a content root. */
export const caseStudiesDir = (root: string) => path.join(root, 'case-studies');

/** The folder of how-to guides under a content root (docs/public-interface.md §10); a library need not have one. */
export const guidesDir = (root: string) => path.join(root, 'guides');

/**
 * The taxonomy folder of a content root; a root without one (a library that only brings its case
 * studies) uses the sample library's vocabularies, which hold every id of the public interface. A link
 * named `taxonomy` counts as the root's own, even one that leads nowhere, so that it is refused
 * rather than silently replaced.
 */
export function taxonomyDir(root: string): string {
  const own = path.join(root, 'taxonomy');
  return lstatSync(own, { throwIfNoEntry: false }) ? own : path.join(defaultContentRoot, 'taxonomy');
}
