/**
 * npm run validate [-- PATH...] [--format text|github|json]
 *
 * Checks case-study and guide files: all of `<CONTENT_DIR or content>/case-studies/` and `guides/`
 * when no PATH is given.
 * Exits 1 when any problem is an error, 0 otherwise, 2 when the command itself is wrong.
 */
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/schema/load-taxonomy.ts';
import {
  formatProblems,
  outputFormats,
  printable,
  summarise,
  validateLibrary,
  ValidationInputError,
  type OutputFormat,
} from '../src/validate/index.ts';

const usage = `Usage: npm run validate [-- PATH...] [--format text|github|json]

Checks case-study and guide files and reports every problem as path:line:column.
  PATH            a case-study or guide file or a folder (default: every file in ${'<CONTENT_DIR or content>'}/case-studies/ and guides/)
  --format, -f    text (default), github (GitHub Actions annotations) or json
  --help, -h      show this help`;

function fail(message: string): never {
  process.stderr.write(`validate: ${printable(message)}\n\n${usage}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (parsed.values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const format = parsed.values.format as OutputFormat;
if (!outputFormats.includes(format)) fail(`unknown format "${parsed.values.format}": use ${outputFormats.join(', ')}`);

let report;
try {
  report = validateLibrary(contentRoot(), { paths: parsed.positionals });
} catch (error) {
  if (error instanceof ValidationInputError) fail(error.message);
  throw error;
}

const output = formatProblems(report.problems, format);
if (format === 'json') process.stdout.write(`${output}\n`);
else {
  if (output) process.stdout.write(`${output}\n`);
  // The summary goes to stderr so that stdout holds nothing but problems.
  process.stderr.write(`${summarise(report.problems, report.files.length + report.pictures.length)}\n`);
}
process.exitCode = report.errorCount > 0 ? 1 : 0;
