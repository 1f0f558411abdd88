import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { compileMessagesInChild, messagesCompiled } from '../../../src/i18n/compile.ts';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
let project: string;

beforeAll(() => {
  // A project of its own with the site's catalogues, so that editing them touches nothing real.
  project = mkdtempSync(path.join(tmpdir(), 'messages-compiled-'));
  cpSync(path.join(repositoryRoot, 'messages'), path.join(project, 'messages'), { recursive: true });
  cpSync(path.join(repositoryRoot, 'project.inlang'), path.join(project, 'project.inlang'), { recursive: true });
  symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(project, 'node_modules'));
  mkdirSync(path.join(project, 'src/i18n'), { recursive: true });
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

test('the compiled messages count as up to date until a catalogue changes, and compiling makes them so again', async () => {
  expect(messagesCompiled(project)).toBe(false);
  await compileMessagesInChild(project);
  expect(messagesCompiled(project)).toBe(true);
  const compiled = path.join(project, 'src/i18n/paraglide/messages/cy.js');
  expect(readFileSync(compiled, 'utf8')).not.toContain('Hafan wedi newid');

  const welsh = path.join(project, 'messages/cy.json');
  const catalogue = JSON.parse(readFileSync(welsh, 'utf8')) as Record<string, unknown>;
  writeFileSync(welsh, JSON.stringify({ ...catalogue, caseStudy_home: 'Hafan wedi newid' }));
  expect(messagesCompiled(project)).toBe(false);

  await compileMessagesInChild(project);
  expect(messagesCompiled(project)).toBe(true);
  expect(readFileSync(compiled, 'utf8')).toContain('Hafan wedi newid');
}, 60_000);

test('a catalogue with a problem is refused, naming the file and key, and stays out of date', async () => {
  const welsh = path.join(project, 'messages/cy.json');
  const catalogue = JSON.parse(readFileSync(welsh, 'utf8')) as Record<string, unknown>;
  delete catalogue.caseStudy_home;
  writeFileSync(welsh, JSON.stringify(catalogue));
  await expect(compileMessagesInChild(project)).rejects.toThrow('messages/cy.json: "caseStudy_home" is missing');
  expect(messagesCompiled(project)).toBe(false);
}, 60_000);
