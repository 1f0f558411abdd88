/**
 * Build work shared among worker threads: each of up to four threads (one per core) gets every
 * n-th item and answers once. The build's checks after the pages (sanitiser, link check) spend
 * their time parsing HTML page by page, while the build's main thread has nothing else to do.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * True when `source` can start a worker: false when the module calling has been bundled away from
 * its worker's source file, as Vite may do; the caller then does the work in its own thread.
 */
export const canStartWorker = (source: URL) => source.protocol === 'file:' && existsSync(fileURLToPath(source));

/**
 * Runs the worker `source` once per share of `items` (at most one share per core, up to four, and
 * no more than `items.length / perWorkerAtLeast`), passing `data(share)` as its `workerData`, and
 * returns the answers in share order. `what` names the work in the error of a worker that stops
 * without answering.
 */
export function inWorkerShares<T, R>(
  source: URL,
  items: readonly T[],
  data: (share: T[]) => unknown,
  { what, perWorkerAtLeast = 1 }: { what: string; perWorkerAtLeast?: number },
): Promise<R[]> {
  const count = Math.max(1, Math.min(4, availableParallelism(), Math.ceil(items.length / perWorkerAtLeast)));
  const shares = Array.from({ length: count }, (_, index) => items.filter((_, position) => position % count === index));
  return Promise.all(
    shares.map(
      (share) =>
        new Promise<R>((resolve, reject) => {
          const worker = new Worker(source, { workerData: data(share) });
          worker.once('message', (answer: R) => resolve(answer));
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`${what} stopped before it answered (exit code ${code})`)));
        }),
    ),
  );
}
