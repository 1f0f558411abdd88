/**
 * CONTRIBUTING.md tells members, step by step, how to share a case study through the website.
 * These tests follow it as a member would, by the words on the screen, so that the guide and the
 * site cannot drift apart: every button, field and heading the guide names in bold must be there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { validateLibrary } from '../../src/validate/index.ts';
import { siteConfig } from '../../src/site.config.ts';
import { openSite, type Site } from './site.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(path.join(repo, 'CONTRIBUTING.md'), 'utf8');
const wayOne = /^### Way 1[^\n]*\n([\s\S]*?)^### /m.exec(guide)![1]!;

/** Words in bold that name GitHub's own buttons, not the library's. */
const githubWords = new Set(['fork', 'Commit changes…', 'Propose changes', 'Create pull request']);
const namedOnSite = [
  ...new Set([...wayOne.matchAll(/\*\*([^*]+)\*\*/g)].map((match) => match[1]!.replace(/\s+/g, ' '))),
].filter((words) => !githubWords.has(words));

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

test('every button, field and heading the guide names is on the site, in the same words', async () => {
  const page = await site.newPage();
  await page.goto(site.url());
  const home = await page.locator('body').innerText();
  await page.goto(site.url('contribute/'));
  await page.locator('#contribute-form').waitFor({ state: 'visible' });
  await page.click('[data-rows="outcomes"] [data-add-row]');
  // The form's sections are laid out only near the screen (content-visibility: auto), and innerText
  // leaves out what is not laid out: every section is laid out here, as a reader scrolling would.
  await page.evaluate(() => {
    for (const section of document.querySelectorAll<HTMLElement>('.cf-section, .cf-finish'))
      section.style.contentVisibility = 'visible';
  });
  // The steps for a write-up too long for GitHub's address (and their button) show only once one
  // is that long; the guide names them too.
  const contribute = [
    await page.locator('body').innerText(),
    await page.locator('#contribute-steps-long').textContent(),
  ].join('\n');

  expect(namedOnSite.length).toBeGreaterThanOrEqual(15);
  const missing = namedOnSite.filter((words) => !home.includes(words) && !contribute.includes(words));

  expect(missing).toEqual([]);
});

test('following the guide’s steps from the home page ends on GitHub’s new-file page with a valid file', async () => {
  const page = await site.newPage();
  const context = page.context();
  await page.goto(site.url());
  await page.evaluate(() => localStorage.clear());

  // 1. Contribute, in the menu; then "Write up your case study".
  await page.getByRole('navigation').getByRole('link', { name: 'Contribute', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Write up your case study' }).waitFor();
  // 2. The form from the top; the file name follows the title.
  await page.getByLabel('Title', { exact: true }).first().fill('Kirkton school meals buy from local farms');
  await expect.poll(() => page.getByLabel('File name').inputValue()).toBe('kirkton-school-meals-buy-from-local-farms');
  await page
    .getByLabel('Summary')
    .fill(
      'The school catering service moved a third of its food spending to farms and producers within 30 miles of Kirkton.',
    );
  await page.getByLabel('Place', { exact: true }).fill('Kirkton');
  await page.getByLabel('Region').selectOption({ label: 'Scotland' });
  await page.getByLabel('Lead organisation', { exact: true }).fill('Kirkton Community Council');
  await page.getByLabel('Type of lead organisation').selectOption({ label: 'Town, parish or community council' });
  await page.getByLabel('Main theme').selectOption({ label: 'Progressive procurement of goods and services' });
  await page.getByRole('checkbox', { name: 'Local supply chains' }).check();
  await page.getByLabel('Year it started').fill('2021');
  // 3. Add an outcome.
  await page.getByRole('button', { name: 'Add an outcome' }).click();
  const outcome = page.getByRole('group', { name: 'Outcome 1' });
  await outcome.getByLabel('What was measured').fill('Share of school food spend with producers within 30 miles');
  await outcome.getByLabel('Figure', { exact: true }).fill('34');
  await outcome.getByLabel('Unit').fill('%');
  await outcome.getByLabel('Year of the figure').fill('2024');
  await outcome.getByLabel('Source number').fill('1');
  // 4. At least one source.
  const source = page.getByRole('group', { name: 'Source 1' });
  await source.getByLabel('Title').fill('Kirkton school meals: local food report 2024');
  await source.getByLabel('Web address').fill('https://www.example.org/kirkton-food-2024');
  // 5. The text: the prompts replaced, the headings kept.
  const text = page.getByLabel('Text of the case study');
  // Each prompt (the paragraph under a heading) gives way to the contributor's own words.
  const written = [
    'The kitchens bought almost all their food through national wholesalers.',
    'The council split the food contract into lots that local farms could bid for.',
    'A third of the food spend now goes to producers within 30 miles.',
    'Talk to the farmers before writing the tender.',
    'The secondary schools join next year.',
  ];
  let paragraph = 0;
  await text.fill(
    (await text.inputValue())
      .split('\n')
      .map((line) => (line === '' || line.startsWith('## ') ? line : (written[paragraph++] ?? line)))
      .join('\n'),
  );
  // 6. Check my answers.
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect.poll(() => page.getByText('Everything required is filled in').first().isVisible()).toBe(true);
  // 7. Propose it on GitHub: a new tab, which stays on this machine.
  await context.route('https://github.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>GitHub</title>' }),
  );
  const [github] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('link', { name: /Propose it on GitHub/ }).click(),
  ]);

  const proposal = new URL(github.url());
  expect(`${proposal.origin}${proposal.pathname}`).toBe(`${siteConfig.repositoryUrl}/new/${siteConfig.branch}`);
  expect(proposal.searchParams.get('filename')).toBe(
    'content/case-studies/kirkton-school-meals-buy-from-local-farms.md',
  );
  const library = mkdtempSync(path.join(tmpdir(), 'cwb-walkthrough-'));
  cpSync(path.join(repo, 'content'), library, { recursive: true });
  writeFileSync(
    path.join(library, 'case-studies', 'kirkton-school-meals-buy-from-local-farms.md'),
    proposal.searchParams.get('value')!,
  );
  const report = validateLibrary(library, {
    paths: [path.join(library, 'case-studies', 'kirkton-school-meals-buy-from-local-farms.md')],
  });
  rmSync(library, { recursive: true, force: true });
  expect(report.problems).toEqual([]);
});
