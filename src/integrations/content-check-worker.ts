/**
 * The dev server's content check, on a thread of its own (content-check.ts): validating a library of
 * a thousand case studies takes seconds of CPU, which on the server's thread delayed its first page
 * and every page after an edit. Answers each request with the report, or with the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { validateLibrary } from '../validate/index.ts';

export interface CheckRequest {
  root: string;
  freshTaxonomy: boolean;
}

parentPort?.on('message', ({ root, freshTaxonomy }: CheckRequest) => {
  const started = performance.now();
  try {
    const report = validateLibrary(root, { freshTaxonomy });
    parentPort?.postMessage({ report, milliseconds: Math.round(performance.now() - started) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
