/**
 * The thread the dev server's search index is built on (src/integrations/pagefind-dev.ts): reading
 * and parsing every case study and handing the records to Pagefind take seconds at 1,000 case
 * studies, and on the dev server's own thread they held up its first pages. Each message asks for
 * one bundle of the library under `root`; the answer carries its files or why it failed.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { buildDevBundle } from './pagefind-dev.ts';

export interface DevBundleRequest {
  id: number;
  root: string;
}

export type DevBundleAnswer =
  | { id: number; ok: true; files: [string, Uint8Array][]; count: number; problems: string[] }
  | { id: number; ok: false; error: string };

parentPort!.on('message', (request: DevBundleRequest | 'close') => {
  if (request === 'close') {
    void pagefind.close().finally(() => process.exit(0));
    return;
  }
  buildDevBundle(request.root).then(
    ({ files, count, problems }) => {
      const answer: DevBundleAnswer = { id: request.id, ok: true, files: [...files], count, problems };
      // Copied, not transferred: Pagefind's buffers may share one pool that cannot be moved.
      parentPort!.postMessage(answer);
    },
    (error: unknown) => {
      const answer: DevBundleAnswer = {
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
      parentPort!.postMessage(answer);
    },
  );
});
