/**
 * A problem with a contributor's answers, said in their words: the field named by the label they
 * saw (`src/schema/fields.ts`, in their language), what to do in plain words, and never a field
 * key, YAML or a line and column. The contribution form on `/contribute/` and the issue robot
 * (`src/github/issue-form.ts`) both say problems this way; the validator keeps its own messages
 * for people who edit files.
 *
 * The words are handed in (the `problems` section of `src/i18n/`), not imported, so that the
 * form's script gets them from its page rather than bundling a dictionary. Pure and browser-safe.
 */
import type { ProblemWords } from '../i18n/index.ts';
import { plural } from '../i18n/plural.ts';
import { closestCountry, countryCodeFromText, foldName } from '../schema/country-names.ts';
import {
  caseStudyFieldList,
  fieldVocabulary,
  fieldWords,
  issueKey,
  partWords,
  type FieldDescription,
  type FieldList,
  type PartDescription,
} from '../schema/fields.ts';
import { closestId } from '../schema/suggest.ts';
import type { Language, Taxonomy, Term } from '../schema/taxonomy.ts';
import { quotedPrompt, type UnwrittenPassage } from './unwritten-text.ts';

/** A problem as the contributor is told it. */
export interface ContributorProblem {
  /** The path of the value in the front matter (`['outcomes', 0, 'source']`): where the form puts it. */
  path: (string | number)[];
  /** The question it is about, as the contributor saw it ("Year it started", "Sources"). */
  label: string;
  /** The row it is in ("Outcome 2"), for a list of rows. */
  where?: string;
  /** The part of the row or object, when the label is the whole field's ("Figure"). */
  part?: string;
  /** What to do, in plain words. */
  message: string;
}

/** A schema issue, as zod gives it (only what is read here). */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
  format?: string;
  params?: Record<string, unknown>;
}

