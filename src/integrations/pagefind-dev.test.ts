import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  buildDevBundle,
  buildDevShards,
  bundleMiddleware,
  devShardSize,
  shardOf,
  type BundleFiles,
} from './pagefind-dev.ts';

const frontmatter = (fields: string) => `---
summary: A council moved its spending to local firms and kept more wealth in the place.
place: Testham
organisation: Testham Borough Council
organisationType: unitary-authority
themes: [procurement]
started: 2018
status: ongoing
sources:
  - title: Annual report
published: 2024-05-01
${fields}
---
`;

/** The JSON records inside a bundle's fragments (gzip, after Pagefind's `pagefind_dcd` signature). */
const fragments = (files: BundleFiles) =>
  [...files]
    .filter(([name]) => name.startsWith('fragment/'))
    .map(
      ([, content]) =>
        JSON.parse(
          gunzipSync(content)
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; filters: Record<string, string[]>; meta: Record<string, string> },
    );

describe('buildDevBundle', () => {
  let root: string;
  let bundle: Awaited<ReturnType<typeof buildDevBundle>>;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'cwb-dev-search-'));
    const dir = path.join(root, 'case-studies');
    mkdirSync(dir);
    writeFileSync(
      path.join(dir, 'anchor-spend.md'),
      `${frontmatter('title: Anchor spend in Testham\nregion: north-west')}\nLocal suppliers won more contracts.\n`,
    );
    writeFileSync(
      path.join(dir, 'ynni-cymunedol.md'),
      `${frontmatter('title: Ynni cymunedol yn Nhestham\nregion: wales\nlang: cy')}\nMae cwmnïau ynni cymunedol yn tyfu.\n`,
    );
    writeFileSync(
      path.join(dir, 'unfinished.md'),
      `${frontmatter('title: An unfinished draft\nregion: london\ndraft: true')}\nNot yet ready.\n`,
    );
    writeFileSync(path.join(dir, 'broken.md'), `${frontmatter('title: Broken region\nregion: North-West')}\n`);
    writeFileSync(path.join(dir, '_template.md'), 'not a case study');
    bundle = await buildDevBundle(root);
  });

  afterAll(async () => {
    rmSync(root, { recursive: true, force: true });
    await pagefind.close();
  });

  test('indexes every valid case study, drafts included, in one language', () => {
    const entry = JSON.parse(Buffer.from(bundle.files.get('pagefind-entry.json')!).toString('utf8')) as {
      languages: Record<string, { page_count: number }>;
    };

    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en!.page_count).toBe(3);
    expect(
      fragments(bundle.files)
        .map((record) => record.url)
        .sort(),
    ).toEqual(['/case-studies/anchor-spend/', '/case-studies/unfinished/', '/case-studies/ynni-cymunedol/']);
  });

  test('gives a Welsh case study English filter labels', () => {
    const welsh = fragments(bundle.files).find((record) => record.url === '/case-studies/ynni-cymunedol/')!;

    expect(welsh.filters).toMatchObject({
      region: ['Wales'],
      nation: ['Wales'],
      theme: ['Progressive procurement of goods and services'],
    });
    expect(welsh.meta.title).toBe('Ynni cymunedol yn Nhestham');
  });

  test('reports a file the schema refuses instead of indexing it', () => {
    expect(bundle.problems).toHaveLength(1);
    expect(bundle.problems[0]).toMatch(/^broken\.md: .*North-West/);
  });

  test('includes the Pagefind browser script the search page loads', () => {
    expect(bundle.files.has('pagefind.js')).toBe(true);
  });

  test('after an edit, indexes the edited case study anew and keeps the others as they were', async () => {
    const file = path.join(root, 'case-studies', 'anchor-spend.md');
    const again = await buildDevBundle(root);
    expect(fragments(again.files)).toEqual(fragments(bundle.files));

    writeFileSync(
      file,
      `${frontmatter('title: Anchor spend in Testham, revised\nregion: north-west')}\nMore contracts.\n`,
    );
    try {
      const edited = fragments((await buildDevBundle(root)).files);
      const byUrl = (records: ReturnType<typeof fragments>, url: string) =>
        records.find((record) => record.url === url);
      expect(byUrl(edited, '/case-studies/anchor-spend/')!.meta.title).toBe('Anchor spend in Testham, revised');
      expect(byUrl(edited, '/case-studies/ynni-cymunedol/')).toEqual(
        byUrl(fragments(bundle.files), '/case-studies/ynni-cymunedol/'),
      );
    } finally {
      writeFileSync(
        file,
        `${frontmatter('title: Anchor spend in Testham\nregion: north-west')}\nLocal suppliers won more contracts.\n`,
      );
    }
  });
});

