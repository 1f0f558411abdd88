/**
 * Writes the GitHub issue forms (`.github/ISSUE_TEMPLATE/*.yml`) from `src/github/issue-form.ts` and
 * the taxonomy, so that the "Share a case study" form offers exactly the library's vocabularies.
 *
 *   node scripts/github-forms.ts           write the forms
 *   node scripts/github-forms.ts --check   exit 1 if a form is not what the taxonomy gives
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recommendedBody } from '../src/lib/case-study-file.ts';
import { issueFormTexts } from '../src/github/issue-form.ts';
import { defaultContentRoot, loadTaxonomy } from '../src/schema/load-taxonomy.ts';

const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));
// The forms belong to the repository, so they follow its own taxonomy, not CONTENT_DIR's.
const folder = path.join(repositoryRoot, '.github', 'ISSUE_TEMPLATE');
const check = process.argv.includes('--check');

const texts = issueFormTexts(loadTaxonomy(defaultContentRoot), recommendedBody);
const stale: string[] = [];
for (const [name, text] of Object.entries(texts)) {
  const file = path.join(folder, name);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(path.relative(process.cwd(), file));
    continue;
  }
  mkdirSync(folder, { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
}
if (stale.length > 0) {
  process.stderr.write(`Out of date: ${stale.join(', ')}. Run: node scripts/github-forms.ts\n`);
  process.exit(1);
}
if (check) process.stdout.write('The issue forms match the taxonomy.\n');