export interface ProblemContext {
  lang: Language;
  words: ProblemWords;
  /** The front matter that was checked, for the values the messages quote. */
  data: Readonly<Record<string, unknown>>;
  /** For suggestions among the vocabularies' labels, and to know the UK's nations and regions. */
  taxonomy?: Taxonomy;
  /** Whose labels: the contribution form's (a control each) or the issue form's (a question each). */
  surface: 'form' | 'issue';
  fields?: FieldList;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
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

const shown = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : value === undefined ? '' : JSON.stringify(value);

/** The part of `field` that `path` (after the field's name, and a row's index) points into, parts of parts followed. */
function partAt(field: FieldDescription, path: readonly PropertyKey[]): PartDescription | undefined {
  let parts = field.parts;
  let found: PartDescription | undefined;
  for (const step of path) {
    if (typeof step === 'number') continue;
    found = parts?.find((part) => part.name === step);
    if (!found) return undefined;
    parts = found.parts;
  }
  return found;
}

/** The parts of `field` that `path` passes through, outermost first. */
function partsAlong(field: FieldDescription, path: readonly PropertyKey[]): PartDescription[] {
  const along: PartDescription[] = [];
  let parts = field.parts;
  for (const step of path) {
    if (typeof step === 'number') continue;
    const found = parts?.find((part) => part.name === step);
    if (!found) break;
    along.push(found);
    parts = found.parts;
  }
  return along;
}

/** Whether a value of this field or part is a year ("started", an outcome's "year"). */
const isYearName = (name: string) => /year|started|ended/i.test(name);

/** The label, row and part of a problem at `path`, as `surface` shows them. */
function labelsFor(
  path: readonly PropertyKey[],
  context: ProblemContext,
): Pick<ContributorProblem, 'label' | 'where' | 'part'> & {
  field?: FieldDescription;
  partDescription?: PartDescription;
} {
  const fields = context.fields ?? caseStudyFieldList;
  const lang = context.lang;
  const field: FieldDescription | undefined = fields.find((candidate) => candidate.name === path[0]);
  if (!field) return { label: String(path[0] ?? '') };
  const words = fieldWords(field, lang);
  const rowIndex = field.answer === 'rows' && typeof path[1] === 'number' ? path[1] : undefined;
  const inner = path.slice(rowIndex === undefined ? 1 : 2);
  const part = partAt(field, inner);
  const where =
    rowIndex === undefined
      ? undefined
      : fill(context.words.row, { noun: words.form?.row ?? words.label, number: rowIndex + 1 });
  const result = {
    field,
    ...(part ? { partDescription: part } : {}),
    ...(where === undefined ? {} : { where }),
  };
  if (field.name === 'themes') {
    const main = path[1] === undefined || path[1] === 0;
    const others = words.form?.others?.label;
    const issueOthers = words.issue?.otherThemes?.label;
    if (main || !others) return { ...result, label: words.label };
    return { ...result, label: context.surface === 'issue' ? (issueOthers ?? others) : others };
  }
  if (context.surface === 'issue') {
    // A part the issue form asks for on its own has its own question; the others are part of their field's.
    const own = part ? partWords(part, lang).issue?.label : undefined;
    if (own) return { ...result, label: own };
    // A part of a part asked on one line of its own ("What it cost": 1.2 | £m | one-off | 2019): that question, and the part.
    const asked = partsAlong(field, inner)
      .reverse()
      .find((outer) => partWords(outer, lang).issue?.label);
    if (asked && part)
      return { ...result, label: partWords(asked, lang).issue!.label!, part: partWords(part, lang).label };
    const question = field.issue?.[0];
    const label = (question && words.issue?.[issueKey(field, question)]?.label) ?? words.label;
    return { ...result, label, ...(part ? { part: partWords(part, lang).label } : {}) };
  }
  if (part) return { ...result, label: partWords(part, lang).label };
  return { ...result, label: words.label };
}

const termLabel = (term: Term, lang: Language) => (lang === 'cy' && term.cy ? term.cy.label : term.label);

/** The UK nation or region `typed` names ("Wales", "Cymru", "North West"), when it names one. */
function ukPlace(typed: string, taxonomy: Taxonomy | undefined): { region?: Term } | undefined {
  const folded = foldName(typed);
  if (folded === '' || !taxonomy) return undefined;
  const names = (term: Term) => [term.label, term.cy?.label, term.id].filter((name): name is string => !!name);
  const matches = (term: Term) => names(term).some((name) => foldName(name) === folded);
  const region = taxonomy.regions.find((term) => term.id !== 'outside-uk' && matches(term));
  if (region) return { region };
  if (taxonomy.nations.some((term) => term.id !== 'outside-uk' && matches(term))) return {};
  // The United Kingdom itself, by its code or its names ("UK", "Y Deyrnas Unedig").
  if (countryCodeFromText(typed) === 'GB') return {};
  return undefined;
}

/** What to say about the country `typed`, which is not a country code. */
function countryMessage(typed: string, context: ProblemContext): string {
  const { words, lang, taxonomy } = context;
  const inUk = ukPlace(typed, taxonomy);
  if (inUk) {
    const regionField = (context.fields ?? caseStudyFieldList).find((field) => field.name === 'region');
    const regionLabel = regionField ? fieldWords(regionField, lang).label : 'Region';
    const region = inUk.region ? termLabel(inUk.region, lang) : '';
    return fill(words.countryInUk, { value: typed, region, regionLabel }).replace(/ “” /, ' ');
  }
  const suggestion = closestCountry(typed, lang);
  return suggestion
    ? fill(words.notCountrySuggestion, { value: typed, suggestion: suggestion.name })
    : fill(words.notCountry, { value: typed });
}

/** The words of the consent box and of the sources, which two messages point to. */
function namedLabels(context: ProblemContext): { consentLabel: string; sourcesLabel: string } {
  const fields = context.fields ?? caseStudyFieldList;
  const contact: FieldDescription | undefined = fields.find((field) => field.name === 'contact');
  const consent = contact?.parts?.find((part) => part.name === 'consent');
  const sources = fields.find((field) => field.name === 'sources');
  const sourcesWords = sources ? fieldWords(sources, context.lang) : undefined;
  return {
    consentLabel: consent ? partWords(consent, context.lang).label : '',
    sourcesLabel:
      (context.surface === 'issue' ? sourcesWords?.issue?.sources?.label : undefined) ?? sourcesWords?.label ?? '',
  };
}

/** The message for a schema issue, in plain words. */
function messageFor(issue: SchemaIssue, context: ProblemContext, found: ReturnType<typeof labelsFor>): string {
  const { words, data, lang } = context;
  const value = valueAt(data, issue.path);
  const { field, partDescription: part } = found;
  const name = part?.name ?? field?.name ?? '';
  const answer = part?.answer ?? field?.answer;
  const rule = typeof issue.params?.rule === 'string' ? issue.params.rule : undefined;
  const length = typeof value === 'string' ? value.trim().length : 0;

  switch (rule) {
    case 'country-needed':
      return words.countryNeeded;
    case 'country-outside-uk-only':
      return words.countryOutsideUkOnly;
    case 'ended-before-started':
      return fill(words.endedBeforeStarted, { ended: shown(data.ended), started: shown(data.started) });
    case 'updated-before-published':
      return fill(words.updatedBeforePublished, { updated: shown(data.updated), published: shown(data.published) });
    case 'reviewed-before-published':
      return fill(words.reviewedBeforePublished, { reviewed: shown(data.reviewed), published: shown(data.published) });
    case 'withdrawn-before-published':
      return fill(words.withdrawnBeforePublished, {
        withdrawn: shown(valueAt(data, ['withdrawn', 'date'])),
        published: shown(data.published),
      });
    case 'cost-source-missing':
    case 'outcome-source-missing': {
      const count = Array.isArray(data.sources) ? data.sources.length : 0;
      return fill(plural(count, lang, words.outcomeSourceMissing), {
        number: shown(value),
        ...namedLabels(context),
      });
    }
    case 'email-without-consent':
      return fill(words.emailWithoutConsent, namedLabels(context));
    case 'listed-twice': {
      const terms = field && context.taxonomy ? vocabularyTerms(field, context.taxonomy) : [];
      const term = terms.find((candidate) => candidate.id === value);
      return fill(words.listedTwice, { value: term ? termLabel(term, lang) : shown(value) });
    }
    case 'not-a-date':
      return words.notDate;
    case 'not-a-real-date':
      return words.notRealDate;
  }

  // A value that is needed and not given: the field's own words when it has them.
  if (value === undefined && issue.code !== 'custom') {
    const own = issue.path.length === 1 && field ? fieldWords(field, lang).form?.missing : undefined;
    if (field?.name === 'sources' && issue.path.length === 1) return words.atLeastOneSource;
    return own ? `${own}.` : words.missing;
  }

  // What it took, with none of its parts: the parts are named by the labels the contributor saw.
  if (field?.name === 'resources' && issue.path.length === 1 && issue.code === 'custom')
    return fill(words.resourcesEmpty, resourcesLabels(field, context));

  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'array') return words.notList;
      if (answer === 'number') return isYearName(name) ? words.notYear : words.notNumber;
      if (answer === 'text' || answer === 'paragraph') return words.notText;
      return words.unknownAnswer;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? words.empty
          : fill(words.tooShort, { minimum: Number(issue.minimum), length });
      if (issue.origin === 'array')
        return field?.name === 'themes'
          ? words.atLeastOneTheme
          : field?.name === 'sources'
            ? words.atLeastOneSource
            : words.missing;
      if (isYearName(name)) return words.yearTooEarly;
      if (name === 'source') return words.sourceFromOne;
      return words.notPositive;
    case 'too_big':
      if (issue.origin === 'string') return fill(words.tooLong, { maximum: Number(issue.maximum), length });
      if (issue.origin === 'array') return words.atMostFiveThemes;
      return isYearName(name) ? words.yearTooLate : words.notNumber;
    case 'invalid_value': {
      if (field?.answer === 'language') return words.notLanguage;
      const terms = field && context.taxonomy ? vocabularyTerms(field, context.taxonomy) : [];
      const typed = shown(value);
      if (field?.name === 'topics') return fill(words.unknownTopic, { value: typed });
      const suggestion = closestId(
        typed,
        terms.map((term) => ({ id: term.id, label: termLabel(term, lang) })),
      );
      const term = terms.find((candidate) => candidate.id === suggestion);
      return term
        ? fill(words.notChoiceSuggestion, { value: typed, suggestion: termLabel(term, lang) })
        : fill(words.notChoice, { value: typed });
    }
    case 'invalid_format':
      if (issue.format === 'email') return words.notEmail;
      if (issue.format === 'url') return words.notWebAddress;
      if (issue.format === 'regex' || field?.answer === 'slug' || field?.answer === 'slugs') return words.notFileName;
      return words.unknownAnswer;
    case 'invalid_union':
      return words.notDate;
    case 'custom':
      if (field?.answer === 'country') return countryMessage(shown(value), context);
      // A number that is one, refused by a rule of its own (a cost must be more than 0).
      if (answer === 'number') return typeof value === 'number' && value <= 0 ? words.notPositive : words.notNumber;
      return fill(words.other, { message: issue.message });
    case 'unrecognized_keys':
      return words.unknownAnswer;
    default:
      return fill(words.other, { message: issue.message });
  }
}

