import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { shareFormFile } from '../../src/github/issue-form.ts';
import { contributeWords } from '../../src/i18n/index.ts';
import { validateLibrary } from '../../src/validate/index.ts';
import { siteConfig } from '../../src/site.config.ts';
import { violations as axeViolations } from './axe.ts';
import { openSite, type Site } from './site.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** The contribution page with an empty form: no draft left from an earlier test. */
async function openForm(lang: 'en' | 'cy' = 'en'): Promise<Page> {
  const page = await site.newPage();
  await page.goto(site.url(lang === 'cy' ? 'cy/contribute/' : 'contribute/'));
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('#contribute-form').waitFor({ state: 'visible' });
  return page;
}

/** A text in the contributor's own words, under the recommended headings. */
const writtenBody = [
  '## Context',
  '',
  'Most of the council’s spending left the county, and local firms rarely bid.',
  '',
  '## What was done',
  '',
  'The council split large contracts into lots and told local firms about them a year ahead.',
  '',
  '## Lessons for other places',
  '',
  'Start with the spend you already have, and publish the figures every year.',
  '',
].join('\n');

/** Answers every required question, as a contributor would, and writes the text. */
async function fillRequired(page: Page): Promise<void> {
  await page.fill('#cf-title', 'Browser test: "buying local" in Llanfair — ŵ');
  await page.fill(
    '#cf-summary',
    'The council moved more of its spending to firms based in the county, measured every year.',
  );
  await page.fill('#cf-place', 'Llanfair');
  await page.selectOption('#cf-region', 'wales');
  await page.fill('#cf-organisation', 'Example County Council');
  await page.selectOption('#cf-organisationType', 'welsh-council');
  await page.selectOption('#cf-themes-main', 'procurement');
  await page.check('#cf-themes-other-workforce');
  await page.check('#cf-topics-local-supply-chains');
  await page.fill('#cf-started', '2019');
  await page.fill('#cf-sources-0-title', 'Annual procurement report');
  await page.fill('#cf-sources-0-url', 'https://www.example.gov.uk/procurement-report');
  await page.fill('#cf-body', writtenBody);
}

const submit = (page: Page) => page.locator('#contribute-form button[type="submit"]').click();

test('without JavaScript the page explains the other ways to contribute and hides the form', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  await page.goto(site.url('contribute/'));

  expect(await page.locator('#contribute-form').isVisible()).toBe(false);
  expect(await page.locator('#contribute-needs-js').textContent()).toContain('needs JavaScript');
  expect(await page.locator('#contribute-needs-js a[href*="_template.md"]').count()).toBe(1);
  expect(await page.locator('#contribute-needs-js a[href*="/issues/new"]').count()).toBe(1);
  await context.close();
});

test('loads the form’s checks only once the form is near the screen or used (issue 15)', async () => {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const checks = () => requested.filter((pathname) => /\/contribute-check\.[\w-]+\.js$/.test(pathname));

  await page.goto(site.url('contribute/'));
  await page.locator('#contribute-form').waitFor({ state: 'visible' });
  await page.waitForLoadState('networkidle');

  // Shown and usable, but not checked: the reader is still above it, reading the guidance.
  expect(checks()).toEqual([]);
  expect(await page.locator('#contribute-preview').textContent()).toBe('');
  await page.locator('#cf-title').scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('#contribute-preview').textContent()).toMatch(/^---\n[^]*published: /);
  expect(checks()).toHaveLength(1);
  await context.close();
});

test('a filled-in form writes a file that the validator accepts', async () => {
  const page = await openForm();

  await fillRequired(page);
  await page.click('[data-rows="outcomes"] [data-add-row]');
  await page.fill('#cf-outcomes-0-metric', 'Spend with county-based firms');
  await page.fill('#cf-outcomes-0-value', '1,250');
  await page.fill('#cf-outcomes-0-unit', '£k');
  await page.fill('#cf-outcomes-0-year', '2023');
  await page.fill('#cf-outcomes-0-source', '1');
  await submit(page);

  await expect.poll(() => page.locator('#contribute-ready').isVisible()).toBe(true);
  const text = (await page.locator('#contribute-preview').textContent())!;
  const slug = await page.inputValue('#cf-slug');
  expect(slug).toBe('browser-test-buying-local-in-llanfair-w');
  const root = mkdtempSync(path.join(tmpdir(), 'cwb-contribute-'));
  mkdirSync(path.join(root, 'case-studies'));
  writeFileSync(path.join(root, 'case-studies', `${slug}.md`), text);
  expect(validateLibrary(root).problems).toEqual([]);
  rmSync(root, { recursive: true, force: true });
  const proposal = new URL((await page.getAttribute('#contribute-github', 'href'))!);
  expect(proposal.pathname).toMatch(/\/new\/[^/]+$/);
  expect(proposal.searchParams.get('filename')).toBe(`content/case-studies/${slug}.md`);
  expect(proposal.searchParams.get('value')).toBe(text);
});

