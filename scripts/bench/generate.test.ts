import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateLibrary } from '../../src/validate/index.ts';
import { casesPerGuide, generateLibrary, type GeneratedLibrary } from './generate.ts';

const folders: string[] = [];
const fresh = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'cwb-bench-test-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const bodyWords = (text: string) =>
  text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split(/\s+/)
    .filter((word) => word && !word.startsWith('#')).length;

describe('the benchmark library generator', () => {
  let library: GeneratedLibrary;
  let files: string[];
  beforeAll(() => {
    library = generateLibrary({ cases: 200, seed: 7, out: fresh() });
    files = readdirSync(path.join(library.root, 'case-studies')).sort();
  });

  test('writes 200 case studies, and their guides, that the validator accepts without a single problem', () => {
    expect(files).toHaveLength(200);
    const report = validateLibrary(library.root);
    expect(report.files).toHaveLength(200 + library.guides.length);
    expect(report.problems).toEqual([]);
  }, 60_000);

  test('writes one how-to guide for about every 40 case studies, each citing published case studies', () => {
    const guides = readdirSync(path.join(library.root, 'guides')).sort();
    expect(guides).toEqual(library.guides.map((slug) => `${slug}.md`).sort());
    expect(guides).toHaveLength(Math.round(200 / casesPerGuide));
    const published = new Set(library.published);
    for (const name of guides) {
      const text = readFileSync(path.join(library.root, 'guides', name), 'utf8');
      const data = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as { cases: string[] };
      expect(data.cases.length).toBeGreaterThanOrEqual(1);
      for (const slug of data.cases) expect(published.has(slug), slug).toBe(true);
    }
  });

  test('writes the same bytes for the same seed, and a different library for another seed', () => {
    const again = generateLibrary({ cases: 200, seed: 7, out: fresh() });
    const other = generateLibrary({ cases: 200, seed: 8, out: fresh() });
    const read = (root: string, name: string) => readFileSync(path.join(root, 'case-studies', name), 'utf8');
    expect(again.slugs).toEqual(library.slugs);
    for (const name of files) expect(read(again.root, name)).toBe(read(library.root, name));
    expect(other.slugs).not.toEqual(library.slugs);
  }, 60_000);

  test('mixes drafts, Welsh translations linked both ways and MDX files among the case studies', () => {
    expect(library.drafts).toBeGreaterThan(0);
    expect(library.mdx).toBeGreaterThan(0);
    expect(files.filter((name) => name.endsWith('.mdx'))).toHaveLength(library.mdx);
    const welsh = files.filter((name) =>
      /^lang: cy$/m.test(readFileSync(path.join(library.root, 'case-studies', name), 'utf8')),
    );
    expect(welsh).toHaveLength(library.welsh);
    expect(welsh.length).toBeGreaterThan(0);
    for (const name of welsh) {
      const original = /^translationOf: (\S+)$/m.exec(
        readFileSync(path.join(library.root, 'case-studies', name), 'utf8'),
      )![1]!;
      const back = readFileSync(path.join(library.root, 'case-studies', `${original}.md`), 'utf8');
      expect(back).toContain(`translationOf: ${name.replace(/\.mdx?$/, '')}`);
    }
  });

  test('writes bodies of 300 to 1,500 words under the recommended headings', () => {
    for (const name of files) {
      const text = readFileSync(path.join(library.root, 'case-studies', name), 'utf8');
      const words = bodyWords(text);
      expect(words, name).toBeGreaterThanOrEqual(300);
      expect(words, name).toBeLessThanOrEqual(1500);
      expect(text, name).toMatch(/^## (Context|Cyd-destun)$/m);
      expect(text, name).toMatch(/^## (Next steps|Camau nesaf)$/m);
    }
  });

  test('gives about 40% of case studies outcomes, and each one one to three themes', () => {
    const texts = files.map((name) => readFileSync(path.join(library.root, 'case-studies', name), 'utf8'));
    const withOutcomes = texts.filter((text) => /^outcomes:$/m.test(text)).length / texts.length;
    expect(withOutcomes).toBeGreaterThan(0.3);
    expect(withOutcomes).toBeLessThan(0.5);
    for (const text of texts) {
      const data = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as { themes: string[] };
      expect(data.themes.length).toBeGreaterThanOrEqual(1);
      expect(data.themes.length).toBeLessThanOrEqual(3);
    }
  });

  test('gives some case studies what they took, when they were checked and a withdrawal, all valid (§11)', () => {
    const texts = files.map((name) => readFileSync(path.join(library.root, 'case-studies', name), 'utf8'));
    const share = (pattern: RegExp) => texts.filter((text) => pattern.test(text)).length / texts.length;
    expect(share(/^resources:$/m)).toBeGreaterThan(0.05);
    expect(share(/^resources:$/m)).toBeLessThan(0.4);
    expect(share(/^transferability: /m)).toBeGreaterThan(0.05);
    expect(share(/^reviewed: /m)).toBeGreaterThan(0.15);
    expect(share(/^withdrawn:$/m)).toBeLessThan(0.1);
  });

  test('refuses to write into a case-studies folder that already has files', () => {
    expect(() => generateLibrary({ cases: 5, out: library.root })).toThrow(/not empty/);
  });
});
