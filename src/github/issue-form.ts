/**
 * The GitHub issue forms of the repository, and the way back from an issue to a case-study file.
 *
 * `shareCaseStudyForm(taxonomy)` is the "Share a case study" form, whose choices are the
 * vocabularies' labels (`scripts/github-forms.ts` writes it to `.github/ISSUE_TEMPLATE/`, and a
 * test keeps the file in step with the taxonomy). GitHub turns a filled-in form into an issue body
 * of `### Label` sections; `caseStudyFromIssue()` reads that body back into the same file that
 * `npm run new` and the `/contribute/` form write (`caseStudyFile`). Pure and browser-safe.
 */
import { stringify } from 'yaml';
import { contributeWords, type ProblemWords } from '../i18n/index.ts';
import { plural } from '../i18n/plural.ts';
import { caseStudyFile, compactFrontmatter, frontmatterFromAnswers, slugFromTitle } from '../lib/case-study-file.ts';
import {
  contributorProblems,
  fill,
  problemLine,
  unwrittenMessage,
  type ContributorProblem,
} from '../lib/contributor-problems.ts';
import { unwrittenPassages } from '../lib/unwritten-text.ts';
import { createCaseStudySchema } from '../schema/case-study.ts';
import {
  caseStudyFieldList,
  caseStudyTextWords,
  fieldVocabulary,
  fieldWords,
  issueKey,
  partWords,
  type AnswerKind,
  type FieldDescription,
  type FieldList,
  type IssueQuestion,
  type PartDescription,
} from '../schema/fields.ts';
import { languageChoices } from '../schema/languages.ts';
import { slugMaxLength } from '../schema/slug.ts';
import type { Language, Taxonomy, Term } from '../schema/taxonomy.ts';

export { outcomeLineFormat, sourceLineFormat } from '../schema/fields.ts';
export { languageChoices } from '../schema/languages.ts';

/** What GitHub writes for an optional field left empty. */
export const noResponse = '_No response_';

/** The issue forms' file names: fixed, so that links to them can be built anywhere. */
export const issueFormFiles = {
  share: 'share-a-case-study.yml',
  /** The same form in Welsh. */
  shareCy: 'rhannu-astudiaeth-achos.yml',
  report: 'report-a-problem.yml',
} as const;

/** The file name of the "Share a case study" form in `lang`. */
export const shareFormFile = (lang: Language): string =>
  lang === 'cy' ? issueFormFiles.shareCy : issueFormFiles.share;

/**
 * The words of the "Share a case study" form itself, by language: its name, its opening note and
 * the licence it asks to be agreed (each field's own words are in `src/schema/fields.ts`).
 */
export const shareFormWords: Record<Language, ReturnType<typeof shareFormWordsIn>> = {
  en: shareFormWordsIn('en'),
  cy: shareFormWordsIn('cy'),
};

/** The form's own words in `lang`, from the catalogues (`contribute_issueForm_*`). */
function shareFormWordsIn(lang: Language) {
  const words = contributeWords(lang).issueForm;
  return { ...words, intro: [words.intro] };
}

/** The label GitHub puts on issues made with the "Share a case study" form. */
export const shareLabel = 'case-study';

/** One question of the "Share a case study" form, with its words and the field it answers. */
export interface ShareQuestion {
  /** Its key (`title`, `mainTheme`, `contactEmail`, `body`, `licence`). */
  key: string;
  /** Its id on GitHub, which pre-filled links use as a query parameter. */
  id: string;
  /** Its label: also the `### ` heading of its answer in the issue. */
  label: string;
  hint?: string;
  example?: string;
  /** How its answer is read. */
  kind: AnswerKind;
  required: boolean;
  /** The field it answers (none for the text and the licence), and the part of it. */
  field?: FieldDescription;
  part?: PartDescription;
  /** For a main choice and others: which of the two this is. */
  role?: 'main' | 'others';
}

/**
 * The questions of the "Share a case study" form, in order: those the field descriptions ask
 * (`issue`), then the text and the licence.
 */
