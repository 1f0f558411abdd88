/**
 * `npm run messages`: checks that every language's catalogue (`messages/<lang>.json`) has every
 * English message with the same inputs, then compiles them with Paraglide JS into
 * `src/i18n/paraglide/`. Run by `npm ci` (as `prepare`), before `astro check`, and by vitest
 * before the tests (`setup`, its global setup); the build and the dev server compile through
 * Paraglide's Vite plugin, and `src/i18n/index.ts` checks the catalogues again when it loads.
 * Exits 1, naming each file and key, on a problem.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { catalogueProblems, type Catalogue } from '../src/i18n/catalogue.ts';
import { paraglideOptions } from '../src/i18n/paraglide-options.ts';

const settingsFile = `${paraglideOptions.project}/settings.json`;

function read(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message}).`, { cause: error });
  }
}

const settings = () => read(settingsFile) as { baseLocale: string; locales: string[] };
const catalogueFile = (lang: string) => `messages/${lang}.json`;

/** What is wrong with the catalogues, each problem naming its file and key. */
export function messageProblems(): string[] {
  const { baseLocale, locales } = settings();
  const reference = { file: catalogueFile(baseLocale), messages: read(catalogueFile(baseLocale)) as Catalogue };
  return locales
    .filter((lang) => lang !== baseLocale)
    .flatMap((lang) =>
      catalogueProblems(reference, { file: catalogueFile(lang), messages: read(catalogueFile(lang)) as Catalogue }),
    );
}

/** Checks the catalogues and compiles them; throws, listing the problems, if there are any. */
export async function compileMessages(): Promise<void> {
  const problems = messageProblems();
  if (problems.length > 0) {
    throw new Error(`The interface's messages have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
  await compile(paraglideOptions);
}

const modified = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/**
 * vitest's global setup: compiles before any test imports the words, unless the compiled output
 * is newer than every catalogue. In a process of its own, since the compiler keeps files open for
 * half a minute after it has finished (Paraglide's Vite plugin, too, keeps vitest from exiting).
 */
export function setup(): void {
  const compiled = modified(`${paraglideOptions.outdir}/messages.js`);
  const inputs = [settingsFile, 'src/i18n/paraglide-options.ts', ...settings().locales.map(catalogueFile)];
  if (compiled !== undefined && inputs.every((file) => (modified(file) ?? Infinity) < compiled)) return;
  try {
    execFileSync(process.execPath, [fileURLToPath(import.meta.url)], { stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (error) {
    throw new Error(String((error as { stderr?: Buffer }).stderr ?? error), { cause: error });
  }
}

if (import.meta.main) {
  try {
    await compileMessages();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // The compiler leaves files open for half a minute after it has written everything.
  process.exit(0);
}
