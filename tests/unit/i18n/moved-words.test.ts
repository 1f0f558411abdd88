/**
 * Words that used to be written in code are messages of the catalogues, and come out in both
 * languages where they are used: the "Share a case study" issue form's own words, what `npm run new`
 * writes and says, and the Welsh "a"/"ac" of a list. (The codebook's slug and url columns are
 * described beside the field descriptions, in src/schema/record.ts, with both languages.)
 */
import { expect, test } from 'vitest';
import english from '../../../messages/en.json' with { type: 'json' };
import welsh from '../../../messages/cy.json' with { type: 'json' };
import { shareCaseStudyForm, shareFormWords } from '../../../src/github/issue-form.ts';
import { contributeWords, listInWords } from '../../../src/i18n/index.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const catalogues = { en: english, cy: welsh } as const;

test.each(['en', 'cy'] as const)('the issue form’s own words come from the %s catalogue', (lang) => {
  const words = shareFormWords[lang];
  const form = shareCaseStudyForm(loadTaxonomy(), '## What was done\n', undefined, lang);

  expect(words.name).toBe(catalogues[lang].contribute_issueForm_name);
  expect(form.name).toBe(catalogues[lang].contribute_issueForm_name);
  expect(form.title).toBe(catalogues[lang].contribute_issueForm_title);
  expect(JSON.stringify(form.body)).toContain(JSON.stringify(catalogues[lang].contribute_issueForm_licenceAgreement));
  expect(JSON.stringify(form.body)).toContain(JSON.stringify(catalogues[lang].contribute_issueForm_intro));
});

test('npm run new’s notes and report are in the language of the file', () => {
  const cy = contributeWords('cy').newCommand;
  const en = contributeWords('en').newCommand;

  expect(cy.header('2026-12-02')).toEqual([
    '# Ysgrifennwyd gan npm run new ar 2026-12-02 o content/case-studies/_template.md.',
    expect.stringMatching(/^# Cyn y gellir/),
    expect.stringMatching(/^# a rhowch/),
  ]);
  expect(en.header('2026-12-02')[0]).toBe(
    '# Written by npm run new on 2026-12-02 from content/case-studies/_template.md.',
  );
  expect(cy.summary(7)).toMatch(/^summary \(llinell 7\): /);
  expect(en.prompt(30, 'Say what was done')).toBe(
    'the text (line 30): replace the prompt “Say what was done” with your own words',
  );
  expect(cy.wrote('content/case-studies/x.md')).toBe('Ysgrifennwyd content/case-studies/x.md');
});

test('a Welsh list joins its last item with "ac" before a vowel and "a" otherwise, an English one with "and"', () => {
  expect(listInWords(['Caerdydd', 'Abertawe'], 'cy')).toBe(
    `Caerdydd ${welsh.site_listJoin_andBeforeVowel.replace('{item}', 'Abertawe')}`,
  );
  expect(listInWords(['Caerdydd', 'Abertawe'], 'cy')).toBe('Caerdydd ac Abertawe');
  expect(listInWords(['Abertawe', 'Caerdydd', 'Bangor'], 'cy')).toMatch(/^Abertawe, Caerdydd,? a Bangor$/);
  expect(listInWords(['Cardiff', 'Swansea'], 'en')).toBe('Cardiff and Swansea');
});