describe('buildDevShards', () => {
  let root: string;
  const slugs = Array.from({ length: 12 }, (_, i) => `case-study-${i}`);
  const write = (slug: string, title: string) =>
    writeFileSync(
      path.join(root, 'case-studies', `${slug}.md`),
      `${frontmatter(`title: ${title}\nregion: north-west`)}\nLocal suppliers won more contracts.\n`,
    );

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cwb-dev-shards-'));
    mkdirSync(path.join(root, 'case-studies'));
    for (const slug of slugs) write(slug, `Practice ${slug}`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('splits the case studies among parts by slug, and after an edit indexes only the edited one’s part', async () => {
    // Four parts, as the keys of an earlier build of four would ask (twelve make one part of devShardSize).
    const first = await buildDevShards(
      root,
      Array.from({ length: 4 }, () => ''),
    );
    expect(first.shards).toHaveLength(4);
    expect(first.shards.every((shard) => shard.files)).toBe(true);
    const urls = first.shards.map((shard) =>
      fragments(shard.files!)
        .map((record) => record.url)
        .sort(),
    );
    for (const slug of slugs) expect(urls[shardOf(slug, 4)]).toContain(`/case-studies/${slug}/`);
    expect(urls.flat()).toHaveLength(slugs.length);
    expect(slugs.length).toBeLessThan(devShardSize);

    const keys = first.shards.map((shard) => shard.key);
    expect((await buildDevShards(root, keys)).shards.every((shard) => !shard.files)).toBe(true);

    write('case-study-5', 'Practice case-study-5, revised');
    const edited = await buildDevShards(root, keys);
    const rebuilt = edited.shards.flatMap((shard, i) => (shard.files ? [i] : []));
    expect(rebuilt).toEqual([shardOf('case-study-5', 4)]);
    const record = fragments(edited.shards[rebuilt[0]!]!.files!).find(
      (found) => found.url === '/case-studies/case-study-5/',
    );
    expect(record!.meta.title).toBe('Practice case-study-5, revised');
  });
});

describe('bundleMiddleware', () => {
  const files: BundleFiles = new Map([['pagefind.js', new TextEncoder().encode('export {}')]]);

  function request(url: string) {
    const response = { statusCode: 0, headers: {} as Record<string, string>, body: '' as unknown, passed: false };
    return new Promise<typeof response>((resolve) => {
      const res = {
        set statusCode(code: number) {
          response.statusCode = code;
        },
        setHeader: (name: string, value: string) => {
          response.headers[name.toLowerCase()] = value;
        },
        end: (body: unknown) => {
          response.body = body;
          resolve(response);
        },
      };
      bundleMiddleware('/cwb/', async () => files)({ url } as never, res as never, () => {
        response.passed = true;
        resolve(response);
      });
    });
  }

  test('serves a bundle file under the base path as JavaScript', async () => {
    const response = await request('/cwb/pagefind/pagefind.js?v=1');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
  });

  test('answers 404 for a file not in the bundle and leaves other URLs to the dev server', async () => {
    expect((await request('/cwb/pagefind/missing.pf_index')).statusCode).toBe(404);
    expect((await request('/cwb/search/')).passed).toBe(true);
  });
});
