/**
 * Text a contributor has not written yet: the prompts a case study starts from, left in place, and
 * placeholders such as "to fill in" or "Lorem ipsum". The prompts are taken from where they are
 * written, not copied here: the prompt under each recommended heading (`recommendedHeadings`, the
 * body of `npm run new`, of the contribution form, of the issue form's default text and of
 * `content/case-studies/_template.md`, in every language) and what the field descriptions tell a
 * contributor to write in the summary (`src/schema/fields.ts`). Pure and browser-safe: the
 * validator's rule (`src/validate/unwritten-rules.ts`), the contribution form, the issue robot
 * (through the validator) and `npm run new`'s final check all ask this module.
 */
import { caseStudyFieldList, caseStudyTextWords, type FieldList } from '../schema/fields.ts';
import { languages } from '../schema/taxonomy.ts';
import { recommendedHeadings } from './case-study-file.ts';

/** A prompt or placeholder found in a text. */
export interface UnwrittenPassage {
  /** Where it starts in the text (UTF-16 offset). */
  offset: number;
  /** The prompt as it is written where it comes from, or the placeholder as found. */
  prompt: string;
  /** A prompt left in place, or a placeholder. */
  kind: 'prompt' | 'placeholder';
}

/**
 * Words that mark text as still to write, in English and Welsh. Short and unambiguous: a real
 * case study says none of them. Each match is bounded, so that no text makes the search slow.
 */
const placeholderPattern =
  /\blorem ipsum\b|\bto fill in\b|\bi[’']w lenwi\b|\b(?:TODO|FIXME|TBD)\b|\[(?:your text|insert[^\]\n]{0,40})\]/iu;

/** A prompt's sentences short enough to be said by a case study too ("Say so.") are not looked for. */
const minimumWords = 4;

/**
 * `text` as prompts and texts are compared: lower case, straight quotes, runs of space as one
 * (none at the start). Linear, with regular expressions only: every file of a library is folded.
 */
const fold = (text: string): string =>
  text
    .toLocaleLowerCase('en-GB')
    .replace(/[‘’ʼ]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/^ /, '');

/**
 * The offset in `text` of the character at `index` of `fold(text)`, found by folding again up to
 * it: done only for a prompt found, so that a text without one costs nothing more.
 */
function originalOffset(text: string, index: number): number {
  let folded = 0;
  let lastWasSpace = true;
  for (let offset = 0; offset < text.length; offset++) {
    const isSpace = /\s/u.test(text[offset]!);
    if (isSpace && lastWasSpace) continue;
    lastWasSpace = isSpace;
    if (folded === index) return offset;
    folded += text[offset]!.toLocaleLowerCase('en-GB').length;
    if (folded > index) return offset;
  }
  return text.length;
}

/** The sentences of a prompt, each ending with its stop ("What changed?"). */
function sentences(prompt: string): string[] {
  return (prompt.match(/[^.?!]+[.?!]?/gu) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= minimumWords);
}

/** A prompt and the sentences by which it is recognised. */
interface Prompt {
  text: string;
  sentences: string[];
}

const asPrompt = (text: string): Prompt => ({
  text,
  sentences: sentences(text).map(fold),
});

/** The prompts under the recommended headings, in every language. */
export function bodyPrompts(): string[] {
  return languages.flatMap((lang) => recommendedHeadings[lang].map(({ prompt }) => prompt));
}

/** What a contributor is told to write in the summary, in every language the descriptions give. */
export function summaryPrompts(fields: FieldList = caseStudyFieldList): string[] {
  const summary = fields.find((field) => field.name === 'summary');
  if (!summary) return [];
  return Object.values(summary.words).flatMap((words) =>
    words === undefined
      ? []
      : [words.hint, words.form?.hint, ...Object.values(words.issue ?? {}).map((question) => question.hint)].filter(
          (hint): hint is string => hint !== undefined,
        ),
  );
}

/** The text's own hint: "Replace the prompt under each heading…", which someone may leave in too. */
const textHints = (): string[] =>
  Object.values(caseStudyTextWords).flatMap((words) => [words.form.hint, words.issue.hint]);

let known: { body: Prompt[]; summary: Prompt[] } | undefined;
const prompts = () =>
  (known ??= {
    body: [...bodyPrompts(), ...textHints()].map(asPrompt),
    summary: [...summaryPrompts(), ...bodyPrompts()].map(asPrompt),
  });

/**
 * The prompts and placeholders left in `text`, in the order they come: one for each prompt left
 * (at its first sentence found), and one for each placeholder (where it first comes). `where` says which prompts apply:
 * the body's, or the summary's (which also catches a body prompt pasted into the summary).
 */
export function unwrittenPassages(text: string, where: 'body' | 'summary'): UnwrittenPassage[] {
  const folded = fold(text);
  const found: UnwrittenPassage[] = [];
  for (const prompt of prompts()[where]) {
    const positions = prompt.sentences.map((sentence) => folded.indexOf(sentence)).filter((index) => index !== -1);
    if (positions.length === 0) continue;
    found.push({ offset: originalOffset(text, Math.min(...positions)), prompt: prompt.text, kind: 'prompt' });
  }
  // Each placeholder where it first comes: a text full of "TODO" needs one word, not thousands.
  const placeholders = new Set<string>();
  for (const match of text.matchAll(new RegExp(placeholderPattern.source, 'giu'))) {
    const key = match[0].toLocaleLowerCase('en-GB');
    if (placeholders.has(key)) continue;
    placeholders.add(key);
    found.push({ offset: match.index, prompt: match[0], kind: 'placeholder' });
  }
  // The same prompt given in two places (the form's hint and the issue form's) is told once.
  const seen = new Set<number>();
  return found
    .sort((a, b) => a.offset - b.offset)
    .filter((passage) => (seen.has(passage.offset) ? false : (seen.add(passage.offset), true)));
}

/** A prompt shortened to its start, as a message quotes it. */
export const quotedPrompt = (prompt: string): string =>
  prompt.length <= 60 ? prompt : `${prompt.slice(0, 57).replace(/\s+\S*$/, '')}…`;
