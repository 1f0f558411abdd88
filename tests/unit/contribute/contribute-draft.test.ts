import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  controlId,
  frontmatterFromValues,
  githubNewFileUrl,
  formProblems,
  parseStoredDraft,
  rowIndices,
  type FormCheck,
  type FormValues,
} from '../../../src/client/contribute-draft.ts';
import { problemWords } from '../../../src/i18n/index.ts';
import { caseStudyFile, compactFrontmatter, recommendedBody } from '../../../src/lib/case-study-file.ts';
import { createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const schema = createCaseStudySchema(taxonomy);

/** What the form holds when every required field is answered, plus a few optional ones. */
const answered: FormValues = {
  title: 'Gwynedd keeps the benefit local',
  summary: 'Council spend kept within Gwynedd rose from £56m to £78m over four years.',
  slug: 'gwynedd-keeps-the-benefit-local',
  lang: 'en',
  translationOf: '',
  place: 'Gwynedd',
  region: 'wales',
  country: 'fr',
  organisation: 'Cyngor Gwynedd',
  organisationType: 'welsh-council',
  partners: 'Wales Co-operative Centre\n\n  CLES  \n',
  population: '117,400',
  'themes.main': 'procurement',
  'themes.other': ['workforce', 'procurement'],
  topics: ['local-supply-chains'],
  started: '2018',
  ended: '',
  status: 'ongoing',
  'outcomes.0.metric': 'Council spend kept in Gwynedd',
  'outcomes.0.value': '78',
  'outcomes.0.unit': '£m',
  'outcomes.0.year': '2022',
  'outcomes.0.baseline.value': '56',
  'outcomes.0.baseline.year': '2018',
  'outcomes.0.source': '1',
  'outcomes.1.metric': '',
  'outcomes.1.value': '',
  'outcomes.1.unit': '',
  'outcomes.1.year': '',
  'outcomes.1.baseline.value': '',
  'outcomes.1.baseline.year': '',
  'outcomes.1.source': '',
  evidence: 'monitored',
  'sources.0.title': 'Record of Proceedings, 27 April 2022',
  'sources.0.url': 'https://record.senedd.wales/Plenary/12800',
  'sources.0.publisher': 'Senedd Cymru',
  'sources.0.year': '2022',
  'contact.name': 'Community Wealth Building team',
  'contact.role': '',
  'contact.organisation': '',
  'contact.url': '',
  'contact.email': '',
  contributors: '',
  related: '',
  'image.src': '',
  'image.alt': '',
  'image.credit': '',
  published: '2025-06-01',
  updated: '',
  body: recommendedBody('en'),
};

describe('frontmatterFromValues', () => {
  test('turns a completed form into a file that parses back through the schema', () => {
    const frontmatter = frontmatterFromValues(answered);

    const file = caseStudyFile(frontmatter, String(answered.body));
    const data = schema.parse(yaml.load(/^---\n([\s\S]*?)---\n/.exec(file)![1]!));

    expect(data).toMatchObject({
      title: 'Gwynedd keeps the benefit local',
      region: 'wales',
      partners: ['Wales Co-operative Centre', 'CLES'],
      population: 117400,
      themes: ['procurement', 'workforce'],
      topics: ['local-supply-chains'],
      started: 2018,
      outcomes: [
        {
          metric: 'Council spend kept in Gwynedd',
          value: 78,
          unit: '£m',
          year: 2022,
          baseline: { value: 56, year: 2018 },
          source: 1,
        },
      ],
      evidence: 'monitored',
      sources: [
        {
          title: 'Record of Proceedings, 27 April 2022',
          url: 'https://record.senedd.wales/Plenary/12800',
          publisher: 'Senedd Cymru',
          year: 2022,
        },
      ],
      contact: { name: 'Community Wealth Building team' },
      lang: 'en',
      published: '2025-06-01',
    });
    expect(data.country).toBeUndefined();
    expect(data.ended).toBeUndefined();
  });

  test('keeps the country, in capitals, only outside the UK', () => {
    const frontmatter = frontmatterFromValues({ ...answered, region: 'outside-uk', country: ' us ' });

    expect(frontmatter.country).toBe('US');
  });

  test('keeps a figure with a unit as text, so that the schema explains it at the figure', () => {
    const compact = compactFrontmatter(frontmatterFromValues({ ...answered, 'outcomes.0.value': '£78m' }));

    const issues = schema.safeParse(compact).error!.issues;

    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['outcomes', 0, 'value']);
    expect(issues[0]!.message).toContain('without units or commas');
  });

  test('publishes an e-mail address only when the consent box is ticked', () => {
    const unticked = compactFrontmatter(
      frontmatterFromValues({ ...answered, 'contact.email': 'cwb@gwynedd.llyw.cymru' }),
    );
    const ticked = compactFrontmatter(
      frontmatterFromValues({ ...answered, 'contact.email': 'cwb@gwynedd.llyw.cymru', 'contact.consent': 'true' }),
    );

    expect(schema.safeParse(unticked).success).toBe(false);
    expect(schema.parse(ticked).contact).toEqual({
      name: 'Community Wealth Building team',
      email: 'cwb@gwynedd.llyw.cymru',
      consent: true,
    });
  });

  test('writes Welsh as lang: cy and leaves English to the default', () => {
    expect(frontmatterFromValues({ ...answered, lang: 'cy' }).lang).toBe('cy');
    expect(frontmatterFromValues(answered).lang).toBeUndefined();
  });
});