export function shareQuestions(fields: FieldList = caseStudyFieldList, lang: Language = 'en'): ShareQuestion[] {
  const questions: ShareQuestion[] = [];
  for (const field of fields) {
    const words = fieldWords(field, lang);
    const hasMain = field.issue?.some((question) => question.as === 'choice') ?? false;
    for (const question of field.issue ?? ([] as readonly IssueQuestion[])) {
      const key = issueKey(field, question);
      const part = question.part === undefined ? undefined : field.parts?.find((item) => item.name === question.part);
      if (part) {
        const own = partWords(part, lang).issue;
        questions.push({
          key,
          id: question.id,
          label: own?.label ?? partWords(part, lang).label,
          ...(own?.hint === undefined ? {} : { hint: own.hint }),
          ...(own?.example === undefined ? {} : { example: own.example }),
          kind: part.answer === 'boolean' ? 'boolean' : 'text',
          required: question.required ?? false,
          field,
          part,
        });
        continue;
      }
      const own = words.issue?.[key];
      const hint = own?.hint ?? words.hint;
      const example = own?.example ?? words.example;
      questions.push({
        key,
        id: question.id,
        label: own?.label ?? words.label,
        ...(hint === undefined ? {} : { hint }),
        ...(example === undefined ? {} : { example }),
        kind: question.as ?? field.answer,
        required: question.required ?? field.required === true,
        field,
        ...(hasMain ? { role: question.as === 'choice' ? ('main' as const) : ('others' as const) } : {}),
      });
    }
  }
  questions.push(
    { key: 'body', id: 'case-study-text', label: caseStudyTextWords[lang].label, kind: 'paragraph', required: true },
    { key: 'licence', id: 'licence', label: shareFormWords[lang].licence, kind: 'boolean', required: true },
  );
  return questions;
}

const questions = shareQuestions();
const questionsByLanguage: Record<Language, ShareQuestion[]> = {
  en: questions,
  cy: shareQuestions(caseStudyFieldList, 'cy'),
};
const byKey = Object.fromEntries(questions.map((question) => [question.key, question]));

/** Fields of the "Share a case study" form: ids (for pre-filled links) and labels (the `### ` headings of the issue). */
export const shareFields: Readonly<Record<string, string>> & { title: string; body: string; licence: string } = {
  ...Object.fromEntries(questions.map((question) => [question.key, question.label])),
  title: byKey.title!.label,
  body: byKey.body!.label,
  licence: byKey.licence!.label,
};
export type ShareField = keyof typeof shareFields;

/** Field ids as GitHub wants them (letters, digits, `-`, `_`), which pre-filled links use as query parameters. */
export const shareFieldIds: Readonly<Record<string, string>> = Object.fromEntries(
  // Not `title` or `body`: those query parameters set the issue's own title and text.
  questions.map((question) => [question.key, question.id]),
);

/** The checkbox text of the licence field, and of the contact's consent. */
export const licenceAgreement = shareFormWords.en.licenceAgreement;
export const consentAgreement = partWords(
  caseStudyFieldList.find((field) => field.name === 'contact')!.parts.find((part) => part.name === 'consent')!,
).label;

// The form ------------------------------------------------------------------------------------

/** One element of a GitHub issue form (https://docs.github.com/… "Syntax for GitHub's form schema"). */
export type IssueFormElement =
  | { type: 'markdown'; attributes: { value: string } }
  | {
      type: 'input' | 'textarea' | 'dropdown' | 'checkboxes';
      id: string;
      attributes: Record<string, unknown> & { label: string };
      validations?: { required: boolean };
    };

export interface IssueForm {
  name: string;
  description: string;
  title?: string;
  labels?: string[];
  body: IssueFormElement[];
}

/** A term's label in `lang`, as the forms offer it. */
const termLabel = (term: Term, lang: Language) => (lang === 'cy' && term.cy ? term.cy.label : term.label);
const labels = (terms: readonly Term[], lang: Language) => terms.map((term) => termLabel(term, lang));

