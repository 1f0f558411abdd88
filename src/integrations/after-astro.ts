/**
 * What `npm run build` does once `astro build` has exited: write the search index, check every link
 * and check that nothing was lost, as the `cwb:pagefind`, `cwb:link-check` and `cwb:nothing-lost`
 * integrations do inside an `astro build` run on its own. In a process of its own, Pagefind's peak
 * memory is no longer added to what the Astro process still holds when its build ends; and while
 * Pagefind indexes in its own process (one core), the link check reads the pages in worker threads
 * and the nothing-lost check counts them (the other): the three overlap instead of following each other.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { publishedFiles, publishedGuideSlugs } from '../content/library.ts';
import { contentRoot } from '../content/paths.ts';
import { checkLinksApart, failOnBroken, type LinkCheckOptions } from './link-check.ts';
import { builtPageSlugs, csvExportSlugs, jsonExportSlugs, reportTally } from './nothing-lost.ts';
import { checkIndexedCount, indexSite } from './pagefind.ts';
import { writeServiceWorkerLogged } from './service-worker.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface FinishOptions {
  /** Check every link too, with these options (the `cwb:link-check` integration handed them over). */
  links?: LinkCheckOptions;
}

/**
 * Indexes the site built into `siteDir`, checks its links (when `options.links`) and checks it
 * against the published files; throws on any problem, after all three have finished. The link check
 * and the count run while Pagefind indexes: their pages read (a few hundred MB at 10,000 case
 * studies) add to Pagefind's peak, within the memory budget (README, Performance).
 */
export async function finishBuild(siteDir: string, logger: Logger, options: FinishOptions = {}): Promise<void> {
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(
      `${siteDir} holds no built site (no index.html): build it with \`astro build\` first, or run \`npm run build\`, which does both`,
    );
  }
  const indexing = indexSite(siteDir, logger);
  const { links } = options;
  const linksStarted = performance.now();
  const checkingLinks = links ? checkLinksApart(siteDir, links) : undefined;
  // Settled results, so that a failure of one does not leave the others running unobserved.
  const settled = Promise.allSettled([indexing, checkingLinks]);
  const counted = (() => {
    const published = publishedFiles(contentRoot());
    return {
      files: published.map((file) => file.slug),
      withdrawn: published.filter((file) => file.withdrawn).map((file) => file.slug),
      guides: publishedGuideSlugs(contentRoot()),
      pages: builtPageSlugs(siteDir),
      json: jsonExportSlugs(siteDir),
      csv: csvExportSlugs(siteDir),
      guidePages: builtPageSlugs(siteDir, 'guides'),
    };
  })();
  const [indexed, checked] = await settled;
  if (checked.status === 'rejected') throw checked.reason;
  if (links && checked.value) {
    failOnBroken(checked.value, links);
    logger.info(
      `Every link, fragment and image resolves (${Math.round(performance.now() - linksStarted)} ms, beside the index)`,
    );
  }
  if (indexed.status === 'rejected') throw indexed.reason;
  const { pageCount } = indexed.value;
  // After the index, whose runtime it precaches.
  await writeServiceWorkerLogged(siteDir, logger);
  checkIndexedCount(pageCount, counted.files.length - counted.withdrawn.length + counted.guides.length);
  logger.info(reportTally({ ...counted, indexed: pageCount }));
}
