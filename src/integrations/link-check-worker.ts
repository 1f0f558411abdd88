/**
 * A worker thread of {@link checkLinksApart}: reads its share of a built site's pages and answers
 * with their ids and references (the Sets of ids travel as Sets: structured clone keeps them).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPages } from './link-check.ts';

const { siteDir, files, base } = workerData as { siteDir: string; files: string[]; base: string };
parentPort?.postMessage(readPages(siteDir, files, base));
