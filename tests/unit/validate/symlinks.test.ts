/**
 * Nothing in a content root is a symbolic link (issue 12): a link anywhere under it — a case
 * study, a picture, a folder, a loop, a link to nothing, a vocabulary — is an error at the link,
 * found without following it, and nothing is read through it.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';
import { caseStudy, imageField, samplePicture, scratchLibrary } from './scratch-library.ts';

const sampleTaxonomy = fileURLToPath(new URL('../../../content/taxonomy/', import.meta.url));

const located = (report: ReturnType<typeof validateLibrary>) =>
  report.problems.map((item) => [path.basename(item.file), item.rule, item.line, item.column, item.severity]);

test('a picture linked to a system file is an error naming the link and where it leads, and the case study showing it is told why', () => {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy({ extra: imageField('images/passwd.png') }));
  library.link('images/passwd.png', '/etc/passwd');

  const report = validateLibrary(library.root);

  expect(located(report)).toEqual([
    ['passwd.png', 'symlink', 1, 1, 'error'],
    ['preston.md', 'image', 15, 8, 'error'],
  ]);
  expect(report.problems[0]!.message).toContain('"passwd.png" is a symbolic link (to /etc/passwd)');
  expect(report.problems[1]!.message).toContain('leads through a symbolic link ("images/passwd.png")');
});

test('a case study linked to a Markdown file outside the library is an error, and is not read as a case study', () => {
  const library = scratchLibrary();
  writeFileSync(path.join(library.outside, 'secret.md'), caseStudy({ title: 'A file from outside the library' }));
  library.link('secret.md', path.join(library.outside, 'secret.md'));

  const report = validateLibrary(library.root);

  expect(located(report)).toEqual([['secret.md', 'symlink', 1, 1, 'error']]);
  expect(report.files).toEqual([]);
});

test('a folder of pictures linked to a folder outside is an error, and what is in it is not listed', () => {
  const library = scratchLibrary();
  mkdirSync(path.join(library.outside, 'photos'));
  writeFileSync(path.join(library.outside, 'photos', 'holiday.png'), 'not looked at');
  library.write('preston.md', caseStudy());
  library.link('images/gallery', path.join(library.outside, 'photos'));

  const report = validateLibrary(library.root);

  expect(located(report)).toEqual([['gallery', 'symlink', 1, 1, 'error']]);
  expect(report.pictures).toEqual([]);
});

test('a link to itself, and two links to each other, are errors and do not stop the check', () => {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy());
  library.link('images/loop', 'loop');
  library.link('images/a.png', 'b.png');
  library.link('images/b.png', 'a.png');

  const report = validateLibrary(library.root);

  expect(located(report)).toEqual([
    ['a.png', 'symlink', 1, 1, 'error'],
    ['b.png', 'symlink', 1, 1, 'error'],
    ['loop', 'symlink', 1, 1, 'error'],
  ]);
});

test('a link that leads nowhere is an error, also when it is the path asked about', () => {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy());
  const dangling = library.link('images/gone.png', path.join(library.outside, 'gone.png'));
  const danglingStudy = library.link('gone.md', path.join(library.outside, 'gone.md'));

  expect(located(validateLibrary(library.root))).toEqual([
    ['gone.md', 'symlink', 1, 1, 'error'],
    ['gone.png', 'symlink', 1, 1, 'error'],
  ]);
  expect(located(validateLibrary(library.root, { paths: [dangling] }))).toEqual([
    ['gone.png', 'symlink', 1, 1, 'error'],
  ]);
  expect(located(validateLibrary(library.root, { paths: [danglingStudy] }))).toEqual([
    ['gone.md', 'symlink', 1, 1, 'error'],
  ]);
});

test('a case-studies folder that is a link is an error, and nothing is read through it', () => {
  const library = scratchLibrary();
  const elsewhere = path.join(library.outside, 'case-studies');
  mkdirSync(elsewhere);
  writeFileSync(path.join(elsewhere, 'preston.md'), caseStudy());
  const root = path.join(library.outside, 'root');
  mkdirSync(root);
  const linked = path.join(root, 'case-studies');
  symlinkSync(elsewhere, linked);

  const report = validateLibrary(root);

  expect(report.problems.map((item) => [item.file, item.rule])).toEqual([[linked, 'symlink']]);
  expect(report.files).toEqual([]);
});

test('a vocabulary that is a link is an error at the link, and the vocabularies are not read through it', () => {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy());
  const taxonomy = path.join(library.root, 'taxonomy');
  mkdirSync(taxonomy);
  for (const name of ['themes', 'regions', 'nations', 'organisation-types', 'statuses', 'evidence-levels'])
    copyFileSync(path.join(sampleTaxonomy, `${name}.yml`), path.join(taxonomy, `${name}.yml`));
  symlinkSync(path.join(sampleTaxonomy, 'topics.yml'), path.join(taxonomy, 'topics.yml'));

  const report = validateLibrary(library.root, { freshTaxonomy: true });

  expect(report.problems.map((item) => [path.relative(library.root, item.file), item.rule])).toEqual([
    ['taxonomy', 'taxonomy'],
    [path.join('taxonomy', 'topics.yml'), 'symlink'],
  ]);
  expect(report.problems[0]!.message).toContain('topics.yml is a symbolic link');
});

test('a real picture in a folder of images/ is accepted where a case study shows it', () => {
  const library = scratchLibrary();
  library.write('preston.md', caseStudy({ extra: imageField('images/2024/market.png') }));
  library.copy(samplePicture('png'), 'images/2024/market.png');

  expect(validateLibrary(library.root).problems).toEqual([]);
});
