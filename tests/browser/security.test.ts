/**
 * No script reaches a reader (issue 6). A site is built from a library holding a hostile case
 * study with the content check switched off (CWB_UNSAFE_SKIP_CONTENT_CHECK=1, for tests only), so
 * that only the backstops stand between its script and a reader: the sanitiser, which removes it
 * from the page, and the Content Security Policy, which stops script injected into a page from
 * running. The site is built under a base path, where search must still work under the policy and
 * every link must hold (the build's link check).
 *
 * The build runs in a copy of the project (its node_modules linked), so that it cannot disturb, or be
 * disturbed by, other builds of this checkout.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/bench/browser.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { frontMatterLines, minimalCaseStudy } from '../support/case-study.ts';
import { freePort } from './free-port.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const port = await freePort();
const base = '/cwb-security/';
const origin = `http://127.0.0.1:${port}`;

const work = mkdtempSync(path.join(tmpdir(), 'cwb-security-'));
const project = path.join(work, 'project');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');

/** Quarrytown's front matter: the minimal case study (tests/support/case-study.ts) moved to a place no other case study names. */
const frontmatter = (title: string, extra = '') =>
  `---\n${frontMatterLines({
    ...minimalCaseStudy,
    title,
    summary: "How Quarrytown's anchor institutions moved their spending to local suppliers over five years.",
    place: 'Quarrytown',
    organisation: 'Quarrytown Borough Council',
    started: 2016,
    sources: [{ title: 'Quarrytown spend analysis', url: 'https://example.org/quarrytown-spend' }],
  }).join('\n')}${extra}\n---\n`;

const hostile = `${frontmatter('Quarrytown anchor procurement')}
## Context

Quarrytown's councillors wanted the zanzibarite supply chain to stay local.

<script>window.__cwbInjected = 'script element'</script>

<img src="${base}favicon.svg" alt="" onerror="window.__cwbInjected = 'onerror'" onload="window.__cwbInjected = 'onload'">

[Read more](javascript:window.__cwbInjected='javascript link')

<iframe src="https://example.org/"></iframe>

<a href="https://example.org/" target="_blank">A link that would open a new window</a>

## What was done

The council published its spend analysis.
`;

const components = `${frontmatter('Quarrytown co-operative development')}
## Context

<Callout title="What a co-operative is" tone="note">
A business owned by its members.
</Callout>

Text after the callout.
`;

let buildLog = '';
let browser: Browser;
let server: { port: number; stop(): Promise<void> };

