import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { unreadWasm } from './service-worker.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site whose Pagefind bundle has `files` and an entry naming `languages`' WebAssembly. */
function site(languages: Record<string, { wasm?: string | null }>, files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwb-sw-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'pagefind'));
  writeFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages }));
  for (const file of files) writeFileSync(path.join(dir, 'pagefind', file), '');
  return dir;
}

test('leaves out of the precache the WebAssembly no language of the index reads', () => {
  const files = ['wasm.en.pagefind', 'wasm.unknown.pagefind', 'pagefind.js'];
  expect(unreadWasm(site({ en: { wasm: 'en' } }, files))).toEqual(['pagefind/wasm.unknown.pagefind']);
  // An index of pages whose language Pagefind does not know reads the `unknown` file: it stays.
  expect(unreadWasm(site({ en: { wasm: 'en' }, xx: { wasm: null } }, files))).toEqual([]);
  expect(unreadWasm(site({ en: { wasm: 'en' }, cy: { wasm: 'cy' } }, [...files, 'wasm.cy.pagefind']))).toEqual([
    'pagefind/wasm.unknown.pagefind',
  ]);
});

test('a site without a search index leaves nothing out', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cwb-sw-'));
  dirs.push(dir);
  expect(unreadWasm(dir)).toEqual([]);
});
