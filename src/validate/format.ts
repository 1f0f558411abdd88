/**
 * The validator's output formats (contract §6): one line per problem for people and editors,
 * GitHub Actions annotations for pull requests, JSON for tools.
 */
import path from 'node:path';
import type { Problem } from './problem.ts';

export const outputFormats = ['text', 'github', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** A path as printed: relative to `cwd` with forward slashes when inside it, absolute otherwise. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

/** `path:line:column: severity: message [rule]`, the form editors and terminals make clickable. */
export function formatText(problems: readonly Problem[], cwd = process.cwd()): string {
  return problems.map((item) => `${displayPath(item.file, cwd)}:${item.line}:${item.column}: ${item.severity}: ${item.message} [${item.rule}]`).join('\n');
}

// GitHub's workflow-command escaping (actions/toolkit, core/src/command.ts).
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=...,line=...,col=...::message [rule]`, which GitHub shows on the pull request's lines. */
export function formatGithub(problems: readonly Problem[], cwd = process.cwd()): string {
  return problems
    .map((item) => `::${item.severity} file=${escapeProperty(displayPath(item.file, cwd))},line=${item.line},col=${item.column}::${escapeData(`${item.message} [${item.rule}]`)}`)
    .join('\n');
}

/** A JSON array of `{ file, line, column, severity, message, rule }`. */
export function formatJson(problems: readonly Problem[], cwd = process.cwd()): string {
  return JSON.stringify(
    problems.map((item) => ({ file: displayPath(item.file, cwd), line: item.line, column: item.column, severity: item.severity, message: item.message, rule: item.rule })),
    null,
    2,
  );
}

/** The problems in the given format. */
export function formatProblems(problems: readonly Problem[], format: OutputFormat, cwd = process.cwd()): string {
  if (format === 'json') return formatJson(problems, cwd);
  return format === 'github' ? formatGithub(problems, cwd) : formatText(problems, cwd);
}

const count = (number: number, noun: string) => `${number} ${noun}${number === 1 ? '' : 's'}`;

/** One line: "2 errors in 1 of 23 files", "1 warning in 1 of 23 files" or "23 files checked, no problems". */
export function summarise(problems: readonly Problem[], fileCount: number): string {
  if (problems.length === 0) return `${count(fileCount, 'file')} checked, no problems`;
  const errors = problems.filter((item) => item.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  const affected = new Set(problems.map((item) => item.file)).size;
  return `${parts} in ${affected} of ${count(Math.max(fileCount, affected), 'file')}`;
}
