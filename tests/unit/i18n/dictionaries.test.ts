import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import { catalogueProblems, messageInputs, type Catalogue } from '../../../src/i18n/catalogue.ts';
import {
  catalogues,
  keysEnglishLacks,
  sectionLanguage,
  untranslatedKeys,
  words,
  type Dictionary,
} from '../../../src/i18n/index.ts';
import type { Language } from '../../../src/schema/taxonomy.ts';
import { repositoryRoot } from '../../support/scratch-project.ts';

const translations = (Object.keys(catalogues) as Language[]).filter((lang) => lang !== 'en');
const sections: (keyof Dictionary)[] = ['caseStudy', 'site', 'vocabularies', 'contribute', 'search'];

const plural = (match: Record<string, string>) => [
  { declarations: ['input count', 'local countPlural = count: plural'], selectors: ['countPlural'], match },
];
const english: Catalogue = {
  site_title: 'Case studies',
  site_count: plural({ 'countPlural=one': '{count} case study', 'countPlural=*': '{count} case studies' }),
  site_about: '{title} is where members share',
};
const reference = { file: 'messages/en.json', messages: english };

test.each(translations)('has every English message in %s, with the same inputs, and nothing English lacks', (lang) => {
  expect(catalogueProblems(catalogues.en, catalogues[lang])).toEqual([]);
  expect(keysEnglishLacks(lang)).toEqual([]);
});

test.each(translations)('reports the English messages %s does not translate: none', (lang) => {
  const untranslated = untranslatedKeys(lang);

  console.info(
    `${lang}: ${untranslated.length === 0 ? 'every English message is translated.' : untranslated.join(', ')}`,
  );
  expect(untranslated).toEqual([]);
});

test('names the file and the key of a missing, empty or extra Welsh message', () => {
  const problems = catalogueProblems(reference, {
    file: 'messages/cy.json',
    messages: { site_title: ' ', site_count: plural({ 'countPlural=*': '{count} astudiaeth achos' }), site_abuot: 'x' },
  });

  expect(problems).toEqual([
    expect.stringMatching(/^messages\/cy\.json: "site_title" is empty/),
    expect.stringMatching(/^messages\/cy\.json: "site_about" is missing\. .*"\{title\} is where members share"/),
    expect.stringMatching(/^messages\/cy\.json: "site_abuot" is not in messages\/en\.json/),
  ]);
});

test('refuses a Welsh message whose inputs differ from the English', () => {
  const problems = catalogueProblems(reference, {
    file: 'messages/cy.json',
    messages: {
      site_title: 'Astudiaethau achos',
      site_count: '{nifer} astudiaeth achos',
      site_about: '{teitl} yw',
    },
  });

  expect(problems).toEqual([
    'messages/cy.json: "site_count" takes {nifer}, but messages/en.json takes {count}. Use the same inputs, with the same names: the page fills in those.',
    'messages/cy.json: "site_about" takes {teitl}, but messages/en.json takes {title}. Use the same inputs, with the same names: the page fills in those.',
  ]);
});

test('refuses a placeholder that no declaration of its variants names', () => {
  const problems = catalogueProblems(reference, {
    file: 'messages/cy.json',
    messages: { ...english, site_count: plural({ 'countPlural=*': '{n} astudiaeth achos' }) },
  });

  expect(problems).toEqual([expect.stringMatching(/^messages\/cy\.json: "site_count" uses \{n\}/)]);
});

test('reads the inputs of plain and variant messages, not an escaped brace', () => {
  expect(messageInputs('{title} (page {page} of {pages})')).toEqual(['page', 'pages', 'title']);
  expect(messageInputs('Picture: \\{text}')).toEqual([]);
  expect(messageInputs(english.site_count!)).toEqual(['count']);
});

afterEach(() => {
  vi.doUnmock('../../../messages/cy.json');
  vi.resetModules();
});

test('stops whatever loads the words (the build, the dev server) when a Welsh message is missing', async () => {
  const { site_skipLink: _dropped, ...rest } = catalogues.cy.messages;
  vi.resetModules();
  vi.doMock('../../../messages/cy.json', () => ({ default: rest }));

  await expect(import('../../../src/i18n/index.ts')).rejects.toThrow(
    /messages\/cy\.json: "site_skipLink" is missing\. Every message of messages\/en\.json needs its translation here/,
  );
});

test('stops `npm run messages` (run by npm ci) on a missing Welsh message, naming the file and key', () => {
  const project = mkdtempSync(path.join(tmpdir(), 'messages-'));
  try {
    mkdirSync(path.join(project, 'messages'));
    mkdirSync(path.join(project, 'project.inlang'));
    writeFileSync(
      path.join(project, 'project.inlang/settings.json'),
      JSON.stringify({ baseLocale: 'en', locales: ['en', 'cy'] }),
    );
    writeFileSync(path.join(project, 'messages/en.json'), JSON.stringify(english));
    writeFileSync(path.join(project, 'messages/cy.json'), JSON.stringify({ site_title: 'Astudiaethau achos' }));

    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [path.join(repositoryRoot, 'scripts/messages.ts')], {
        cwd: project,
        stdio: 'pipe',
      });
    } catch (error) {
      const { status, stderr } = error as { status: number; stderr: Buffer };
      failure = { status, stderr: stderr.toString() };
    }

    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('messages/cy.json: "site_count" is missing.');
    expect(failure?.stderr).toContain('messages/cy.json: "site_about" is missing.');
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});

test('marks every section with the language its words are in: all of them Welsh on a Welsh page', () => {
  const welsh = words('cy');

  expect(welsh.caseStudy.lang).toBe('cy');
  expect(welsh.site.lang).toBe('cy');
  expect(words('en').site.lang).toBe('en');
  expect(sections.map((section) => sectionLanguage('cy', section))).toEqual(sections.map(() => 'cy'));
  expect(sectionLanguage('en', 'site')).toBe('en');
});

test('gives each language the same words, in the same shape', () => {
  const categories = new Set(['=0', 'zero', 'one', 'two', 'few', 'many', 'other']);
  // A browser template's plural forms differ by language (English has two, Welsh six): compared as forms.
  const shape = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(shape)
      : typeof value === 'object' && value !== null
        ? Object.keys(value).every((key) => categories.has(key))
          ? 'plural forms'
          : Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
        : typeof value;

  expect(shape(words('cy'))).toEqual(shape(words('en')));
  expect(words('cy').contribute.steps).toHaveLength(4);
});
