/**
 * The thread the dev server's search index is built on (src/integrations/pagefind-dev.ts): reading
 * and parsing every case study and handing the records to Pagefind take seconds at 1,000 case
 * studies, and on the dev server's own thread they held up its first pages. Each message asks for
 * the parts of the index of the library under `root` that changed (`shards`), or for the whole
 * index with its sort orders (`full`); the answer carries their files or why it failed.
 */
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { buildDevBundle, buildDevShards, flushCacheWrites } from './pagefind-dev.ts';

export type DevBundleRequest =
  { id: number; root: string; kind: 'shards'; previous: string[] } | { id: number; root: string; kind: 'full' };

type Files = [string, Uint8Array][];

export type DevBundleAnswer =
  | { id: number; ok: true; kind: 'full'; files: Files; count: number; problems: string[] }
  | {
      id: number;
      ok: true;
      kind: 'shards';
      shards: { key: string; files?: Files }[];
      count: number;
      problems: string[];
    }
  | { id: number; ok: false; error: string };

async function answer(request: DevBundleRequest): Promise<DevBundleAnswer> {
  if (request.kind === 'full') {
    const { files, count, problems } = await buildDevBundle(request.root);
    return { id: request.id, ok: true, kind: 'full', files: [...files], count, problems };
  }
  const { shards, count, problems } = await buildDevShards(request.root, request.previous);
  return {
    id: request.id,
    ok: true,
    kind: 'shards',
    shards: shards.map(({ key, files }) => ({ key, files: files && [...files] })),
    count,
    problems,
  };
}

parentPort!.on('message', (request: DevBundleRequest | 'close') => {
  if (request === 'close') {
    flushCacheWrites();
    void pagefind.close().finally(() => process.exit(0));
    return;
  }
  answer(request).then(
    // Copied, not transferred: Pagefind's buffers may share one pool that cannot be moved.
    (answered) => parentPort!.postMessage(answered),
    (error: unknown) =>
      parentPort!.postMessage({
        id: request.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies DevBundleAnswer),
  );
});
