import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkIndexedCount, indexSite, spaceBlocks, spaceIndexedBlocks } from './pagefind.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

describe('indexSite', () => {
  let site: string;
  let result: { pageCount: number };

  beforeAll(async () => {
    site = mkdtempSync(path.join(tmpdir(), 'cwb-index-'));
    const write = (file: string, html: string) => {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), html);
    };
    write('index.html', page('en', '<main>Home page about procurement</main>'));
    write('case-studies/index.html', page('en', '<main>All case studies about procurement</main>'));
    write(
      'case-studies/preston/index.html',
      page('en', '<article data-pagefind-body><h1>Preston procurement</h1></article>'),
    );
    write(
      'case-studies/gwynedd/index.html',
      page('cy', '<article data-pagefind-body><h1>Caffael yng Ngwynedd</h1></article>'),
    );
    write('case-studies/by/index.html', page('en', '<main>Case studies by year: procurement</main>'));
    result = await indexSite(site);
  });

  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('indexes English and Welsh case-study pages into one index', () => {
    const entry = JSON.parse(readFileSync(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };

    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en!.page_count).toBe(2);
    expect(result.pageCount).toBe(2);
  });
});

describe('the indexed text', () => {
  test('keeps the words of adjacent blocks apart once the page is spaced, as compressed HTML runs them together', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'cwb-index-blocks-'));
    mkdirSync(path.join(site, 'case-studies/rlw'), { recursive: true });
    writeFileSync(
      path.join(site, 'case-studies/rlw/index.html'),
      spaceIndexedBlocks(
        page(
          'en',
          '<article data-pagefind-body><h1>Pay</h1><dl><dt>Real Living Wage</dt><dd>Paying the Real Living Wage.</dd></dl><table><tr><th>Jobs</th><td>12</td></tr></table></article>',
        ),
      ),
    );

    await indexSite(site);
    const [fragment] = readdirSync(path.join(site, 'pagefind/fragment'));
    const record = JSON.parse(
      gunzipSync(readFileSync(path.join(site, 'pagefind/fragment', fragment!)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { content: string; url: string };
    rmSync(site, { recursive: true, force: true });

    expect(record.url).toBe('/case-studies/rlw/');
    expect(record.content).toContain('Real Living Wage Paying the Real Living Wage.');
    expect(record.content).toContain('Jobs 12');
    expect(record.content).toMatch(/^Pay\. /);
  });
});

describe('spaceIndexedBlocks', () => {
  test('spaces the indexed article only, leaving the layout around it as written', () => {
    const before = '<header><nav><ul><li>A</li><li>B</li></ul></nav></header>';
    const after = '<footer><p>x</p><p>y</p></footer>';
    const spaced = spaceIndexedBlocks(
      page(
        'en',
        `${before}<main><article class="case-study" data-pagefind-body><dl><dt>A</dt><dd>B</dd></dl></article></main>${after}`,
      ),
    );

    expect(spaced).toContain(
      `${before}<main> <article class="case-study" data-pagefind-body> <dl> <dt>A</dt>  <dd>B</dd> </dl> </article> </main>${after}`,
    );
  });

  test('leaves a page without an indexed article unchanged', () => {
    const html = page('en', '<main><div><p>a</p></div></main>');

    expect(spaceIndexedBlocks(html)).toBe(html);
  });
});

describe('spaceBlocks', () => {
  test('puts a space before each block element and after its end, outside the element', () => {
    expect(spaceBlocks('<dl><dt>A</dt><dd>B</dd></dl>')).toBe(' <dl> <dt>A</dt>  <dd>B</dd> </dl> ');
  });

  test('leaves inline elements, and tags whose names only start like a block’s, alone', () => {
    expect(spaceBlocks('<p>a<em>b</em><span>c</span><picture>d</picture><details-x>e</details-x></p>')).toBe(
      ' <p>a<em>b</em><span>c</span><picture>d</picture><details-x>e</details-x></p> ',
    );
  });
});

describe('indexSite on a library without case studies', () => {
  test('indexes no page at all, rather than every page', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'cwb-index-empty-'));
    writeFileSync(path.join(site, 'index.html'), page('en', '<main>Home page</main>'));

    const { pageCount } = await indexSite(site);

    rmSync(site, { recursive: true, force: true });
    expect(pageCount).toBe(0);
  });
});

describe('checkIndexedCount', () => {
  test('fails the build when nothing was indexed although case studies are published', () => {
    expect(() => checkIndexedCount(0, 3)).toThrow(/search index is empty although 3 case studies are published/);
  });

  test('warns when the index and the library disagree', () => {
    expect(checkIndexedCount(2, 3)).toMatch(/holds 2 pages but 3 case studies/);
  });

  test('accepts an index that matches the library, even an empty one', () => {
    expect(checkIndexedCount(3, 3)).toBeUndefined();
    expect(checkIndexedCount(0, 0)).toBeUndefined();
  });
});
