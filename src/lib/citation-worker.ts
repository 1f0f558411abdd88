/**
 * The worker of {@link harvardCitationsInWorker}: the Harvard citations of the inputs it is given,
 * in their order, posted back a batch at a time. Run by Node itself (its own thread, outside the
 * bundle), so that it imports only what Node can load from the sources.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { harvardCitation, type CitationInput } from './citation.ts';
import type { CitationResult } from './citation-pool.ts';

const inputs = workerData as CitationInput[];
const batch = 50;
for (let start = 0; start < inputs.length; start += batch) {
  const results: CitationResult[] = inputs.slice(start, start + batch).map((input) => {
    try {
      return { citation: harvardCitation(input) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort!.postMessage({ start, results });
}
