/**
 * The validator's shortcuts for plainly fine files (src/validate/fast-path.ts) must never change
 * what it reports: every fixture, and every mistake below written into an otherwise valid file,
 * gives the same problems with the shortcuts on and off.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import * as frontmatter from '../../../src/validate/frontmatter.ts';
import { generateLibrary } from '../../../scripts/bench/generate.ts';
import { bodyNeedsTree, plainFrontmatter, shortcuts } from '../../../src/validate/fast-path.ts';
import { validateLibrary, type ValidationReport } from '../../../src/validate/index.ts';
import { createCaseStudySchema } from '../../../src/schema/case-study.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const fixtures = fileURLToPath(new URL('../../fixtures/validate/', import.meta.url));

function both(root: string, paths?: string[]): { fast: ValidationReport; full: ValidationReport } {
  const fast = validateLibrary(root, { paths });
  shortcuts.enabled = false;
  try {
    return { fast, full: validateLibrary(root, { paths }) };
  } finally {
    shortcuts.enabled = true;
  }
}

describe('the shortcuts report exactly what the full path reports', () => {
  test('for the good and warning fixtures', () => {
    for (const name of ['good', 'warnings']) {
      const { fast, full } = both(path.join(fixtures, name));
      expect(fast).toEqual(full);
    }
  });

  test('for every bad fixture', () => {
    const bad = path.join(fixtures, 'bad');
    const { fast, full } = both(bad, [bad]);
    expect(fast).toEqual(full);
    const files = readdirSync(bad).filter((name) => name.includes('.'));
    for (const name of files)
      expect(
        full.problems.some((item) => path.basename(item.file) === name),
        name,
      ).toBe(true);
    // Folders are content roots, for the rules that look across files.
    for (const name of readdirSync(bad).filter((entry) => !entry.includes('.') && entry !== 'images')) {
      const roots = both(path.join(bad, name));
      expect(roots.fast, name).toEqual(roots.full);
      expect(roots.full.problems.length, name).toBeGreaterThan(0);
    }
  }, 60_000);

  describe('for mistakes written into a valid generated case study', () => {
    let root: string;
    let template: string;
    beforeAll(() => {
      root = mkdtempSync(path.join(tmpdir(), 'cwb-fast-path-'));
      const library = generateLibrary({ cases: 40, seed: 11, out: path.join(root, 'generated') });
      const name = readdirSync(path.join(library.root, 'case-studies')).find((file) => file.endsWith('.md'))!;
      // Plain text, without the generator's occasional link: the shortcut is for bodies with nothing to check.
      template = readFileSync(path.join(library.root, 'case-studies', name), 'utf8')
        .replace(/^related:\n(?: {2}- .*\n)+/m, '')
        .replace(/^translationOf: .*\n/m, '')
        .replace(/^lang: cy\n/m, '')
        .replace(/ See \[the council's report\]\([^)]*\)\./g, '');
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    const inFrontmatter = (text: string, line: string) => text.replace(/\n---\n/, `\n${line}\n---\n`);
    const replaceField = (text: string, field: string, value: string) =>
      text.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);
    const inBody = (text: string, paragraph: string) => `${text.trimEnd()}\n\n${paragraph}\n`;
    const mistakes: Record<string, (text: string) => string> = {
      'a script link': (text) => inBody(text, 'See [the report](javascript:alert(1)).'),
      'a script link in mixed case with a soft hyphen': (text) =>
        inBody(text, 'See [the report](JaVa\u00adScRiPt:alert(1)).'),
      'a script link spelt with a character reference': (text) =>
        inBody(text, 'See [the report](&#106;avascript:alert(1)).'),
      'a script link with an escaped colon': (text) => inBody(text, 'See [the report](javascript\\:alert(1)).'),
      'a data: link definition': (text) =>
        inBody(text, 'See [the report][r].\n\n[r]: data:text/html;base64,PHNjcmlwdD4='),
      'a missing body image': (text) => inBody(text, '![A chart](images/chart.png)'),
      'raw HTML': (text) => inBody(text, '<script>alert(1)</script>'),
      'an autolink to a script': (text) => inBody(text, '<javascript:alert(1)>'),
      'an e-mail address in the text': (text) => inBody(text, 'Write to someone@example.org for more.'),
      'a phone number in the text': (text) => inBody(text, 'Call 01772 906000 for more.'),
      'an e-mail address in the summary': (text) =>
        replaceField(text, 'summary', '"Write to someone@example.org to learn how the council changed its buying."'),
      'a second address beside a consented contact': (text) =>
        replaceField(text.replace(/^contact:\n(?: {2}.*\n)+/m, ''), 'place', 'Preston').replace(
          /\n---\n/,
          '\ncontact:\n  name: Team\n  email: team@example.org\n  consent: true\ncontributors: ["someone@example.org"]\n---\n',
        ),
      'a contact address without consent': (text) =>
        inFrontmatter(
          text.replace(/^contact:\n(?: {2}.*\n)+/m, ''),
          'contact:\n  name: Team\n  email: team@example.org',
        ),
      'a phone number in the place': (text) => replaceField(text, 'place', '"Preston 01772 906000"'),
      'a short international phone number': (text) => replaceField(text, 'place', '"Paris +33 1 23 45 67"'),
      'an impossible unquoted date': (text) => replaceField(text, 'published', '2025-02-30'),
      'a date with a time': (text) => replaceField(text, 'published', '2025-02-03 10:00:00'),
      'an anchor and alias': (text) =>
        replaceField(text, 'place', '&p Preston').replace(/\n---\n/, '\ncontributors: [*p]\n---\n'),
      'a tag': (text) => replaceField(text, 'place', '!!str Preston'),
      'a merge key': (text) => inFrontmatter(text, 'extra:\n  <<: { a: 1 }'),
      'a duplicate key': (text) => inFrontmatter(text, `place: Again`),
      'an escape that spells an address': (text) =>
        replaceField(
          text,
          'summary',
          '"Write to someone\\x40example.org to learn how the council changed its buying."',
        ),
      'a line starting with +++': (text) => text.replace(/^status: (.*)$/m, 'status: $1\n+++'),
      'an unknown key': (text) => inFrontmatter(text, 'colour: blue'),
      // Personal data in disguise (issue 12): the shortcuts read the text as a reader sees it
      'an address written with a character reference in the summary': (text) =>
        replaceField(
          text,
          'summary',
          '"Write to someone&#64;example.org to learn how the council changed its buying."',
        ),
      'an address in fullwidth letters in the place': (text) =>
        replaceField(text, 'place', 'Preston, ｓｏｍｅｏｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ'),
      'a spelt-out address in the place': (text) =>
        replaceField(text, 'place', 'Preston, someone [at] example [dot] org'),
      'an address in a YAML comment': (text) => inFrontmatter(text, '# someone@example.org'),
      'a number with non-breaking spaces in the place': (text) =>
        replaceField(text, 'place', 'Preston 01772\u00a0906000'),
      'a number with en dashes in the place': (text) => replaceField(text, 'place', 'Preston 01772–906000'),
      'a number in fullwidth digits in the place': (text) =>
        replaceField(text, 'place', 'Preston ０１７７２ ９０６０００'),
      'a number with zero-width spaces in the place': (text) =>
        replaceField(text, 'place', 'Preston 017\u200b72 906\u200b000'),
      'a number folded over two lines': (text) => replaceField(text, 'place', 'Preston 01772\n  906000'),
      'a number in a YAML comment': (text) => replaceField(text, 'place', 'Preston # call 01772 906000'),
      'a tel: link in the place': (text) => replaceField(text, 'place', 'Preston tel:999'),
      'an address written with a character reference in the text': (text) =>
        inBody(text, 'Write to someone&#64;example.org for more.'),
      'a number with non-breaking spaces in the text': (text) => inBody(text, 'Call 01772\u00a0906000 for more.'),
      'a number with em dashes in the text': (text) => inBody(text, 'Call 0161—234—5000 for more.'),
      'a mailto: link in the text': (text) => inBody(text, 'Write to [us](mailto:someone%40example.org).'),
      // Links: every address is judged now, not only script ones (issue 12).
      'a link to an ftp: address': (text) => inBody(text, 'See [the files](ftp://files.example.org/report).'),
      'a link to a page the site will not have': (text) => inBody(text, 'See [the others](../no-such-case-study/).'),
      'a link definition to a page the site will not have': (text) =>
        inBody(text, 'See [the others][o].\n\n[o]: ../no-such-case-study/'),
      'a link to a heading the page will not have': (text) => inBody(text, 'As [above](#no-such-heading).'),
      'a literal autolink to a single-label host': (text) => inBody(text, 'It is on http://intranet/cwb for staff.'),
      'a bad literal autolink after a good one, at the end of a sentence': (text) =>
        inBody(text, 'See www.preston.gov.uk. Or http://intranet/.'),
      'a bad link after a plain web address': (text) =>
        inBody(text, 'See [the council](https://www.preston.gov.uk/) and [the files](ftp://files.example.org/).'),
      'a link with a title to a single-label host': (text) =>
        inBody(text, 'See [the page](https://intranet/cwb "Staff only").'),
      'a host with a trailing dot': (text) => inBody(text, 'See [the council](https://www.preston.gov.uk./cwb).'),
      'a link with its scheme in capitals': (text) => inBody(text, 'See [the council](HTTPS://www.preston.gov.uk/).'),
      'a literal autolink with its scheme in capitals': (text) =>
        inBody(text, 'See Https://www.preston.gov.uk/cwb for more.'),
      'a host with an underscore': (text) => inBody(text, 'See [the council](https://www.preston_city.gov.uk/cwb).'),
    };

    for (const [what, mistake] of Object.entries(mistakes)) {
      test(what, () => {
        const dir = mkdtempSync(path.join(root, 'case-'));
        mkdirSync(path.join(dir, 'case-studies'));
        writeFileSync(path.join(dir, 'case-studies', 'a-case-study.md'), mistake(template));
        const { fast, full } = both(dir);
        expect(full.problems.length).toBeGreaterThan(0);
        expect(fast).toEqual(full);
      });
    }

    test('while a case study whose links are all plain web addresses takes the body shortcut', () => {
      const body =
        'See [the council](https://www.preston.gov.uk/cwb?year=2024#spend), www.preston.gov.uk, and (https://example.org/a_b).\n';
      expect(bodyNeedsTree(body, 'md')).toBe(false);
      const dir = mkdtempSync(path.join(root, 'case-'));
      mkdirSync(path.join(dir, 'case-studies'));
      writeFileSync(path.join(dir, 'case-studies', 'a-case-study.md'), inBody(template, body));
      const { fast, full } = both(dir);
      expect(fast).toEqual(full);
      expect(full.problems).toEqual([]);
    });

    test('while the unchanged case study takes both shortcuts', () => {
      const schema = createCaseStudySchema(loadTaxonomy());
      const [, raw, body] = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(template)!;
      expect(plainFrontmatter('a-case-study.md', raw!, schema)).toBeDefined();
      expect(bodyNeedsTree(body!, 'md')).toBe(false);
    });
  });
});

describe('the front-matter shortcut stays lazy', () => {
  test('validating a valid generated library reads no front matter with the full reader', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cwb-fast-path-lazy-'));
    try {
      generateLibrary({ cases: 30, seed: 5, out: path.join(root, 'generated') });
      const fullReads = vi.spyOn(frontmatter, 'readYaml');
      const report = validateLibrary(path.join(root, 'generated'));
      expect(report.problems.filter((item) => item.severity === 'error')).toEqual([]);
      // A full parse per file made validation several times slower at 10,000 case studies.
      expect(fullReads).not.toHaveBeenCalled();
      fullReads.mockRestore();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
