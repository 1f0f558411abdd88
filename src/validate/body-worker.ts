/**
 * The worker thread that runs the body rules for {@link checkBodyWithin}: Markdown parsers take
 * time in the square (or worse) of some inputs, and a thread can be stopped where a function call
 * cannot. Answers each request on the port it brings, then wakes the waiting thread.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readBody, type BodyKind, type BodyReading } from './body-rules.ts';
import { checkImageSource } from './library-rules.ts';

export interface BodyRequest {
  file: string;
  body: string;
  kind: BodyKind;
  libraryDir: string;
  /** Read the text as Markdown even when no rule needs to, for its ids. */
  alwaysTree?: boolean;
  /** Set to 1, and notified, once the answer is on `port`. */
  signal: Int32Array;
  port: MessagePort;
}

export type BodyAnswer = BodyReading | { error: string };

parentPort?.on('message', ({ file, body, kind, libraryDir, alwaysTree, signal, port }: BodyRequest) => {
  let answer: BodyAnswer;
  try {
    answer = readBody(file, body, kind, (from, src) => checkImageSource(from, src, libraryDir), { alwaysTree });
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
  port.close();
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});

// Tell the thread that started this one that the rules are loaded, so that loading them does not
// count against the first file's time.
const { ready } = (workerData ?? {}) as { ready?: Int32Array };
if (ready) {
  Atomics.store(ready, 0, 1);
  Atomics.notify(ready, 0);
}
