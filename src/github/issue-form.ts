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
import { countryCodeFromText } from '../schema/country-names.ts';
import { editDistance } from '../schema/suggest.ts';
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
 * What people write for "nothing" in an answer they cannot leave blank, or out of habit: GitHub's
 * `_No response_`, "N/A", "none", a dash, "dim" (folded, see {@link fold}). Each is the same as no
 * answer at all, so that "N/A" in an optional year is no year rather than an error.
 */
const noValueAnswers = new Set([
  '_no response_',
  'no response',
  'none',
  'none.',
  'n/a',
  'n / a',
  'n.a.',
  'na',
  'nil',
  'not applicable',
  'not known',
  'unknown',
  '-',
  '--',
  '—',
  '–',
  '.',
  // Welsh: "dim", "dim un" (none), "amherthnasol", "d/b" (dim yn berthnasol: not applicable), "anhysbys" (unknown).
  'dim',
  'dim un',
  'amherthnasol',
  'd/b',
  'dim yn berthnasol',
  'anhysbys',
]);

/** True when `answer` says there is no answer ("N/A", "none", "-", empty…). */
export const isNoValue = (answer: string): boolean => {
  const folded = fold(answer).replace(/^[_*]+|[_*]+$/g, '');
  return folded === '' || noValueAnswers.has(folded) || noValueAnswers.has(fold(answer));
};

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
  // A heading as GitHub writes it, or as someone editing the issue may leave it ("###Place:"). Only
  // `###`: the text's own "## Outcomes" must not be taken for the Outcomes question.
  const headingText = (line: string) => /^\s{0,3}###(?!#)\s*(.*?)\s*:?\s*$/.exec(line)?.[1];
  for (const label of fieldLabels) {
    const wanted = fold(label);
    const index = lines.findIndex((line, position) => {
      if (position < from) return false;
      const text = headingText(line);
      return text !== undefined && fold(text) === wanted;
    });
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
    answers.set(heading.label, isNoValue(answer) ? '' : answer);
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

/** Lines of an answer that say something, without list markers people add ("- ", "1. ", "• ") or lines of "none". */
function entries(answer: string): string[] {
  return answer
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter((line) => !isNoValue(line));
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
      const typed = values[next++];
      const value = typed === undefined || isNoValue(typed) ? undefined : typed;
      row[part.name] = part.answer === 'number' ? value?.replace(/^#/, '') : value;
    }
    return row;
  };
  return take(rowParts);
}

/** A web address in a line of text: `https://…` or `www.…`, in angle brackets or not. */
const addressPattern = /<?((?:https?:\/\/|www\.)[^\s<>]+)>?/i;