beforeAll(async () => {
  // The project, as it is, with its dependencies linked in.
  mkdirSync(project);
  for (const entry of [
    'src',
    'public',
    'messages',
    'project.inlang',
    'astro.config.ts',
    'package.json',
    'tsconfig.json',
  ]) {
    if (existsSync(path.join(repo, entry)))
      cpSync(path.join(repo, entry), path.join(project, entry), { recursive: true });
  }
  symlinkSync(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  // A library: the vocabularies, the hostile case study and one with an MDX component.
  cpSync(path.join(repo, 'content', 'taxonomy'), path.join(content, 'taxonomy'), { recursive: true });
  mkdirSync(path.join(content, 'case-studies'));
  writeFileSync(path.join(content, 'case-studies', 'quarrytown-anchor-procurement.md'), hostile);
  writeFileSync(path.join(content, 'case-studies', 'quarrytown-cooperatives.mdx'), components);

  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/.test(key)),
  );
  const built = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: project,
      env: { ...env, CONTENT_DIR: content, BASE_PATH: base, SITE_URL: origin, CWB_UNSAFE_SKIP_CONTENT_CHECK: '1' },
      encoding: 'utf8',
      timeout: 280_000,
    },
  );
  buildLog = `${built.stdout}\n${built.stderr}`;
  if (built.status !== 0) throw new Error(`the hostile site did not build:\n${buildLog}`);

  const previous = process.env.BASE_PATH;
  process.env.BASE_PATH = base;
  try {
    server = await preview({ root: project, outDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
    // The pages were built for this port: a preview that moved to another would test nothing.
    if (server.port !== port)
      throw new Error(
        `port ${port} was taken between finding it free and starting the preview (on ${server.port}): run the tests again`,
      );
  } finally {
    if (previous === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previous;
  }
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (!process.env.CWB_KEEP_SECURITY_SITE) rmSync(work, { recursive: true, force: true });
});

/** A page that records every Content Security Policy violation in `window.__violations`. */
async function watchedPage(): Promise<Page> {
  const context = await browser.newContext();
  // Nothing leaves this machine, whatever a page links to.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return page;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const injected = (page: Page) => page.evaluate(() => (window as unknown as { __cwbInjected?: unknown }).__cwbInjected);

const caseStudyUrl = `${origin}${base}case-studies/quarrytown-anchor-procurement/`;

describe('the hostile case study, built without the content check', () => {
  test('is published without its script: the sanitiser removed it and said so', () => {
    const html = readFileSync(path.join(outDir, 'case-studies', 'quarrytown-anchor-procurement', 'index.html'), 'utf8');
    // From the contributed text to the sources, which the page writes after it.
    const prose = html.slice(html.indexOf('class="prose"'), html.indexOf('id="sources-heading"'));

    expect(buildLog).toMatch(/CWB_UNSAFE_SKIP_CONTENT_CHECK=1: the case studies are NOT checked/);
    expect(buildLog).toMatch(/removed from case-studies[/\\]quarrytown-anchor-procurement[/\\]index\.html/);
    expect(prose).not.toMatch(/<script|\son[a-z]+=|href="\s*javascript:|<iframe|target=/i);
    expect(prose).toContain('zanzibarite');
    expect(prose).toMatch(/<h2 id="what-was-done">What was done<\/h2>/);
  });

  test('keeps the MDX component it did not need to touch', () => {
    const html = readFileSync(path.join(outDir, 'case-studies', 'quarrytown-cooperatives', 'index.html'), 'utf8');

    expect(html).toMatch(/<div class="callout callout--note" role="note">/);
  });

  test('every page carries a Content Security Policy without unsafe-inline that allows WebAssembly', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy).toMatch(/style-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).not.toContain('unsafe-inline');
  });

  test('every published file reached the pages, the index and the exports, and every link holds under the base path', () => {
    expect(buildLog).toMatch(
      /2 published case studies: 2 pages, 2 in the search index \(with 0 guides, 0 guide pages\), 2 JSON records, 2 CSV rows/,
    );
    expect(buildLog).toMatch(/Every link, fragment and image resolves/);
  });

  test('runs no script in the browser', async () => {
    const page = await watchedPage();

    await page.goto(caseStudyUrl);

    expect(await injected(page)).toBeUndefined();
    expect(await page.locator('.prose a[target]').count()).toBe(0);
    expect(await violations(page)).toEqual([]);
  });
});

test('search works under the policy, with no violation', async () => {
  const page = await watchedPage();

  await page.goto(`${origin}${base}search/?q=zanzibarite`);
  await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length > 0, undefined, {
    timeout: 30_000,
  });

  const links = await page
    .locator('#search-results > li h3 a')
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  expect(links).toEqual([`${base}case-studies/quarrytown-anchor-procurement/`]);
  expect(await violations(page)).toEqual([]);
});

test('script injected into a served page does not run, and the policy reports it', async () => {
  const page = await watchedPage();
  await page.route(caseStudyUrl, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '<main',
      '<script>window.__cwbInjected = "inline script"</script><img src="x" alt="" onerror="window.__cwbInjected = \'handler\'"><main',
    );
    await route.fulfill({ response, body: html });
  });

  await page.goto(caseStudyUrl);
  await expect
    .poll(() => violations(page))
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem inline$/),
        expect.stringMatching(/^script-src-attr inline$/),
      ]),
    );

  expect(await injected(page)).toBeUndefined();
});

test('the site’s own pages raise no policy violation', async () => {
  const page = await watchedPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  for (const path of [
    '',
    'case-studies/',
    'themes/',
    'regions/',
    'organisations/',
    'contribute/',
    'data/case-studies.json',
    'case-studies/quarrytown-cooperatives/',
    '404.html',
  ]) {
    await page.goto(`${origin}${base}${path}`);
    await page.waitForLoadState('networkidle');

    expect(await violations(page).catch(() => []), path).toEqual([]);
  }
  expect(errors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
});
