import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertNoErrors } from '../../src/integrations/pagefind.ts';
import { bundleFileContent, indexedWords, metaShares } from './pagefind-bundle.ts';

/** A bundle Pagefind writes for three pages, two of which say "procurement" (three times between them). */
let bundleDir: string;
const work = mkdtempSync(path.join(tmpdir(), 'cwb-pagefind-bundle-'));

beforeAll(async () => {
  bundleDir = path.join(work, 'pagefind');
  try {
    const { index } = assertNoErrors('start', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('no index');
    const pages = [
      {
        url: '/a/',
        content: 'Anchor procurement in Preston. Procurement spend stayed local.',
        published: '2021-01-01',
        started: '2018',
      },
      { url: '/b/', content: 'A pension fund invests at home.', published: '2022-02-02', started: '2019' },
      { url: '/c/', content: 'Social value in procurement.', published: '2020-03-03', started: '2017' },
    ];
    for (const page of pages) {
      assertNoErrors(
        'add a record',
        await index.addCustomRecord({
          url: page.url,
          content: page.content,
          language: 'en',
          meta: { title: page.url },
          filters: { theme: ['Progressive procurement'] },
          sort: { published: page.published, started: page.started },
        }),
      );
    }
    assertNoErrors('write', await index.writeFiles({ outputPath: bundleDir }));
  } finally {
    await pagefind.close();
  }
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const metaFile = () => {
  const name = readdirSync(bundleDir).find((file) => file.endsWith('.pf_meta'));
  if (!name) throw new Error('Pagefind wrote no metadata file');
  return readFileSync(path.join(bundleDir, name));
};

describe('metaShares', () => {
  test('names the page table and each sort order, and its shares add up to the file', () => {
    const file = metaFile();
    const { pages, shares } = metaShares(file);
    expect(pages).toBe(3);
    expect(shares.map((share) => share.part)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^page table \(3 pages/),
        'sort order "published" (3 pages)',
        'sort order "started" (3 pages)',
      ]),
    );
    expect(shares.every((share) => share.bytes > 0)).toBe(true);
    expect(shares.reduce((sum, share) => sum + share.bytes, 0)).toBeCloseTo(file.length, 6);
  });

  test('refuses a word index file, which is not metadata', () => {
    const indexFile = readdirSync(path.join(bundleDir, 'index'))[0]!;
    expect(() => metaShares(readFileSync(path.join(bundleDir, 'index', indexFile)), indexFile)).toThrow(
      `${indexFile} is not the metadata of a Pagefind 1.6 bundle`,
    );
  });
});

describe('indexedWords', () => {
  test('counts the pages and positions of each stemmed word, and the shares add up to the file', () => {
    const words = readdirSync(path.join(bundleDir, 'index')).flatMap((file) => {
      const bytes = readFileSync(path.join(bundleDir, 'index', file));
      const found = indexedWords(bytes, file);
      expect(found.reduce((sum, word) => sum + word.bytes, 0)).toBeCloseTo(bytes.length, 6);
      return found;
    });
    // Pagefind stems "procurement" to "procur": on two pages, three times in their text.
    expect(words.find((word) => word.part === 'procur')).toMatchObject({ pages: 2, positions: 3 });
    expect(words.find((word) => word.part === 'pension')).toMatchObject({ pages: 1, positions: 1 });
  });
});

describe('bundleFileContent', () => {
  test('says which file is not Pagefind’s rather than misreading it', () => {
    expect(() => bundleFileContent(Buffer.from('plain text'), 'notes.txt')).toThrow('notes.txt is not gzip-compressed');
    expect(() => bundleFileContent(gzipSync('{"json": true}'), 'data.json.gz')).toThrow(
      `data.json.gz does not start with Pagefind's "pagefind_dcd"`,
    );
  });
});
