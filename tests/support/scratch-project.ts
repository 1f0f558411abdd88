/**
 * What tests that build a copy of the project share: the copy itself, and the environment a build
 * must run in.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Copies what a build needs of the project into `project`, with links to the installed packages
 * (but not Astro's and Vite's caches, so that the copy builds from nothing).
 */
export function copyProject(project: string): void {
  // messages/ and project.inlang/ are the interface's words, which the build compiles (Paraglide JS).
  for (const entry of [
    'src',
    'scripts',
    'public',
    'messages',
    'project.inlang',
    'astro.config.ts',
    'package.json',
    'tsconfig.json',
  ])
    cpSync(path.join(repositoryRoot, entry), path.join(project, entry), { recursive: true });
  mkdirSync(path.join(project, 'node_modules'));
  for (const entry of readdirSync(path.join(repositoryRoot, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite')
      symlinkSync(path.join(repositoryRoot, 'node_modules', entry), path.join(project, 'node_modules', entry));
  }
}

/**
 * This process's environment without what vitest sets for its own tests (NODE_ENV=test, MODE, DEV,
 * PROD...): a build run with them takes itself for the dev server and publishes drafts.
 */
export function environmentOutsideTests(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/.test(key)),
  );
}
