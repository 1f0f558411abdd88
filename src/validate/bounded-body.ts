/**
 * The body rules, bounded (issue 6; issue 12: one verdict, whatever the machine's load). micromark,
 * which reads Markdown and MDX here, takes time in the square or cube of some inputs: 64 KB of
 * unclosed links takes over ten seconds. Whether a body can be read in bounded time is decided
 * first from the text alone ({@link complexityProblem}, body-complexity.ts), so that the same file
 * always gets the same verdict; a body over the limit is refused as too complex, before it is parsed.
 *
 * The rules then run in a worker thread, stopped after {@link bodyTimeLimitMs}: a last resort,
 * far above what any body within the limit takes, so that an input the count did not foresee
 * still cannot stall the validator, the build or the dev server. The calling thread waits
 * synchronously (`Atomics.wait`), so {@link validateLibrary} stays a plain function. Where a
 * worker cannot be started, the rules run in this thread.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { bodyComplexity, complexityProblem, maxParseSteps } from './body-complexity.ts';
import type { BodyKind, BodyReading, ImageCheck } from './body-rules.ts';
import type { BodyAnswer, BodyRequest } from './body-worker.ts';
import { bodyNeedsTree } from './fast-path.ts';
import { checkImageSource } from './library-rules.ts';
import { personalDataInText } from './personal-data.ts';
import { problem, type Problem } from '../content/problem.ts';

/**
 * How long the rules may take over one body before it is refused anyway. Not the limit that
 * decides (that is {@link maxParseSteps}, which does not depend on the machine's load): real case
 * studies take a few milliseconds, and the slowest bodies within the count about one and a half
 * seconds on an idle machine (scripts/bench/markdown-complexity.ts --at-limit), so even a machine
 * ten times slower stays far under this.
 */
export const bodyTimeLimitMs = 30_000;

/** How long a new worker may take to load the rules before the rules run in this thread instead. */
const startLimitMs = 15_000;

const workerUrl = new URL('./body-worker.ts', import.meta.url);

interface Running {
  worker: Worker;
  /** Set to 1 by the worker once it has loaded the rules. */
  ready: Int32Array;
}

let running: Running | undefined;
/** False once a worker could not be started: do not try again in this process. */
let workersWork = true;

/**
 * Starts the worker without waiting for it, so that it loads the Markdown parsers while this
 * thread reads front matter. The body rules are loaded only there, never twice.
 */
export function prepareBodyWorker(): void {
  if (running || !workersWork) return;
  // When this module has been bundled elsewhere, the worker's source is not beside it.
  if (workerUrl.protocol !== 'file:' || !existsSync(fileURLToPath(workerUrl))) {
    workersWork = false;
    return;
  }
  const ready = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(workerUrl, { workerData: { ready } });
  // An idle worker must not keep `npm run validate` from exiting.
  worker.unref();
  worker.on('error', () => undefined);
  running = { worker, ready };
}

function readyWorker(): Worker | undefined {
  prepareBodyWorker();
  if (!running) return undefined;
  if (Atomics.wait(running.ready, 0, 0, startLimitMs) === 'timed-out') {
    void running.worker.terminate();
    running = undefined;
    workersWork = false;
    return undefined;
  }
  return running.worker;
}

/**
 * Waits until the worker has loaded the rules; true when one is ready. Tests that time single
 * files call it first, so that the time measured is the file's, not the worker's start.
 */
export function waitForBodyWorker(): boolean {
  return readyWorker() !== undefined;
}

/** The rules in this thread, for where no worker can run. */
function readHere(
  file: string,
  body: string,
  kind: BodyKind,
  libraryDir: string,
  alwaysTree: boolean,
  images: string[] | undefined,
): BodyReading {
  const { readBody } = createRequire(import.meta.url)('./body-rules.ts') as typeof import('./body-rules.ts');
  const check = (from: string, src: string) => {
    images?.push(src);
    return checkImageSource(from, src, libraryDir);
  };
  return readBoundedBody(file, body, kind, check, readBody, { alwaysTree });
}

