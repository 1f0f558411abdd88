/**
 * The contribution form's model, without the DOM: turning what was typed into frontmatter,
 * every problem with it in the contributor's words, each at the control to fix, the GitHub links and the saved draft.
 * Kept apart from `contribute.ts` so that it can be unit-tested in Node.
 */
import type { ProblemWords } from '../i18n/index.ts';
import { compactFrontmatter, frontmatterFromAnswers } from '../lib/case-study-file.ts';
import {
  contributorProblems,
  fill,
  unwrittenMessage,
  type ContributorProblem,
  type SchemaIssue,
} from '../lib/contributor-problems.ts';
import { unwrittenPassages } from '../lib/unwritten-text.ts';
import { caseStudyFieldList, caseStudyTextWords, fieldWords, type FieldList } from '../schema/fields.ts';
import { slugProblem as slugFormatProblem, slugPattern } from '../schema/slug.ts';
import type { Language, Taxonomy } from '../schema/taxonomy.ts';
import type { FormValues } from './contribute-state.ts';

export {
  caseStudyPath,
  controlId,
  draftStorageKey,
  githubNewFileUrl,
  maxUrlLength,
  multipleValueControls,
  parseStoredDraft,
  rowIndices,
  type FormValues,
  type RowGroup,
  type StoredDraft,
} from './contribute-state.ts';

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

/** A problem as the form shows it: which control it belongs to, and what to say, in the contributor's words. */
export interface FormProblem {
  control: string;
  /** The control's label, for the list of problems where the field is not in sight. */
  label: string;
  message: string;
  /** The row it is in, such as "Outcome 2". */
  where?: string;
}

/**
 * The control that fixes a problem at `path` of the front matter: the longest prefix of the path
 * that names a control (`partners.2` → `partners`), with the exceptions a form needs.
 */
export function controlFor(path: readonly PropertyKey[], controls: ReadonlySet<string>): string {
  const steps = path.map(String);
  const first = steps[0] ?? '';
  if (first === 'themes') return steps[1] === undefined || steps[1] === '0' ? 'themes.main' : 'themes.other';
  if (first === 'sources' && steps.length === 1) return 'sources.0.title';
  for (let length = steps.length; length > 0; length--) {
    const name = steps.slice(0, length).join('.');
    if (controls.has(name)) return name;
  }
  return controls.has(first) ? first : 'title';
}

/** What the form checks answers with, and says problems in. */
export interface FormCheck {
  /** The one case-study schema, for the library's vocabularies. */
  schema: { safeParse(data: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } } };
  /** The form's control names. */
  controls: ReadonlySet<string>;
  /** The library's file names, once known: a new file may not take one, and `related` must name one. */
  existing: ReadonlySet<string>;
  lang: Language;
  words: ProblemWords;
  /** The label of the file-name control, which is the form's own, not a field's. */
  fileNameLabel: string;
  taxonomy?: Taxonomy;
}

/**
 * Every problem with the form's answers, all at once and in the contributor's words: each schema
 * rule's (the rules between answers included), the prompts and placeholders left in the summary
 * and the text, the file name and the related case studies that name none in the library.
 */
export function formProblems(
  values: FormValues,
  check: FormCheck,
  fields: FieldList = caseStudyFieldList,
): FormProblem[] {
  const data = compactFrontmatter(frontmatterFromValues(values, fields));
  const result = check.schema.safeParse(data);
  const context = {
    lang: check.lang,
    words: check.words,
    data,
    surface: 'form' as const,
    fields,
    ...(check.taxonomy ? { taxonomy: check.taxonomy } : {}),
  };
  const problems: FormProblem[] = [];
  const add = (control: string, problem: Pick<ContributorProblem, 'label' | 'message' | 'where'>) =>
    problems.push({
      control,
      label: problem.label,
      message: problem.message,
      ...(problem.where === undefined ? {} : { where: problem.where }),
    });
  if (!result.success)
    for (const problem of contributorProblems(result.error?.issues ?? [], context))
      add(controlFor(problem.path, check.controls), problem);

  const labelOf = (name: string) => {
    const field = fields.find((candidate) => candidate.name === name);
    return field ? fieldWords(field, check.lang).label : name;
  };
  if (typeof data.summary === 'string')
    for (const passage of unwrittenPassages(data.summary, 'summary'))
      add('summary', { label: labelOf('summary'), message: unwrittenMessage(passage, check.words) });
  for (const passage of unwrittenPassages(String(values.body ?? ''), 'body'))
    add('body', { label: caseStudyTextWords[check.lang].label, message: unwrittenMessage(passage, check.words) });

  const slug = String(values.slug ?? '').trim();
  if (slug === '') add('slug', { label: check.fileNameLabel, message: check.words.missing });
  else if (slugFormatProblem(slug)) add('slug', { label: check.fileNameLabel, message: check.words.notFileName });
  else if (check.existing.has(slug))
    add('slug', { label: check.fileNameLabel, message: fill(check.words.fileNameTaken, { value: slug }) });
  // Related case studies that name none in the library: known only once the file names have arrived.
  const related = Array.isArray(data.related) ? (data.related as unknown[]) : [];
  if (check.existing.size > 0)
    for (const name of related)
      if (typeof name === 'string' && slugPattern.test(name) && !check.existing.has(name))
        add('related', { label: labelOf('related'), message: fill(check.words.notInLibrary, { value: name }) });
  return problems;
}