/** Runs the real `npm run validate` on `text` as a new file of a copy of the library. */
function validateWithCli(slug: string, text: string) {
  const root = mkdtempSync(path.join(tmpdir(), 'cwb-contribute-cli-'));
  try {
    cpSync(path.join(repo, 'content'), root, { recursive: true });
    const file = path.join(root, 'case-studies', `${slug}.md`);
    writeFileSync(file, text);
    return spawnSync('npm', ['run', '--silent', 'validate', '--', file], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root },
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a form filled in with every kind of answer gives a file that npm run validate accepts, proposed to the configured repository', async () => {
  const page = await openForm();
  await fillRequired(page);
  await page.selectOption('#cf-status', 'completed');
  await page.fill('#cf-ended', '2024');
  await page.fill('#cf-partners', 'Example Health Board\nExample College');
  await page.fill('#cf-population', '125,000');
  await page.click('[data-rows="outcomes"] [data-add-row]');
  await page.fill('#cf-outcomes-0-metric', 'Share of spend with county firms');
  await page.fill('#cf-outcomes-0-value', '31.5');
  await page.fill('#cf-outcomes-0-unit', '%');
  await page.fill('#cf-outcomes-0-year', '2024');
  await page.fill('#cf-outcomes-0-baseline-value', '18');
  await page.fill('#cf-outcomes-0-baseline-year', '2019');
  await page.fill('#cf-outcomes-0-source', '2');
  await page.check('#cf-evidence-monitored');
  await page.click('[data-rows="sources"] [data-add-row]');
  await page.fill('#cf-sources-1-title', 'Spend analysis 2024');
  await page.fill('#cf-sources-1-publisher', 'Example County Council');
  await page.fill('#cf-sources-1-year', '2024');
  await page.fill('#cf-contact-name', 'Procurement team');
  await page.fill('#cf-contact-email', 'procurement@example.gov.uk');
  await page.check('#cf-contact-consent');
  await page.fill('#cf-contributors', 'A. Writer');
  await page.fill('#cf-related', 'preston-anchor-institution-procurement');
  await submit(page);

  await expect.poll(() => page.locator('#contribute-ready').isVisible()).toBe(true);
  const text = (await page.locator('#contribute-preview').textContent())!;
  const slug = await page.inputValue('#cf-slug');
  expect(text).toContain('population: 125000');
  expect(text).toContain('evidence: monitored');
  expect(text).toContain('## Lessons for other places');
  const result = validateWithCli(slug, text);
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const proposal = new URL((await page.getAttribute('#contribute-github', 'href'))!);
  expect(`${proposal.origin}${proposal.pathname}`).toBe(`${siteConfig.repositoryUrl}/new/${siteConfig.branch}`);
  expect(proposal.searchParams.get('value')).toBe(text);
  expect(await page.getAttribute('#contribute-github', 'target')).toBe('_blank');
});

