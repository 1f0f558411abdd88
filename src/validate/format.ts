/**
 * The validator's output formats (docs/public-interface.md §6): one line per problem for people and editors,
 * GitHub Actions annotations for pull requests, JSON for tools.
 */
import path from 'node:path';
import type { Problem } from '../content/problem.ts';

export const outputFormats = ['text', 'github', 'json'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** A path as printed: relative to `cwd` with forward slashes when inside it, absolute otherwise. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const relative = path.relative(cwd, file);
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  return shown.split(path.sep).join('/');
}

/**
 * Characters that must not reach a terminal or a CI log as they are: C0 and C1 controls (a newline
 * in a file name would start a line of its own, such as a GitHub Actions `::error` command; ESC
 * starts terminal escape sequences), line and paragraph separators, and the bidirectional
 * overrides and isolates that make text display in another order than it is read.
 */
const unprintable = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const namedEscapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every unprintable character written as an escape (`\n`, `\u001b`), so one problem is one line. */
export function printable(text: string): string {
  return text.replace(
    unprintable,
    (character) => namedEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * `path:line:column: severity: message [rule]`, the form editors and terminals make clickable.
 * File names and messages (which quote what a contributor wrote) are {@link printable}.
 */
export function formatText(problems: readonly Problem[], cwd = process.cwd()): string {
  return problems
    .map(
      (item) =>
        `${printable(displayPath(item.file, cwd))}:${item.line}:${item.column}: ${item.severity}: ${printable(item.message)} [${printable(item.rule)}]`,
    )
    .join('\n');
}

// GitHub's workflow-command escaping (actions/toolkit, core/src/command.ts), then the other
// unprintable characters as in the text format: GitHub decodes only %25, %0D and %0A.
const escapeData = (text: string) => printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=...,line=...,col=...::message [rule]`, which GitHub shows on the pull request's lines. */
export function formatGithub(problems: readonly Problem[], cwd = process.cwd()): string {
  return problems
    .map(
      (item) =>
        `::${item.severity} file=${escapeProperty(displayPath(item.file, cwd))},line=${item.line},col=${item.column}::${escapeData(`${item.message} [${item.rule}]`)}`,
    )
    .join('\n');
}

/** A JSON array of `{ file, line, column, severity, message, rule }`. */
export function formatJson(problems: readonly Problem[], cwd = process.cwd()): string {
  return JSON.stringify(
    problems.map((item) => ({
      file: displayPath(item.file, cwd),
      line: item.line,
      column: item.column,
      severity: item.severity,
      message: item.message,
      rule: item.rule,
    })),
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
  const parts = [errors > 0 ? count(errors, 'error') : '', warnings > 0 ? count(warnings, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  const affected = new Set(problems.map((item) => item.file)).size;
  return `${parts} in ${affected} of ${count(Math.max(fileCount, affected), 'file')}`;
}
