/**
 * Writes the text of the monthly issue listing the case studies due for review
 * (`src/lib/review-issue.ts`), for `.github/workflows/review-due.yml`, which opens or updates the
 * issue with it.
 *
 *   node scripts/review-due.ts [--out FILE] [--title-out FILE] [--today YYYY-MM-DD]
 *
 * Without --out the text is printed. Exits 0 whether or not any case study is due; prints how many
 * are on standard error. SITE_URL and BASE_PATH give the pages' addresses; REPOSITORY_URL and
 * REPOSITORY_BRANCH the edit links (src/site.config.ts).
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readCaseStudies } from '../src/content/library.ts';
import { contentRoot } from '../src/content/paths.ts';
import { editCaseStudyUrl } from '../src/github/repository.ts';
import { dueCases, reviewIssueBody, reviewIssueTitle } from '../src/lib/review-issue.ts';
import { absoluteUrl, caseStudyUrl } from '../src/lib/urls.ts';
import { loadTaxonomy } from '../src/schema/load-taxonomy.ts';
import { siteConfig } from '../src/site.config.ts';

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'title-out': { type: 'string' }, today: { type: 'string' } },
});
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today must be a date written YYYY-MM-DD, not "${today}"`);
  process.exit(2);
}

const root = contentRoot();
const { entries, problems } = readCaseStudies(root, loadTaxonomy(root));
for (const problem of problems) console.error(`skipped (run npm run validate): ${problem}`);
const due = dueCases(
  entries.map((entry) => ({ slug: entry.slug, fileName: path.basename(entry.file.path), data: entry.data })),
  today,
);
const site = new URL(process.env.SITE_URL ?? 'http://localhost:4321');
const base = process.env.BASE_PATH ?? '/';
const body = reviewIssueBody(due, {
  today,
  pageUrl: (slug) => absoluteUrl(site, caseStudyUrl(base, slug)),
  editUrl: (fileName) => editCaseStudyUrl(siteConfig, fileName),
});

if (values.out) writeFileSync(values.out, body);
else process.stdout.write(body);
if (values['title-out']) writeFileSync(values['title-out'], reviewIssueTitle(today));
// In GitHub Actions, the count for the next step: no issue is opened when nothing is due.
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `due=${due.length}\n`);
console.error(`${due.length} case ${due.length === 1 ? 'study is' : 'studies are'} due for review on ${today}`);
