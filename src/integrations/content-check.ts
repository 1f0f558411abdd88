/**
 * Runs the validator over the content root before Astro loads any content, so that the site build
 * refuses exactly what `npm run validate` refuses, listing every problem as `path:line:column`
 * at once (Astro's own schema errors would come one at a time, without a line). In `astro dev`
 * the same check runs at start-up, and again whenever a case study changes, logging problems
 * without stopping the server.
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { caseStudiesDir, contentRoot } from '../schema/load-taxonomy.ts';
import { formatProblems, summarise, validateLibrary, type ValidationReport } from '../validate/index.ts';

export interface ContentCheckOptions {
  /** The content root to check; `CONTENT_DIR` or `content/` by default. */
  root?: string;
}

function check(root: string): { report: ValidationReport; milliseconds: number } {
  const started = performance.now();
  const report = validateLibrary(root);
  return { report, milliseconds: Math.round(performance.now() - started) };
}

/** The lines of a report, as `npm run validate` prints them, under a heading that says what to do. */
function describe(report: ValidationReport): string {
  return `${summarise(report.problems, report.files.length)}. Fix them (npm run validate lists them too):\n${formatProblems(report.problems, 'text')}`;
}

function logReport(report: ValidationReport, logger: AstroIntegrationLogger): void {
  if (report.problems.length === 0) return;
  const write = report.errorCount > 0 ? logger.error.bind(logger) : logger.warn.bind(logger);
  write(describe(report));
}

/** The content check integration. List it before `mdx()` so it runs before content is read. */
export default function contentCheck(options: ContentCheckOptions = {}): AstroIntegration {
  const root = options.root ?? contentRoot();
  return {
    name: 'cwb:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { report, milliseconds } = check(root);
        if (report.errorCount > 0) {
          const error = new AstroError(`The case studies have problems, so the site was not built: ${describe(report)}`, 'Run npm run validate to list them again after fixing.');
          // The stack would only point here; the message already says where each problem is.
          error.stack = '';
          throw error;
        }
        logReport(report, logger);
        logger.info(`${summarise(report.problems, report.files.length)} (${milliseconds} ms)`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = path.resolve(caseStudiesDir(root));
        server.watcher.add(dir);
        let timer: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, file) => {
          if (!path.resolve(file).startsWith(dir + path.sep)) return;
          // Editors write a file in several steps; check once they are done.
          clearTimeout(timer);
          timer = setTimeout(() => {
            try {
              const { report } = check(root);
              if (report.problems.length > 0) logReport(report, logger);
              else logger.info(`${summarise(report.problems, report.files.length)}`);
            } catch (error) {
              logger.error(`the content check failed: ${error instanceof Error ? error.message : String(error)}`);
            }
          }, 150);
        });
      },
    },
  };
}
