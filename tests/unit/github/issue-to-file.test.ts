import { compactFrontmatter } from '../../../src/lib/case-study-file.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  caseStudyFromIssue,
  choiceIds,
  fenced,
  noResponse,
  parseIssueForm,
  shareFields,
  tickedBoxes,
} from '../../../src/github/issue-form.ts';
import { recommendedHeadings } from '../../../src/lib/case-study-file.ts';
import { problemWords } from '../../../src/i18n/index.ts';
import { quotedPrompt } from '../../../src/lib/unwritten-text.ts';
import { defaultContentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';
import { validateLibrary } from '../../../src/validate/index.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const node =
  Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : path.join(repo, 'node_modules/.bin/node');
const fixture = (name: string) => readFileSync(path.join(repo, 'tests/fixtures/issues', name), 'utf8');
const taxonomy = loadTaxonomy(defaultContentRoot);
const validSlug = 'kirkton-buys-local-school-meals-from-fife-farms';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'cwb-issue-test-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the converter as the workflow does, on an issue body written to a file. */
function convert(body: string, extra: string[] = [], env: Record<string, string> = {}) {
  const bodyFile = path.join(work, 'issue.md');
  writeFileSync(bodyFile, body);
  const out = path.join(work, 'out');
  const result = spawnSync(
    node,
    [
      path.join(repo, 'scripts/issue-to-file.ts'),
      '--body-file',
      bodyFile,
      '--published',
      '2025-06-01',
      '--out',
      out,
      ...extra,
    ],
    {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_OUTPUT: '', ...env },
    },
  );
  const read = (name: string) =>
    existsSync(path.join(out, name)) ? readFileSync(path.join(out, name), 'utf8') : undefined;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    result: JSON.parse(read('result.json') ?? '{}') as Record<string, unknown>,
    read,
  };
}

describe('reading an issue made with a form', () => {
  test('takes each answer under its heading, and an empty answer for _No response_', () => {
    const answers = parseIssueForm(
      '### Place\n\nPreston\n\n### Region\n\n_No response_\n\n### Summary\n\nTwo\n\nparagraphs\n',
      ['Place', 'Region', 'Summary'],
    );

    expect(answers.get('Place')).toBe('Preston');
    expect(answers.get('Region')).toBe('');
    expect(answers.get('Summary')).toBe('Two\n\nparagraphs');
  });

  test('keeps ### headings written inside an answer as part of it', () => {
    const answers = parseIssueForm(fixture('share-valid.md'), Object.values(shareFields));

    expect(answers.get(shareFields.body)).toContain(
      '### A heading inside the text\n\nSmaller lots let small farms bid.',
    );
    expect(answers.get(shareFields.licence)).toMatch(/^- \[X\] I agree/);
  });

  test('reads what it took: the cost on one line, who paid, the staff time and what another place needs', () => {
    const body = fixture('share-valid.md').replace(
      '### Sources',
      [
        '### What it cost\n\n1,200 | £k | per-year | 2019 | 1\n',
        '### Who paid\n\nPreston City Council; Lancashire County Council\n',
        '### Staff time\n\ntwo officers for 18 months\n',
        '### What another place needs to do this\n\nA council with a procurement team,\nand anchors willing to share data.\n',
        '### Sources',
      ].join('\n'),
    );

    const { frontmatter } = caseStudyFromIssue(body, taxonomy, { published: '2025-06-01' });

    expect(frontmatter.resources).toEqual({
      cost: { value: 1200, unit: '£k', period: 'per-year', year: 2019, source: 1 },
      funders: ['Preston City Council', 'Lancashire County Council'],
      staff: 'two officers for 18 months',
    });
    expect(frontmatter.transferability).toBe('A council with a procurement team, and anchors willing to share data.');
  });

  test('leaves what it took out when the form left it empty', () => {
    const { frontmatter } = caseStudyFromIssue(fixture('share-valid.md'), taxonomy, { published: '2025-06-01' });

    expect(compactFrontmatter(frontmatter)).not.toHaveProperty('resources');
  });

  test('reads a body with Windows line endings the same way', () => {
    const body = fixture('share-valid.md');
    const plain = caseStudyFromIssue(body, taxonomy, { published: '2025-06-01' });
    const crlf = caseStudyFromIssue(body.replace(/\n/g, '\r\n'), taxonomy, { published: '2025-06-01' });

    expect(crlf.text).toBe(plain.text);
  });

  test('reads several dropdown choices whose labels hold commas', () => {
    const types = [
      { id: 'town', label: 'Town, parish or community council', cy: { label: 'Cyngor tref, plwyf neu gymuned' } },
      { id: 'town-hall', label: 'Town', cy: { label: 'Tref' } },
      { id: 'other', label: 'Other', cy: { label: 'Arall' } },
    ];

    expect(choiceIds('Town, parish or community council, Other', types)).toEqual(['town', 'other']);
    expect(choiceIds('Town, Other', types)).toEqual(['town-hall', 'other']);
    expect(choiceIds('other, Unknown thing', types)).toEqual(['other', 'Unknown thing']);
  });

  test('finds only ticked boxes', () => {
    expect(tickedBoxes('- [X] Yes\n- [ ] No\n- [x] Also')).toEqual(['Yes', 'Also']);
  });

  test('fences text so that backticks in it cannot close the block', () => {
    expect(fenced('a ``` b')).toBe('````text\na ``` b\n````');
  });
});

