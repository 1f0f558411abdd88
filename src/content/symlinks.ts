/**
 * Nothing in a content root is a symbolic link. A link is a name for another place: a case study
 * linked to a file outside the library, a picture linked to `/etc/passwd`, a folder linked to the
 * home directory would each be read, and published, as if a contributor had written them, and a
 * link to itself or to nothing stops whatever follows it. Git stores links as links, so a pull
 * request can carry one. Every link is an error, found without following any (`lstat`).
 */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { compareText, problem, type Problem } from './problem.ts';

/** The error for one link, at the link. */
export function symlinkProblem(link: string): Problem {
  let target: string | undefined;
  try {
    target = readlinkSync(link);
  } catch {
    target = undefined;
  }
  const to = target === undefined ? '' : ` (to ${target})`;
  return problem(
    link,
    'symlink',
    `"${path.basename(link)}" is a symbolic link${to}: the library takes real files only, so that nothing from outside it is published; put the file itself here, or remove the link`,
  );
}

/** Every symbolic link at or under each of `paths` (folders are walked, links never followed). */
export function findSymlinks(paths: readonly string[]): Problem[] {
  const found: Problem[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) found.push(symlinkProblem(full));
      else if (entry.isDirectory()) walk(full);
    }
  };
  for (const start of paths) {
    const stats = lstatSync(start, { throwIfNoEntry: false });
    if (stats?.isSymbolicLink()) found.push(symlinkProblem(start));
    else if (stats?.isDirectory()) walk(start);
  }
  return found;
}

/**
 * The first symbolic link on the way from the folder `from` down to `to` (`to` included), or
 * undefined when there is none or `to` is not under `from`.
 */
export function linkOnTheWay(from: string, to: string): string | undefined {
  const relative = path.relative(from, to);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  let current = from;
  for (const part of relative.split(path.sep)) {
    current = path.join(current, part);
    const stats = lstatSync(current, { throwIfNoEntry: false });
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return current;
  }
  return undefined;
}
