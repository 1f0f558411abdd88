/**
 * The worker thread that runs the body rules for {@link checkBodyWithin}, after the count that
 * refuses bodies too complex to parse (body-complexity.ts): a thread can be stopped where a
 * function call cannot, should a body the count let through still take too long. Answers each
 * request on the port it brings, then wakes the waiting thread.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readBoundedBody } from './bounded-body.ts';
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

/** `images`: the paths the body's images name, as written, for the unused-picture rule. */
export type BodyAnswer = (BodyReading & { images: string[] }) | { error: string };

parentPort?.on('message', ({ file, body, kind, libraryDir, alwaysTree, signal, port }: BodyRequest) => {
  let answer: BodyAnswer;
  try {
    const images: string[] = [];
    const check = (from: string, src: string) => {
      images.push(src);
      return checkImageSource(from, src, libraryDir);
    };
    answer = { ...readBoundedBody(file, body, kind, check, readBody, { alwaysTree }), images };
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