/** The element GitHub shows for `question`: a text box, a dropdown or checkboxes, by how its answer is read. */
function questionElement(
  question: ShareQuestion,
  taxonomy: Taxonomy,
  recommendedBody: string,
  lang: Language,
): IssueFormElement {
  const vocabulary = question.field && fieldVocabulary(question.field);
  const options = vocabulary ? labels(taxonomy[vocabulary], lang) : undefined;
  const base = {
    label: question.label,
    ...(question.hint === undefined ? {} : { description: question.hint }),
    ...(question.example === undefined ? {} : { placeholder: question.example }),
  };
  const element = (
    type: 'input' | 'textarea' | 'dropdown' | 'checkboxes',
    attributes: Record<string, unknown> = {},
  ): IssueFormElement => ({
    type,
    id: question.id,
    attributes: { ...base, ...attributes },
    // Checkboxes are required box by box (`options[].required`), not as a field.
    ...(type === 'checkboxes' ? {} : { validations: { required: question.required } }),
  });
  if (question.key === 'body')
    return element('textarea', { description: caseStudyTextWords[lang].issue.hint, value: recommendedBody });
  if (question.key === 'licence')
    return element('checkboxes', { options: [{ label: shareFormWords[lang].licenceAgreement, required: true }] });
  switch (question.kind) {
    case 'choice':
      return element('dropdown', { options });
    case 'choices':
      return element('dropdown', { options, multiple: true });
    case 'language':
      return element('dropdown', {
        options: languageChoices.map((choice) => choice.label),
        // The Welsh form starts at Welsh: whoever opens it most likely writes in Welsh.
        default: Math.max(
          0,
          languageChoices.findIndex((choice) => choice.id === lang),
        ),
      });
    case 'boolean':
      return element('checkboxes', {
        options: [{ label: question.part ? partWords(question.part, lang).label : question.label }],
      });
    case 'paragraph':
    case 'lines':
    case 'rows':
      return element('textarea');
    default:
      return element('input');
  }
}

/**
 * The "Share a case study" issue form in `lang`: every field of the public interface a member can
 * fill in without git (the descriptions' `issue` questions), its choices the vocabularies' labels
 * in `lang`, in the taxonomy's order.
 */
export function shareCaseStudyForm(
  taxonomy: Taxonomy,
  recommendedBody: string,
  fields: FieldList = caseStudyFieldList,
  lang: Language = 'en',
): IssueForm {
  const words = shareFormWords[lang];
  return {
    name: words.name,
    description: words.description,
    title: words.title,
    labels: [shareLabel],
    body: [
      { type: 'markdown', attributes: { value: words.intro.join('\n') } },
      ...shareQuestions(fields, lang).map((question) => questionElement(question, taxonomy, recommendedBody, lang)),
    ],
  };
}

/** Fields of the "Report a problem with a page" form, by id; `page` and `file` are filled in by the site's link. */
export const reportFields = {
  page: 'Page',
  file: 'File in the repository',
  kind: 'What kind of problem is it?',
  details: 'What is wrong?',
  correction: 'What should it say, and how do we know?',
} as const;

export const reportKinds = [
  'A fact or figure is wrong or out of date',
  'A link is broken',
  'Personal details should be removed',
  'The page is hard to read or use',
  'Something else',
] as const;

