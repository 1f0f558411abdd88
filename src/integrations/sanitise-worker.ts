/**
 * A worker thread of {@link sanitiseSiteApart}: sanitises its share of a built site's case-study
 * pages in place and answers with what it removed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sanitisePages, type SanitiseOptions } from './sanitise.ts';

const { siteDir, names, options } = workerData as { siteDir: string; names: string[]; options: SanitiseOptions };
parentPort?.postMessage(sanitisePages(siteDir, names, options));
