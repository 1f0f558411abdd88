/**
 * Telephone numbers are personal data (issue 6): found in UK and international formats, in the
 * text and in the front matter, allowed only in a contact given with consent — and never confused
 * with the years, amounts and figures that case studies are full of.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';
import { findPhoneNumbers } from '../../../src/validate/personal-data.ts';
import { caseStudyText } from '../../support/case-study.ts';
import { libraryWith } from './scratch-library.ts';

/** The minimal case study, with the body of tests/fixtures/validate/bad/email-in-body.md without its e-mail line. */
const valid = caseStudyText({
  body: '## Context\n\nThe council worked with its anchor institutions to spend more locally.\n\n',
});

/** The problems of a library holding one case study, `preston.md`, with the given text. */
function validate(text: string) {
  return validateLibrary(libraryWith({ 'preston.md': text }).root).problems;
}

const phoneNumbers = [
  '01772 906000',
  '020 7946 0018',
  '(0161) 234 5000',
  '0161-234-5000',
  '07700 900123',
  '07700900123',
  '0800 123 4567',
  '+44 20 7946 0018',
  '+44 (0)20 7946 0018',
  '+447700900123',
  '0044 7700 900123',
  '+1 (555) 123-4567',
  '+1 555 123 4567',
  '+33 1 23 45 67 89',
  '+353 1 234 5678',
  '(555) 123-4567',
  '555-123-4567',
];

const figures = [
  '£4.5m',
  '2018/19',
  '2018-2019',
  '55-point',
  '£1,200,000',
  '1,234 jobs',
  '01/02/2020',
  '0.5%',
  '12:30',
  'in 2019, 2020 and 2021',
  '+12.5%',
  'ISBN 978-1-234-56789-7',
  'from £38m to £112m',
  '146000 residents',
  'a 30-40 per cent rise',
  '10000 20000 30000',
  'https://example.org/reports/0161234500012',
  '£01772906000',
];

describe('telephone numbers are found', () => {
  test.each(phoneNumbers)('%s', (number) => {
    expect(findPhoneNumbers(`For more, call ${number}.`).map((match) => match.text)).toEqual([number]);
  });
});

describe('figures are not telephone numbers', () => {
  test.each(figures)('%s', (figure) => {
    expect(findPhoneNumbers(`Spending was ${figure} that year.`)).toEqual([]);
  });
});

test('the sample library has no telephone number, so no figure of its was mistaken for one', () => {
  const report = validateLibrary(fileURLToPath(new URL('../../../content/', import.meta.url)));

  expect(report.problems.filter((item) => item.rule === 'phone-number')).toEqual([]);
  // It validates the whole sample library (over 100 files since issue 20), which takes more than
  // the default 5 s on a loaded machine: a limit for a hang, not a speed test.
}, 30_000);

test('a telephone number in the text is an error at its line and column', () => {
  const problems = validate(`${valid}\nFigures for 2018/19 and £4.5m.\nCall Jane on +44 (0)20 7946 0018 for more.\n`);

  expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([['phone-number', 22, 14]]);
});

test('a telephone number written as a bare number in the front matter is found as written', () => {
  const problems = validate(valid.replace('started: 2013', 'started: 2013\npopulation: 01772906000'));

  expect(problems.some((item) => item.rule === 'phone-number' && item.line === 10 && item.column === 13)).toBe(true);
});

test('a contact given with consent may include a telephone number', () => {
  const text = valid.replace(
    'published: 2025-01-15',
    'published: 2025-01-15\ncontact:\n  name: Community Wealth Building team\n  role: Team office, 01772 906000\n  consent: true',
  );

  expect(validate(text)).toEqual([]);
});

test('the same contact without consent may not', () => {
  const text = valid.replace(
    'published: 2025-01-15',
    'published: 2025-01-15\ncontact:\n  name: Community Wealth Building team\n  role: Team office, 01772 906000',
  );

  expect(validate(text).map((item) => [item.rule, item.line, item.column])).toEqual([['phone-number', 16, 22]]);
});

