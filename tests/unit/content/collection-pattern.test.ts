/**
 * The collections' glob (src/content/listing.ts) must pick the same files for Astro's initial load
 * (tinyglobby) and for its dev-server watch (picomatch), and exactly the files the validator lists:
 * with `[!_]` the watch matched only `_` files, and no edit of a case study reached its page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { caseStudyFiles, collectionFilePattern } from '../../../src/content/listing.ts';

// The matchers Astro's glob loader itself uses, resolved from Astro.
const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const picomatch = fromAstro('picomatch') as { isMatch(name: string, patterns: string[]): boolean };
const { globSync } = fromAstro('tinyglobby') as { globSync(patterns: string[], options: { cwd: string }): string[] };

describe('collectionFilePattern', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwb-pattern-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const names = ['preston-model.md', 'wrexham-anchor-network.mdx', '_template.md', '_draft-notes.md', 'notes.txt'];
  for (const name of names) writeFileSync(path.join(dir, name), '');
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'images', 'inside.md'), '');

  test('is what the loader finds, the watch matches and the validator lists', () => {
    const found = globSync([collectionFilePattern], { cwd: dir }).sort();
    const watched = [...names, 'images/inside.md'].filter((name) => picomatch.isMatch(name, [collectionFilePattern])).sort();
    expect(found).toEqual(['preston-model.md', 'wrexham-anchor-network.mdx']);
    expect(watched).toEqual(found);
    expect(
      caseStudyFiles(dir)
        .map((file) => path.basename(file.path))
        .sort(),
    ).toEqual(found);
  });
});
