/**
 * `npm run messages`: checks that every language's catalogue (`messages/<lang>.json`) has every
 * English message with the same inputs, then compiles them with Paraglide JS into
 * `src/i18n/paraglide/` (src/i18n/compile.ts). Run by `npm ci` (as `prepare`) and before
 * `astro check`; vitest runs it before the tests (`setup`, its global setup), and the build and the
 * dev server through src/integrations/messages.ts, each only when the compiled messages are out of
 * date. Exits 1, naming each file and key, on a problem.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compileMessages, messagesCompiled } from '../src/i18n/compile.ts';

/** vitest's global setup: compiles (in a process of its own) unless the compiled output is up to date. */
export function setup(): void {
  if (messagesCompiled()) return;
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