/*
 * Personal data in every disguise (issue 12): an address or number is found as a reader sees it,
 * once character references, escapes, invisible characters, look-alike characters and spelt-out
 * "at"s are read, and it is reported where it is written in the file.
 */

/** Line and column, in `text`, of the first place `marker` is written. */
function whereWritten(text: string, marker: string): [number, number] {
  const index = text.indexOf(marker);
  if (index === -1) throw new Error(`"${marker}" is not in the text`);
  const before = text.slice(0, index);
  return [before.split('\n').length, index - before.lastIndexOf('\n')];
}

interface Disguise {
  /** The sentence as written in the text. */
  written: string;
  /** Where in the sentence the problem must point. */
  at: string;
}

const disguisedAddresses: Disguise[] = [
  { written: 'Write to jo&#64;example.org for more.', at: 'jo&#64;' },
  { written: 'Write to jo&#x40;example.org for more.', at: 'jo&#x40;' },
  { written: 'Write to jo&commat;example.org for more.', at: 'jo&commat;' },
  { written: 'Write to jo&#64example.org for more.', at: 'jo&#64' },
  { written: 'Write to &#106;&#111;&#64;&#101;xample&period;org for more.', at: '&#106;' },
  { written: 'Write to jo@example&#46;org for more.', at: 'jo@' },
  { written: 'Write to jo\\@example.org for more.', at: 'jo\\@' },
  { written: 'Write to jo\u200b@example.org for more.', at: 'jo\u200b@' },
  { written: 'Write to jo@exam\u00adple.org for more.', at: 'jo@' },
  { written: 'Write to \u2060jo\u200c@\ufeffexample.org for more.', at: 'jo\u200c' },
  { written: 'Write to ｊｏ＠ｅｘａｍｐｌｅ．ｏｒｇ for more.', at: 'ｊｏ' },
  { written: 'Write to jo﹫example.org for more.', at: 'jo﹫' },
  { written: 'Write to josé@exämple.cymru for more.', at: 'josé' },
  { written: 'Write to ymholiadau@enghraifft.cymru for more.', at: 'ymholiadau' },
  { written: '请写信给 用户@例子.广告 了解更多。', at: '用户' },
  { written: 'Write to jo@例子.xn--fiqs8s for more.', at: 'jo@' },
  { written: 'Write to jo [at] example [dot] org for more.', at: 'jo [at]' },
  { written: 'Write to jo (at) example.org for more.', at: 'jo (at)' },
  { written: 'Write to jo{at}example{dot}org for more.', at: 'jo{at}' },
  { written: 'Write to JO [AT] EXAMPLE [DOT] ORG for more.', at: 'JO' },
  { written: 'Write to jo [@] example [.] org for more.', at: 'jo [@]' },
  { written: 'Write to [the team](mailto:jo%40example.org).', at: 'jo%40' },
  { written: 'Write to [the team](mailto:%6A%6F%40example.org).', at: '%6A' },
  { written: 'Write to <a href="mailto:jo&#64;example.org">the team</a>.', at: 'jo&#64;' },
  { written: 'Write to [the team](MAILTO:jo).', at: 'MAILTO:' },
  { written: 'Write to [the team](m&#97;ilto:jo).', at: 'm&#97;ilto:' },
  { written: 'Write to jo@<b>example</b>.org for more.', at: 'jo@' },
  { written: 'Write to jo<!-- not shown -->@example.org for more.', at: 'jo<!--' },
  { written: 'Write to jo@*example*.org for more.', at: 'jo@' },
  { written: 'Write to **jo**@example.org for more.', at: 'jo**' },
  { written: 'Write to _jo@example.org_ for more.', at: '_jo' },
  { written: 'Write <!-- to jo@example.org --> for more.', at: 'jo@' },
];