// Each test starts Node; a busy machine (CI on two cores) needs more than the default 5 s.
/** A reply a contributor reads: no field keys, no YAML, no file lines or line:column. */
function expectNoFileTalk(comment: string): void {
  expect(comment).not.toMatch(
    /:\d+:\d+|\[(summary|title|started|contact|outcomes|sources)\]|```|consent: true|^\s*\d+ {2}/m,
  );
  for (const key of ['organisationType', 'started:', 'outcomes[', 'contact.email', 'sources[0]', 'unwritten-text'])
    expect(comment).not.toContain(key);
}

/** A term's label in `lang`, as the issue form offers it. */
const termLabel = (
  vocabulary: 'organisationTypes' | 'themes' | 'statuses' | 'regions',
  id: string,
  lang: 'en' | 'cy',
) => {
  const term = taxonomy[vocabulary].find((candidate) => candidate.id === id)!;
  return lang === 'cy' && term.cy ? term.cy.label : term.label;
};

/** An issue body as GitHub writes it from a committed form's fields and a member's answers (by field id). */
function renderAsGitHub(
  answers: Record<string, string | string[] | boolean[]>,
  formFile = 'share-a-case-study.yml',
): string {
  const form = parse(readFileSync(path.join(repo, '.github/ISSUE_TEMPLATE', formFile), 'utf8')) as {
    body: {
      type: string;
      id?: string;
      attributes: { label: string; value?: string; options?: (string | { label: string })[] };
    }[];
  };
  return form.body
    .filter((field) => field.type !== 'markdown')
    .map((field) => {
      const answer = answers[field.id!];
      let value: string;
      if (field.type === 'checkboxes') {
        const ticks = (answer as boolean[] | undefined) ?? [];
        value = field.attributes
          .options!.map((option, index) => `- [${ticks[index] ? 'X' : ' '}] ${(option as { label: string }).label}`)
          .join('\n');
      } else if (field.type === 'dropdown') {
        const chosen = (answer as string[] | undefined) ?? [];
        for (const choice of chosen) expect(field.attributes.options, field.id).toContain(choice);
        value = chosen.length > 0 ? chosen.join(', ') : noResponse;
      } else {
        const text = (answer as string | undefined) ?? field.attributes.value ?? '';
        value = text.trim() === '' ? noResponse : text;
      }
      return `### ${field.attributes.label}\n\n${value}`;
    })
    .join('\n\n');
}

