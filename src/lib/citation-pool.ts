/**
 * The Harvard citations of many case studies, written on another thread. citation-js's processor
 * takes about 3 ms a citation, which at 10,000 case studies is half a minute of the one thread
 * Astro renders pages on; in a worker it is done on the other core while pages render.
 */
import { Worker } from 'node:worker_threads';
import type { CitationInput, HarvardCitation } from './citation.ts';

/** What the worker posts for one input: its citation, or why citation-js could not write it. */
export type CitationResult = { citation: HarvardCitation } | { error: string };

/** The key an input's citation is kept under: every part of the input, so that none is mixed up. */
export const citationKey = (input: CitationInput): string =>
  JSON.stringify([
    input.slug,
    input.title,
    input.organisation,
    input.published,
    input.lang,
    input.url,
    input.siteName,
    input.accessed,
  ]);

/**
 * Starts writing the citations of `inputs` in the worker at `workerUrl` (`citation-worker.ts`) and
 * gives, by {@link citationKey}, a promise of each; a citation that fails rejects with its input's slug.
 */
export function harvardCitationsInWorker(
  inputs: readonly CitationInput[],
  workerUrl: URL,
): Map<string, Promise<HarvardCitation>> {
  const settle = new Map<number, { resolve: (citation: HarvardCitation) => void; reject: (error: Error) => void }>();
  const promises = new Map<string, Promise<HarvardCitation>>();
  inputs.forEach((input, index) => {
    const promise = new Promise<HarvardCitation>((resolve, reject) => settle.set(index, { resolve, reject }));
    // A page that never asks for its citation must not leave an unhandled rejection behind.
    promise.catch(() => undefined);
    promises.set(citationKey(input), promise);
  });
  const worker = new Worker(workerUrl, { workerData: inputs });
  // The worker never keeps a finished build waiting.
  worker.unref();
  worker.on('message', ({ start, results }: { start: number; results: CitationResult[] }) => {
    results.forEach((result, offset) => {
      const index = start + offset;
      const waiting = settle.get(index);
      settle.delete(index);
      if ('citation' in result) waiting?.resolve(result.citation);
      else waiting?.reject(new Error(`The citation of ${inputs[index]?.slug}: ${result.error}`));
    });
  });
  const failAll = (error: Error) => {
    for (const [index, waiting] of settle)
      waiting.reject(new Error(`The citation of ${inputs[index]?.slug}: ${error.message}`));
    settle.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (settle.size > 0) failAll(new Error(`the citation worker stopped (exit code ${code}) before writing it`));
  });
  return promises;
}
