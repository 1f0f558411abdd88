/**
 * What `npm run build` does once `astro build` has exited: write the search index and check that
 * nothing was lost, as the `cwb:pagefind` and `cwb:nothing-lost` integrations do inside an
 * `astro build` run on its own. In a process of its own, Pagefind's peak memory is no longer added
 * to what the Astro process still holds when its build ends.
 */
import { contentRoot } from '../schema/load-taxonomy.ts';
import { checkNothingLost } from './nothing-lost.ts';
import { writeIndex } from './pagefind.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Indexes the site built into `siteDir` and checks it against the published files; throws on any problem. */
export async function finishBuild(siteDir: string, logger: Logger): Promise<void> {
  await writeIndex(siteDir, logger);
  logger.info(checkNothingLost(contentRoot(), siteDir));
}
