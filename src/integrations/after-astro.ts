/**
 * What `npm run build` does once `astro build` has exited: write the search index and check that
 * nothing was lost, as the `cwb:pagefind` and `cwb:nothing-lost` integrations do inside an
 * `astro build` run on its own. In a process of its own, Pagefind's peak memory is no longer added
 * to what the Astro process still holds when its build ends.
 */
import { contentRoot } from '../schema/load-taxonomy.ts';
import { builtPageSlugs, csvExportSlugs, indexedPageCount, jsonExportSlugs, publishedSlugs, reportTally } from './nothing-lost.ts';
import { checkIndexedCount, indexSite } from './pagefind.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** Indexes the site built into `siteDir` and checks it against the published files; throws on any problem. */
export async function finishBuild(siteDir: string, logger: Logger): Promise<void> {
  const indexed = indexSite(siteDir, logger);
  // Counted while Pagefind, in its own process, indexes; if the count throws, Pagefind is still closed.
  let counted;
  try {
    counted = { files: publishedSlugs(contentRoot()), pages: builtPageSlugs(siteDir), json: jsonExportSlugs(siteDir), csv: csvExportSlugs(siteDir) };
  } finally {
    await indexed;
  }
  checkIndexedCount(indexedPageCount(siteDir), counted.files.length);
  logger.info(reportTally({ ...counted, indexed: indexedPageCount(siteDir) }));
}
