/**
 * Keeps out of a build's content collection what the site must not publish, so that nothing
 * derived from it reaches `dist/` either:
 *
 * - drafts: pages already leave them out, but Astro imports every picture that an entry of the
 *   collection names (`image.src`, and the images of its text), and copies each into `/_astro/`
 *   whether or not a page shows it;
 * - files reached through a symbolic link (Astro's file search follows links): the content check
 *   refuses them first, and this holds when it is switched off for a test of the backstops.
 *
 * It also counts the words of each entry's text as the loader stores it, then drops the text: the
 * case-study page needs the count, and the loader is where the file is read for the collection.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { wordCount } from '../lib/toc.ts';
import { linkOnTheWay } from '../content/symlinks.ts';

export interface PublishedEntriesOptions {
  /** The content root the files are under. */
  root: string;
  /** Keep drafts: true in `astro dev`, where drafts are shown. */
  includeDrafts: boolean;
}

/** What the loader adds to an entry's data from its text, which the store does not keep. */
export interface TextFacts {
  /** The words of the text below the front matter (`wordCount` of src/lib/toc.ts). */
  wordCount?: number;
}

/**
 * `loader`, with drafts (unless `includeDrafts`) and linked files taken out once it has loaded, and
 * each entry's {@link TextFacts} added to its data in place of its text. Give it a loader that
 * keeps the text (`retainBody`, the default): the text is dropped here, once counted, so that the
 * store holds no Markdown (at 10,000 case studies it was 40 % of the store that every build
 * writes, compiles and holds in memory: 126 MB; 74 MB without), and no page reads a file again
 * for its length.
 */
export function publishedEntries(loader: Loader, { root, includeDrafts }: PublishedEntriesOptions): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load({ ...context, store: countingWords(context.store) });
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

/** A store that, given an entry with its text, keeps the entry's word count instead of the text. */
function countingWords(store: LoaderContext['store']): LoaderContext['store'] {
  return {
    ...store,
    set: (entry) =>
      store.set(
        entry.body === undefined
          ? entry
          : {
              ...entry,
              body: undefined,
              data: { ...entry.data, wordCount: wordCount(entry.body) } satisfies TextFacts,
            },
      ),
  };
}