describe('formProblems: every problem at once, in the contributor’s words', () => {
  const controls = new Set(Object.keys(answered).concat(['contact.consent', 'draft', 'body']));
  const check = (lang: 'en' | 'cy' = 'en', existing: ReadonlySet<string> = new Set()): FormCheck => ({
    schema,
    controls,
    existing,
    lang,
    words: problemWords(lang),
    fileNameLabel: lang === 'cy' ? 'Enw’r ffeil' : 'File name',
    taxonomy,
  });
  const body = '## Context\n\nGwynedd spent more with local firms.\n';
  /** The answers, with a text of the contributor's own rather than the prompts. */
  const written: FormValues = { ...answered, body };
  const problems = (values: FormValues, lang: 'en' | 'cy' = 'en', existing?: ReadonlySet<string>) =>
    formProblems(values, check(lang, existing));

  test('a complete form has none', () => {
    expect(problems({ ...written, country: '' })).toEqual([]);
  });

  test('the three-problem form: an end before the start, a source that is not there and an e-mail without consent, told together', () => {
    const found = problems({
      ...written,
      ended: '2016',
      'outcomes.0.source': '3',
      'contact.email': 'cwb@gwynedd.llyw.cymru',
      'contact.consent': '',
    });

    const byControl = (a: { control: string }, b: { control: string }) => a.control.localeCompare(b.control);
    expect(
      found.map(({ control, label, where, message }) => ({ control, label, where, message })).sort(byControl),
    ).toEqual([
      {
        control: 'contact.email',
        label: 'E-mail address',
        where: undefined,
        message:
          'An e-mail address is published only when the person or team named has agreed: tick “The person or team named has agreed to this e-mail address being published”, or remove the address.',
      },
      {
        control: 'ended',
        label: 'Year it ended',
        where: undefined,
        message: 'It ended in 2016, before it started in 2018: check both years.',
      },
      {
        control: 'outcomes.0.source',
        label: 'Source number',
        where: 'Outcome 1',
        message:
          'Source 3 does not exist: there is only 1 source. Add it under “Sources”, or give the number of one listed there.',
      },
    ]);
  });

  test('the rules between answers are told even while another answer is wrong', () => {
    const found = problems({ ...written, title: 'Hi', ended: '2016', 'sources.0.url': 'not a web address' });

    expect(found.map((problem) => problem.control).sort()).toEqual(['ended', 'sources.0.url', 'title']);
  });

  test('says the same in Welsh, with the Welsh labels', () => {
    const found = problems({ ...written, ended: '2016', 'outcomes.0.source': '3' }, 'cy');

    expect(found.map(({ label, where, message }) => ({ label, where, message }))).toEqual([
      {
        label: 'Y flwyddyn y daeth i ben',
        where: undefined,
        message: 'Daeth i ben yn 2016, cyn iddo ddechrau yn 2018: gwiriwch y ddwy flwyddyn.',
      },
      {
        label: 'Rhif y ffynhonnell',
        where: 'Canlyniad 1',
        message:
          'Nid yw ffynhonnell 3 yn bod: dim ond 1 ffynhonnell sydd. Ychwanegwch hi o dan “Ffynonellau”, neu rhowch rif un sydd wedi’i rhestru yno.',
      },
    ]);
  });

  test('asks for a missing choice in plain words, at its control', () => {
    expect(problems({ ...written, region: '' })).toEqual([
      { control: 'region', label: 'Region', message: 'Choose a region.' },
    ]);
  });

  test('points a missing theme at the main-theme control', () => {
    expect(problems({ ...written, 'themes.main': '', 'themes.other': [] })).toEqual([
      { control: 'themes.main', label: 'Main theme', message: 'Choose a main theme.' },
    ]);
  });

  test('points missing sources at the first source title', () => {
    const values = Object.fromEntries(Object.entries(written).filter(([name]) => !name.startsWith('sources.')));

    expect(problems({ ...values, 'outcomes.0.source': '' })).toEqual([
      { control: 'sources.0.title', label: 'Sources', message: 'Give at least one source, with its title.' },
    ]);
  });

  test('takes a country as typed, names the country of a near miss, and sends a UK nation to the region', () => {
    const outside = { ...written, region: 'outside-uk' };
    expect(problems({ ...outside, country: 'Spain' })).toEqual([]);
    expect(frontmatterFromValues({ ...outside, country: 'Spain' }).country).toBe('ES');
    expect(frontmatterFromValues({ ...outside, country: 'Sbaen' }).country).toBe('ES');
    expect(problems({ ...outside, country: '' })).toEqual([
      {
        control: 'country',
        label: 'Country',
        message: 'Name the country, such as Spain, for a case study outside the UK.',
      },
    ]);
    expect(problems({ ...outside, country: 'Spian' })[0]?.message).toBe(
      '“Spian” is not a country. Did you mean Spain?',
    );
    expect(problems({ ...outside, country: 'Cymru' })[0]?.message).toBe(
      'Cymru is in the UK: choose “Wales” under “Region”, and leave the country empty. The country is only for case studies outside the UK.',
    );
    expect(problems({ ...outside, country: 'Narnia' })[0]?.message).toBe(
      '“Narnia” is not a country: write its name, such as Spain, or its two-letter code, such as ES.',
    );
  });

  test('points a problem in a row at the field of that row, naming the row', () => {
    const found = problems({
      ...written,
      'outcomes.1.metric': 'Jobs created',
      'outcomes.1.value': '12',
      'outcomes.1.unit': 'jobs',
    });

    expect(found).toEqual([
      { control: 'outcomes.1.year', label: 'Year of the figure', where: 'Outcome 2', message: 'Fill this in.' },
    ]);
  });

  test('says what to do with an answer that is there but wrong, without field keys', () => {
    expect(problems({ ...written, title: 'Hi', started: '2018a' })).toEqual([
      { control: 'title', label: 'Title', message: 'Write at least 5 characters: it has 2 now.' },
      { control: 'started', label: 'Year it started', message: 'Write a year as four figures, such as 2019.' },
    ]);
  });

  test('refuses the prompts left in the summary and the text, with their labels', () => {
    const found = problems({
      ...written,
      summary: 'One or two sentences, 20 to 300 characters, saying what was done and what changed.',
      body: recommendedBody('en'),
    });

    expect(found.map((problem) => [problem.control, problem.label])).toEqual([
      ['summary', 'Summary'],
      ...Array.from({ length: 5 }, () => ['body', 'Text of the case study']),
    ]);
    expect(found[1]!.message).toBe(
      'This still holds the prompt “What was the situation before, and why did your…”: replace it with your own words.',
    );
  });

  test('refuses a file name that a case study already has, or that is not one', () => {
    const existing = new Set(['gwynedd-keeps-the-benefit-local', 'preston-anchor-procurement']);
    expect(problems(written, 'en', existing)).toEqual([
      {
        control: 'slug',
        label: 'File name',
        message:
          'A case study called gwynedd-keeps-the-benefit-local is in the library already: choose another file name.',
      },
    ]);
    expect(problems({ ...written, slug: 'Gwynedd Local' })[0]).toMatchObject({ control: 'slug' });
    expect(problems({ ...written, slug: '' })[0]).toMatchObject({ control: 'slug', message: 'Fill this in.' });
  });

  test('names related case studies that are not in the library, once the library is known', () => {
    const existing = new Set(['preston-anchor-procurement']);
    expect(problems({ ...written, related: 'preston-anchor-procurement, nowhere' }, 'en', existing)).toEqual([
      {
        control: 'related',
        label: 'Related case studies',
        message:
          '“nowhere” is not a case study in the library: give the file name of one, such as preston-anchor-procurement.',
      },
    ]);
  });
});

