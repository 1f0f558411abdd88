/**
 * Links are checked where they are written (issue 12): each kind of broken link, in each place a
 * case study can write one, is refused at its line and column with a rule and a way to fix it;
 * the links a case study may write (to the site's pages, fragments, pictures, the open data, the
 * web, mail) pass.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateLibrary, type Problem } from '../../../src/validate/index.ts';
import { frontMatterLines } from '../../support/case-study.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'cwb-links-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Front matter of 14 lines; the body's first line is line 15. */
const frontmatter = (extra = '') => `---\n${frontMatterLines().join('\n')}\n${extra}---\n`;

/** A case study whose text after the front matter is `body`. */
const caseStudy = (body: string, extra = '') => `${frontmatter(extra)}${body}\n`;

/** The second case study of every library, with headings and two sources to link into. */
const leeds = `---
title: The Leeds anchor network
summary: Anchor institutions in Leeds spend and hire locally, and say how much.
place: Leeds
region: yorkshire-and-the-humber
organisation: Leeds City Council
organisationType: metropolitan-borough
partners: [Leeds Teaching Hospitals]
themes: [procurement]
started: 2018
status: ongoing
sources:
  - title: Leeds anchor network progress report
  - title: Anchor spend in Leeds
    url: https://www.leeds.gov.uk/anchors
published: 2025-02-01
---

## What was done

The anchors agreed to count their spending.

## Lessons -- for other places

Start with spend.
`;

let count = 0;
/** Validates a library holding `files` (name → text) beside the Leeds case study and a picture; the problems of the first file. */
function problemsOf(files: Record<string, string>): Problem[] {
  const dir = path.join(root, `library-${count++}`);
  mkdirSync(path.join(dir, 'case-studies', 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'case-studies', 'images', 'market.jpg'), 'not really a picture');
  writeFileSync(path.join(dir, 'case-studies', 'leeds-anchor-network.md'), leeds);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'case-studies', name), text);
  const first = path.join(dir, 'case-studies', Object.keys(files)[0]!);
  return validateLibrary(dir).problems.filter((item) => item.file === first);
}

const located = (problems: readonly Problem[]) => problems.map((item) => [item.rule, item.line, item.column]);

