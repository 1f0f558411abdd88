/**
 * Every built page is valid HTML and reads as written (issue 12): the Nu HTML Checker finds no
 * error in any page of the built site, and no word is glued to a link or other inline element
 * beside it. It reads the site `npm run build` wrote (`dist/`, or `SITE_DIR`), so it runs with the
 * browser tests, after the build; it needs Java (.ci/run installs Debian's default-jre-headless).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readPage } from '../../src/integrations/link-check.ts';
import { standardPage } from '../unit/support/standard-page.ts';
import { gluedWords } from './glued-words.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outDir = path.resolve(root, process.env.SITE_DIR ?? 'dist');

/** Every HTML page of the built site, relative to it. */
function builtPages(): string[] {
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${outDir} holds no built site: run npm run build first`);
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** The path of vnu.jar: the vnu-jar package's main export is that path. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

test('the link check reads every built page as the standard’s tokenizer does (htmlparser2 against parse5)', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  for (const file of pages) {
    const html = readFileSync(path.join(outDir, file), 'utf8');
    const fast = readPage(html, file);
    const standard = standardPage(html, file);
    expect(fast.references, file).toEqual(standard.references);
    expect([...fast.ids].sort(), file).toEqual([...standard.ids].sort());
  }
});

describe('the glued-words check', () => {
  test('finds a word glued to an inline element on either side', () => {
    expect(gluedWords('<p>or copy<a href="/t/">the case-study template</a>.</p>')).toEqual([
      'or copy|<a>|the case-study templ',
    ]);
    expect(gluedWords('<p>published under the<a href="/l/">Creative Commons licence</a>(CC BY 4.0).</p>')).toEqual([
      'published under the|<a>|Creative Commons lic',
      'tive Commons licence|</a>|(CC BY 4.0).',
    ]);
    expect(gluedWords('<p><span>1 to 2</span><span>3 to 4</span></p>')).toHaveLength(2);
    expect(gluedWords('<p>copy<a href="/t/"><strong>the</strong> template</a></p>')).toEqual([
      'copy|<a>|the',
      'copy|<strong>|the',
    ]);
  });

  test('passes words spaced from their elements, punctuation, and what belongs to the word before', () => {
    expect(
      gluedWords(
        '<p>or copy\n<a href="/t/">the template</a>. See <a href="/x/"><strong>this</strong></a>, (<em>that</em>) and “<q>so</q>”.</p>',
      ),
    ).toEqual([]);
    expect(gluedWords('<p>H<sub>2</sub>O and 10<sup>6</sup>, a claim<sup><a href="#fn-1">1</a></sup>.</p>')).toEqual(
      [],
    );
    expect(gluedWords('<ul><li>One</li><li><a href="/">Two</a></li></ul><p>Three<br><a href="/">Four</a></p>')).toEqual(
      [],
    );
  });
});

describe('the built site', () => {
  test('no page glues a word to the inline element beside it', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(10);

    const glued = pages.flatMap((page) =>
      gluedWords(readFileSync(path.join(outDir, page), 'utf8')).map((where) => `${page}: ${where}`),
    );

    expect(glued).toEqual([]);
  });

  test('the Nu HTML Checker finds no error in any page', () => {
    expect(builtPages().length).toBeGreaterThan(10);

    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', outDir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error)
      throw new Error('Java did not run: install a Java runtime (.ci/run installs Debian’s default-jre-headless)', {
        cause: run.error,
      });
    // vnu writes its JSON report to stderr and exits 1 when it finds an error.
    const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] };
    const errors = report.messages
      .filter((message) => message.type !== 'info')
      .map(
        (message) =>
          `${path.relative(outDir, fileURLToPath(message.url ?? 'file:///'))}:${message.lastLine ?? 0}:${message.lastColumn ?? 0}: ${message.message} (${(message.extract ?? '').trim()})`,
      );

    expect(errors).toEqual([]);
    expect(run.status).toBe(0);
  }, 120_000);
});