for (const lang of ['en', 'cy'] as const)
  test(`a long write-up (${lang}): the form says so before the button, which becomes “copy and open GitHub”, with the steps to paste and the issue form offered`, async () => {
    const words = contributeWords(lang);
    const page = await openForm(lang);
    await fillRequired(page);
    const visibleSteps = () =>
      page.locator('.cf-steps:visible li').evaluateAll((items) => items.map((item) => item.textContent?.trim()));
    const button = page.locator('#contribute-github');

    // A short write-up: GitHub opens with the file filled in.
    await page.fill('#cf-body', writtenBody);
    await submit(page);
    expect(await page.locator('#contribute-too-long').isVisible()).toBe(false);
    expect((await button.textContent())?.trim()).toBe(words.propose);
    expect(await visibleSteps()).toEqual(words.steps);

    // About 1,100 words: more than GitHub's new-file address holds.
    await page.fill('#cf-body', `${writtenBody}\n\n${'Spending moved to local firms, year after year. '.repeat(140)}`);
    await expect.poll(() => page.locator('#contribute-too-long').isVisible()).toBe(true);
    expect((await button.textContent())?.trim()).toBe(words.proposeLong);
    expect(await visibleSteps()).toEqual(words.stepsLong);
    // Said before the button, in reading order, with the issue form (which has no length limit) offered.
    const noteFirst = await page.evaluate(
      () =>
        (document
          .getElementById('contribute-too-long')!
          .compareDocumentPosition(document.getElementById('contribute-github')!) &
          Node.DOCUMENT_POSITION_FOLLOWING) !==
        0,
    );
    expect(noteFirst).toBe(true);
    const issueLink = page.locator('#contribute-too-long a');
    expect(await issueLink.textContent()).toBe(words.tooLongIssueLink);
    expect(await issueLink.getAttribute('href')).toBe(
      `${siteConfig.repositoryUrl}/issues/new?template=${shareFormFile(lang)}`,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Short again: back as it was.
    await page.fill('#cf-body', writtenBody);
    await expect.poll(() => page.locator('#contribute-too-long').isVisible()).toBe(false);
    expect((await button.textContent())?.trim()).toBe(words.propose);
  });

test('a case study too long for a link is copied, and GitHub opens with only its file name', async () => {
  const page = await openForm();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillRequired(page);
  await page.fill('#cf-body', `## Context\n\n${'Spending moved to local firms, year after year. '.repeat(300)}`);
  await submit(page);
  await expect.poll(() => page.locator('#contribute-too-long').isVisible()).toBe(true);

  const proposal = new URL((await page.getAttribute('#contribute-github', 'href'))!);
  expect(proposal.searchParams.get('filename')).toBe(`content/case-studies/${await page.inputValue('#cf-slug')}.md`);
  expect(proposal.searchParams.has('value')).toBe(false);
  // Stop the new tab from opening; the click still copies the file.
  await page.evaluate(() =>
    document.getElementById('contribute-github')!.addEventListener('click', (event) => event.preventDefault()),
  );
  await page.locator('#contribute-github').click();
  await expect.poll(() => page.locator('#contribute-status').textContent()).toContain('The file is copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await page.locator('#contribute-preview').textContent(),
  );
});

test('the download is the previewed file, named after it', async () => {
  const page = await openForm();
  await fillRequired(page);
  await submit(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#contribute-download').click()]);

  expect(download.suggestedFilename()).toBe(`${await page.inputValue('#cf-slug')}.md`);
  const saved = path.join(mkdtempSync(path.join(tmpdir(), 'cwb-download-')), 'file.md');
  await download.saveAs(saved);
  expect(readFileSync(saved, 'utf8')).toBe(await page.locator('#contribute-preview').textContent());
});

test('the page links to the GitHub form and the contributing guide in the configured repository', async () => {
  const page = await openForm();

  const links = await page
    .locator('a[href^="http"]')
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));

  expect(links).toContain(`${siteConfig.repositoryUrl}/issues/new?template=share-a-case-study.yml`);
  expect(links).toContain(`${siteConfig.repositoryUrl}/blob/${siteConfig.branch}/CONTRIBUTING.md`);
});

