/**
 * The worker thread of {@link checkLinksApart}: checks the links of a built site and answers with
 * the problems, so that the build's main thread stays free meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkLinks, type LinkCheckOptions } from './link-check.ts';

const { siteDir, options } = workerData as { siteDir: string; options: LinkCheckOptions };
parentPort?.postMessage(checkLinks(siteDir, options));
