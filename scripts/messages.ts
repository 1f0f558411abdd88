/**
 * `npm run messages`: checks that every language's catalogue (`messages/<lang>.json`) has every
 * English message with the same inputs, then compiles them with Paraglide JS into
 * `src/i18n/paraglide/`. Run by `npm ci` (as `prepare`) and before `astro check`; the build, the
 * dev server and the tests compile through Paraglide's Vite plugin, and `src/i18n/index.ts`
 * checks the catalogues again when it loads. Exits 1, naming each file and key, on a problem.
 */
import { readFileSync } from 'node:fs';
import { compile } from '@inlang/paraglide-js';
import { catalogueProblems, type Catalogue } from '../src/i18n/catalogue.ts';
import { paraglideOptions } from '../src/i18n/paraglide-options.ts';

const settings = JSON.parse(readFileSync(`${paraglideOptions.project}/settings.json`, 'utf8')) as {
  baseLocale: string;
  locales: string[];
};

function read(lang: string): { file: string; messages: Catalogue } {
  const file = `messages/${lang}.json`;
  try {
    return { file, messages: JSON.parse(readFileSync(file, 'utf8')) as Catalogue };
  } catch (error) {
    console.error(`${file}: cannot be read as JSON (${(error as Error).message}). Every language needs its catalogue.`);
    process.exit(1);
  }
}

const reference = read(settings.baseLocale);
const problems = settings.locales
  .filter((lang) => lang !== settings.baseLocale)
  .flatMap((lang) => catalogueProblems(reference, read(lang)));
if (problems.length > 0) {
  console.error(`The interface's messages have ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
await compile(paraglideOptions);