/** The "Report a problem with a page" issue form, which each case-study page links to with `page` and `file` filled in. */
export function reportProblemForm(): IssueForm {
  return {
    name: 'Report a problem with a page',
    description: 'Something on the library’s site is wrong, out of date, broken or should not be there.',
    title: 'Problem: ',
    labels: ['problem'],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Thank you for telling us. The library’s editors read every report.',
            '',
            '**This issue is public.** If you are asking for your own or someone else’s personal details to be removed, do not repeat them here: name the page and choose “Personal details should be removed”. To ask privately instead, use “Report a vulnerability” on the repository’s Security tab, which only the editors can read.',
          ].join('\n'),
        },
      },
      {
        type: 'input',
        id: 'page',
        attributes: {
          label: reportFields.page,
          description: 'The address of the page. Filled in when you came from the page’s “Report a problem” link.',
          placeholder: 'https://…/case-studies/preston-anchor-institution-procurement/',
        },
        validations: { required: true },
      },
      {
        type: 'input',
        id: 'file',
        attributes: {
          label: reportFields.file,
          description: 'Filled in by the page’s link; leave it as it is, or empty.',
        },
        validations: { required: false },
      },
      {
        type: 'dropdown',
        id: 'kind',
        attributes: { label: reportFields.kind, options: [...reportKinds] },
        validations: { required: true },
      },
      {
        type: 'textarea',
        id: 'details',
        attributes: {
          label: reportFields.details,
          description: 'Quote the words or figure, or describe what does not work and on which device.',
        },
        validations: { required: true },
      },
      {
        type: 'textarea',
        id: 'correction',
        attributes: {
          label: reportFields.correction,
          description: 'Optional: the right words or figure, and a link to where they can be checked.',
        },
        validations: { required: false },
      },
    ],
  };
}

// Reading an issue back -----------------------------------------------------------------------

/**
 * The answers of an issue made with a form, by field label. GitHub writes each field as a
 * `### Label` line, a blank line and the answer, in the form's order, and `_No response_` for an
 * optional field left empty. Only the labels given are taken as headings, each searched for after
 * the one before, so that `###` headings inside an answer stay part of it.
 */
export function parseIssueForm(body: string, fieldLabels: readonly string[]): Map<string, string> {
  const lines = body
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const headings: { label: string; line: number }[] = [];
  let from = 0;
  for (const label of fieldLabels) {
    const index = lines.findIndex((line, position) => position >= from && line.trim() === `### ${label}`);
    if (index === -1) continue;
    headings.push({ label, line: index });
    from = index + 1;
  }
  const answers = new Map<string, string>();
  headings.forEach((heading, position) => {
    const end = headings[position + 1]?.line ?? lines.length;
    const answer = lines
      .slice(heading.line + 1, end)
      .join('\n')
      .replace(/^\s*\n/, '')
      .trimEnd();
    const value = answer.trim() === noResponse || answer.trim() === 'None' ? '' : answer;
    answers.set(heading.label, value);
  });
  return answers;
}

/**
 * The language of the "Share a case study" form `body` was made with: the one whose title and
 * text questions it answers; undefined when it was made with neither.
 */
export function shareIssueLanguage(body: string): Language | undefined {
  for (const lang of ['en', 'cy'] as const) {
    const formQuestions = questionsByLanguage[lang];
    const label = (key: string) => formQuestions.find((question) => question.key === key)!.label;
    const answers = parseIssueForm(
      body,
      formQuestions.map((question) => question.label),
    );
    if (answers.has(label('title')) && answers.has(label('body'))) return lang;
  }
  return undefined;
}

/** True when `body` looks like an issue made with the "Share a case study" form, in either language. */
export function isShareIssue(body: string): boolean {
  return shareIssueLanguage(body) !== undefined;
}

/** The ticked boxes of a checkboxes field, as GitHub writes them: `- [X] label`. */
export function tickedBoxes(answer: string): string[] {
  return answer
    .split('\n')
    .map((line) => /^\s*[-*]\s+\[[xX]\]\s+(.*)$/.exec(line)?.[1]?.trim())
    .filter((label): label is string => label !== undefined);
}

