/**
 * node scripts/bench/lighthouse.ts [--site DIR] [--runs N] [PATH…]
 *
 * Lighthouse's performance score in its mobile profile (a mid-range phone on a slow 4G network,
 * simulated) for pages of a built site, served as the benchmark serves it (`serve.ts`): by default
 * `/search/?q=procurement` and `/contribute/`, the pages of issue 15's goal (≥ 95). Drives Debian's
 * Chromium (CHROME_PATH, else `chromium` on the PATH). Each page is measured `--runs` times
 * (default 3) and the median run reported, as Lighthouse's own advice on variance says; on a busy
 * machine the simulated timings still move with the load, so read them beside the load average.
 * `npm run bench` runs it on the project's build; this entry point measures any built site.
 *
 * A measurement, not a test.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from './serve.ts';

/** The pages whose score issue 15 sets a goal for. */
export const lighthousePaths = ['/search/?q=procurement', '/contribute/'];

export interface LighthouseMeasure {
  path: string;
  /** The performance score, 0–100, of the median run. */
  score: number;
  /** Its metrics: cumulative layout shift (unitless), and largest contentful paint and total blocking time (ms). */
  cls: number;
  lcp: number;
  tbt: number;
  /** Every run's score, to show the spread. */
  scores: number[];
}

/** Chromium's path: CHROME_PATH, else `chromium` on the PATH. */
function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Lighthouse needs Chromium: install Debian’s chromium or set CHROME_PATH to a Chrome or Chromium');
  }
}

/** Lighthouse mobile performance of each path under `origin`, median of `runs` runs. */
export async function measureLighthouse(
  origin: string,
  paths: readonly string[] = lighthousePaths,
  runs = 3,
): Promise<LighthouseMeasure[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const measures: LighthouseMeasure[] = [];
    for (const pagePath of paths) {
      const results: Omit<LighthouseMeasure, 'scores'>[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${pagePath}`, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
          output: 'json',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not measure ${pagePath}: ${lhr.runtimeError.message}`);
        const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        results.push({
          path: pagePath,
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          cls: metric('cumulative-layout-shift'),
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
        });
      }
      const sorted = [...results].sort((a, b) => a.score - b.score);
      measures.push({ ...sorted[Math.floor(sorted.length / 2)]!, scores: results.map((item) => item.score) });
    }
    return measures;
  } finally {
    chrome.kill();
  }
}

/** One line per page, as the benchmark prints it. */
export const describeLighthouse = (measure: LighthouseMeasure) =>
  `${measure.path}: ${measure.score} (runs ${measure.scores.join(', ')}; CLS ${measure.cls.toFixed(3)}, LCP ${(measure.lcp / 1000).toFixed(1)} s, TBT ${measure.tbt.toFixed(0)} ms)`;

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { site: { type: 'string', default: 'dist' }, runs: { type: 'string', default: '3' } },
  });
  const server = await serveStatic(path.resolve(values.site));
  try {
    const load = loadavg()[0]!.toFixed(2);
    const measures = await measureLighthouse(
      server.origin,
      positionals.length > 0 ? positionals : lighthousePaths,
      Number(values.runs),
    );
    process.stdout.write(`Lighthouse mobile performance (load average ${load}):\n`);
    for (const measure of measures) process.stdout.write(`  ${describeLighthouse(measure)}\n`);
  } finally {
    await server.close();
  }
}
