/**
 * Runs the validator over the content root before Astro loads any content, so that the site build
 * refuses exactly what `npm run validate` refuses, listing every problem as `path:line:column`
 * at once (Astro's own schema errors would come one at a time, without a line). In `astro dev`
 * the same check runs at start-up, and again whenever a case study changes, on a thread of its own
 * (content-check-worker.ts), logging problems without stopping or holding up the server.
 */
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contentRoot } from '../content/paths.ts';
import { watchLibrary } from '../content/watch.ts';
import { formatProblems, summarise, validateLibrary, type ValidationReport } from '../validate/index.ts';
import type { CheckRequest } from './content-check-worker.ts';
import { canStartWorker } from './worker-shares.ts';

/**
 * Set to 1 to build without checking the case studies. For tests only: it lets a test feed the build
 * content the validator would refuse, to show that the backstops (the sanitiser, the Content Security
 * Policy) hold on their own. Never set it for a site that is deployed.
 */
export const unsafeSkipVariable = 'CWB_UNSAFE_SKIP_CONTENT_CHECK';

export interface ContentCheckOptions {
  /** The content root to check; `CONTENT_DIR` or `content/` by default. */
  root?: string;
}

function check(root: string, freshTaxonomy = false): { report: ValidationReport; milliseconds: number } {
  const started = performance.now();
  const report = validateLibrary(root, { freshTaxonomy });
  return { report, milliseconds: Math.round(performance.now() - started) };
}

/** The lines of a report, as `npm run validate` prints them, under a heading that says what to do. */
function describe(report: ValidationReport): string {
  return `${summarise(report.problems, report.files.length + report.pictures.length)}. Fix them (npm run validate lists them too):\n${formatProblems(report.problems, 'text')}`;
}

function logReport(report: ValidationReport, logger: AstroIntegrationLogger): void {
  if (report.problems.length === 0) return;
  const write = report.errorCount > 0 ? logger.error.bind(logger) : logger.warn.bind(logger);
  write(describe(report));
}

type CheckAnswer = { report: ValidationReport; milliseconds: number } | { error: string };

/**
 * The dev server's checks, one at a time on one worker thread: a check asked for while one runs is
 * made once that one ends (several edits in between make one check), so the log ends on the files'
 * latest state. Without a worker (the integration bundled where its file cannot be found), on the
 * server's thread.
 */
function devChecker(root: string, answer: (result: CheckAnswer) => void) {
  const source = new URL('./content-check-worker.ts', import.meta.url);
  let worker: Worker | undefined;
  let running = false;
  let queued: CheckRequest | undefined;
  const run = (request: CheckRequest) => {
    running = true;
    if (!worker) {
      worker = new Worker(source);
      worker.unref();
      // After an answer, or the thread's failure (the next check starts a new one), the check asked for meanwhile.
      const finish = (result: CheckAnswer) => {
        answer(result);
        running = false;
        const next = queued;
        queued = undefined;
        if (next) run(next);
      };
      worker.on('message', finish);
      worker.on('error', (error) => {
        worker = undefined;
        finish({ error: error.message });
      });
    }
    worker.postMessage(request);
  };
  return {
    check(freshTaxonomy: boolean) {
      if (!canStartWorker(source)) {
        try {
          answer(check(root, freshTaxonomy));
        } catch (error) {
          answer({ error: error instanceof Error ? error.message : String(error) });
        }
        return;
      }
      if (running) queued = { root, freshTaxonomy: freshTaxonomy || (queued?.freshTaxonomy ?? false) };
      else run({ root, freshTaxonomy });
    },
    close: () => void worker?.terminate(),
  };
}

/** The content check integration. List it before `mdx()` so it runs before content is read. */
export default function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  const root = options.root ?? contentRoot();
  /** Problems found by the last check, so that dev says "no problems" only when some were fixed. */
  let lastProblemCount = 0;
  /** Whether the dev server's first check has been reported. */
  let startReported = false;
  let checker: ReturnType<typeof devChecker> | undefined;
  return {
    name: 'cwb:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        if (process.env[unsafeSkipVariable] === '1') {
          logger.warn(
            `${unsafeSkipVariable}=1: the case studies are NOT checked. This is for tests of the backstops only; never deploy this build.`,
          );
          return;
        }
        if (command === 'dev') {
          // The server starts at once; the check's report follows in the log (and the pages show
          // Astro's own error for a file it cannot load).
          checker = devChecker(root, (result) => {
            if ('error' in result) {
              logger.error(`the content check failed: ${result.error}`);
              return;
            }
            const { report, milliseconds } = result;
            if (report.problems.length > 0) logReport(report, logger);
            else if (!startReported || lastProblemCount > 0)
              logger.info(
                `${summarise(report.problems, report.files.length + report.pictures.length)}${startReported ? '' : ` (${milliseconds} ms, beside the server)`}`,
              );
            startReported = true;
            lastProblemCount = report.problems.length;
          });
          checker.check(false);
          return;
        }
        const { report, milliseconds } = check(root);
        if (report.errorCount > 0) {
          // A plain Error, not an AstroError: Astro reads its own errors' messages as Markdown, which
          // would print the advice `![description](images/x.png)` as "!description images/x.png".
          const error = Object.assign(
            new Error(`The case studies have problems, so the site was not built: ${describe(report)}`),
            { hint: 'Run npm run validate to list them again after fixing.' },
          );
          // The stack would only point here; the message already says where each problem is.
          error.stack = '';
          throw error;
        }
        lastProblemCount = report.problems.length;
        logReport(report, logger);
        logger.info(`${summarise(report.problems, report.files.length + report.pictures.length)} (${milliseconds} ms)`);
      },
      'astro:server:setup': ({ server }) => {
        watchLibrary(server.watcher, root, (change) => checker?.check(change.taxonomy));
      },
      'astro:server:done': () => checker?.close(),
    },
  };
}