describe('a link the site cannot follow is refused where it is written', () => {
  test('an ftp: or other non-web scheme', () => {
    const problems = problemsOf({
      'preston.md': caseStudy('The [files](ftp://files.example.org/cwb) and the [share](file:///C:/report.pdf).'),
    });

    expect(located(problems)).toEqual([
      ['link-scheme', 15, 5],
      ['link-scheme', 15, 50],
    ]);
    expect(problems[0]!.message).toContain('uses ftp:');
  });

  test('a single-label or malformed host', () => {
    const problems = problemsOf({
      'preston.md': caseStudy(
        'On the [intranet](https://intranet/cwb), at [a typo](https://www.preston_city.gov.uk/), on [a machine](http://192.168.0.1/) and [here](http://localhost:4000/).',
      ),
    });

    expect(located(problems)).toEqual([
      ['link-host', 15, 8],
      ['link-host', 15, 45],
      ['link-host', 15, 92],
      ['link-host', 15, 129],
    ]);
    expect(problems[0]!.message).toContain('"intranet" has no dot');
  });

  test('a case study that does not exist, with the closest one', () => {
    const problems = problemsOf({ 'preston.md': caseStudy('As in [Leeds](../leeds-anchor-netwrk/).') });

    expect(located(problems)).toEqual([['link-target', 15, 7]]);
    expect(problems[0]!.message).toContain(
      'leads to /case-studies/leeds-anchor-netwrk/, which the site will not have; did you mean "../leeds-anchor-network/"?',
    );
  });

  test("a link to a case study's .md file, with the link to its page", () => {
    const problems = problemsOf({
      'preston.md': caseStudy('As in [Leeds](leeds-anchor-network.md) and [there](./leeds-anchor-network.mdx).'),
    });

    expect(located(problems)).toEqual([
      ['link-target', 15, 7],
      ['link-target', 15, 44],
    ]);
    expect(problems[0]!.message).toContain('link to its page, "../leeds-anchor-network/"');
  });

  test('a draft, whose page a build does not write', () => {
    const problems = problemsOf({
      'preston.md': caseStudy('As in [the draft](../a-draft/).'),
      'a-draft.md': caseStudy('Not yet, but see [Preston](../preston/).', 'draft: true\n'),
    });

    expect(located(problems)).toEqual([['link-target', 15, 7]]);
    expect(problems[0]!.message).toContain('is a draft');
  });

  test('a page of the site that does not exist, with the closest one', () => {
    const problems = problemsOf({
      'preston.md': caseStudy(
        'By [theme](../../themes/procurment/), [later](../../themes/finance/page/2/), [nowhere](../../no-such-page/).',
      ),
    });

    expect(located(problems)).toEqual([
      ['link-target', 15, 4],
      ['link-target', 15, 39],
      ['link-target', 15, 78],
    ]);
    expect(problems[0]!.message).toContain('did you mean "../../themes/procurement/"?');
    expect(problems[1]!.message).toContain('later pages of a list');
  });

  test("a path written from the site's root, with the same link relative to the page", () => {
    const problems = problemsOf({
      'preston.md': caseStudy(
        'See [finance](/themes/finance/#main), [Leeds](/case-studies/leeds-anchor-network/) and [nowhere](/nope/).',
      ),
    });

    expect(located(problems)).toEqual([
      ['link-root', 15, 5],
      ['link-root', 15, 39],
      ['link-target', 15, 88],
    ]);
    expect(problems[0]!.message).toContain(
      'breaks when the site is served under a sub-path (BASE_PATH): write it relative to this page, "../../themes/finance/#main"',
    );
    expect(problems[1]!.message).toContain('"../leeds-anchor-network/"');
  });

  test("a relative path written as if from the site's root or the case-studies folder", () => {
    const problems = problemsOf({
      'preston.md': caseStudy('See [finance](themes/finance/) and [Leeds](leeds-anchor-network/).'),
    });

    expect(located(problems)).toEqual([
      ['link-target', 15, 5],
      ['link-target', 15, 36],
    ]);
    expect(problems[0]!.message).toContain('did you mean "../../themes/finance/"?');
    expect(problems[1]!.message).toContain('did you mean "../leeds-anchor-network/"?');
  });

  test("a path that climbs above the site's root", () => {
    const problems = problemsOf({ 'preston.md': caseStudy('See [finance](../../../themes/finance/).') });

    expect(located(problems)).toEqual([['link-target', 15, 5]]);
    expect(problems[0]!.message).toContain("climbs above the site's root");
  });

  test('a fragment the page will not have, in the same page and in another', () => {
    const problems = problemsOf({
      'preston.md': caseStudy(
        "## Context\n\nSee [above](#contxt), [Leeds' lessons](../leeds-anchor-network/#lessons-for-other-places) and [a third source](../leeds-anchor-network/#source-3).",
      ),
    });

    expect(located(problems)).toEqual([
      ['link-fragment', 17, 5],
      ['link-fragment', 17, 23],
      ['link-fragment', 17, 95],
    ]);
    expect(problems[0]!.message).toContain(
      'points at #contxt, which this page will not have; did you mean "#context"?',
    );
    // Smart punctuation turns "--" into a dash, which the slugger drops: the id has two hyphens.
    expect(problems[1]!.message).toContain('did you mean "#lessons--for-other-places"?');
  });

  test('an empty address', () => {
    const problems = problemsOf({ 'preston.md': caseStudy('See [nothing]().') });

    expect(located(problems)).toEqual([['link-address', 15, 5]]);
  });

  test('in a definition, an autolink and a literal autolink', () => {
    const problems = problemsOf({
      'preston.md': caseStudy(
        'See [the files][f], <ftp://files.example.org/> and http://intranet/cwb.\n\n[f]: ../no-such-case-study/',
      ),
    });

    expect(located(problems)).toEqual([
      ['link-scheme', 15, 21],
      ['link-host', 15, 52],
      ['link-target', 17, 1],
    ]);
  });

  test('in raw HTML: <a href> that does not resolve, and an <img src> or srcset naming a file (never published), at the attribute', () => {
    const problems = problemsOf({
      'preston.md': caseStudy(
        '<a href="../nowhere/">x</a> and <img src="images/market.jpg" alt="The market">\n\n<img src="../images/market.jpg" srcset="../images/market.jpg 1x, ../images/gone.jpg 2x" alt="">',
      ),
    });

    expect(located(problems)).toEqual([
      ['link-target', 15, 4],
      ['image', 15, 38],
      ['image', 17, 6],
      ['image', 17, 33],
    ]);
    expect(problems[1]!.message).toContain('![description](images/market.jpg)');
  });

  test('in raw HTML inside a list or quotation, at the attribute', () => {
    const problems = problemsOf({
      'preston.md': caseStudy('> <a href="ftp://x.example.org/">x</a>\n\n- <a href="/search/">search</a>'),
    });

    expect(located(problems)).toEqual([
      ['link-scheme', 15, 6],
      ['link-root', 17, 6],
    ]);
  });

  test('in an MDX element, at the attribute', () => {
    const problems = problemsOf({
      'preston.mdx': caseStudy(
        '<Callout title="Files">\n  See <a href="ftp://files.example.org/">the files</a>.\n</Callout>\n\n<img src="market.jpg" alt="" />',
      ),
    });

    expect(located(problems)).toEqual([
      ['link-scheme', 16, 10],
      ['image', 19, 6],
    ]);
  });

  test('a source or contact address of this site itself, when the site has a public address', () => {
    const previous = process.env.SITE_URL;
    process.env.SITE_URL = 'https://cwb.example.org';
    try {
      const problems = problemsOf({
        'preston.md': caseStudy(
          'Text.',
          'contact:\n  name: The team\n  url: https://cwb.example.org/no-such-page/\n',
        ).replace(
          '  - title: How we built community wealth in Preston\n',
          '  - title: How we built community wealth in Preston\n    url: https://cwb.example.org/themes/finance/\n',
        ),
      });

      expect(located(problems)).toEqual([
        ['link-root', 13, 10],
        ['link-target', 17, 8],
      ]);
    } finally {
      if (previous === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previous;
    }
  });

  test('a front-matter address the schema refuses is reported once, by the schema', () => {
    const problems = problemsOf({
      'preston.md': caseStudy('Text.').replace(
        '  - title: How we built community wealth in Preston\n',
        '  - title: How we built community wealth in Preston\n    url: https://intranet/cwb\n',
      ),
    });

    expect(located(problems)).toEqual([['sources', 13, 10]]);
  });
});

describe('links the site will have pass', () => {
  test("to the site's pages, fragments, data, the web and mail", () => {
    const body = [
      '## Context',
      '',
      'As in [Leeds](../leeds-anchor-network/), [its lessons](../leeds-anchor-network/#lessons--for-other-places),',
      '[its second source](../leeds-anchor-network/#source-2), [our sources](#sources-heading), [above](#context),',
      '[the theme](../../themes/procurement/), [the region](../../regions/north-west/), [the council](../../organisations/preston-city-council/),',
      '[a partner](../../organisations/leeds-teaching-hospitals/), [all](../), [home](../../), [search](../../search/?q=wage&theme=procurement),',
      '[the data](../../data/case-studies.json), [the feed](../../rss.xml), [the web](https://www.preston.gov.uk/cwb?x=1#y), [mail](mailto:team@example.org),',
      '<https://www.example.org/> and www.example.org.',
      '',
      '<a href="../leeds-anchor-network/#what-was-done">Leeds</a> <img src="https://www.example.org/market.jpg" srcset="https://www.example.org/market-2x.jpg 2x" alt="The market">',
    ].join('\n');

    const problems = problemsOf({ 'preston.md': caseStudy(body) });

    // The address is someone's own: personal data, but a fine link.
    expect(problems.map((item) => item.rule)).toEqual(['email-address']);
  });

  test('a draft may link to another draft, whose page it will be published with', () => {
    const problems = problemsOf({
      'a-draft.md': caseStudy('See [the other draft](../another-draft/).', 'draft: true\n'),
      'another-draft.md': caseStudy('Text.', 'draft: true\n'),
    });

    expect(problems).toEqual([]);
  });

  test('in MDX, to the pages and fragments of the site', () => {
    const problems = problemsOf({
      'preston.mdx': caseStudy(
        '## What happened\n\n<Callout title="See also">\n  [Leeds](../leeds-anchor-network/) and <a href="#what-happened">above</a>.\n</Callout>',
      ),
    });

    expect(problems).toEqual([]);
  });
});