test('asking for the file with problems lists them, linked to fields that describe them', async () => {
  const page = await openForm();

  await page.locator('#contribute-github').click();

  const problems = page.locator('#contribute-problems');
  // The first use of the form may wait for its checks to arrive (a few milliseconds here).
  await expect.poll(() => problems.isVisible()).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('contribute-problems');
  expect(await problems.locator('li').first().textContent()).toBe('Title: Enter a title.');
  await problems.locator('a').first().click();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('cf-title');
  expect(await page.getAttribute('#cf-title', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#cf-title', 'aria-describedby')).toContain('cf-title-error');
  expect(await page.locator('#cf-title-error').textContent()).toContain('Enter a title');
});

test('the three-problem form lists its three problems on the first check, each by its label', async () => {
  const page = await openForm();
  await fillRequired(page);
  // An end before the start, an outcome citing source 3 of 1, and an e-mail address without consent.
  await page.fill('#cf-ended', '2016');
  await page.click('[data-rows="outcomes"] [data-add-row]');
  await page.fill('#cf-outcomes-0-metric', 'Spend with county-based firms');
  await page.fill('#cf-outcomes-0-value', '28');
  await page.fill('#cf-outcomes-0-unit', '%');
  await page.fill('#cf-outcomes-0-year', '2023');
  await page.fill('#cf-outcomes-0-source', '3');
  await page.fill('#cf-contact-name', 'Procurement team');
  await page.fill('#cf-contact-email', 'procurement@example.gov.uk');

  await submit(page);

  const items = page.locator('#contribute-problems li');
  await expect.poll(() => items.count()).toBe(3);
  const listed = await items.allTextContents();
  expect(listed).toEqual([
    'Year it ended: It ended in 2016, before it started in 2019: check both years.',
    'Outcome 1, Source number: Source 3 does not exist: there is only 1 source. Add it under “Sources”, or give the number of one listed there.',
    'E-mail address: An e-mail address is published only when the person or team named has agreed: tick “The person or team named has agreed to this e-mail address being published”, or remove the address.',
  ]);
  // No field keys, YAML or line numbers for a contributor.
  for (const line of listed) expect(line).not.toMatch(/\w\.\w+\.|\w\[\d\]|consent: true|:\d+:\d+|\bISO\b/);
});

test('a text that still holds the prompts is refused in the form, with its label', async () => {
  const page = await openForm();
  await fillRequired(page);
  // Back to the text the form starts with: the headings and their prompts.
  await page.evaluate(() => {
    const body = document.querySelector<HTMLTextAreaElement>('#cf-body')!;
    body.value = body.defaultValue;
    body.dispatchEvent(new Event('input', { bubbles: true }));
  });

  await submit(page);

  const listed = await page.locator('#contribute-problems li').allTextContents();
  expect(listed).toHaveLength(5);
  expect(listed[0]).toBe(
    'Text of the case study: This still holds the prompt “What was the situation before, and why did your…”: replace it with your own words.',
  );
  expect(await page.locator('#cf-body-error').isVisible()).toBe(true);
});

test('checks an answer as it is typed once the field has been visited', async () => {
  const page = await openForm();

  await page.fill('#cf-started', 'twenty');
  await page.locator('#cf-started').blur();

  await expect
    .poll(() => page.locator('#cf-started-error').textContent())
    .toContain('Write a year as four figures, such as 2019.');
  await page.fill('#cf-started', '2020');
  await expect.poll(() => page.locator('#cf-started-error').isVisible()).toBe(false);
});

test('keeps the draft across a reload until it is cleared', async () => {
  const page = await openForm();
  await fillRequired(page);
  await page.waitForTimeout(400);

  await page.reload();

  expect(await page.locator('#contribute-restored').isVisible()).toBe(true);
  expect(await page.inputValue('#cf-title')).toContain('buying local');
  expect(await page.isChecked('#cf-topics-local-supply-chains')).toBe(true);
  expect(await page.inputValue('#cf-sources-0-url')).toBe('https://www.example.gov.uk/procurement-report');
  expect(await page.inputValue('#cf-region')).toBe('wales');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('#contribute-clear').click();
  expect(await page.inputValue('#cf-title')).toBe('');
  expect(await page.evaluate(() => localStorage.getItem('cwb-contribute-draft'))).toBeNull();
});

test('the contribution page, with problems shown, has no WCAG A or AA violations', async () => {
  const page = await openForm();
  await page.click('[data-rows="outcomes"] [data-add-row]');
  await submit(page);

  // Through the DevTools protocol: the site's Content Security Policy refuses an added <script>, as it should.
  await page.evaluate(
    `${readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')}\n;void 0`,
  );
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });

  expect(violations).toEqual([]);
});

test('shows how the text will look, drawing what was typed as text and running none of it', async () => {
  const page = await openForm();
  await page.fill(
    '#cf-body',
    '## Context\n\nWe **bought local**; see [the report](https://www.example.org/report).\n\n<script>window.ran = true</script>\n\n[bad](javascript:window.ran=true)\n\n- one\n- two',
  );
  await page.getByText('How the text will look').click();

  const preview = page.locator('#contribute-rendered');
  await expect.poll(() => preview.locator('h4').first().textContent()).toBe('Context');
  expect(await preview.locator('strong').textContent()).toBe('bought local');
  expect(
    await preview.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href)),
  ).toEqual(['https://www.example.org/report']);
  expect(await preview.locator('li').count()).toBe(2);
  expect(await preview.textContent()).toContain('<script>window.ran = true</script>');
  await page.getByText('bad', { exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();

  await page.fill('#cf-body', '## Lessons for other places\n\nStart small.');
  await expect.poll(() => preview.locator('h4').first().textContent()).toBe('Lessons for other places');
});

test('keeps what was typed just before the tab was closed, and nothing after clearing', async () => {
  const page = await openForm();
  const context = page.context();
  await page.fill('#cf-place', 'Llanfair');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(site.url('contribute/'));
  await again.locator('#contribute-form').waitFor({ state: 'visible' });
  expect(await again.inputValue('#cf-place')).toBe('Llanfair');
  again.once('dialog', (dialog) => void dialog.accept());
  await again.locator('#contribute-clear').click();
  await again.close({ runBeforeUnload: true });

  const third = await context.newPage();
  await third.goto(site.url('contribute/'));
  await third.locator('#contribute-form').waitFor({ state: 'visible' });
  expect(await third.locator('#contribute-restored').isVisible()).toBe(false);
  expect(await third.evaluate(() => localStorage.getItem('cwb-contribute-draft'))).toBeNull();
});
