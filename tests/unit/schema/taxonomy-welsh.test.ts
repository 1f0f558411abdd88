/**
 * Every vocabulary entry carries its Welsh (issue 14): the loader, and so the validator and the
 * build, refuse an entry without its Welsh label, or without a Welsh description when it has an
 * English one, naming the file, the line and what to add.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { defaultContentRoot, loadTaxonomy, positionIn } from '../../../src/schema/load-taxonomy.ts';
import { TaxonomyError, termDescription, termLabel } from '../../../src/schema/taxonomy.ts';
import { vocabularies } from '../../../src/schema/vocabularies.ts';
import { validateLibrary } from '../../../src/validate/index.ts';

const work = mkdtempSync(path.join(tmpdir(), 'cwb-taxonomy-welsh-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content root with the sample vocabularies, `yaml` appended to `file`, and an empty case-studies folder. */
function rootWith(name: string, file: string, yaml: string): { root: string; line: number } {
  const root = path.join(work, name);
  cpSync(path.join(defaultContentRoot, 'taxonomy'), path.join(root, 'taxonomy'), { recursive: true });
  mkdirSync(path.join(root, 'case-studies'));
  const target = path.join(root, 'taxonomy', `${file}.yml`);
  const before = readFileSync(target, 'utf8');
  appendFileSync(target, yaml);
  // The first line of what was appended.
  return { root, line: before.split('\n').length - (before.endsWith('\n') ? 1 : 0) + 1 };
}

const problemsOf = (root: string) => {
  try {
    loadTaxonomy(root, { fresh: true });
  } catch (error) {
    if (error instanceof TaxonomyError) return error.problems;
    throw error;
  }
  return [];
};

describe('the sample library', () => {
  const taxonomy = loadTaxonomy();

  test.each(vocabularies.map((row) => [row.key]))(
    'every term of %s has a Welsh label, and a Welsh description where it has an English one',
    (key) => {
      for (const term of taxonomy[key as keyof typeof taxonomy]) {
        expect(term.cy.label, term.id).not.toBe('');
        if (term.description) expect(term.cy.description, term.id).toBeTruthy();
      }
    },
  );

  test('the lookups give the Welsh on a Welsh page and the English on an English one', () => {
    expect(termLabel(taxonomy.topics, 'anchor-institutions', 'cy')).toEqual({ text: 'Sefydliadau angor', lang: 'cy' });
    expect(termLabel(taxonomy.topics, 'anchor-institutions', 'en')).toEqual({
      text: 'Anchor institutions',
      lang: 'en',
    });
    expect(termLabel(taxonomy.statuses, 'ongoing', 'cy').text).toBe('Ar waith');
    expect(termLabel(taxonomy.regions, 'north-west', 'cy').text).toBe('Gogledd-orllewin Lloegr');
    expect(termDescription(taxonomy.evidenceLevels, 'monitored', 'cy')?.lang).toBe('cy');
    expect(termDescription(taxonomy.nations, 'wales', 'cy')).toBeUndefined();
    expect(termLabel(taxonomy.topics, 'no-such-topic', 'cy')).toEqual({ text: 'no-such-topic', lang: 'en' });
  });
});

/** Entries that lack their Welsh, and what the loader says, at which line of the appended text. */
const missing = [
  {
    name: 'a topic without cy',
    file: 'topics',
    yaml: '- id: tidal-power\n  label: Tidal power\n  description: Energy from the tides.\n',
    line: 0,
    says: 'topic "tidal-power" (“Tidal power”) has no Welsh: add `cy:` under it with `label:`, the Welsh of its label, and `description:`, the Welsh of its description',
  },
  {
    name: 'an organisation type without cy or description',
    file: 'organisation-types',
    yaml: '- { id: port-authority, label: Port authority }\n',
    line: 0,
    says: 'organisation type "port-authority" (“Port authority”) has no Welsh: add `cy:` under it with `label:`, the Welsh of its label',
  },
  {
    name: 'a region whose cy has no label',
    file: 'regions',
    yaml: '- id: isle-of-man\n  label: Isle of Man\n  nation: outside-uk\n  cy:\n    description: Ynys ym Môr Iwerddon.\n',
    line: 4,
    says: 'region "isle-of-man" (“Isle of Man”) has no Welsh label: add `label:` under its `cy:`',
  },
  {
    name: 'a status with an English description and a Welsh label only',
    file: 'statuses',
    yaml: '- id: paused\n  label: Paused\n  description: Stopped for now, to start again.\n  cy:\n    label: Wedi’i oedi\n',
    line: 4,
    says: 'status "paused" (“Paused”) has an English description but no Welsh one: add `description:` under its `cy:`, the Welsh of “Stopped for now, to start again.”',
  },
  {
    name: 'an evidence level with an empty Welsh label',
    file: 'evidence-levels',
    yaml: '- id: audited\n  label: Audited\n  cy: { label: "" }\n',
    line: 2,
    says: 'evidence level "audited" (“Audited”) has an empty Welsh label: write the Welsh after `label:` under its `cy:`',
  },
] as const;

describe.each(missing)('$name', ({ name, file, yaml, line, says }) => {
  const { root, line: first } = rootWith(name.replace(/\W+/g, '-'), file, yaml);

  test('is refused by the loader, with the file, the line and what to add', () => {
    const problems = problemsOf(root);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(path.join(path.relative(process.cwd(), path.join(root, 'taxonomy')), `${file}.yml`));
    expect(problems[0]!.line).toBe(first + line);
    expect(problems[0]!.message).toContain(says);
  });

  test('is reported by the validator where it is written', () => {
    const report = validateLibrary(root);
    const found = report.problems.filter((problem) => problem.rule === 'taxonomy');

    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: path.join(root, 'taxonomy', `${file}.yml`),
      line: first + line,
      severity: 'error',
    });
    expect(found[0]!.message).toContain(says);
  });
});

describe('positionIn', () => {
  const text = '- id: a\n  label: A\n  cy:\n    label: Ā\n- id: b\n  label: B\n';

  test('finds a value, or the nearest value above the one asked for', () => {
    expect(positionIn(text, [0, 'cy', 'label'])).toEqual({ line: 4, column: 12 });
    expect(positionIn(text, [1, 'cy'])).toEqual({ line: 5, column: 3 });
    expect(positionIn(text, [1])).toEqual({ line: 5, column: 3 });
    expect(positionIn(text, [7, 'label'])).toEqual({ line: 1, column: 1 });
  });
});
