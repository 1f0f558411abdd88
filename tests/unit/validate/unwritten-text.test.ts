/**
 * Text not written yet (src/lib/unwritten-text.ts, the validator's rule unwritten-text): the
 * prompts a case study starts from, wherever they are written, and placeholders, found where they
 * are and nowhere else.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { caseStudyFromIssue } from '../../../src/github/issue-form.ts';
import { recommendedBody, recommendedHeadings } from '../../../src/lib/case-study-file.ts';
import { bodyPrompts, summaryPrompts, unwrittenPassages } from '../../../src/lib/unwritten-text.ts';
import { caseStudyFieldList, fieldWords } from '../../../src/schema/fields.ts';
import { languages } from '../../../src/schema/taxonomy.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

type Case = [what: string, where: 'body' | 'summary', text: string, found: string[]];

const [context, done] = recommendedHeadings.en;
const cases: Case[] = [
  ['a text of its own', 'body', '## Context\n\nSpend with local firms doubled in five years.\n', []],
  ['a prompt left under its heading', 'body', `## Context\n\n${context!.prompt}\n`, [context!.prompt]],
  [
    'a prompt kept after the contributor’s own words',
    'body',
    `## What was done\n\nWe split contracts into lots. ${done!.prompt}\n`,
    [done!.prompt],
  ],
  [
    'a prompt reflowed over two lines, in other quotes and case',
    'body',
    'WHAT WAS THE SITUATION BEFORE, and why did your\norganisation act?',
    [context!.prompt],
  ],
  ['a Welsh prompt', 'body', recommendedHeadings.cy[4]!.prompt, [recommendedHeadings.cy[4]!.prompt]],
  ['every prompt of the recommended body', 'body', recommendedBody('en'), bodyPrompts().slice(0, 5)],
  ['a placeholder', 'body', 'Figures: to fill in.', ['to fill in']],
  ['Lorem ipsum', 'body', 'Lorem ipsum dolor sit amet.', ['Lorem ipsum']],
  ['a TODO', 'body', 'TODO: add the 2024 figures.', ['TODO']],
  [
    'a placeholder repeated, told where it first comes',
    'body',
    'TODO one. TODO two. [insert figure]',
    ['TODO', '[insert figure]'],
  ],
  ['a Welsh placeholder', 'body', 'Ffigurau: i’w lenwi.', ['i’w lenwi']],
  ['one short question a case study may ask too', 'body', 'What changed? A great deal.', []],
  ['a word inside another', 'body', 'The todos were tidied.', []],
  ['a summary of its own', 'summary', 'The council moved a third of its spending to local firms.', []],
  [
    'the summary’s hint as the summary',
    'summary',
    fieldWords(caseStudyFieldList[1], 'en').hint!,
    [fieldWords(caseStudyFieldList[1], 'en').hint!],
  ],
  [
    'the Welsh hint as the summary',
    'summary',
    fieldWords(caseStudyFieldList[1], 'cy').hint!,
    [fieldWords(caseStudyFieldList[1], 'cy').hint!],
  ],
  ['a body prompt pasted into the summary', 'summary', context!.prompt, [context!.prompt]],
];

describe('unwrittenPassages', () => {
  test.each(cases)('%s', (_what, where, text, found) => {
    expect(unwrittenPassages(text, where).map((passage) => passage.prompt)).toEqual(found);
  });

  test('finds each prompt where it starts to be found, so that the validator can give its line', () => {
    const text = `## Context\n\nWe began in 2012.\n\n${context!.prompt}\n`;
    const [passage] = unwrittenPassages(text, 'body');
    expect(text.slice(passage!.offset)).toMatch(/^What was the situation before/);
  });
});

describe('the prompts are taken from where they are written', () => {
  test('every prompt paragraph of the template’s text is refused', () => {
    const template = read('content/case-studies/_template.md');
    const body = template.slice(template.indexOf('\n---\n', 4) + 5);
    const paragraphs = body
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== '' && !paragraph.trim().startsWith('#'));
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    for (const paragraph of paragraphs) expect(unwrittenPassages(paragraph, 'body'), paragraph).not.toEqual([]);
  });

  test('the issue forms’ default texts, in both languages, are refused', () => {
    for (const file of ['share-a-case-study.yml', 'rhannu-astudiaeth-achos.yml']) {
      const form = parse(read(`.github/ISSUE_TEMPLATE/${file}`)) as {
        body: { id?: string; attributes: { value?: string } }[];
      };
      const value = form.body.find((element) => element.id === 'case-study-text')!.attributes.value!;
      expect(unwrittenPassages(value, 'body'), file).toHaveLength(5);
    }
  });

  test('every language’s prompts and the summary’s hints in every language are looked for', () => {
    for (const lang of languages)
      for (const { prompt } of recommendedHeadings[lang]) expect(bodyPrompts()).toContain(prompt);
    const summary = caseStudyFieldList.find((field) => field.name === 'summary')!;
    for (const lang of languages) expect(summaryPrompts()).toContain(fieldWords(summary, lang).hint);
  });

  test('an issue whose text is the form’s default is refused by the converter’s check too', () => {
    const converted = caseStudyFromIssue(
      `### Title of the case study\n\nA title\n\n### Text of the case study\n\n${recommendedBody('en')}`,
      {
        themes: [],
        topics: [],
        regions: [],
        nations: [],
        organisationTypes: [],
        statuses: [],
        evidenceLevels: [],
        sizeBands: [],
      },
      { published: '2025-06-01' },
    );
    expect(unwrittenPassages(converted.body, 'body')).toHaveLength(5);
  });
});