const disguisedNumbers: Disguise[] = [
  { written: 'Call 01772\u00a0906000 for more.', at: '01772' },
  { written: 'Call 020\u20097946\u20090018 for more.', at: '020' },
  { written: 'Call 01772\u202f906000 for more.', at: '01772' },
  { written: 'Call +44\u00a020\u00a07946\u00a00018 for more.', at: '+44' },
  { written: 'Call 020\u30007946\u30000018 for more.', at: '020' },
  { written: 'Call 01772&nbsp;906000 for more.', at: '01772' },
  { written: 'Call 01772&#32;906000 for more.', at: '01772' },
  { written: 'Call 01772–906000 for more.', at: '01772' },
  { written: 'Call 0161—234—5000 for more.', at: '0161' },
  { written: 'Call 0161\u2010234\u20105000 for more.', at: '0161' },
  { written: 'Call 0161\u2011234\u20115000 for more.', at: '0161' },
  { written: 'Call +44\u221220\u22127946\u22120018 for more.', at: '+44' },
  { written: 'Call us—0800 123 4567—for more.', at: '0800' },
  { written: 'Call 01772.906000 for more.', at: '01772' },
  { written: 'Call 020.7946.0018 for more.', at: '020' },
  { written: 'Call 555.123.4567 for more.', at: '555' },
  { written: 'Call ０１７７２ ９０６０００ for more.', at: '０１７７２' },
  { written: 'Call ＋４４ ２０ ７９４６ ００１８ for more.', at: '＋４４' },
  { written: 'Call ٠١٧٧٢ ٩٠٦٠٠٠ for more.', at: '٠١٧٧٢' },
  { written: 'Call ०१७७२ ९०६००० for more.', at: '०१७७२' },
  { written: 'Call 𝟎𝟏𝟕𝟕𝟐 𝟗𝟎𝟔𝟎𝟎𝟎 for more.', at: '𝟎𝟏' },
  { written: 'Call 017\u200b72 906000 for more.', at: '017' },
  { written: 'Call 01772\u00ad906000 for more.', at: '01772' },
  { written: 'Call &#48;1772 906000 for more.', at: '&#48;' },
  { written: 'Call 0&#x31;772 906000 for more.', at: '0&#x31;' },
  { written: 'Call 01772\n906000 for more.', at: '01772' },
  { written: 'Call [the office](tel:+44%2020%207946%200018).', at: '+44%20' },
  { written: 'Call [the office](tel:01772906000).', at: '01772' },
  { written: 'Call [the office](tel:999).', at: 'tel:' },
  { written: 'Call <a href="tel:01772906000">the office</a>.', at: '01772' },
  { written: 'Call 0161 <b>234</b> 5000 for more.', at: '0161' },
  { written: 'Call 01772<sup></sup>906000 for more.', at: '01772' },
  { written: 'Call **01772** 906000 for more.', at: '01772' },
];

describe('a disguised e-mail address in the text is found where it is written', () => {
  test.each(disguisedAddresses)('$written', ({ written, at }) => {
    const text = `${valid}${written}\n`;

    const problems = validate(text);

    expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([
      ['email-address', ...whereWritten(text, at)],
    ]);
  });
});

describe('a disguised telephone number in the text is found where it is written', () => {
  test.each(disguisedNumbers)('$written', ({ written, at }) => {
    const text = `${valid}${written}\n`;

    const problems = validate(text);

    expect(problems.map((item) => [item.rule, item.line, item.column])).toEqual([
      ['phone-number', ...whereWritten(text, at)],
    ]);
  });
});

/** Figures, dates and names that only look like personal data: none may be reported. */
const lookAlikes = [
  'From 2018–19 to 2020–21 spending rose.',
  'Between 2018–2019 and 2021—2022 it doubled.',
  'It reached 1\u00a0234\u00a0567 people.',
  'It cost £1\u2009200\u2009000 in all.',
  'Rates rose 12.5 % (from 0.75 to 3.14159).',
  'Published 2020-01-15, updated 2020–02–01.',
  'Company number 01234567 and charity number 1234567; Scottish charity SC012345.',
  'Based at PR1 2RL, near PR1\u00a08HE.',
  'Open 10:00–16:00, or 9am–5pm, 24/7.',
  'ISBN 978\u20111\u2011234\u201156789\u20117.',
  'It cost €1.234.567.890 over 2019.2020.',
  'Version 1.2.3 of the plan, 192.168.0.1.',
  'Dated 01.02.2020 and 2020.01.15.',
  'Hours 0800–0900 and 0900-1700.',
  'AT&T, R&amp;D, &copy; 2024 Preston City Council.',
  'Staff met (at) the town hall [at] noon.',
  'Follow @preston_council and meet us @ the market.',
  'See the list [dot] points [.] below.',
  'Tel: see our website. Hotel:Preston.',
  'The tel: and mailto: schemes are not used here.',
  '£5 @ 10% a month, 2 @ £4.50.',
  'Write to the council at its offices in Preston.',
  '＜Preston＞ ①②③ ２０１９ ½ ²',
  'From **2019**–**2020**, *0.5%* of <b>£4.5m</b>.',
  'Preston<br>0161 is the area code, *not* a number.',
  'In 2019<sup>1</sup> and 2020<sup>2</sup>, 146000<sup>3</sup> people.',
];

