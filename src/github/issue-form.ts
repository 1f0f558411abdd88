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
import { caseStudyFile, numberFromText, slugFromTitle } from '../lib/case-study-file.ts';
import { slugMaxLength } from '../schema/case-study.ts';
import type { Taxonomy, Term } from '../schema/taxonomy.ts';

/** What GitHub writes for an optional field left empty. */
export const noResponse = '_No response_';

/** The issue forms' file names: fixed, so that links to them can be built anywhere. */
export const issueFormFiles = {
  share: 'share-a-case-study.yml',
  report: 'report-a-problem.yml',
} as const;

/** The label GitHub puts on issues made with the "Share a case study" form. */
export const shareLabel = 'case-study';

/** Fields of the "Share a case study" form: ids (for pre-filled links) and labels (the `### ` headings of the issue). */
export const shareFields = {
  title: 'Title of the case study',
  summary: 'Summary',
  place: 'Place',
  region: 'Region',
  country: 'Country (outside the UK only)',
  organisation: 'Lead organisation',
  organisationType: 'Type of lead organisation',
  partners: 'Partner organisations',
  mainTheme: 'Main theme',
  otherThemes: 'Other themes',
  topics: 'Topics',
  started: 'Year it started',
  ended: 'Year it ended',
  status: 'Status',
  population: 'Population covered',
  outcomes: 'Outcomes',
  evidence: 'How strong is the evidence behind the outcomes?',
  sources: 'Sources',
  contactName: 'Contact: name or team',
  contactRole: 'Contact: role',
  contactOrganisation: 'Contact: organisation',
  contactUrl: 'Contact: web page',
  contactEmail: 'Contact: e-mail address',
  contactConsent: 'Contact: consent',
  contributors: 'Written by',
  related: 'Related case studies',
  lang: 'Language of the text',
  translationOf: 'The same case study in the other language',
  body: 'Text of the case study',
  licence: 'Publishing licence',
} as const;
export type ShareField = keyof typeof shareFields;

/** Field ids as GitHub wants them (letters, digits, `-`, `_`), which pre-filled links use as query parameters. */
export const shareFieldIds: Record<ShareField, string> = {
  // Not `title` or `body`: those query parameters set the issue's own title and text.
  title: 'case-study-title',
  summary: 'summary',
  place: 'place',
  region: 'region',
  country: 'country',
  organisation: 'organisation',
  organisationType: 'organisation-type',
  partners: 'partners',
  mainTheme: 'main-theme',
  otherThemes: 'other-themes',
  topics: 'topics',
  started: 'started',
  ended: 'ended',
  status: 'status',
  population: 'population',
  outcomes: 'outcomes',
  evidence: 'evidence',
  sources: 'sources',
  contactName: 'contact-name',
  contactRole: 'contact-role',
  contactOrganisation: 'contact-organisation',
  contactUrl: 'contact-url',
  contactEmail: 'contact-email',
  contactConsent: 'contact-consent',
  contributors: 'contributors',
  related: 'related',
  lang: 'lang',
  translationOf: 'translation-of',
  body: 'case-study-text',
  licence: 'licence',
};

/** The checkbox text of the licence field, and of the contact's consent. */
export const licenceAgreement =
  'I agree that this case study is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0), and I have the right to share it';
export const consentAgreement = 'The person or team named has agreed to this e-mail address being published';

/** The languages a case study can be written in, as the form offers them. */
export const languageChoices = [
  { id: 'en', label: 'English' },
  { id: 'cy', label: 'Cymraeg (Welsh)' },
] as const;

/** How an outcome and a source are written, one per line, in the form's text boxes. */
export const outcomeLineFormat =
  'What was measured | figure | unit | year | earlier figure | year of the earlier figure | source number';
export const sourceLineFormat = 'Title | web address | publisher | year';

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

const labels = (terms: readonly Term[]) => terms.map((term) => term.label);

/**
 * The "Share a case study" issue form: every field of the contract a member can fill in without
 * git, its choices the vocabularies' English labels, in the taxonomy's order.
 */
