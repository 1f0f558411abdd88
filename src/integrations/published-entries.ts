/**
 * Keeps out of a build's content collection what the site must not publish, so that nothing
 * derived from it reaches `dist/` either:
 *
 * - drafts: pages already leave them out, but Astro imports every picture that an entry of the
 *   collection names (`image.src`, and the images of its text), and copies each into `/_astro/`
 *   whether or not a page shows it;
 * - files reached through a symbolic link (Astro's file search follows links): the content check
 *   refuses them first, and this holds when it is switched off for a test of the backstops.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { linkOnTheWay } from '../validate/symlinks.ts';

export interface PublishedEntriesOptions {
  /** The content root the files are under. */
  root: string;
  /** Keep drafts: true in `astro dev`, where drafts are shown. */
  includeDrafts: boolean;
}

/** `loader`, with drafts (unless `includeDrafts`) and linked files taken out once it has loaded. */
export function publishedEntries(loader: Loader, { root, includeDrafts }: PublishedEntriesOptions): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const projectRoot = fileURLToPath(context.config.root);
      for (const [id, entry] of context.store.entries()) {
        const file = entry.filePath ? path.resolve(projectRoot, entry.filePath) : undefined;
        const link = file ? linkOnTheWay(root, file) : undefined;
        if (link) {
          context.logger.warn(`${entry.filePath} is not published: ${link} is a symbolic link`);
          context.store.delete(id);
        } else if (!includeDrafts && (entry.data as { draft?: unknown }).draft === true) {
          context.store.delete(id);
        }
      }
    },
  };
}
