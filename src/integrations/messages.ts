/**
 * The interface's messages compiled before any page imports them (src/i18n/compile.ts): at the
 * start of a build or of the dev server only when they are out of date, and in `astro dev` again
 * whenever a catalogue or the inlang settings change, so that the pages show the new words.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { compileMessagesInChild, messageInputs, messagesCompiled } from '../i18n/compile.ts';

export function compiledMessages(): Plugin {
  let ready: Promise<void> | undefined;
  return {
    name: 'cwb:messages',
    enforce: 'pre',
    // Once per process, however many environments (client, server, prerender) start.
    buildStart() {
      ready ??= messagesCompiled() ? Promise.resolve() : compileMessagesInChild();
      return ready;
    },
    configureServer(server) {
      const inputs = new Set(messageInputs().map((file) => path.resolve(file)));
      server.watcher.add([...inputs]);
      const recompile = (file: string) => {
        if (!inputs.has(path.resolve(file)) || messagesCompiled()) return;
        compileMessagesInChild().then(
          () => server.config.logger.info('[cwb:messages] messages compiled', { timestamp: true }),
          (error: Error) => server.config.logger.error(`[cwb:messages] ${error.message}`, { timestamp: true }),
        );
      };
      server.watcher.on('change', recompile);
      server.watcher.on('add', recompile);
    },
  };
}
