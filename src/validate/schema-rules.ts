/**
 * Checks front-matter values against the one case-study schema and puts each zod issue where its
 * value is written. Also the checks the values alone cannot make: impossible dates that js-yaml
 * silently rolls over, and personal data outside a consented contact (frontmatter-personal-data.ts).
 */
import { isScalar } from 'yaml';
import type { z } from 'zod';
import { isRealDate, type CaseStudySchema } from '../schema/case-study.ts';
import type { GuideSchema } from '../schema/guide.ts';
import { closestId } from '../schema/suggest.ts';
import type { YamlFrontmatter } from './frontmatter.ts';
import { personalDataInFrontmatter } from './frontmatter-personal-data.ts';
import { problem, type Problem } from '../content/problem.ts';

/** Fields written as dates; js-yaml turns an unquoted `2025-02-30` into 2 March without a word. */
const dateFields = ['published', 'updated'] as const;

/** js-yaml's timestamp forms with a time (YAML 1.1 `timestamp`), which it also reads as a Date. */
const timestampWithTime = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d/;
const plainDate = /^\d{4}-\d\d-\d\d$/;

/** Checks the values of a readable front matter against `schema`. */
export function checkSchema(
  file: string,
  yaml: YamlFrontmatter,
  raw: string,
  schema: CaseStudySchema | GuideSchema,
): Problem[] {
  const problems: Problem[] = [];
  const { data, document } = yaml;

  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return [
      problem(
        file,
        'frontmatter',
        'the front matter must be fields written as "key: value" lines',
        yaml.locate(document.contents?.range?.[0] ?? 0),
      ),
    ];
  }

  // Dates as written: js-yaml has already turned them into (possibly different) days.
  const reportedPaths = new Set<string>();
  for (const field of dateFields) {
    const node = document.get(field, true);
    if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) continue;
    const written = raw.slice(node.range[0], node.range[1]).trim();
    const at = yaml.locate(node.range[0]);
    if (timestampWithTime.test(written)) {
      problems.push(problem(file, field, `${field} must be a date written YYYY-MM-DD, without a time`, at));
      reportedPaths.add(field);
    } else if (plainDate.test(written) && !isRealDate(written)) {
      problems.push(problem(file, field, `${field} "${written}" is not a real date`, at));
      reportedPaths.add(field);
    }
  }

  // Astro hands the schema an empty object when the front matter holds no value at all.
  const input = data ?? {};
  const result = schema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const rule = issue.path.length > 0 ? String(issue.path[0]) : 'frontmatter';
      if (issue.code === 'unrecognized_keys') {
        // Suggestions cost an edit distance per known key: past a few dozen unknown keys, only say where they are.
        issue.keys.forEach((key, index) =>
          problems.push(unknownKey(file, yaml, schema, issue.path, key, index < maxSuggestions)),
        );
        continue;
      }
      if (reportedPaths.has(issue.path.join('.'))) continue;
      const missing = valueAt(input, issue.path) === undefined;
      const { at } = yaml.locatePath(issue.path);
      problems.push(problem(file, rule, missing ? missingMessage(issue) : issue.message, at));
    }
  }

  problems.push(...personalDataInFrontmatter(file, yaml, raw, input));
  return problems;
}

/** How many unknown keys of one mapping get a "did you mean". */
const maxSuggestions = 50;

/** An unknown key, at its own line, with the nearest known key when it looks like a typo. */
function unknownKey(
  file: string,
  yaml: YamlFrontmatter,
  schema: CaseStudySchema | GuideSchema,
  path: readonly PropertyKey[],
  key: string,
  suggest = true,
): Problem {
  const known = knownKeys(schema, path);
  const suggestion = suggest
    ? closestId(
        key,
        known.map((id) => ({ id, label: id.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) })),
      )
    : undefined;
  const where = path.length === 0 ? '' : ` in ${formatPath(path)}`;
  const hint = suggestion
    ? `; did you mean ${suggestion}?`
    : known.length > 0
      ? `; the keys here are: ${known.join(', ')}`
      : '';
  const at = yaml.locateKey(path, key) ?? yaml.locatePath(path).at;
  return problem(file, 'unknown-key', `unknown key "${key}"${where}${hint}`, at);
}

/** Some schema messages for a missing value read "must be ..., not undefined"; a person wants "is required". */
function missingMessage(issue: z.core.$ZodIssue): string {
  if (/\brequired\b/.test(issue.message)) return issue.message;
  return `${formatPath(issue.path)} is required`;
}

/** `sources[0].title` for a path, as a contributor reads it in YAML. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, step) => (typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${String(step)}` : String(step)),
    '',
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, step) ? (value as Record<PropertyKey, unknown>)[step] : undefined;
  }
  return value;
}

interface LooseDef {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
}
const defOf = (schema: unknown): LooseDef => (schema as { _zod: { def: LooseDef } })._zod.def;

/** Peels optional, default, pipe (transform) and similar wrappers off a schema. */
function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The keys the schema allows in the object at `path` (read from the schema, so never out of date). */
export function knownKeys(schema: CaseStudySchema | GuideSchema, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const step of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape && typeof step === 'string') current = def.shape[step];
    else if (def.type === 'array' && typeof step === 'number') current = def.element;
    else return [];
    if (current === undefined) return [];
  }
  const def = defOf(unwrap(current));
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