/** The labels of what it took's parts (cost, funders, staff), as `context.surface` asks for them. */
function resourcesLabels(field: FieldDescription, context: ProblemContext): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const part of field.parts ?? []) {
    const words = partWords(part, context.lang);
    labels[part.name] = (context.surface === 'issue' ? words.issue?.label : undefined) ?? words.label;
  }
  return labels;
}

function vocabularyTerms(field: FieldDescription, taxonomy: Taxonomy): readonly Term[] {
  const vocabulary = fieldVocabulary(field);
  return vocabulary ? taxonomy[vocabulary] : [];
}

/** A schema issue on `context.data`, as the contributor is told it. */
export function contributorProblem(issue: SchemaIssue, context: ProblemContext): ContributorProblem {
  // A country that is needed is asked for at the country, whatever path the rule gave.
  const path =
    issue.params?.rule === 'country-needed' ? ['country'] : issue.path.map((step) => step as string | number);
  const found = labelsFor(path, context);
  const { field: _field, partDescription: _part, ...labels } = found;
  return { path, ...labels, message: messageFor({ ...issue, path }, context, found) };
}

/** Every schema issue, as the contributor is told them, one message per place and problem. */
export function contributorProblems(issues: readonly SchemaIssue[], context: ProblemContext): ContributorProblem[] {
  const seen = new Set<string>();
  const problems: ContributorProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const problem = contributorProblem(issue, context);
    const key = `${problem.path.join('.')}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** A prompt or placeholder left in the summary or the text, in plain words. */
export function unwrittenMessage(passage: UnwrittenPassage, words: ProblemWords): string {
  return fill(passage.kind === 'prompt' ? words.unwrittenPrompt : words.unwrittenPlaceholder, {
    prompt: quotedPrompt(passage.prompt),
  });
}

/** A problem as one line of a list: "Outcome 2, Source number: …" on the form, "Outcomes (Outcome 2, Source number): …" in a reply. */
export function problemLine(problem: ContributorProblem, surface: 'form' | 'issue'): string {
  if (surface === 'form') return `${[problem.where, problem.label].filter(Boolean).join(', ')}: ${problem.message}`;
  const within = [problem.where, problem.part].filter(Boolean).join(', ');
  return `**${problem.label}**${within ? ` (${within})` : ''}: ${problem.message}`;
}
