/** How bad a problem is: an error fails `npm run validate` and the build; a warning does not. */
export type Severity = 'error' | 'warning';

/** One thing wrong with one file, where it is as written (line 1 is the file's first line). */
export interface Problem {
  /** Absolute path of the file (or folder) the problem is in. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors do. */
  column: number;
  severity: Severity;
  /** A sentence a contributor can act on. */
  message: string;
  /** Short kebab-case name of the rule, or the top-level field a schema problem is about. */
  rule: string;
}

/** A place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** The first line, for problems that concern the whole file. */
export const fileStart: Position = { line: 1, column: 1 };

/** Builds a problem; the position defaults to the start of the file. */
export function problem(
  file: string,
  rule: string,
  message: string,
  at: Position = fileStart,
  severity: Severity = 'error',
): Problem {
  return { file, line: at.line, column: at.column, severity, message, rule };
}

/** Orders problems by file, then position, then rule, so that output never depends on timing. */
export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
