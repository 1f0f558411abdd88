/**
 * Nothing is published that no one reviewed in context (issue 12). A site is built from a library
 * holding a picture no case study shows, pictures only a draft shows, and links in `images/` to
 * files outside the library, with the content check switched off (CWB_UNSAFE_SKIP_CONTENT_CHECK=1,
 * for tests only) so that the build alone decides what it copies: only the pictures that a
 * published case study shows reach `dist/`, and nothing reached through a link. With the check
 * on, the same library is refused, naming each link.
 *
 * The build runs in a copy of the project (its node_modules linked), like the other build tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, environmentOutsideTests } from '../../support/scratch-project.ts';
import { caseStudy, imageField, solidPng } from '../validate/scratch-library.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cwb-published-pictures-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const project = path.join(work, 'project');
const content = path.join(work, 'content');
const library = path.join(content, 'case-studies');
const outside = path.join(work, 'outside');
const outDir = path.join(work, 'dist');

/** Each picture of the library, by name, with bytes no other picture has. */
const pictures = {
  shown: solidPng(40, 30, [200, 40, 40]),
  inText: solidPng(41, 30, [40, 200, 40]),
  unused: solidPng(43, 30, [200, 200, 40]),
  draftFront: solidPng(44, 30, [40, 200, 200]),
  draftText: solidPng(45, 30, [200, 40, 200]),
  secret: solidPng(46, 30, [90, 90, 90]),
};

const environment = environmentOutsideTests();
const build = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [path.join(project, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    env: { ...environment, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, ...env },
  });

/** Every file of the built site, relative to it. */
function siteFiles(dir = outDir, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    return entry.isDirectory() ? siteFiles(dir, relative) : [relative];
  });
}

let built: ReturnType<typeof build>;
beforeAll(() => {
  copyProject(project);

  cpSync(path.join(repo, 'content', 'taxonomy'), path.join(content, 'taxonomy'), { recursive: true });
  mkdirSync(path.join(library, 'images'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(
    path.join(library, 'preston.md'),
    caseStudy({ extra: imageField('images/shown.png'), body: '## Context\n\n![A chart](images/in-text.png)\n' }),
  );
  writeFileSync(
    path.join(library, 'later.md'),
    caseStudy({
      title: 'A draft about Leeds',
      extra: `draft: true\n${imageField('images/draft-front.png')}`,
      body: '![Later](images/draft-text.png)\n',
    }),
  );
  const names: Record<keyof typeof pictures, string> = {
    shown: 'shown',
    inText: 'in-text',
    unused: 'unused',
    draftFront: 'draft-front',
    draftText: 'draft-text',
    secret: 'secret',
  };
  for (const [key, bytes] of Object.entries(pictures)) {
    if (key !== 'secret')
      writeFileSync(path.join(library, 'images', `${names[key as keyof typeof pictures]}.png`), bytes);
  }
  writeFileSync(path.join(outside, 'secret.png'), pictures.secret);
  symlinkSync(path.join(outside, 'secret.png'), path.join(library, 'images', 'secret.png'));
  symlinkSync('/etc/passwd', path.join(library, 'images', 'passwd.png'));

  built = build({ CWB_UNSAFE_SKIP_CONTENT_CHECK: '1' });
}, 300_000);

test('the build publishes the pictures a published case study shows, in its text and front matter', () => {
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);

  const files = siteFiles().map((file) => path.basename(file));
  for (const stem of ['shown', 'in-text'])
    expect(
      files.some((name) => name.startsWith(`${stem}.`)),
      stem,
    ).toBe(true);
});

test('nothing reached through a link, no unused picture and no draft picture is in dist/', () => {
  const unwanted = [
    pictures.unused,
    pictures.draftFront,
    pictures.draftText,
    pictures.secret,
    readFileSync('/etc/passwd'),
  ];

  const files = siteFiles();

  expect(files.filter((file) => /unused|draft-|secret|passwd/.test(file))).toEqual([]);
  expect(files.filter((file) => file.startsWith(path.join('case-studies', 'images')))).toEqual([]);
  const copies = files.filter((file) => {
    const bytes = readFileSync(path.join(outDir, file));
    return unwanted.some((other) => bytes.equals(other));
  });
  expect(copies).toEqual([]);
});

test("no picture is published as the contributor's original file, whose metadata (a photo's GPS position) would go with it", () => {
  const originals = [pictures.shown, pictures.inText];

  const copies = siteFiles().filter((file) =>
    originals.some((bytes) => readFileSync(path.join(outDir, file)).equals(bytes)),
  );

  expect(copies).toEqual([]);
});

test('the draft is left out of the pages, and its file name is still taken for the contribution form', () => {
  const slugs = JSON.parse(readFileSync(path.join(outDir, 'data', 'case-study-slugs.json'), 'utf8')) as string[];

  expect(slugs).toEqual(['later', 'preston']);
  expect(siteFiles().some((file) => file.startsWith(path.join('case-studies', 'later')))).toBe(false);
});

test('with the content check on, the build refuses the library, naming each link and the unused picture', () => {
  const refused = build({});

  expect(refused.status).not.toBe(0);
  const output = `${refused.stdout}\n${refused.stderr}`;
  expect(output).toContain('images/passwd.png:1:1: error: "passwd.png" is a symbolic link (to /etc/passwd)');
  expect(output).toMatch(/images\/secret\.png:1:1: error: "secret\.png" is a symbolic link .*\[symlink\]/);
  expect(output).toMatch(/images\/unused\.png:1:1: warning: .*\[unused-image\]/);
}, 120_000);
