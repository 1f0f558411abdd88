/**
 * The validation cache (src/validate/cache.ts) must never change what the validator reports: a
 * report from the cache equals a fresh one on every fixture; a changed file, a changed vocabulary
 * or another validator version is validated afresh; the rules between files see changes to other
 * files; and a damaged cache file is ignored and rewritten, never trusted.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { generateLibrary } from '../../../scripts/bench/generate.ts';
import {
  validationCacheStats,
  validationCacheVariable,
  validatorSources,
  validatorVersion,
} from '../../../src/validate/cache.ts';
import { validateLibrary, type ValidateOptions, type ValidationReport } from '../../../src/validate/index.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/validate/', import.meta.url));
const repoTaxonomy = fileURLToPath(new URL('../../../content/taxonomy/', import.meta.url));

let cacheDir: string;
let previous: string | undefined;
beforeEach(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'cwb-validation-cache-'));
  previous = process.env[validationCacheVariable];
  process.env[validationCacheVariable] = cacheDir;
});
afterEach(() => {
  if (previous === undefined) delete process.env[validationCacheVariable];
  else process.env[validationCacheVariable] = previous;
  rmSync(cacheDir, { recursive: true, force: true });
});

/** The report without the cache. */
function fresh(root: string, options?: ValidateOptions): ValidationReport {
  const saved = process.env[validationCacheVariable];
  process.env[validationCacheVariable] = 'off';
  try {
    return validateLibrary(root, options);
  } finally {
    process.env[validationCacheVariable] = saved;
  }
}

/** Validates through the cache, counting how many files it found there. */
function cached(root: string, options?: ValidateOptions): { report: ValidationReport; hits: number; misses: number } {
  const { hits, misses } = validationCacheStats;
  const report = validateLibrary(root, options);
  return { report, hits: validationCacheStats.hits - hits, misses: validationCacheStats.misses - misses };
}

const cacheFiles = () => readdirSync(cacheDir).filter((name) => name.endsWith('.bin'));

describe('a report from the cache equals a fresh one', () => {
  const roots = () => [
    ...['good', 'warnings', 'guide-rules', 'guides-stray'].map((name) => ({ name, root: path.join(fixtures, name) })),
    ...readdirSync(path.join(fixtures, 'bad'))
      .filter((entry) => !entry.includes('.') && entry !== 'images')
      .map((name) => ({ name: `bad/${name}`, root: path.join(fixtures, 'bad', name) })),
  ];

  test('on every fixture library, cold and warm', () => {
    for (const { name, root } of roots()) {
      const expected = fresh(root);
      const cold = cached(root);
      const warm = cached(root);
      expect(cold.report, name).toEqual(expected);
      expect(warm.report, name).toEqual(expected);
      // Texts that name pictures are validated every time (their problems depend on the picture files).
      expect(warm.hits + warm.misses, name).toBe(cold.misses);
      if (cold.misses > 1) expect(warm.hits, name).toBeGreaterThan(0);
    }
  }, 120_000);

  test('on every bad fixture file, cold and warm', () => {
    const bad = path.join(fixtures, 'bad');
    const expected = fresh(bad, { paths: [bad] });
    expect(expected.errorCount).toBeGreaterThan(50);
    const cold = cached(bad, { paths: [bad] });
    const warm = cached(bad, { paths: [bad] });
    expect(cold.report).toEqual(expected);
    expect(warm.report).toEqual(expected);
    // Files whose text names pictures, or whose check crashed, are validated every time; nearly all come from the cache.
    expect(warm.hits).toBeGreaterThan(cold.misses * 0.8);
  }, 120_000);

  test('for a single file asked about, and the library around it after', () => {
    const bad = path.join(fixtures, 'bad');
    const one = path.join(bad, 'email-in-body.md');
    expect(cached(bad, { paths: [one] }).report).toEqual(fresh(bad, { paths: [one] }));
    const whole = cached(bad, { paths: [bad] });
    expect(whole.report).toEqual(fresh(bad, { paths: [bad] }));
    expect(whole.hits).toBe(1);
  }, 60_000);
});