type ReadBody = (
  file: string,
  body: string,
  kind: BodyKind,
  checkImage: ImageCheck,
  options: { alwaysTree?: boolean },
) => BodyReading;

/**
 * The body rules, or, for a body too complex to parse in bounded time, its `too-complex` problem
 * and the personal data found in its text (which needs no parse). Runs in the worker, or here.
 */
export function readBoundedBody(
  file: string,
  body: string,
  kind: BodyKind,
  checkImage: ImageCheck,
  readBody: ReadBody,
  options: { alwaysTree?: boolean } = {},
): BodyReading {
  const tooComplex = complexityProblem(file, body, kind);
  return tooComplex
    ? { problems: [tooComplex, ...personalDataInText(file, body)], links: [], ids: undefined }
    : readBody(file, body, kind, checkImage, options);
}

/**
 * The problems of a body, as {@link checkBody} finds them; one `too-complex` problem where the
 * body is too complex to parse in bounded time (decided from its text, see body-complexity.ts), or,
 * as a last resort, where finding them takes longer than {@link bodyTimeLimitMs}. The paths its
 * images name (as written, relative to the file) are added to `images`, when given.
 */
export function checkBodyWithin(
  file: string,
  body: string,
  kind: BodyKind,
  libraryDir: string,
  firstBodyLine: number,
  limitMs = bodyTimeLimitMs,
  images?: string[],
): Problem[] {
  return readBodyWithin(file, body, kind, libraryDir, firstBodyLine, { limitMs, images }).problems;
}

/**
 * {@link checkBodyWithin}, with the links and ids of the text (see `readBody`); none when the time
 * is up. `alwaysTree` reads the text as Markdown even when no rule needs to, for its ids; the
 * paths its images name are added to `images`, when given.
 */
export function readBodyWithin(
  file: string,
  body: string,
  kind: BodyKind,
  libraryDir: string,
  firstBodyLine: number,
  {
    limitMs = bodyTimeLimitMs,
    alwaysTree = false,
    images,
  }: { limitMs?: number; alwaysTree?: boolean; images?: string[] } = {},
): BodyReading {
  // Most bodies hold nothing for the Markdown rules (see fast-path.ts): their personal-data scans
  // are linear and need no thread, whose round trip was a third of a 10,000-file validation. Their
  // rough count, linear too, clears nearly all of them; the rest are counted exactly in the worker.
  if (
    !alwaysTree &&
    !bodyNeedsTree(body, kind) &&
    bodyComplexity(body, kind, { count: 'rough' }).steps <= maxParseSteps
  ) {
    return { problems: personalDataInText(file, body), links: [], ids: undefined };
  }
  const worker = readyWorker();
  if (!worker) return readHere(file, body, kind, libraryDir, alwaysTree, images);

  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const request: BodyRequest = { file, body, kind, libraryDir, alwaysTree, signal, port: port2 };
  worker.postMessage(request, [port2]);
  const waited = Atomics.wait(signal, 0, 0, limitMs);
  if (waited === 'timed-out') {
    void worker.terminate();
    running = undefined;
    port1.close();
    const message = `the text could not be read within ${limitMs / 1000} s, so it is not published: it may nest brackets, links, lists or HTML tags very deeply, or leave many of them unclosed; simplify it`;
    return {
      problems: [problem(file, 'too-complex', message, { line: firstBodyLine, column: 1 })],
      links: [],
      ids: undefined,
    };
  }
  const answer = receiveMessageOnPort(port1)?.message as BodyAnswer | undefined;
  port1.close();
  if (!answer) throw new Error('the body check answered nothing');
  if ('error' in answer) throw new Error(answer.error);
  images?.push(...answer.images);
  return { problems: answer.problems, links: answer.links, ids: answer.ids };
}

/** Stops the worker, if one is running (tests use this to leave no thread behind). */
export async function stopBodyWorker(): Promise<void> {
  const stopping = running;
  running = undefined;
  await stopping?.worker.terminate();
}
