import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  controlId,
  frontmatterFromValues,
  githubNewFileUrl,
  parseStoredDraft,
  problemFor,
  relatedProblems,
  rowIndices,
  slugProblem,
  type FormValues,
} from '../../../src/client/contribute-draft.ts';
import { caseStudyFile, compactFrontmatter, recommendedBody } from '../../../src/lib/case-study-file.ts';
import { createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const schema = createCaseStudySchema(loadTaxonomy());

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

describe('problemFor', () => {
  const controls = new Set(Object.keys(answered).concat(['contact.consent', 'draft']));
  const checked = (values: FormValues) => {
    const data = compactFrontmatter(frontmatterFromValues(values));
    return { data, issues: schema.safeParse(data).error?.issues ?? [] };
  };

  test('asks for a missing choice in plain words, at its control', () => {
    const { data, issues } = checked({ ...answered, region: '' });

    expect(problemFor(issues[0]!, controls, data)).toEqual({ control: 'region', message: 'Choose a region' });
  });

  test('points a missing theme at the main-theme control', () => {
    const { data, issues } = checked({ ...answered, 'themes.main': '', 'themes.other': [] });

    expect(problemFor(issues[0]!, controls, data)).toEqual({ control: 'themes.main', message: 'Choose a main theme' });
  });

  test('points missing sources at the first source title', () => {
    const values = Object.fromEntries(Object.entries(answered).filter(([name]) => !name.startsWith('sources.')));

    const { data, issues } = checked(values);

    expect(problemFor(issues[0]!, controls, data)).toEqual({
      control: 'sources.0.title',
      message: 'Add at least one source, with its title',
    });
  });

  test('points a missing country at the country field', () => {
    const { data, issues } = checked({ ...answered, region: 'outside-uk', country: '' });

    expect(problemFor(issues[0]!, controls, data).control).toBe('country');
  });

  test('points a problem in a row at the field of that row, naming the row', () => {
    const { data, issues } = checked({
      ...answered,
      'outcomes.1.metric': 'Jobs created',
      'outcomes.1.value': '12',
      'outcomes.1.unit': 'jobs',
    });

    expect(problemFor(issues[0]!, controls, data)).toEqual({
      control: 'outcomes.1.year',
      message: 'Outcome year is required',
      where: 'Outcome 2',
    });
  });

  test('keeps the schema message for an answer that is there but wrong', () => {
    const { data, issues } = checked({ ...answered, title: 'Hi' });

    expect(problemFor(issues[0]!, controls, data)).toEqual({
      control: 'title',
      message: 'Title must be at least 5 characters',
    });
  });
});

describe('slugs and related case studies', () => {
  const existing = new Set(['preston-anchor-procurement']);

  test('refuses a file name that a case study already has', () => {
    expect(slugProblem('preston-anchor-procurement', existing)).toContain('exists already');
    expect(slugProblem('gwynedd-keeps-the-benefit-local', existing)).toBeUndefined();
  });

  test('refuses a file name that is not a slug', () => {
    expect(slugProblem('Gwynedd Local', existing)).toContain('lower-case');
    expect(slugProblem('', existing)).toContain('Enter a file name');
  });

  test('names related case studies that are not in the library', () => {
    expect(relatedProblems(['preston-anchor-procurement', 'nowhere'], existing)).toEqual([
      'Related "nowhere" is not a case study in the library: use the file name of one, without .md',
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