/** Lower-case with single spaces and straight quotes, for matching what people type against labels. */
const fold = (text: string) => text.normalize('NFKC').replace(/[‘’ʼ]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The ids chosen in a dropdown answer. GitHub joins several choices with ", ", and labels may
 * themselves hold commas ("Town, parish or community council"), so the answer is read from the
 * left by the longest label (or id) that fits; anything else is kept as typed, so that the schema
 * names it with a suggestion.
 */
export function choiceIds(answer: string, terms: readonly Term[]): string[] {
  const names = terms
    .flatMap((term) => [
      { name: fold(term.label), id: term.id, label: true },
      ...(term.cy ? [{ name: fold(term.cy.label), id: term.id, label: true }] : []),
      { name: fold(term.id), id: term.id, label: false },
    ])
    // Longest first; a label before an id of the same length, since the form offers labels.
    .sort((a, b) => b.name.length - a.name.length || Number(b.label) - Number(a.label));
  const ids: string[] = [];
  let rest = answer.trim();
  while (rest !== '') {
    const folded = fold(rest);
    const match = names.find(
      ({ name }) =>
        folded.startsWith(name) && (folded.length === name.length || /^\s*,/.test(folded.slice(name.length))),
    );
    if (match) {
      ids.push(match.id);
      // Cut as many characters of the original as the folded name matched, word by word.
      rest = cutFolded(rest, match.name).replace(/^\s*,\s*/, '');
    } else {
      const comma = rest.indexOf(',');
      ids.push((comma === -1 ? rest : rest.slice(0, comma)).trim());
      rest = comma === -1 ? '' : rest.slice(comma + 1).trim();
    }
  }
  return ids.filter((id) => id !== '');
}

/** `text` without its beginning that folds to `prefix`. */
function cutFolded(text: string, prefix: string): string {
  for (let end = 1; end <= text.length; end++) {
    if (fold(text.slice(0, end)) === prefix && (end === text.length || fold(text.slice(0, end + 1)) !== prefix))
      return text.slice(end);
  }
  return '';
}

/** Non-empty lines of an answer, without list markers people add ("- ", "1. ", "• "). */
function entries(answer: string): string[] {
  return answer
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}

const parts = (line: string) => line.split('|').map((part) => part.trim());
const orUndefined = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : text.trim());

/**
 * A row written on one line, its parts separated by `|` in the order of `parts` (an object part,
 * such as an outcome's earlier figure and its year, takes one place per part of its own). A
 * number may be written `#1`, as people number sources.
 */