describe('node scripts/issue-to-file.ts', { timeout: 30_000 }, () => {
  test('turns a sample issue into a file that npm run validate accepts', () => {
    const { status, result, read, stdout } = convert(fixture('share-valid.md'));

    expect(status, stdout).toBe(0);
    expect(result).toEqual({
      status: 'valid',
      slug: validSlug,
      title: 'Kirkton buys local: school meals from Fife farms',
    });
    const text = read(`${validSlug}.md`)!;
    expect(text).toContain('organisationType: town-parish-community-council');
    expect(text).toMatch(/themes:\n {2}- procurement\n {2}- ownership\n {2}- workforce\n/);
    expect(text).toContain('population: 4200');
    expect(text).toContain('    baseline:\n      value: 9\n      year: 2020\n    source: 1');
    expect(text).toContain('consent: true');
    expect(text).toContain('## Lessons for other places');
    expect(read('comment.md')).toBeUndefined();

    // The real CLI, on the file placed in a copy of the library (it names a related case study).
    const library = path.join(work, 'library');
    cpSync(path.join(repo, 'content'), library, { recursive: true });
    const file = path.join(library, 'case-studies', `${validSlug}.md`);
    writeFileSync(file, text);
    const validate = spawnSync(node, [path.join(repo, 'scripts/validate.ts'), file], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: library },
    });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
  });

  test('answers a sloppy issue with every problem under its question’s label, in plain words, and keeps the validator’s lines for the log', () => {
    const { status, result, read, stdout } = convert(fixture('share-invalid.md'));

    expect(status).toBe(0);
    expect(result).toMatchObject({ status: 'invalid', slug: 'shop' });
    const text = read('shop.md')!;
    const library = path.join(work, 'library');
    cpSync(path.join(repo, 'content'), library, { recursive: true });
    writeFileSync(path.join(library, 'case-studies', 'shop.md'), text);
    const validator = validateLibrary(library, { paths: [path.join(library, 'case-studies', 'shop.md')] }).problems;
    expect(validator.length).toBeGreaterThanOrEqual(5);
    // The editors' log has the validator's messages, with their lines, as git users see them.
    for (const problem of validator)
      expect(stdout).toContain(`content/case-studies/shop.md:${problem.line}:${problem.column}: `);

    const comment = read('comment.md')!;
    expect(comment.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- Tick the box under “Publishing licence”: case studies are published under the Creative Commons Attribution 4.0 licence (CC BY 4.0).',
      '- **Title of the case study**: Write at least 5 characters: it has 4 now.',
      '- **Summary**: Write at least 20 characters: it has 10 now.',
      '- **Year it started**: Write a year as four figures, such as 2019.',
      '- **Outcomes** (Outcome 1, Figure): Write a number only, without units or commas, such as 28 or 112.3.',
      '- **Sources**: Give at least one source, with its title.',
      '- **Contact: name or team**: Fill this in.',
      '- **Contact: e-mail address**: An e-mail address is published only when the person or team named has agreed: tick “The person or team named has agreed to this e-mail address being published”, or remove the address.',
    ]);
    expect(comment).toContain('There are 8 things to change.');
    expect(comment).toContain('choose **Edit** on the issue');
    expectNoFileTalk(comment);
  });

  test('answers a sloppy Welsh issue in Welsh, under the Welsh form’s labels', () => {
    const body = renderAsGitHub(
      {
        'case-study-title': 'Siop',
        summary: 'Rhy fyr.',
        place: 'Caernarfon',
        region: [termLabel('regions', 'wales', 'cy')],
        country: 'Cymru',
        organisation: 'Cyngor Gwynedd',
        'organisation-type': [termLabel('organisationTypes', 'welsh-council', 'cy')],
        'main-theme': [termLabel('themes', 'procurement', 'cy')],
        started: '2020',
        ended: '2018',
        status: [termLabel('statuses', 'ongoing', 'cy')],
        outcomes: 'Gwariant gyda busnesau lleol | 28 | % | 2023 | | | 3',
        sources: 'Adroddiad blynyddol | https://www.example.gov.uk/adroddiad',
        'contact-name': 'Tîm caffael',
        'contact-email': 'caffael@example.gov.uk',
        licence: [true],
      },
      'rhannu-astudiaeth-achos.yml',
    );

    const { result, read } = convert(body);

    expect(result).toMatchObject({ status: 'invalid', slug: 'siop' });
    const comment = read('comment.md')!;
    expect(comment).toContain('Diolch am rannu eich arfer.');
    expect(comment.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      '- **Teitl yr astudiaeth achos**: Ysgrifennwch o leiaf 5 nod: mae 4 nod nawr.',
      '- **Crynodeb**: Ysgrifennwch o leiaf 20 nod: mae 8 nod nawr.',
      '- **Cyswllt: cyfeiriad e-bost**: Dim ond pan fydd y person neu’r tîm a enwir wedi cytuno y caiff cyfeiriad e-bost ei gyhoeddi: ticiwch “Mae’r person neu’r tîm a enwir wedi cytuno i’r cyfeiriad e-bost hwn gael ei gyhoeddi”, neu dynnwch y cyfeiriad.',
      '- **Y flwyddyn y daeth i ben**: Daeth i ben yn 2018, cyn iddo ddechrau yn 2020: gwiriwch y ddwy flwyddyn.',
      '- **Canlyniadau** (Canlyniad 1, Rhif y ffynhonnell): Nid yw ffynhonnell 3 yn bod: dim ond 1 ffynhonnell sydd. Ychwanegwch hi o dan “Ffynonellau”, neu rhowch rif un sydd wedi’i rhestru yno.',
      ...recommendedHeadings.cy.map(
        ({ prompt }) =>
          `- **Testun yr astudiaeth achos**: Mae’r anogwr “${quotedPrompt(prompt)}” yma o hyd: rhowch eich geiriau eich hun yn ei le.`,
      ),
    ]);
    expect(comment).toContain('Mae 10 peth i’w newid.');
    expectNoFileTalk(comment);
  });

  test('reads the issue and its date from a GitHub event, and sets the step outputs', () => {
    const event = path.join(work, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        action: 'opened',
        issue: { number: 42, created_at: '2025-03-04T10:00:00Z', body: fixture('share-valid.md') },
      }),
    );
    const outputs = path.join(work, 'outputs');
    writeFileSync(outputs, '');
    const out = path.join(work, 'event-out');

    const run = spawnSync(node, [path.join(repo, 'scripts/issue-to-file.ts'), '--event', event, '--out', out], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_OUTPUT: outputs },
    });

    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'result.json'), 'utf8'))).toMatchObject({
      status: 'valid',
      issue: 42,
    });
    expect(readFileSync(path.join(out, `${validSlug}.md`), 'utf8')).toContain('published: 2025-03-04');
    expect(readFileSync(outputs, 'utf8')).toBe(`status=valid\nslug=${validSlug}\n`);
  });

  test('leaves an issue not made with the form alone', () => {
    const { status, result, read } = convert('The site is great!\n\n### Place\n\nPreston\n');

    expect(status).toBe(0);
    expect(result).toEqual({ status: 'not-a-case-study' });
    expect(read('comment.md')).toBeUndefined();
  });

  test('asks whether a title the library already has is an update, and keeps the file apart meanwhile', () => {
    const existing = caseStudyFromIssue(fixture('share-valid.md'), taxonomy, {
      published: '2025-06-01',
      library: [
        { slug: validSlug, title: 'Kirkton buys local: school meals from Fife farms' },
        // The case study it names as related.
        { slug: 'preston-anchor-institution-procurement', title: 'Preston: anchor institutions buying locally' },
      ],
      words: { en: problemWords('en') },
    });

    expect(existing.slug).toBe(`${validSlug}-2`);
    expect(existing.problems).toEqual([
      expect.stringMatching(
        /^\*\*Title of the case study\*\*: The library already has a case study called “Kirkton buys local: school meals from Fife farms”\. Is this an update to it\?/,
      ),
    ]);
  });

  test('asks for an outside-UK country and keeps it in capitals', () => {
    const body = fixture('share-valid.md')
      .replace('### Region\n\nScotland', '### Region\n\nOutside the UK')
      .replace('### Country (outside the UK only)\n\n_No response_', '### Country (outside the UK only)\n\nus');

    expect(caseStudyFromIssue(body, taxonomy, { published: '2025-06-01' }).text).toMatch(
      /region: outside-uk\ncountry: US\n/,
    );
  });

  test('writes nothing it was not told: no e-mail consent without the ticked box', () => {
    const body = fixture('share-valid.md').replace('- [X] The person or team named', '- [ ] The person or team named');

    const { frontmatter } = caseStudyFromIssue(body, taxonomy, { published: '2025-06-01' });

    expect(frontmatter.contact).toMatchObject({ email: 'food@example.org', consent: undefined });
  });
});

