/**
 * The build sanitises case-study pages in worker threads: the pages it writes and what it reports
 * must be exactly what the sanitiser in this thread writes and reports.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { sanitiseSite, sanitiseSiteApart } from '../../../src/integrations/sanitise.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cwb-sanitise-apart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (prose: string) =>
  `<!doctype html><html><head></head><body><main><article class="case-study" data-pagefind-body><h1>T</h1><dl><dt>A</dt><dd>B</dd></dl><div class="prose">${prose}</div></article></main><footer><p>x</p><p>y</p></footer></body></html>`;

const proses = [
  '<p>Safe text with a <a href="https://example.org/">link</a>.</p>',
  '<p>Before</p><script>alert(1)</script><p>After</p>',
  '<p><img src="/x.png" alt="x" onerror="alert(1)"></p>',
  '<h2 id="context">Context</h2><p>Safe.</p>',
  '<p><a href="javascript:alert(1)">bad link</a></p>',
  '<table><tr><th>Jobs</th><td>12</td></tr></table>',
];

function site(name: string): string {
  const root = path.join(dir, name);
  proses.forEach((prose, index) => {
    mkdirSync(path.join(root, 'case-studies', `case-${index}`), { recursive: true });
    writeFileSync(path.join(root, 'case-studies', `case-${index}`, 'index.html'), page(prose));
  });
  return root;
}

const files = (root: string) =>
  Object.fromEntries(
    readdirSync(path.join(root, 'case-studies')).map((name) => [
      name,
      readFileSync(path.join(root, 'case-studies', name, 'index.html'), 'utf8'),
    ]),
  );

test('sanitising in worker threads writes and reports what sanitising in this thread does', async () => {
  const here = site('here');
  cpSync(here, path.join(dir, 'apart'), { recursive: true });
  const apartRoot = path.join(dir, 'apart');

  const inThread = sanitiseSite(here, { spaceIndexedText: true });
  const apart = await sanitiseSiteApart(apartRoot, { spaceIndexedText: true }, 0);

  expect(apart.pages).toBe(proses.length);
  expect(apart.pages).toBe(inThread.pages);
  expect(new Map([...apart.changed].sort())).toEqual(new Map([...inThread.changed].sort()));
  expect(apart.changed.size).toBeGreaterThanOrEqual(3);
  expect(files(apartRoot)).toEqual(files(here));
  expect(files(apartRoot)['case-1']).not.toContain('<script');
  expect(files(apartRoot)['case-0']).toContain(' <dt>A</dt>  <dd>B</dd> ');
  expect(files(apartRoot)['case-0']).toContain('<footer><p>x</p><p>y</p></footer>');
});
