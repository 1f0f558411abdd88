/**
 * Checking and compiling the interface's messages (`messages/<lang>.json`) with Paraglide JS into
 * `src/i18n/paraglide/`, and knowing when that is already done: the compiled folder records a
 * digest of what it was compiled from, so that the build, the dev server and the tests compile only
 * when a catalogue, the inlang settings, the options or Paraglide itself changed. Paraglide's own
 * Vite plugin compiled on every start, about 3 s of CPU (its SQLite-in-WebAssembly project store)
 * before the dev server could answer.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { catalogueProblems, type Catalogue } from './catalogue.ts';
import { paraglideOptions } from './paraglide-options.ts';

/** The command-line script that checks and compiles (`npm run messages`), run as a child process. */
export const messagesScript = fileURLToPath(new URL('../../scripts/messages.ts', import.meta.url));

// Paraglide reads its options relative to the working directory; `root` is that directory.
const settingsFile = (root: string) => path.resolve(root, paraglideOptions.project, 'settings.json');
const catalogueFile = (root: string, lang: string) => path.resolve(root, 'messages', `${lang}.json`);
const digestFile = (root: string) => path.resolve(root, paraglideOptions.outdir, '.compiled-from.sha256');

function read(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: cannot be read as JSON (${(error as Error).message}).`, {
      cause: error,
    });
  }
}

const settings = (root: string) => read(settingsFile(root)) as { baseLocale: string; locales: string[] };

/** The files the compiled messages are made from, as absolute paths. */
export function messageInputs(root = process.cwd()): string[] {
  return [
    settingsFile(root),
    fileURLToPath(new URL('./paraglide-options.ts', import.meta.url)),
    ...settings(root).locales.map((lang) => catalogueFile(root, lang)),
  ];
}

/** What is wrong with the catalogues, each problem naming its file and key. */
export function messageProblems(root = process.cwd()): string[] {
  const { baseLocale, locales } = settings(root);
  const file = (lang: string) => `messages/${lang}.json`;
  const reference = { file: file(baseLocale), messages: read(catalogueFile(root, baseLocale)) as Catalogue };
  return locales
    .filter((lang) => lang !== baseLocale)
    .flatMap((lang) =>
      catalogueProblems(reference, { file: file(lang), messages: read(catalogueFile(root, lang)) as Catalogue }),
    );
}

/** The installed Paraglide JS's version, from the package.json above its entry (its exports hide it). */
function paraglideVersion(): string {
  let folder = path.dirname(createRequire(import.meta.url).resolve('@inlang/paraglide-js'));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name, version } = read(manifest) as { name?: string; version?: string };
      if (name === '@inlang/paraglide-js' && version) return version;
    }
    const up = path.dirname(folder);
    if (up === folder) throw new Error('@inlang/paraglide-js: no package.json with its version was found');
    folder = up;
  }
}

/** A digest of every input and of the compiler's version: equal digests compile to equal output. */
function inputsDigest(root: string): string {
  const hash = createHash('sha256');
  hash.update(paraglideVersion());
  // Named relative to the project, so that a copy of it (as the tests build one) is as up to date as it.
  for (const file of messageInputs(root))
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** True when `src/i18n/paraglide/` holds what the current inputs compile to. */
export function messagesCompiled(root = process.cwd()): boolean {
  try {
    return readFileSync(digestFile(root), 'utf8') === inputsDigest(root);
  } catch {
    return false;
  }
}

/** Checks the catalogues of the working directory and compiles them; throws, listing the problems, if there are any. */
export async function compileMessages(): Promise<void> {
  const root = process.cwd();
  const problems = messageProblems(root);
  if (problems.length > 0) {
    throw new Error(`The interface's messages have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  await compile(paraglideOptions);
  writeFileSync(digestFile(root), inputsDigest(root));
}

/**
 * Compiles in a child process (`scripts/messages.ts`), since the compiler keeps files open for half
 * a minute after it has finished, which would keep a build or a test run from exiting. Rejects with
 * the script's message (each problem with its file and key) when the catalogues have problems.
 */
export function compileMessagesInChild(root = process.cwd()): Promise<void> {
  // A copy of the project without scripts/ (as some tests build one) compiles in this process.
  if (!existsSync(messagesScript) && path.resolve(root) === process.cwd()) return compileMessages();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [messagesScript], { cwd: root }, (error, _stdout, stderr) => {
      if (error) reject(new Error(stderr.trim() || error.message, { cause: error }));
      else resolve();
    });
  });
}