/** `address` without the punctuation that ends the sentence around it, and with `https://` before a bare `www.`. */
function cleanAddress(address: string): string {
  let url = address.replace(/[.,;:!?'"”’\]]+$/, '');
  // A closing bracket belongs to the address only when it opened one ("…/Wales_(country)").
  while (url.endsWith(')') && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) url = url.slice(0, -1);
  return /^www\./i.test(url) ? `https://${url}` : url;
}

/** A year as written in a source ("2019", "(2019)", "2019."), when the text is only that. */
const yearOf = (text: string): number | undefined => {
  const match = /^\(?((?:18|19|20)\d{2})\)?\.?$/.exec(text.trim());
  return match ? Number(match[1]) : undefined;
};

/** Words that lead up to an address ("available at", "see", "gweler"), left at the end of a title once it is taken out. */
const linkWordsAtEnd = /\s*\b(?:available|online)?\s*(?:at|from|on|see|via|ar|yn|gweler)\s*$/iu;
const separatorsAtEnd = /[\s,;:–—|(-]+$/u;

/** `text` without separators at its ends ("Annual report, " → "Annual report"), nor link words when an address was taken out of it. */
function trimSeparators(text: string, linkWords = false): string {
  let trimmed = text.replace(/\(\s*\)|\[\s*\]/g, '').replace(separatorsAtEnd, '');
  if (linkWords) trimmed = trimmed.replace(linkWordsAtEnd, '').replace(separatorsAtEnd, '');
  return trimmed.replace(/^[\s,;:–—|)-]+/u, '').trim();
}

/**
 * A source line, written in any of the ways people write one:
 *
 * - the form's parts separated by `|`: the title first; of the others, a web address is the url,
 *   a year the year and anything else the publisher, in whatever order;
 * - "title, address", "title – publisher, year, address" (the address anywhere, a dash or an
 *   en dash before the publisher), a Markdown link "[title](address)";
 * - a bare address, which is then the title as well, until an editor names it.
 */
export function sourceFrom(line: string): Record<string, unknown> {
  if (line.includes('|')) return pipedSource(line);
  let text = line.trim();
  let url: string | undefined;
  const link = /\[([^\]]+)\]\(\s*<?([^\s)>]+)>?\s*\)/.exec(text);
  if (link) {
    url = cleanAddress(link[2]!);
    text = `${text.slice(0, link.index)}${link[1]}${text.slice(link.index + link[0].length)}`;
  } else {
    const found = addressPattern.exec(text);
    if (found) {
      url = cleanAddress(found[1]!);
      // Take out the address and what was cut from its end with it (its closing punctuation stays out).
      text = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length).replace(/^[.,;:)\]>]+/, '')}`;
    }
  }
  text = trimSeparators(text, url !== undefined);
  if (text === '') return url === undefined ? {} : { title: url, url };

  const source: Record<string, unknown> = {};
  // "Title – publisher, year": the first spaced dash ends the title.
  const dash = /\s+[–—-]{1,2}\s+/u.exec(text);
  let title = dash ? text.slice(0, dash.index) : text;
  const rest = dash ? text.slice(dash.index + dash[0].length) : '';
  if (dash) {
    const publisher: string[] = [];
    for (const part of rest.split(/\s*,\s*/)) {
      const year = yearOf(part);
      if (year !== undefined && source.year === undefined) source.year = year;
      else if (part.trim() !== '') {
        // "Preston City Council (2019)", "Preston City Council 2019"
        const trailing = /^(.*?)[\s,]*\(?((?:18|19|20)\d{2})\)?$/.exec(part);
        if (trailing && source.year === undefined && trailing[1]!.trim() !== '') {
          publisher.push(trailing[1]!.trim());
          source.year = Number(trailing[2]);
        } else publisher.push(part.trim());
      }
    }
    if (publisher.length > 0) source.publisher = publisher.join(', ');
  } else {
    // "Title, 2019": a year at the end is the year; commas before it may be the title's own.
    const parts = title.split(/\s*,\s*/);
    const year = parts.length > 1 ? yearOf(parts.at(-1)!) : undefined;
    if (year !== undefined) {
      source.year = year;
      title = parts.slice(0, -1).join(', ');
    }
  }
  title = trimSeparators(title);
  return { title: title === '' ? url : title, ...(url === undefined ? {} : { url }), ...source };
}

/** A source line in the form's own format, its parts separated by `|`. */
function pipedSource(line: string): Record<string, unknown> {
  const [title, ...rest] = parts(line);
  const source: Record<string, unknown> = { title: orUndefined(title) };
  for (const part of rest) {
    if (part === '' || isNoValue(part)) continue;
    if (/^https?:\/\//i.test(part) || /^www\./i.test(part)) source.url = cleanAddress(part);
    else if (yearOf(part) !== undefined && source.year === undefined) source.year = yearOf(part);
    else source.publisher = source.publisher === undefined ? part : `${String(source.publisher)} | ${part}`;
  }
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

/** A case study of the library, as the robot matches names and titles against it. */
export interface LibraryCaseStudy {
  slug: string;
  title: string;
}

export interface IssueOptions {
  /** The day the case study is published, `YYYY-MM-DD` (the day the issue was opened). */
  published: string;
  /** Slugs already in the library: the new file takes another. */
  existingSlugs?: ReadonlySet<string>;
  /**
   * The library's case studies with their titles: related case studies may be named by title,
   * and a title the library has already is asked about ("Is this an update to …?").
   */
  library?: readonly LibraryCaseStudy[];
  /** The words of the problems, in each language, for what the answers themselves lack. */
  words?: Partial<Record<Language, ProblemWords>>;
}

/** A related case study named in an issue that the library does not have, with the closest one it has, if any is close. */
export interface UnknownCaseStudy {
  typed: string;
  suggestion?: LibraryCaseStudy;
}

/** Words too common in titles to tell two case studies apart. */
const commonWords = new Set(
  'a an and the of for in on to by with from its their our case study studies council county city borough district ein eu yr y ac o i yn ar gan cyngor astudiaeth achos'.split(
    ' ',
  ),
);
const titleWords = (text: string) =>
  slugFromTitle(text)
    .split('-')
    .filter((word) => word.length > 1 && !commonWords.has(word));

/**
 * The library's case study closest to `typed`: by the share of its distinctive words the name
 * holds ("Preston anchor procurement"), or a file name one or two slips away
 * ("preston-anchor-procurment"). Undefined when none is close, or two are equally close.
 */
export function closestCaseStudy(typed: string, library: readonly LibraryCaseStudy[]): LibraryCaseStudy | undefined {
  const wanted = titleWords(typed);
  const wantedSlug = slugFromTitle(typed);
  if (wanted.length === 0 || library.length === 0) return undefined;
  let best: { entry: LibraryCaseStudy; score: number } | undefined;
  let tied = false;
  for (const entry of library) {
    const words = new Set([...titleWords(entry.title), ...entry.slug.split('-')]);
    const shared = wanted.filter((word) => words.has(word)).length;
    let score = shared / wanted.length;
    const slips = editDistance(wantedSlug, entry.slug);
    if (slips <= Math.max(2, Math.floor(entry.slug.length / 8))) score = Math.max(score, 1 - slips / 10);
    if (!best || score > best.score) {
      best = { entry, score };
      tied = false;
    } else if (score === best.score) tied = true;
  }
  // At least half of the words named, and one case study ahead of the others.
  return best && best.score >= 0.5 && !tied ? best.entry : undefined;
}

/** `text` without the quotation marks people put around a title. */
const unquoted = (text: string) => text.trim().replace(/^["“‘']+|["”’']+$/g, '');

/**
 * The related case studies an answer names, one a line or several separated by commas, each by
 * its file name, its title as the library has it, or its address on the site; the names the
 * library does not have come back with the closest it has, for a "Did you mean …?". Titles may
 * hold commas ("Cleveland, Ohio: the Evergreen Cooperatives"), so a line is read from the left by
 * the longest title or file name that fits, like {@link choiceIds}.
 */
export function relatedCaseStudies(
  answer: string,
  library: readonly LibraryCaseStudy[],
  existingSlugs: ReadonlySet<string> = new Set(library.map((entry) => entry.slug)),
): { slugs: string[]; unknown: UnknownCaseStudy[] } {
  const names = [
    ...library.map((entry) => ({ name: fold(entry.title), slug: entry.slug })),
    ...[...existingSlugs].map((slug) => ({ name: slug, slug })),
  ].sort((a, b) => b.name.length - a.name.length);
  const bySlug = (typed: string) => {
    const name = unquoted(typed)
      .replace(/^.*\/case-studies\/([^/?#\s]+)\/?(?:[?#].*)?$/, '$1')
      .replace(/\.mdx?$/, '');
    return existingSlugs.has(name) ? name : undefined;
  };
  const slugs: string[] = [];
  const unknown: UnknownCaseStudy[] = [];
  const addUnknown = (typed: string) => {
    const clean = unquoted(typed);
    if (isNoValue(clean)) return;
    const suggestion = closestCaseStudy(clean, library);
    unknown.push({ typed: clean, ...(suggestion ? { suggestion } : {}) });
  };
  for (const line of entries(answer)) {
    const whole = bySlug(line) ?? names.find((entry) => entry.name === fold(unquoted(line)))?.slug;
    if (whole) {
      slugs.push(whole);
      continue;
    }
    const found: string[] = [];
    const missed: string[] = [];
    let rest = line.trim();
    while (rest !== '') {
      const folded = fold(rest);
      const match = names.find(
        ({ name }) =>
          folded.startsWith(name) && (folded.length === name.length || /^\s*[,;]/.test(folded.slice(name.length))),
      );
      if (match) {
        found.push(match.slug);
        rest = cutFolded(rest, match.name).replace(/^\s*[,;]\s*/, '');
        continue;
      }
      const comma = rest.search(/[,;]/);
      const piece = comma === -1 ? rest : rest.slice(0, comma);
      const slug = bySlug(piece);
      const spaced = piece.trim().split(/\s+/);
      if (slug) found.push(slug);
      // File names separated by spaces only.
      else if (spaced.length > 1 && spaced.every((name) => bySlug(name)))
        found.push(...spaced.map((name) => bySlug(name)!));
      else if (piece.trim() !== '') missed.push(piece);
      rest = comma === -1 ? '' : rest.slice(comma + 1).trim();
    }
    // Nothing on the line is the library's, and it is not a list of file names: it names one case study, commas and all.
    if (found.length === 0 && missed.length > 1 && missed.some((piece) => /\s/.test(piece.trim()))) addUnknown(line);
    else {
      slugs.push(...found);
      for (const piece of missed) addUnknown(piece);
    }
  }
  return { slugs: [...new Set(slugs)], unknown };
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
    } else if (field.name === 'related') {
      const found = relatedCaseStudies(text, options.library ?? [], options.existingSlugs);
      value = found.slugs;
      if (words)
        for (const name of found.unknown)
          problems.push(
            problemLine(
              {
                path: ['related'],
                label: question.label,
                message: name.suggestion
                  ? fill(words.reply.relatedSuggestion, {
                      value: name.typed,
                      suggestion: name.suggestion.title,
                      slug: name.suggestion.slug,
                    })
                  : fill(words.reply.relatedUnknown, { value: name.typed }),
              },
              'issue',
            ),
          );
      else if (found.unknown.length > 0) value = [...found.slugs, ...found.unknown.map((name) => name.typed)];
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
  // A country named with no region ("Spain") is a case study outside the UK: the region says so.
  if (typeof given.country === 'string' && (given.region === undefined || given.region === '')) {
    const code = countryCodeFromText(given.country);
    if (code !== undefined && code !== 'GB') given.region = 'outside-uk';
  }
  const frontmatter = frontmatterFromAnswers({ ...given, published: options.published }, fields);

  const title = String(frontmatter.title ?? '');
  const existingSlugs = options.existingSlugs ?? new Set(options.library?.map((entry) => entry.slug));
  const wanted = slugFromTitle(title);
  // Not a silent "-2": a title the library has already is asked about.
  const same = (options.library ?? []).find(
    (entry) => (wanted !== '' && slugFromTitle(entry.title) === wanted) || entry.slug === wanted,
  );
  if (same ?? (wanted !== '' && existingSlugs.has(wanted))) {
    const existingTitle = same?.title ?? wanted;
    problems.push(
      words
        ? problemLine(
            { path: ['title'], label: labelOf('title'), message: fill(words.reply.updateOf, { title: existingTitle }) },
            'issue',
          )
        : `The library already has a case study called “${existingTitle}”: is this an update to it?`,
    );
  }
  const slug = freeSlug(wanted || 'case-study', existingSlugs);
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
