import { afterAll, beforeAll, expect, test } from 'vitest';
import { readCaseStudies } from '../../src/integrations/pagefind-content.ts';
import { contentRoot } from '../../src/schema/load-taxonomy.ts';
import { base, caseStudyPath, distinctiveWord, openDevSite, queryString, resultPaths, resultsFor, taxonomy, type Site } from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openDevSite();
});

afterAll(async () => {
  await site?.close();
});

test('npm run dev searches the current case studies, drafts included', async () => {
  const entries = readCaseStudies(contentRoot(), taxonomy, { includeDrafts: true }).entries;
  const entry = entries.find((candidate) => candidate.data.draft) ?? entries[0]!;
  const word = distinctiveWord(entry);
  const page = await site.newPage();

  await page.goto(site.url(`search/?q=${encodeURIComponent(word)}`));
  await resultsFor(page, queryString(word));

  expect(await resultPaths(page)).toContain(`${base}${caseStudyPath(entry.slug)}`);
});
