/**
 * Runs a command and measures it the way the benchmark reports it: wall time, and peak memory as
 * the largest sum of resident memory (RSS) over the whole process tree, sampled every 100 ms from
 * /proc. Summing the tree matters: Pagefind indexes in a child process of its own, and GNU time's
 * "maximum resident set size" would report only the largest single process.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const pageSize = 4096;

/** Pid → [parent pid, resident bytes] of every process visible in /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // The command name is in parentheses and may hold spaces: fields are counted after it.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * pageSize]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/**
 * User + system CPU seconds of the children this process has waited for, and of theirs
 * (/proc/self/stat: cutime and cstime, fields 13 and 14 after the command name).
 */
export function childCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'latin1');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** Resident bytes of `root` and all its descendants. */
export function treeRss(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, [parent]] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += table.get(pid)?.[1] ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Measured {
  exitCode: number | null;
  /** Wall time from spawn to exit, in milliseconds. */
  milliseconds: number;
  /** Peak summed RSS of the process tree, in bytes. */
  peakRss: number;
  stdout: string;
  stderr: string;
  /** Epoch milliseconds of the spawn. */
  startedAt: number;
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Called about every `tickSeconds` seconds with the time so far and the current tree RSS. */
  onTick?: (seconds: number, rss: number) => void;
  tickSeconds?: number;
}

/** Spawns `command` with `args`, waits for it to exit, and returns what was measured. */
export function measure(command: string, args: readonly string[], options: MeasureOptions = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const startedAt = Date.now();
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let peakRss = 0;
    let lastTick = started;
    const sample = () => {
      if (child.pid === undefined) return;
      const rss = treeRss(child.pid);
      peakRss = Math.max(peakRss, rss);
      const now = performance.now();
      if (options.onTick && now - lastTick >= (options.tickSeconds ?? 10) * 1000) {
        lastTick = now;
        options.onTick((now - started) / 1000, rss);
      }
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      resolve({ exitCode, milliseconds: performance.now() - started, peakRss, stdout, stderr, startedAt });
    });
  });
}

/** The `@@bench {"mark":...,"at":...}` lines that scripts/bench/astro-build.ts prints. */
export function marksOf(stdout: string): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const match of stdout.matchAll(/^@@bench (\{.*\})$/gm)) {
    const { mark, at } = JSON.parse(match[1]!) as { mark: string; at: number };
    marks[mark] = at;
  }
  return marks;
}