function rowFrom(line: string, rowParts: readonly PartDescription[]): Record<string, unknown> {
  const values = parts(line);
  let next = 0;
  const take = (list: readonly PartDescription[]): Record<string, unknown> => {
    const row: Record<string, unknown> = {};
    for (const part of list) {
      if (part.parts) {
        row[part.name] = take(part.parts);
        continue;
      }
      const value = values[next++];
      row[part.name] = part.answer === 'number' ? value?.replace(/^#/, '') : value;
    }
    return row;
  };
  return take(rowParts);
}

/**
 * A source line: its first part is the title; of the others, a web address is the url, a year is
 * the year and anything else the publisher, in whatever order they were written.
 */
function sourceFrom(line: string): Record<string, unknown> {
  const [title, ...rest] = parts(line);
  const source: Record<string, unknown> = { title: orUndefined(title) };
  for (const part of rest) {
    if (part === '') continue;
    if (/^https?:\/\//i.test(part) || /^www\./i.test(part))
      source.url = /^www\./i.test(part) ? `https://${part}` : part;
    else if (/^\d{4}$/.test(part) && source.year === undefined) source.year = Number(part);
    else source.publisher = source.publisher === undefined ? part : `${String(source.publisher)} | ${part}`;
  }
  // A line that is only a web address: it is the title as well, until an editor names it.
  if (rest.length === 0 && title !== undefined && /^https?:\/\/\S+$/i.test(title)) source.url = title;
  return source;
}

export interface IssueCaseStudy {
  /** The file name without `.md`: from the title, made unique in the library. */
  slug: string;
  /** The language of the form the issue was made with. */
  lang: Language;
  /** The frontmatter, as the file will say it. */
  frontmatter: Record<string, unknown>;
  /** The text of the case study, as answered. */
  body: string;
  /** The whole file: frontmatter and text. */
  text: string;
  /**
   * Problems found in the answers themselves, before the file is validated (such as the licence
   * not agreed), in the form's language when `words` were given.
   */
  problems: string[];
}

export interface IssueOptions {
  /** The day the case study is published, `YYYY-MM-DD` (the day the issue was opened). */
  published: string;
  /** Slugs already in the library: the new file takes another. */
  existingSlugs?: ReadonlySet<string>;
  /** The words of the problems, in each language, for what the answers themselves lack. */
  words?: Partial<Record<Language, ProblemWords>>;
}

/** A free file name: `slug`, else `slug-2`, `slug-3`, … (within the length limit). */
function freeSlug(slug: string, existing: ReadonlySet<string>): string {
  if (!existing.has(slug)) return slug;
  for (let number = 2; ; number++) {
    const suffix = `-${number}`;
    const candidate = `${slug.slice(0, slugMaxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!existing.has(candidate)) return candidate;
  }
}

/**
 * The case-study file an issue made with the "Share a case study" form describes. Labels chosen
 * in dropdowns become ids; outcomes and sources are read one per line; answers that cannot be
 * understood are kept as written, so that validating the file explains them.
 */
export function caseStudyFromIssue(
  body: string,
  taxonomy: Taxonomy,
  options: IssueOptions,
  fields: FieldList = caseStudyFieldList,
): IssueCaseStudy {
  const lang = shareIssueLanguage(body) ?? 'en';
  const formQuestions = fields === caseStudyFieldList ? questionsByLanguage[lang] : shareQuestions(fields, lang);
  const labelOf = (key: string) => formQuestions.find((question) => question.key === key)!.label;
  const answers = parseIssueForm(
    body,
    formQuestions.map((question) => question.label),
  );
  const answer = (key: string) => answers.get(labelOf(key)) ?? '';
  const problems: string[] = [];
  const words = options.words?.[lang];

  if (!answers.has(labelOf('title')))
    problems.push(
      words
        ? fill(words.reply.noForm, { label: labelOf('title') })
        : `The issue has no “${labelOf('title')}” section: open it with the “Share a case study” form.`,
    );
  const agreement = shareFormWords[lang].licenceAgreement;
  if (!tickedBoxes(answer('licence')).some((box) => fold(box) === fold(agreement))) {
    problems.push(
      words
        ? fill(words.reply.licence, { label: labelOf('licence') })
        : `Tick the box under “${labelOf('licence')}”: case studies are published under CC BY 4.0.`,
    );
  }

  // Each answer as the form's other ways in would give it: ids for labels, rows for lines, a tick as true.
  const given: Record<string, unknown> = {};
  for (const question of formQuestions) {
    const field = question.field;
    if (!field) continue;
    const text = answer(question.key);
    const vocabulary = fieldVocabulary(field);
    const terms = vocabulary ? taxonomy[vocabulary] : [];
    let value: unknown;
    if (question.kind === 'boolean') value = tickedBoxes(text).length > 0;
    else if (question.kind === 'choice') value = choiceIds(text, terms)[0];
    else if (question.kind === 'choices') value = choiceIds(text, terms);
    else if (question.kind === 'language') {
      const folded = fold(text);
      value = languageChoices.find((choice) => fold(choice.label) === folded || choice.id === folded)?.id ?? 'en';
    } else if (question.kind === 'rows')
      value = entries(text).map((line) =>
        field.name === 'sources' ? sourceFrom(line) : rowFrom(line, field.parts ?? []),
      );
    else value = text;
    if (question.part) ((given[field.name] ??= {}) as Record<string, unknown>)[question.part.name] = value;
    else if (question.role === 'main') ((given[field.name] ??= {}) as Record<string, unknown>).main = value;
    else if (question.role === 'others') ((given[field.name] ??= {}) as Record<string, unknown>).others = value;
    else given[field.name] = value;
  }
  const frontmatter = frontmatterFromAnswers({ ...given, published: options.published }, fields);

  const title = String(frontmatter.title ?? '');
  const slug = freeSlug(slugFromTitle(title) || 'case-study', options.existingSlugs ?? new Set());
  const text = answer('body');
  return { slug, lang, frontmatter, body: text, text: caseStudyFile(frontmatter, text), problems };
}

/**
 * Every problem with the answers of an issue, in the contributor's words and the form's language:
 * each schema rule's (the rules between answers included, all at once), and the prompts and
 * placeholders left in the summary and the text. Labels are the issue form's questions.
 */
export function answerProblems(
  converted: IssueCaseStudy,
  taxonomy: Taxonomy,
  words: ProblemWords,
  fields: FieldList = caseStudyFieldList,
): ContributorProblem[] {
  const data = compactFrontmatter(converted.frontmatter);
  const result = createCaseStudySchema(taxonomy).safeParse(data);
  const context = { lang: converted.lang, words, data, taxonomy, surface: 'issue' as const, fields };
  const problems = result.success ? [] : contributorProblems(result.error.issues, context);
  const formQuestions =
    fields === caseStudyFieldList ? questionsByLanguage[converted.lang] : shareQuestions(fields, converted.lang);
  const labelOf = (key: string) => formQuestions.find((question) => question.key === key)!.label;
  if (typeof data.summary === 'string')
    for (const passage of unwrittenPassages(data.summary, 'summary'))
      problems.push({ path: ['summary'], label: labelOf('summary'), message: unwrittenMessage(passage, words) });
  for (const passage of unwrittenPassages(converted.body, 'body'))
    problems.push({ path: ['body'], label: labelOf('body'), message: unwrittenMessage(passage, words) });
  return problems;
}

/** The label of the issue form's question `key` ("body", "summary") in `lang`. */
export const shareQuestionLabel = (key: string, lang: Language = 'en'): string =>
  questionsByLanguage[lang].find((question) => question.key === key)?.label ?? key;

// Replies -------------------------------------------------------------------------------------

/** `text` in a code block whose fence no run of backticks inside it can close. */
export function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/**
 * The reply to an issue whose case study does not pass yet, in the contributor's words and the
 * form's language: what the answers lack (`notes`, such as the licence), then each problem under
 * the label of its question, and how to change the answers. No field keys, no YAML and no line
 * numbers: the robot's log keeps the validator's messages for the editors.
 */
export function problemsComment(input: {
  words: ProblemWords;
  lang: Language;
  notes: readonly string[];
  problems: readonly ContributorProblem[];
}): string {
  const { words } = input;
  const count = input.notes.length + input.problems.length;
  const parts = [words.reply.intro, ''];
  for (const note of input.notes) parts.push(`- ${note}`);
  for (const problem of input.problems) parts.push(`- ${problemLine(problem, 'issue')}`);
  parts.push('', plural(count, input.lang, words.reply.count), '', words.reply.howToFix);
  return `${parts.join('\n')}\n`;
}

// Writing the forms -----------------------------------------------------------------------------

/** An issue form as the YAML file GitHub reads, with a note on where it comes from. */
export function issueFormYaml(form: IssueForm, note: readonly string[]): string {
  const text = stringify(form, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${note.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${text}`;
}

/** Every issue form of the repository, by file name under `.github/ISSUE_TEMPLATE/`. */
export function issueFormTexts(
  taxonomy: Taxonomy,
  recommendedBody: (lang: Language) => string,
): Record<string, string> {
  const note = [
    'Written by `node scripts/github-forms.ts` from content/taxonomy/: do not edit it by hand.',
    'After changing the taxonomy, src/schema/fields.ts or src/github/issue-form.ts, run the script again (a unit test checks it).',
  ];
  return {
    [issueFormFiles.share]: issueFormYaml(shareCaseStudyForm(taxonomy, recommendedBody('en')), note),
    [issueFormFiles.shareCy]: issueFormYaml(
      shareCaseStudyForm(taxonomy, recommendedBody('cy'), caseStudyFieldList, 'cy'),
      note,
    ),
    [issueFormFiles.report]: issueFormYaml(reportProblemForm(), [
      'Written by `node scripts/github-forms.ts` from src/github/issue-form.ts: do not edit it by hand.',
      'Case-study pages link here with ?template=report-a-problem.yml&page=<page address>&file=<path of its file>.',
    ]),
  };
}
