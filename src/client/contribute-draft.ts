/**
 * The contribution form's model, without the DOM: turning what was typed into frontmatter,
 * pointing each schema problem at the control to fix, the GitHub links and the saved draft.
 * Kept apart from `contribute.ts` so that it can be unit-tested in Node.
 */
import { frontmatterFromAnswers } from '../lib/case-study-file.ts';
import { caseStudyFieldList, fieldWords, type FieldList } from '../schema/fields.ts';
import { slugProblem as slugFormatProblem, slugPattern } from '../schema/slug.ts';

/** What the form holds, by control name: text as typed; ticked boxes of a group as a list. */
export type FormValues = Record<string, string | string[]>;

/** The groups of repeated rows. */
export type RowGroup = 'outcomes' | 'sources';

/** Controls whose boxes can be ticked together: their values arrive as a list. */
export const multipleValueControls = new Set(['themes.other', 'topics']);

/** The indices of the rows of `group` that have any control in `values`, in order. */
export function rowIndices(values: FormValues, group: RowGroup): number[] {
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  const indices = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name);
    if (match) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b);
}

/**
 * The form's values as answers: control names are paths (`contact.email`, `outcomes.0.value`),
 * so `{ contact: { email } , outcomes: [{ value }] }`; a main theme and other themes become
 * `{ main, others }`. Controls that are not fields (the file name, the text) are left out.
 */
function answersFromValues(values: FormValues, fields: FieldList): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const path = name.split('.');
    let node = nested as Record<string, unknown>;
    for (const [index, step] of path.entries()) {
      if (index === path.length - 1) {
        node[step] = value;
        break;
      }
      node[step] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
      if (typeof node[step] !== 'object') break;
      node = node[step] as Record<string, unknown>;
    }
  }
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    const value = nested[field.name];
    answers[field.name] =
      field.answer === 'choices' && value !== null && typeof value === 'object' && !Array.isArray(value)
        ? { main: (value as { main?: unknown }).main, others: (value as { other?: unknown }).other }
        : value;
  }
  return answers;
}

/**
 * The frontmatter the form's values give (`frontmatterFromAnswers`, as for every other way in).
 * Empty answers are left out; numbers typed with commas or units stay text, so that the schema
 * explains what is wrong.
 */
export function frontmatterFromValues(
  values: FormValues,
  fields: FieldList = caseStudyFieldList,
): Record<string, unknown> {
  return frontmatterFromAnswers(answersFromValues(values, fields), fields);
}

/** What to say when a required field has no answer yet: the schema's own words suit files, not forms. */
const missingMessages: Record<string, string | undefined> = Object.fromEntries(
  caseStudyFieldList.map((field) => [field.name, fieldWords(field).form?.missing]),
);

/** A schema problem as the form shows it: which control it belongs to, and what to say. */
export interface FormProblem {
  control: string;
  message: string;
  /** The row it is in, such as "Outcome 2", for the list of problems where the field is not in sight. */
  where?: string;
}

/** The value at `path` in `data`; undefined when any step is missing. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

const singular: Record<string, string> = { outcomes: 'outcome', sources: 'source' };

/**
 * Points a schema issue on `data` (the frontmatter checked) at the control that fixes it: the
 * longest prefix of its path that names a control (`partners.2` → `partners`), with the
 * exceptions a form needs. A missing answer is asked for in plain words: the schema's own
 * messages are written for files.
 */
export function problemFor(
  issue: { path: readonly PropertyKey[]; message: string },
  controls: ReadonlySet<string>,
  data?: unknown,
): FormProblem {
  const path = issue.path.map(String);
  const first = path[0] ?? '';
  const missing = data !== undefined && path.length > 0 && valueAt(data, issue.path) === undefined;
  const words = path
    .filter((step) => !/^\d+$/.test(step))
    .map((step, index) => (index === 0 ? (singular[step] ?? step) : step));
  const text = missing
    ? ((path.length === 1 ? missingMessages[first] : undefined) ?? `${words.join(' ')} is required`)
    : issue.message;
  const message = text.charAt(0).toUpperCase() + text.slice(1);
  const row =
    /^\d+$/.test(path[1] ?? '') && first in singular
      ? `${first === 'outcomes' ? 'Outcome' : 'Source'} ${Number(path[1]) + 1}`
      : undefined;
  const at = (control: string): FormProblem => (row ? { control, message, where: row } : { control, message });
  if (first === 'themes') return at(path[1] === undefined || path[1] === '0' ? 'themes.main' : 'themes.other');
  if (first === 'sources' && path.length === 1) return at('sources.0.title');
  if (first === 'region' && /^country/.test(issue.message)) return at('country');
  for (let length = path.length; length > 0; length--) {
    const name = path.slice(0, length).join('.');
    if (controls.has(name)) return at(name);
  }
  return at(controls.has(first) ? first : 'title');
}

/** Why `slug` cannot be the new file's name, or undefined when it can. */
export function slugProblem(slug: string, existing: ReadonlySet<string>): string | undefined {
  const problem = slugFormatProblem(slug);
  if (problem) return problem.charAt(0).toUpperCase() + problem.slice(1);
  if (existing.has(slug)) return `A case study called ${slug} exists already: choose another file name`;
  return undefined;
}

/** Problems with `related` that the schema cannot see: slugs that name no case study. */
export function relatedProblems(related: readonly string[], existing: ReadonlySet<string>): string[] {
  return related
    .filter((slug) => slugPattern.test(slug) && !existing.has(slug))
    .map((slug) => `Related "${slug}" is not a case study in the library: use the file name of one, without .md`);
}

/** GitHub's "new file" page with the file's name and text filled in, where a contributor proposes it. */
export function githubNewFileUrl(repositoryUrl: string, branch: string, filePath: string, text: string): string {
  const keepSlashes = (part: string) => encodeURIComponent(part).replace(/%2F/g, '/');
  return `${repositoryUrl}/new/${keepSlashes(branch)}?filename=${keepSlashes(filePath)}&value=${encodeURIComponent(text)}`;
}

/**
 * Longer URLs than this may be cut off by browsers, proxies or GitHub itself; the form then
 * offers copy and download instead.
 */
export const maxUrlLength = 8000;

/** Where the case study will live in the repository. */
export const caseStudyPath = (slug: string) => `content/case-studies/${slug}.md`;

/** The draft kept in the browser between visits. */
export interface StoredDraft {
  version: 1;
  values: FormValues;
  /** True once the contributor has typed their own file name, which then no longer follows the title. */
  slugEdited: boolean;
}

export const draftStorageKey = 'cwb-contribute-draft';

/** The saved draft in `text`, or undefined when there is none or it cannot be trusted. */
export function parseStoredDraft(text: string | null): StoredDraft | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { version, values, slugEdited } = data as Record<string, unknown>;
  if (version !== 1 || typeof values !== 'object' || values === null) return undefined;
  const clean: FormValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') clean[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) clean[name] = value;
  }
  return { version: 1, values: clean, slugEdited: slugEdited === true };
}

/** The element id of the control named `name` (`sources.0.title` → `cf-sources-0-title`); its error is `<id>-error`. */
export const controlId = (name: string) => `cf-${name.replace(/[^a-zA-Z0-9_]+/g, '-')}`;