describe('figures and words that only look like personal data pass', () => {
  test.each(lookAlikes)('%s', (written) => {
    expect(validate(`${valid}${written}\n`)).toEqual([]);
  });
});

interface FrontmatterDisguise {
  name: string;
  /** The valid case study, changed to hold the disguise. */
  change: (text: string) => string;
  rule: 'email-address' | 'phone-number';
  /** Where in the file the problem must point. */
  at: string;
}

const inSummary = (sentence: string) => (text: string) => text.replace(/^summary: .*$/m, `summary: ${sentence}`);

const frontmatterDisguises: FrontmatterDisguise[] = [
  {
    name: 'a character reference',
    change: inSummary('"Write to jo&#64;example.org to learn how the council changed its buying."'),
    rule: 'email-address',
    at: 'jo&#64;',
  },
  {
    name: 'a YAML \\x escape',
    change: inSummary('"Write to jo\\x40example.org to learn how the council changed its buying."'),
    rule: 'email-address',
    at: 'jo\\x40',
  },
  {
    name: 'a YAML \\u escape',
    change: inSummary('"Write to jo\\u0040example.org to learn how the council changed its buying."'),
    rule: 'email-address',
    at: 'jo\\u0040',
  },
  {
    name: 'a YAML \\U escape',
    change: inSummary('"Write to jo\\U00000040example.org to learn how the council changed its buying."'),
    rule: 'email-address',
    at: 'jo\\U',
  },
  {
    name: 'fullwidth characters',
    change: inSummary('Write to ｊｏ＠ｅｘａｍｐｌｅ．ｏｒｇ to learn how the council changed its buying.'),
    rule: 'email-address',
    at: 'ｊｏ',
  },
  {
    name: 'an internationalised address',
    change: (text) => text.replace('place: Preston', 'place: Preston, josé@exämple.cymru'),
    rule: 'email-address',
    at: 'josé',
  },
  {
    name: 'a spelt-out at',
    change: (text) => text.replace('place: Preston', 'place: Preston, jo [at] example [dot] org'),
    rule: 'email-address',
    at: 'jo [at]',
  },
  {
    name: 'a mailto: link',
    change: (text) =>
      text.replace(
        '  - title: How we built community wealth in Preston',
        '  - title: How we built community wealth in Preston\n    url: "mailto:jo%40example.org"',
      ),
    rule: 'email-address',
    at: 'jo%40',
  },
  {
    name: 'a comment of its own',
    change: (text) => text.replace('place: Preston', '# jo@example.org\nplace: Preston'),
    rule: 'email-address',
    at: 'jo@',
  },
  {
    name: 'a comment after a value',
    change: (text) => text.replace('place: Preston', 'place: Preston # write to jo&#64;example.org'),
    rule: 'email-address',
    at: 'jo&#64;',
  },
  {
    name: 'a key',
    change: (text) =>
      text
        .replace('place: Preston', 'place: Preston\n"jo@example.org": x')
        .replace('"jo@example.org"', '"jo@example.org"'),
    rule: 'email-address',
    at: 'jo@',
  },
  {
    name: 'non-breaking spaces',
    change: (text) => text.replace('place: Preston', 'place: Preston 01772\u00a0906000'),
    rule: 'phone-number',
    at: '01772',
  },
  {
    name: 'a YAML \\_ escape (a non-breaking space)',
    change: (text) => text.replace('place: Preston', 'place: "Preston 01772\\_906000"'),
    rule: 'phone-number',
    at: '01772',
  },
  {
    name: 'en dashes',
    change: (text) => text.replace('place: Preston', 'place: Preston 01772–906000'),
    rule: 'phone-number',
    at: '01772',
  },
  {
    name: 'dots',
    change: (text) => text.replace('place: Preston', 'place: Preston 020.7946.0018'),
    rule: 'phone-number',
    at: '020',
  },
  {
    name: 'fullwidth digits',
    change: (text) => text.replace('place: Preston', 'place: Preston ０１７７２ ９０６０００'),
    rule: 'phone-number',
    at: '０１７７２',
  },
  {
    name: 'YAML \\x escapes',
    change: (text) => text.replace('place: Preston', 'place: "Preston \\x301772 906000"'),
    rule: 'phone-number',
    at: '\\x30',
  },
  {
    name: 'a value folded over two lines',
    change: inSummary('The council moved its spending to local suppliers; call 01772\n  906000 to learn more.'),
    rule: 'phone-number',
    at: '01772',
  },
  {
    name: 'a tel: link',
    change: (text) =>
      text.replace(
        '  - title: How we built community wealth in Preston',
        '  - title: How we built community wealth in Preston\n    url: "tel:999"',
      ),
    rule: 'phone-number',
    at: 'tel:',
  },
  {
    name: 'a comment of its own',
    change: (text) => text.replace('place: Preston', '# call 01772 906000\nplace: Preston'),
    rule: 'phone-number',
    at: '01772',
  },
  {
    name: 'a comment after a value',
    change: (text) => text.replace('place: Preston', 'place: Preston # call 01772 906000'),
    rule: 'phone-number',
    at: '01772',
  },
];

