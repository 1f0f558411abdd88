/**
 * What the scaffolding commands (`npm run new`, `npm run new -- --guide`) share: reading their
 * flags, with "Did you mean --…?" for a mistyped one, and stopping with a message.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closestId } from '../src/schema/suggest.ts';

/** Stops with `lines` on standard error and exit code 1: nothing has been written. */
export function fail(lines: readonly string[]): never {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(1);
}

/**
 * The values of `argv` for `options` (no positional arguments). A flag it does not know, or a
 * value of the wrong kind, stops the command with the message, the closest flag it knows, and
 * its usage: `command` names it in the message ("npm run new").
 */
export function readFlags<Options extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: Options,
  { command, usage }: { command: string; usage: string },
): ReturnType<typeof parseArgs<{ options: Options; strict: true; allowPositionals: false }>>['values'] {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /'(--?[^']+)'/.exec(message)?.[1];
    const suggestion = unknown
      ? closestId(
          unknown.replace(/^-+/, ''),
          Object.keys(options).map((id) => ({ id })),
        )
      : undefined;
    fail([
      `${command}: ${message.replace(/\.?$/, '.')}${suggestion ? ` Did you mean --${suggestion}?` : ''}`,
      '',
      usage,
    ]);
  }
}
