/**
 * The build checks links in a worker thread (so that Pagefind is fed meanwhile): it must report
 * exactly what the check in this thread reports.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkLinks, checkLinksApart } from '../../../src/integrations/link-check.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'cwb-links-apart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the link check in a worker thread finds the same broken links as in this thread', async () => {
  const page = (body: string) => `<!doctype html><html><head></head><body>${body}</body></html>`;
  const files: Record<string, string> = {
    'index.html': page(
      '<a href="/a/">a</a> <a href="/missing/">gone</a> <a href="/a/#nowhere">fragment</a> <img src="/x.png" alt="">',
    ),
    'a/index.html': page('<h2 id="here">Here</h2><a href="/#top" target="_blank">new window</a>'),
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const options = { base: '/', site: 'https://cwb.example.org' };

  const apart = await checkLinksApart(dir, options);

  expect(apart).toEqual(checkLinks(dir, options));
  expect(apart.length).toBeGreaterThanOrEqual(4);
});