describe('githubNewFileUrl', () => {
  test('fills in the file name and its text on GitHub’s new-file page', () => {
    const text = caseStudyFile(frontmatterFromValues(answered), '## Context\n\n50% & more — ŵ #1\n');

    const url = new URL(
      githubNewFileUrl('https://github.com/cwb/library', 'main', 'content/case-studies/gwynedd.md', text),
    );

    expect(url.origin + url.pathname).toBe('https://github.com/cwb/library/new/main');
    expect(url.searchParams.get('filename')).toBe('content/case-studies/gwynedd.md');
    expect(url.searchParams.get('value')).toBe(text);
  });
});

describe('rows and the saved draft', () => {
  test('finds the rows of a group in order', () => {
    expect(rowIndices(answered, 'outcomes')).toEqual([0, 1]);
    expect(rowIndices(answered, 'sources')).toEqual([0]);
  });

  test('restores a saved draft and ignores anything else', () => {
    const saved = JSON.stringify({ version: 1, values: { title: 'Hello', topics: ['a'], bad: 3 }, slugEdited: true });

    expect(parseStoredDraft(saved)).toEqual({
      version: 1,
      values: { title: 'Hello', topics: ['a'] },
      slugEdited: true,
    });
    expect(parseStoredDraft('{not json')).toBeUndefined();
    expect(parseStoredDraft(JSON.stringify({ version: 2, values: {} }))).toBeUndefined();
    expect(parseStoredDraft(null)).toBeUndefined();
  });

  test('gives every control an id its error message can hang on', () => {
    expect(controlId('sources.0.title')).toBe('cf-sources-0-title');
    expect(controlId('outcomes.__i__.baseline.value')).toBe('cf-outcomes-__i__-baseline-value');
  });
});