describe('what invalidates it', () => {
  let work: string;
  let root: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'cwb-validation-cache-library-'));
    root = generateLibrary({ cases: 40, seed: 7, out: path.join(work, 'library') }).root;
    // The library's own vocabularies, so that a test can change them.
    cpSync(repoTaxonomy, path.join(root, 'taxonomy'), { recursive: true });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const caseStudies = () => path.join(root, 'case-studies');
  const fileNames = () =>
    readdirSync(caseStudies())
      .filter((name) => /\.mdx?$/.test(name))
      .sort();

  test('a changed file is validated afresh, the others come from the cache', () => {
    const expected = fresh(root);
    expect(cached(root).report).toEqual(expected);
    const file = path.join(caseStudies(), fileNames()[3]!);
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, `${before.trimEnd()}\n\nWrite to jane.doe@example.org for the report.\n`);
      const changed = cached(root);
      expect(changed.misses).toBe(1);
      expect(changed.report).toEqual(fresh(root));
      expect(changed.report.problems.some((item) => item.file === file)).toBe(true);
    } finally {
      writeFileSync(file, before);
    }
    const back = cached(root);
    expect(back.report).toEqual(expected);
  }, 60_000);

  test('a changed vocabulary invalidates every file', () => {
    expect(cached(root).report).toEqual(fresh(root));
    const themes = path.join(root, 'taxonomy', 'themes.yml');
    const before = readFileSync(themes, 'utf8');
    // Remove the first theme: the case studies that use it now name an unknown theme.
    const first = /^- id: ([a-z0-9-]+)$/m.exec(before);
    expect(first, 'themes.yml lists its themes as "- id: …"').not.toBeNull();
    const removed = before.replace(/^- id: [a-z0-9-]+\n(?: {2}.*\n|\n)*?(?=- id: )/m, '');
    expect(removed).not.toBe(before);
    try {
      writeFileSync(themes, removed);
      const changed = cached(root);
      expect(changed.hits).toBe(0);
      const expected = fresh(root);
      expect(changed.report).toEqual(expected);
    } finally {
      writeFileSync(themes, before);
    }
  }, 60_000);

  test('the validator version covers its own modules, the vocabularies and the environment its rules read', () => {
    const sources = validatorSources().map((file) => path.relative(process.cwd(), file));
    for (const module of [
      'src/validate/index.ts',
      'src/validate/cache.ts',
      'src/validate/fast-path.ts',
      'src/validate/body-worker.ts',
      'src/validate/body-rules.ts',
      'src/schema/case-study.ts',
      'src/content/read.ts',
      'src/lib/unwritten-text.ts',
    ])
      expect(sources, module).toContain(module);
    const taxonomy = path.join(root, 'taxonomy');
    const version = validatorVersion(taxonomy, {});
    expect(validatorVersion(taxonomy, {})).toBe(version);
    expect(validatorVersion(taxonomy, { SITE_URL: 'https://example.org' })).not.toBe(version);
    expect(validatorVersion(taxonomy, { BASE_PATH: '/library/' })).not.toBe(version);
    const topics = path.join(taxonomy, 'topics.yml');
    const before = readFileSync(topics, 'utf8');
    try {
      writeFileSync(topics, `${before}\n`);
      expect(validatorVersion(taxonomy, {})).not.toBe(version);
    } finally {
      writeFileSync(topics, before);
    }
  });

  test('the rules between files see a change to another file', () => {
    expect(cached(root).report).toEqual(fresh(root));
    // A case study that another relates to disappears: the other's `related` now names nothing.
    const names = fileNames();
    const relating = names.find((name) =>
      /^related:\n {2}- /m.test(readFileSync(path.join(caseStudies(), name), 'utf8')),
    );
    expect(relating, 'the generated library has a case study with related links').toBeDefined();
    const target = /^related:\n {2}- (?:case-studies\/)?([a-z0-9-]+)/m.exec(
      readFileSync(path.join(caseStudies(), relating!), 'utf8'),
    )![1]!;
    const targetFile = names.find((name) => name.replace(/\.mdx?$/, '') === target);
    expect(targetFile, `the related case study ${target} exists`).toBeDefined();
    const targetPath = path.join(caseStudies(), targetFile!);
    const saved = readFileSync(targetPath);
    try {
      rmSync(targetPath);
      const changed = cached(root);
      expect(changed.misses).toBe(0);
      const expected = fresh(root);
      expect(changed.report).toEqual(expected);
      expect(expected.problems.some((item) => item.file.endsWith(relating!))).toBe(true);
      // A duplicate slug: the same case study as .mdx beside its .md.
      writeFileSync(targetPath, saved);
      const twin = path.join(caseStudies(), `${target}.mdx`);
      if (!targetFile!.endsWith('.mdx')) {
        writeFileSync(twin, saved);
        try {
          const duplicated = cached(root);
          expect(duplicated.report).toEqual(fresh(root));
          expect(duplicated.report.errorCount).toBeGreaterThan(0);
        } finally {
          rmSync(twin);
        }
      }
    } finally {
      writeFileSync(targetPath, saved);
    }
  }, 60_000);

  test('a damaged cache file is ignored and rewritten, never trusted', () => {
    const expected = fresh(root);
    cached(root);
    const [name] = cacheFiles();
    expect(name).toBeDefined();
    const file = path.join(cacheDir, name!);
    const good = readFileSync(file);
    const damaged: Record<string, Buffer> = {
      empty: Buffer.alloc(0),
      'cut short': good.subarray(0, Math.floor(good.length / 2)),
      'one byte changed': Buffer.from(good.map((byte, index) => (index === good.length - 10 ? byte ^ 0xff : byte))),
      'not a cache': Buffer.from('{"entries": {}}'),
    };
    for (const [what, bytes] of Object.entries(damaged)) {
      writeFileSync(file, bytes);
      const run = cached(root);
      expect(run.hits, what).toBe(0);
      expect(run.report, what).toEqual(expected);
      // Rewritten: the next run finds every file.
      expect(statSync(file).size, what).toBeGreaterThan(32);
      const next = cached(root);
      expect(next.misses, what).toBe(0);
      expect(next.report, what).toEqual(expected);
    }
  }, 60_000);

  test('one cache file per library, the other versions removed', () => {
    cached(root);
    cached(path.join(fixtures, 'good'));
    expect(cacheFiles()).toHaveLength(2);
    const themes = path.join(root, 'taxonomy', 'themes.yml');
    const before = readFileSync(themes, 'utf8');
    try {
      writeFileSync(themes, `${before}\n`);
      cached(root);
      expect(cacheFiles()).toHaveLength(2);
    } finally {
      writeFileSync(themes, before);
    }
  }, 60_000);
});
