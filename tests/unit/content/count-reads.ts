/**
 * A preload (`node --import`) that logs every time a process opens a file under `CWB_READ_ROOT`,
 * with the stack of the code that opened it, one JSON line per read in `CWB_READ_LOG`. Everything
 * that opens a file by name is counted, whichever module does it: `readFile` and `readFileSync`,
 * `open` and `openSync` (which streams use) and their promise forms. Opens nested in a read already
 * counted (`readFileSync` may call `openSync`) count once.
 */
import { appendFileSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.env.CWB_READ_ROOT;
const log = process.env.CWB_READ_LOG;

/** One read, as logged. */
export interface ReadEvent {
  file: string;
  pid: number;
  /** The process's command line, which says which step it is. */
  argv: string[];
  stack: string;
}

if (root && log) {
  const within = path.resolve(root) + path.sep;
  Error.stackTraceLimit = 60;
  let depth = 0;

  const nameOf = (target: unknown): string | undefined => {
    if (typeof target === 'string') return path.resolve(target);
    if (target instanceof URL && target.protocol === 'file:') return fileURLToPath(target);
    if (Buffer.isBuffer(target)) return path.resolve(target.toString());
    return undefined;
  };
  const record = (target: unknown) => {
    const file = nameOf(target);
    if (depth > 0 || !file?.startsWith(within)) return;
    const event: ReadEvent = {
      file,
      pid: process.pid,
      argv: process.argv.slice(1),
      stack: new Error().stack?.split('\n').slice(2).join('\n') ?? '',
    };
    appendFileSync(log, `${JSON.stringify(event)}\n`);
  };
  const counted = <F extends (...args: never[]) => unknown>(original: F): F =>
    function (this: unknown, ...args: Parameters<F>) {
      record(args[0]);
      depth++;
      try {
        return original.apply(this, args);
      } finally {
        depth--;
      }
    } as F;

  fs.readFileSync = counted(fs.readFileSync);
  fs.openSync = counted(fs.openSync);
  fs.readFile = counted(fs.readFile);
  fs.open = counted(fs.open);
  fs.promises.readFile = counted(fs.promises.readFile);
  fs.promises.open = counted(fs.promises.open);
  // `import { readFileSync } from 'node:fs'` binds the export, not the property: update the exports.
  syncBuiltinESMExports();
}
