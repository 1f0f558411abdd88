/**
 * What `npm run build` does once `astro build` has exited: write the search index and check that
 * nothing was lost, as the `cwb:pagefind` and `cwb:nothing-lost` integrations do inside an
 * `astro build` run on its own. In a process of its own, Pagefind's peak memory is no longer added
 * to what the Astro process still holds when its build ends.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { publishedFiles, publishedGuideSlugs } from '../content/library.ts';
import { contentRoot } from '../content/paths.ts';
import { builtPageSlugs, csvExportSlugs, jsonExportSlugs, reportTally } from './nothing-lost.ts';
import { checkIndexedCount, indexSite } from './pagefind.ts';
import { writeServiceWorkerLogged } from './service-worker.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Indexes the site built into `siteDir` and checks it against the published files; throws on any
 * problem. The count comes after the index, not while Pagefind indexes: this process would then
 * hold the pages and exports it read (about 300 MB at 10,000 case studies) through Pagefind's peak.
 */
export async function finishBuild(siteDir: string, logger: Logger): Promise<void> {
  if (!existsSync(path.join(siteDir, 'index.html'))) {
    throw new Error(
      `${siteDir} holds no built site (no index.html): build it with \`astro build\` first, or run \`npm run build\`, which does both`,
    );
  }
  const { pageCount } = await indexSite(siteDir, logger);
  // After the index, whose runtime it precaches.
  await writeServiceWorkerLogged(siteDir, logger);
  const published = publishedFiles(contentRoot());
  const files = published.map((file) => file.slug);
  const withdrawn = published.filter((file) => file.withdrawn).map((file) => file.slug);
  const guides = publishedGuideSlugs(contentRoot());
  checkIndexedCount(pageCount, files.length - withdrawn.length + guides.length);
  logger.info(
    reportTally({
      files,
      withdrawn,
      pages: builtPageSlugs(siteDir),
      indexed: pageCount,
      json: jsonExportSlugs(siteDir),
      csv: csvExportSlugs(siteDir),
      guides,
      guidePages: builtPageSlugs(siteDir, 'guides'),
    }),
  );
}
