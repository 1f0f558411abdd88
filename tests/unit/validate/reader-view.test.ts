/**
 * The text as a reader sees it (src/validate/reader-view.ts): each way of disguising a character
 * is read, and every character of the reading still knows where it is written.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markdownViews, readerText, readerView, type TextKind } from '../../../src/validate/reader-view.ts';

const readings: [kind: TextKind, written: string, reads: string][] = [
  ['plain', 'jo&#64;example&period;org', 'jo@example.org'],
  ['plain', 'jo&#x40;x &commat; &#64y &nbsp;', 'jo@x @ @y  '],
  ['plain', 'AT&T R&D &copy; &zzz; &copycat', 'AT&T R&D © &zzz; ©cat'],
  ['plain', 'j\u200bo\u00ad@\u2060e\ufeffx\u200d.org\u200e', 'jo@ex.org'],
  ['plain', '0\u00a01\u20092\u202f3\u30004\u205f5', '0 1 2 3 4 5'],
  ['plain', 'ｊｏ＠ｅｘ．ｏｒｇ ０１２ ＋４４ ﹫', 'jo@ex.org 012 +44 @'],
  ['plain', '例子。广告', '例子.广告'],
  ['plain', '٠١٢ ۳۴ ०९ ০৯ ๕ 𝟎𝟗 𝟭', '012 34 09 09 5 09 1'],
  ['plain', '01–02—03‐04‑05−06', '01-02-03-04-05-06'],
  ['plain', 'us—0800 and 2018 – 19', 'us—0800 and 2018 – 19'],
  ['plain', 'a\n  b\r\nc\n\nd', 'a b c\n\nd'],
  ['plain', 'jo [at] ex [dot] org, jo(at)ex{dot}org, jo [ @ ] ex [.] org', 'jo@ex.org, jo@ex.org, jo@ex.org'],
  ['plain', 'look at this (at last) [dotted]', 'look at this (at last) [dotted]'],
  ['plain', 'mailto:jo%40ex.org tel:%2B44%2020 other%40', 'mailto:jo@ex.org tel:+44 20 other%40'],
  ['plain', 'mailto:%EF%BC%A0 mailto:%E2%80%8B%40', 'mailto:@ mailto:@'],
  [
    'yaml-double-quoted',
    String.raw`"jo\x40ex\u002Eorg\U00000040 a\_b \"q\" c\
    d"`,
    '"jo@ex.org@ a b "q" cd"',
  ],
  ['plain', String.raw`jo\x40ex`, String.raw`jo\x40ex`],
  ['markdown', String.raw`jo\@ex\.org \\ \a`, String.raw`jo@ex.org \ \a`],
];

describe('each disguise is read', () => {
  test.each(readings)('%s: %j', (kind, written, reads) => {
    expect(readerView(written, kind).text).toBe(reads);
    expect(readerText(written, kind)).toBe(reads);
  });
});

test('inline markup is dropped in a second reading of Markdown, which keeps what comments hold in the first', () => {
  const [asWritten, withoutMarkup] = markdownViews(
    'jo@<b>ex</b>.org <!-- a@b.org --> **x**_y_ <a href="mailto:c@d.org">e</a><br>f',
  );

  expect(asWritten!.text).toBe('jo@<b>ex</b>.org <!-- a@b.org --> **x**_y_ <a href="mailto:c@d.org">e</a><br>f');
  expect(withoutMarkup!.text).toBe('jo@ex.org  xy <a href="mailto:c@d.org">e f');
});

test('plain prose needs no second reading', () => {
  expect(markdownViews('The council moved its spending.')).toHaveLength(1);
});

describe('every character read knows where it is written', () => {
  test.each([
    ['&#106;&#111;&#64;ex.org', 'j', 0],
    ['&#106;&#111;&#64;ex.org', 'o', 6],
    ['&#106;&#111;&#64;ex.org', '@', 12],
    ['&#106;&#111;&#64;ex.org', 'e', 17],
    ['０１７７２', '7', 2],
    ['j\u200b\u200b\u200bo@', 'o', 4],
    ['a [at] b', '@', 1],
    ['a [at] b', 'b', 7],
    ['x\n  y', 'y', 4],
  ])('in %j, %s', (written, character, offset) => {
    const view = readerView(written, 'plain');
    expect(view.sourceOffset(view.text.indexOf(character))).toBe(offset);
  });

  test('an offset given for the text is added', () => {
    const view = readerView('"a\\x40b"', 'yaml-double-quoted', 100);
    expect(view.sourceOffset(view.text.indexOf('b'))).toBe(106);
  });

  const pieces = [
    'a',
    '0',
    ' ',
    '\n',
    '&#64;',
    '&commat;',
    '&',
    '&#',
    '\u200b',
    '\u00a0',
    '０',
    '＠',
    '–',
    '-',
    '[at]',
    ' (dot) ',
    'mailto:',
    'tel:',
    '%40',
    '%',
    '\\',
    '\\@',
    '<b>',
    '</b>',
    '<!--',
    '-->',
    '*',
    '_',
    '{/*',
    '*/}',
    '例',
    '🌱',
    'e\u0301',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));

  test('in order, and within the source, for any mix of disguises', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom<TextKind>('plain', 'markdown', 'yaml-double-quoted'), (written, kind) => {
        for (const view of kind === 'markdown' ? markdownViews(written) : [readerView(written, kind)]) {
          let previous = 0;
          for (let index = 0; index <= view.text.length; index++) {
            const offset = view.sourceOffset(index);
            expect(offset).toBeGreaterThanOrEqual(previous);
            expect(offset).toBeLessThanOrEqual(written.length);
            previous = offset;
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a character read as itself is where it is written', () => {
    fc.assert(
      fc.property(texts, (written) => {
        const view = readerView(written, 'plain');
        for (let index = 0; index < view.text.length; index++) {
          const character = view.text[index]!;
          // Only letters that no step writes: a digit may come from a reference, a space from a line break.
          if (/[a-z]/.test(character)) expect(written[view.sourceOffset(index)]).toBe(character);
        }
      }),
      { numRuns: 500 },
    );
  });
});