describe('a disguised address or number in the front matter is found where it is written', () => {
  test.each(frontmatterDisguises)('$rule: $name', ({ change, rule, at }) => {
    const text = change(valid);

    const found = validate(text).filter((item) => item.rule === 'email-address' || item.rule === 'phone-number');

    expect(found.map((item) => [item.rule, item.line, item.column])).toEqual([[rule, ...whereWritten(text, at)]]);
  });
});

describe('a consented contact still passes, however its details are written', () => {
  const contact = (lines: string) =>
    valid.replace('published: 2025-01-15', `published: 2025-01-15\ncontact:\n${lines}`);
  test.each([
    ['an address', '  name: Community Wealth Building team\n  email: team@example.org\n  consent: true'],
    [
      'an address written with a YAML escape',
      '  name: Community Wealth Building team\n  email: "team\\x40example.org"\n  consent: true',
    ],
    [
      'a number with non-breaking spaces',
      '  name: Community Wealth Building team\n  role: Team office, 01772\u00a0906000\n  consent: true',
    ],
    [
      'a number with en dashes',
      '  name: Community Wealth Building team\n  role: Team office, 01772–906000\n  consent: true',
    ],
    [
      'an address and a number',
      '  name: Community Wealth Building team\n  role: Team office, +44 1772 906000\n  email: team@example.org\n  consent: true',
    ],
  ])('%s', (_, lines) => {
    expect(validate(contact(lines))).toEqual([]);
  });

  test('but an address elsewhere in the contact is still an error', () => {
    const text = contact('  name: Team, jo&#64;example.org\n  email: team@example.org\n  consent: true');

    expect(validate(text).map((item) => [item.rule, item.line, item.column])).toEqual([
      ['email-address', ...whereWritten(text, 'jo&#64;')],
    ]);
  });

  test('and a comment in a consented contact is still an error', () => {
    const text = contact(
      '  name: Community Wealth Building team\n  email: team@example.org # or jo@example.org\n  consent: true',
    );

    expect(validate(text).map((item) => [item.rule, item.line, item.column])).toEqual([
      ['email-address', ...whereWritten(text, 'jo@')],
    ]);
  });
});
