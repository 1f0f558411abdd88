/**
 * The Harvard citation of a case-study page. In a build, the first page to ask starts a worker
 * that writes every published case study's citation (src/lib/citation-pool.ts) while the pages
 * render; a page whose citation the worker was not given (in development, or an input that
 * differs) writes its own, so the page is the same either way.
 */
import { srcDir } from 'astro:config/server';
import { harvardCitation, type CitationInput, type HarvardCitation } from '../lib/citation.ts';
import { citationKey, harvardCitationsInWorker } from '../lib/citation-pool.ts';

let warned = false;
let written: Promise<Map<string, Promise<HarvardCitation>>> | undefined;

/** The citation of `input`; `everyInput` gives the inputs of every case-study page of the build. */
export async function harvardCitationOf(
  input: CitationInput,
  everyInput: () => Promise<readonly CitationInput[]>,
): Promise<HarvardCitation> {
  // The development server renders one page at a time, on demand: no batch to get ahead of.
  if (import.meta.env.DEV) return harvardCitation(input);
  written ??= everyInput().then((inputs) =>
    harvardCitationsInWorker(inputs, new URL('lib/citation-worker.ts', srcDir)),
  );
  const inWorker = (await written).get(citationKey(input));
  if (inWorker) return inWorker;
  if (!warned) {
    warned = true;
    console.warn(
      `[cwb] the citation of ${input.slug} was not among those the worker was given: written on the page's thread`,
    );
  }
  return harvardCitation(input);
}