export function shareCaseStudyForm(taxonomy: Taxonomy, recommendedBody: string): IssueForm {
  const field = (
    key: ShareField,
    type: 'input' | 'textarea' | 'dropdown' | 'checkboxes',
    attributes: Record<string, unknown>,
    required = false,
  ): IssueFormElement => ({
    type,
    id: shareFieldIds[key],
    attributes: { label: shareFields[key], ...attributes },
    // Checkboxes are required box by box (`options[].required`), not as a field.
    ...(type === 'checkboxes' ? {} : { validations: { required } }),
  });
  const regionOptions = taxonomy.regions.map((region) => region.label);
  return {
    name: 'Share a case study',
    description:
      'Tell other councils what your council or organisation did to keep wealth local. No git needed: this form becomes a pull request.',
    title: 'Case study: ',
    labels: [shareLabel],
    body: [
      {
        type: 'markdown',
        attributes: {
          value: [
            'Thank you for sharing your practice. Fill in what you can: fields marked with a red star are needed.',
            'When you submit, a robot checks your answers and either opens a pull request with your case study, or replies here with what to fix (edit this issue to fix it, and it checks again). The library’s editors review every case study before it is published.',
            '',
            '**Everything you write here is public.** Name people only with their agreement; prefer a team and a role mailbox to a person’s own e-mail address. The guide to writing a case study is in CONTRIBUTING.md.',
          ].join('\n'),
        },
      },
      field(
        'title',
        'input',
        {
          description: 'What was done, and where: 5 to 120 characters.',
          placeholder: 'Preston’s anchor institutions buy local',
        },
        true,
      ),
      field(
        'summary',
        'textarea',
        {
          description:
            'One or two sentences, 20 to 300 characters: what was done and what changed. Shown on cards and in search results.',
        },
        true,
      ),
      field('place', 'input', { description: 'The town, city or area.', placeholder: 'Preston' }, true),
      field(
        'region',
        'dropdown',
        { description: 'The UK nation or English region; “Outside the UK” for elsewhere.', options: regionOptions },
        true,
      ),
      field('country', 'input', {
        description: 'Only when the region is “Outside the UK”: the country’s two-letter code, such as US, ES or DE.',
      }),
      field(
        'organisation',
        'input',
        { description: 'The organisation that led it.', placeholder: 'Preston City Council' },
        true,
      ),
      field('organisationType', 'dropdown', { options: labels(taxonomy.organisationTypes) }, true),
      field('partners', 'textarea', { description: 'Other organisations involved, one per line.' }),
      field(
        'mainTheme',
        'dropdown',
        {
          description: 'The community wealth building pillar this practice serves most.',
          options: labels(taxonomy.themes),
        },
        true,
      ),
      field('otherThemes', 'dropdown', {
        description: 'Any other pillars it serves.',
        options: labels(taxonomy.themes),
        multiple: true,
      }),
      field('topics', 'dropdown', {
        description: 'Finer subjects: choose any that fit. If one is missing, say so in the text.',
        options: labels(taxonomy.topics),
        multiple: true,
      }),
      field('started', 'input', { description: 'A year, such as 2019.', placeholder: '2019' }, true),
      field('ended', 'input', { description: 'Only if it has ended.' }),
      field('status', 'dropdown', { options: labels(taxonomy.statuses) }, true),
      field('population', 'input', {
        description: 'Residents of the area the practice covers, as a whole number, such as 147800.',
      }),
      field('outcomes', 'textarea', {
        description: `Measured results, one per line, written as: ${outcomeLineFormat}. The last three parts are optional. Leave this empty if nothing has been measured yet.`,
        placeholder: 'Council spend with Preston-based suppliers | 28 | % | 2017 | 14 | 2012 | 1',
      }),
      field('evidence', 'dropdown', {
        description:
          'Self-reported: your own figures. Monitored: routine monitoring against a baseline. Independently evaluated: assessed by someone independent. Peer-reviewed: published in a peer-reviewed journal.',
        options: labels(taxonomy.evidenceLevels),
      }),
      field(
        'sources',
        'textarea',
        {
          description: `Where the facts come from: at least one, one per line, written as: ${sourceLineFormat}. Only the title is needed, but give the web address where there is one.`,
          placeholder: 'Community wealth building 2.0 | https://www.preston.gov.uk/cwb | Preston City Council | 2021',
        },
        true,
      ),
      field('contactName', 'input', {
        description: 'Optional. Who other councils can ask: a person who has agreed to be named, or a team.',
        placeholder: 'Community Wealth Building team',
      }),
      field('contactRole', 'input', {}),
      field('contactOrganisation', 'input', {}),
      field('contactUrl', 'input', { description: 'A web page to get in touch through, starting https://' }),
      field('contactEmail', 'input', {
        description: 'Prefer a role mailbox (such as cwb@council.gov.uk). Published only if you tick the box below.',
      }),
      field('contactConsent', 'checkboxes', { options: [{ label: consentAgreement }] }),
      field('contributors', 'textarea', {
        description: 'Your name and any co-authors, one per line, as you want them shown.',
      }),
      field('related', 'input', {
        description:
          'File names of case studies already in the library, separated by commas, such as preston-anchor-procurement.',
      }),
      field('lang', 'dropdown', { options: languageChoices.map((choice) => choice.label), default: 0 }, true),
      field('translationOf', 'input', {
        description: 'If the same case study is in the library in the other language: its file name.',
      }),
      field(
        'body',
        'textarea',
        {
          description:
            'Replace the prompt under each heading with your own words. “## ” starts a heading; a blank line starts a new paragraph; [words](https://…) makes a link. To add a picture, attach it in a comment after submitting.',
          value: recommendedBody,
        },
        true,
      ),
      field('licence', 'checkboxes', { options: [{ label: licenceAgreement, required: true }] }),
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

/** True when `body` looks like an issue made with the "Share a case study" form. */
export function isShareIssue(body: string): boolean {
  const answers = parseIssueForm(body, Object.values(shareFields));
  return answers.has(shareFields.title) && answers.has(shareFields.body);
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

/** An outcome line: `metric | figure | unit | year | earlier figure | earlier year | source`. */
function outcomeFrom(line: string): Record<string, unknown> {
  const [metric, value, unit, year, baselineValue, baselineYear, source] = parts(line);
  const baseline =
    orUndefined(baselineValue) !== undefined || orUndefined(baselineYear) !== undefined
      ? { value: numberFromText(baselineValue), year: numberFromText(baselineYear) }
      : undefined;
  return {
    metric: orUndefined(metric),
    value: numberFromText(value),
    unit: orUndefined(unit),
    year: numberFromText(year),
    baseline,
    source: numberFromText(source?.replace(/^#/, '')),
  };
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
  /** The frontmatter, as the file will say it. */
  frontmatter: Record<string, unknown>;
  /** The whole file: frontmatter and text. */
  text: string;
  /** Problems found in the answers themselves, before the file is validated (such as the licence not agreed). */
  problems: string[];
}

export interface IssueOptions {
  /** The day the case study is published, `YYYY-MM-DD` (the day the issue was opened). */
  published: string;
  /** Slugs already in the library: the new file takes another. */
  existingSlugs?: ReadonlySet<string>;
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
export function caseStudyFromIssue(body: string, taxonomy: Taxonomy, options: IssueOptions): IssueCaseStudy {
  const answers = parseIssueForm(body, Object.values(shareFields));
  const answer = (key: ShareField) => answers.get(shareFields[key]) ?? '';
  const single = (key: ShareField, terms: readonly Term[]) => choiceIds(answer(key), terms)[0];
  const problems: string[] = [];

  if (!answers.has(shareFields.title))
    problems.push(`The issue has no “${shareFields.title}” section: open it with the “Share a case study” form.`);
  if (!tickedBoxes(answer('licence')).some((box) => fold(box) === fold(licenceAgreement))) {
    problems.push(`Tick the box under “${shareFields.licence}”: case studies are published under CC BY 4.0.`);
  }

  const mainTheme = single('mainTheme', taxonomy.themes);
  const otherThemes = choiceIds(answer('otherThemes'), taxonomy.themes).filter((id) => id !== mainTheme);
  const region = single('region', taxonomy.regions);
  const langAnswer = fold(answer('lang'));
  const lang =
    languageChoices.find((choice) => fold(choice.label) === langAnswer || choice.id === langAnswer)?.id ?? 'en';
  const emailConsent = tickedBoxes(answer('contactConsent')).length > 0;
  const lines = (key: ShareField) => entries(answer(key));

  const frontmatter: Record<string, unknown> = {
    title: orUndefined(answer('title')),
    summary: orUndefined(answer('summary').replace(/\s*\n\s*/g, ' ')),
    place: orUndefined(answer('place')),
    region,
    country: region === 'outside-uk' ? orUndefined(answer('country'))?.toUpperCase() : undefined,
    organisation: orUndefined(answer('organisation')),
    organisationType: single('organisationType', taxonomy.organisationTypes),
    partners: lines('partners'),
    themes: [...(mainTheme ? [mainTheme] : []), ...otherThemes],
    topics: choiceIds(answer('topics'), taxonomy.topics),
    started: numberFromText(answer('started')),
    ended: numberFromText(answer('ended')),
    status: single('status', taxonomy.statuses),
    population: numberFromText(answer('population')),
    outcomes: lines('outcomes').map(outcomeFrom),
    evidence: single('evidence', taxonomy.evidenceLevels),
    sources: lines('sources').map(sourceFrom),
    contact: {
      name: orUndefined(answer('contactName')),
      role: orUndefined(answer('contactRole')),
      organisation: orUndefined(answer('contactOrganisation')),
      url: orUndefined(answer('contactUrl')),
      email: orUndefined(answer('contactEmail')),
      consent: emailConsent ? true : undefined,
    },
    contributors: lines('contributors'),
    related: answer('related')
      .split(/[\s,]+/)
      .map((slug) => slug.replace(/\.mdx?$/, ''))
      .filter(Boolean),
    lang: lang === 'en' ? undefined : lang,
    translationOf: orUndefined(answer('translationOf'))?.replace(/\.mdx?$/, ''),
    published: options.published,
  };

  const title = String(frontmatter.title ?? '');
  const slug = freeSlug(slugFromTitle(title) || 'case-study', options.existingSlugs ?? new Set());
  return { slug, frontmatter, text: caseStudyFile(frontmatter, answer('body')), problems };
}

// Replies -------------------------------------------------------------------------------------

/** `text` in a code block whose fence no run of backticks inside it can close. */
export function fenced(text: string, info = 'text'): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/**
 * The reply to an issue whose case study does not pass yet: the problems in the answers, then the
 * validator's messages (each with the line of the file, which follows), and how to fix them.
 */
export function problemsComment(input: {
  slug: string;
  formProblems: readonly string[];
  validatorMessages: readonly string[];
  text: string;
}): string {
  const parts = [
    'Thank you for sharing your practice. Before it can become a pull request, a few answers need fixing:',
    '',
  ];
  for (const problem of input.formProblems) parts.push(`- ${problem}`);
  if (input.validatorMessages.length > 0) {
    if (input.formProblems.length > 0) parts.push('');
    parts.push(
      `The checker read your answers as the file \`content/case-studies/${input.slug}.md\` and found:`,
      '',
      fenced(input.validatorMessages.join('\n')),
    );
  }
  parts.push(
    '',
    'To fix them, choose **Edit** on the issue (the **…** menu at the top right of its first message), change your answers and save: the checker runs again and replies here.',
    '',
    '<details><summary>The file as the checker read it, with line numbers</summary>',
    '',
    fenced(
      input.text
        .split('\n')
        .map((line, index) => `${String(index + 1).padStart(3)}  ${line}`)
        .join('\n'),
    ),
    '',
    '</details>',
  );
  return `${parts.join('\n')}\n`;
}

// Writing the forms -----------------------------------------------------------------------------

/** An issue form as the YAML file GitHub reads, with a note on where it comes from. */
export function issueFormYaml(form: IssueForm, note: readonly string[]): string {
  const text = stringify(form, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${note.map((line) => `# ${line}`.trimEnd()).join('\n')}\n${text}`;
}

/** Every issue form of the repository, by file name under `.github/ISSUE_TEMPLATE/`. */
export function issueFormTexts(taxonomy: Taxonomy, recommendedBody: string): Record<string, string> {
  return {
    [issueFormFiles.share]: issueFormYaml(shareCaseStudyForm(taxonomy, recommendedBody), [
      'Written by `node scripts/github-forms.ts` from content/taxonomy/: do not edit it by hand.',
      'After changing the taxonomy or src/github/issue-form.ts, run the script again (a unit test checks it).',
    ]),
    [issueFormFiles.report]: issueFormYaml(reportProblemForm(), [
      'Written by `node scripts/github-forms.ts` from src/github/issue-form.ts: do not edit it by hand.',
      'Case-study pages link here with ?template=report-a-problem.yml&page=<page address>&file=<path of its file>.',
    ]),
  };
}
