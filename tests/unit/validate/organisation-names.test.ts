/**
 * The organisations named in both languages (`content/organisations.yml`): an entry whose English
 * name no case study writes points nowhere and is refused at its line; so are a name given twice
 * and an entry that is not a name and its Welsh; the sample library's file passes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';
import { caseStudy, libraryWith } from './scratch-library.ts';

/** A library of one case study led by Preston City Council with CLES as partner, and `names` as its organisations.yml. */
function withNames(names: string) {
  const library = libraryWith({
    'preston.md': caseStudy({ extra: 'partners: [CLES]\n' }),
  });
  const file = path.join(library.root, 'organisations.yml');
  writeFileSync(file, names);
  return { file, problems: validateLibrary(library.root).problems.filter((one) => one.rule === 'organisation-names') };
}

test('an entry whose English name no case study writes points nowhere, refused where it is written', () => {
  const { file, problems } = withNames(
    '# The names\n- name: Preston City Council\n  cy: Cyngor Dinas Preston\n- name: Prestn City Council\n  cy: Cyngor Preston\n',
  );

  expect(problems).toEqual([
    expect.objectContaining({
      file,
      line: 4,
      column: 9,
      severity: 'error',
      message: expect.stringContaining('"Prestn City Council"'),
    }),
  ]);
  expect(problems[0]!.message).toContain('points nowhere');
});

test('a name given twice, in English or in Welsh, is refused at the second', () => {
  const { problems } = withNames(
    '- name: Preston City Council\n  cy: Cyngor Dinas Preston\n- name: CLES\n  cy: cyngor dinas  preston\n',
  );

  expect(problems.map((one) => [one.line, one.message])).toEqual([
    [4, expect.stringContaining('already given on line 2')],
  ]);
});

test('an entry without its Welsh name, with an unknown key, or a file that is not a list is refused at its line', () => {
  expect(withNames('- name: CLES\n').problems.map((one) => [one.line, one.message])).toEqual([
    [1, expect.stringContaining('cy')],
  ]);
  expect(withNames('- name: CLES\n  cy: CLES\n  en: CLES\n').problems.map((one) => one.message)).toEqual([
    expect.stringContaining('unknown key "en"'),
  ]);
  expect(withNames('name: CLES\n').problems.map((one) => one.message)).toEqual([expect.stringContaining('a list')]);
  expect(withNames('- name: [CLES\n').problems.map((one) => one.message)).toEqual([
    expect.stringContaining('not valid YAML'),
  ]);
});

test('the sample library names each of its organisations’ Welsh names for an organisation a case study names', () => {
  expect(validateLibrary().problems.filter((one) => one.rule === 'organisation-names')).toEqual([]);
});