describe('the committed issue form and the converter together', { timeout: 30_000 }, () => {
  test('a member’s answers, as CONTRIBUTING.md tells them to write them, become a valid file', () => {
    const body = renderAsGitHub({
      'case-study-title': 'Kirkton school meals buy from local farms',
      summary:
        'The school catering service moved a third of its food spending to farms and producers within 30 miles of Kirkton.',
      place: 'Kirkton',
      region: ['Scotland'],
      organisation: 'Kirkton Community Council',
      'organisation-type': ['Town, parish or community council'],
      'main-theme': ['Progressive procurement of goods and services'],
      'other-themes': ['Fair employment and just labour markets'],
      topics: ['Local supply chains', 'Community wealth building strategy'],
      started: '2021',
      status: ['Ongoing'],
      outcomes: 'Council spend with Preston-based suppliers | 28 | % | 2016 | 14 | 2012 | 1',
      evidence: ['Monitored'],
      sources:
        'How we built community wealth in Preston | https://www.example.org/preston | CLES and Preston City Council | 2019',
      lang: ['English'],
      'case-study-text': [
        '## Context',
        '',
        'School kitchens bought through national wholesalers.',
        '',
        '## Next steps',
        '',
        'The secondary schools join next year.',
      ].join('\n'),
      licence: [true],
    });

    const converted = convert(body);

    expect(converted.result, converted.stdout).toMatchObject({
      status: 'valid',
      slug: 'kirkton-school-meals-buy-from-local-farms',
    });
    const text = converted.read('kirkton-school-meals-buy-from-local-farms.md')!;
    expect(text).toContain('organisationType: town-parish-community-council');
    expect(text).toMatch(/topics:\n {2}- local-supply-chains\n {2}- cwb-strategy\n/);
    expect(text).toContain('## Next steps');
  });
});
