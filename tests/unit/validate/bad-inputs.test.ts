/**
 * The corpus of bad inputs: each fixture in tests/fixtures/validate/bad/ is one kind of mistake
 * (a single file, or a small content root for rules that look across files). For each, the
 * validator must report exactly these errors: rule, line and column as written in the file.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { validateLibrary } from '../../../src/validate/index.ts';

const bad = fileURLToPath(new URL('../../fixtures/validate/bad/', import.meta.url));

type Expected = [rule: string, line: number, column: number];

interface Case {
  /** A file in bad/, or a folder in bad/ holding a content root. */
  fixture: string;
  errors: Expected[];
  /** Words the first error's message must contain. */
  says?: string;
}

const cases: Case[] = [
  // Front matter blocks
  { fixture: 'frontmatter-missing.md', errors: [['frontmatter-missing', 1, 1]] },
  { fixture: 'frontmatter-blank-line-first.md', errors: [['frontmatter-missing', 1, 1]], says: 'blank lines' },
  { fixture: 'frontmatter-unclosed.md', errors: [['frontmatter-unclosed', 1, 1]] },
  { fixture: 'frontmatter-js.md', errors: [['frontmatter-language', 1, 1]], says: '"js" is not allowed' },
  { fixture: 'frontmatter-javascript-upper.md', errors: [['frontmatter-language', 1, 1]], says: '"JavaScript"' },
  { fixture: 'frontmatter-json.md', errors: [['frontmatter-language', 1, 1]], says: '"json"' },
  { fixture: 'frontmatter-toml.md', errors: [['frontmatter-language', 1, 1]], says: 'TOML' },
  { fixture: 'frontmatter-closing-text.md', errors: [['frontmatter-delimiter', 14, 1]] },
  { fixture: 'frontmatter-plus-line.md', errors: [['frontmatter-delimiter', 4, 1]], says: '+++' },
  { fixture: 'frontmatter-list.md', errors: [['frontmatter', 2, 1]] },
  // YAML
  { fixture: 'yaml-syntax.md', errors: [['yaml-syntax', 3, 10]], says: 'never closed' },
  { fixture: 'yaml-bad-indentation.md', errors: [['yaml-syntax', 4, 8]], says: 'indentation' },
  { fixture: 'yaml-duplicate-key.md', errors: [['yaml-duplicate-key', 14, 1]], says: '"region" appears twice' },
  {
    fixture: 'yaml-anchor-alias.md',
    errors: [
      ['yaml-anchor', 4, 8],
      ['yaml-alias', 6, 15],
    ],
  },
  { fixture: 'yaml-tag-js-function.md', errors: [['yaml-tag', 2, 8]], says: '!!js/function' },
  { fixture: 'yaml-tag-custom.md', errors: [['yaml-tag', 4, 8]], says: '!place' },
  { fixture: 'yaml-tag-binary.md', errors: [['yaml-tag', 14, 13]], says: '!!binary' },
  { fixture: 'yaml-merge-key.md', errors: [['yaml-merge-key', 4, 1]] },
  // Values, located where they are written
  {
    fixture: 'published-impossible-unquoted.md',
    errors: [['published', 13, 12]],
    says: 'published "2025-02-30" is not a real date',
  },
  { fixture: 'published-impossible-quoted.md', errors: [['published', 13, 12]], says: 'not a real date' },
  { fixture: 'published-with-time.md', errors: [['published', 13, 12]], says: 'without a time' },
  { fixture: 'published-missing.md', errors: [['published', 1, 1]], says: 'published is required' },
  { fixture: 'updated-before-published.md', errors: [['updated', 14, 10]] },
  {
    fixture: 'region-typo.md',
    errors: [['region', 5, 9]],
    says: 'region "North-West" is not a region id; did you mean "north-west"?',
  },
  {
    fixture: 'unknown-key-theme.md',
    errors: [
      ['themes', 1, 1],
      ['unknown-key', 8, 1],
    ],
  },
  { fixture: 'unknown-nested-key.md', errors: [['unknown-key', 13, 5]], says: 'did you mean publisher?' },
  { fixture: 'missing-title.md', errors: [['title', 1, 1]], says: 'title is required' },
  { fixture: 'theme-unknown.md', errors: [['themes', 8, 23]], says: '"wellbeing"' },
  { fixture: 'theme-repeated.md', errors: [['themes', 8, 23]], says: 'twice' },
  { fixture: 'themes-empty.md', errors: [['themes', 8, 9]] },
  { fixture: 'topic-unknown.md', errors: [['topics', 14, 10]], says: 'content/taxonomy/topics.yml' },
  { fixture: 'outside-uk-without-country.md', errors: [['region', 5, 9]], says: 'country is required' },
  { fixture: 'country-in-uk.md', errors: [['country', 14, 10]] },
  { fixture: 'country-invalid.md', errors: [['country', 14, 10]], says: '"XX"' },
  { fixture: 'ended-before-started.md', errors: [['ended', 14, 8]] },
  { fixture: 'title-too-short.md', errors: [['title', 2, 8]] },
  { fixture: 'sources-empty.md', errors: [['sources', 11, 10]] },
  { fixture: 'source-url-javascript.md', errors: [['sources', 13, 10]] },
  { fixture: 'contact-email-without-consent.md', errors: [['contact', 16, 10]], says: 'consent' },
  { fixture: 'email-in-frontmatter.md', errors: [['email-address', 15, 17]] },
  { fixture: 'email-in-body.md', errors: [['email-address', 20, 20]] },
  { fixture: 'phone-in-body.md', errors: [['phone-number', 20, 66]], says: 'telephone number' },
  { fixture: 'phone-in-frontmatter.md', errors: [['phone-number', 15, 17]], says: 'telephone number' },
  { fixture: 'phone-in-contact-without-consent.md', errors: [['phone-number', 16, 37]], says: 'consent: true' },
  // Personal data in disguise (issue 12): found as a reader sees it, reported where it is written
  {
    fixture: 'email-entity-in-body.md',
    errors: [['email-address', 20, 20]],
    says: 'it reads "jane.smith@example.org"',
  },
  {
    fixture: 'email-invisible-in-body.md',
    errors: [['email-address', 20, 20]],
    says: 'it reads "jane.smith@example.org"',
  },
  {
    fixture: 'email-fullwidth-in-body.md',
    errors: [['email-address', 20, 20]],
    says: 'it reads "jane.smith@example.org"',
  },
  {
    fixture: 'email-spelled-out-in-body.md',
    errors: [['email-address', 20, 20]],
    says: 'it reads "jane.smith@example.org"',
  },
  {
    fixture: 'email-markup-in-body.md',
    errors: [['email-address', 20, 20]],
    says: 'it reads "jane.smith@example.org"',
  },
  { fixture: 'email-mailto-link.md', errors: [['email-address', 20, 34]], says: 'it reads "jane.smith@example.org"' },
  { fixture: 'email-internationalised-in-body.md', errors: [['email-address', 20, 20]], says: 'e-mail address' },
  { fixture: 'email-yaml-escape.md', errors: [['email-address', 3, 67]], says: 'it reads "jane@example.org"' },
  {
    fixture: 'email-entity-in-frontmatter.md',
    errors: [['email-address', 4, 17]],
    says: 'it reads "jane@example.org"',
  },
  { fixture: 'email-in-yaml-comment.md', errors: [['email-address', 4, 30]], says: 'not even in a YAML comment' },
  { fixture: 'phone-nbsp-in-body.md', errors: [['phone-number', 20, 24]], says: 'it reads "01772 906 000"' },
  { fixture: 'phone-dashes-in-body.md', errors: [['phone-number', 20, 24]], says: 'it reads "0161-234-5000"' },
  { fixture: 'phone-fullwidth-in-body.md', errors: [['phone-number', 20, 24]], says: 'it reads "01772 906000"' },
  {
    fixture: 'phone-character-references-in-body.md',
    errors: [['phone-number', 20, 24]],
    says: 'it reads "01772 906-000"',
  },
  { fixture: 'phone-tel-link.md', errors: [['phone-number', 20, 27]], says: 'it reads "+44 161 234 5000"' },
  { fixture: 'phone-dots-in-frontmatter.md', errors: [['phone-number', 15, 17]], says: 'telephone number' },
  { fixture: 'phone-folded-in-frontmatter.md', errors: [['phone-number', 3, 86]], says: 'it reads "01772 906000"' },
  { fixture: 'phone-in-yaml-comment.md', errors: [['phone-number', 4, 16]], says: 'not even in a YAML comment' },
  { fixture: 'population-with-commas.md', errors: [['population', 14, 13]] },
  { fixture: 'draft-yes.md', errors: [['draft', 14, 8]] },
  { fixture: 'lang-unknown.md', errors: [['lang', 14, 7]] },
  { fixture: 'outcome-source-out-of-range.md', errors: [['outcomes', 19, 13]] },
  { fixture: 'not-a-mapping-value.md', errors: [['started', 9, 10]] },
  // File names and encoding
  { fixture: 'Bad_Name.md', errors: [['slug', 1, 1]], says: '"bad-name.md"' },
  { fixture: `${'a'.repeat(40)}-${'b'.repeat(40)}.md`, errors: [['slug', 1, 1]], says: '81 characters' },
  { fixture: 'invalid-utf8.md', errors: [['encoding', 4, 11]], says: 'UTF-8' },
  // Files that crashed the validator, or that it read otherwise than the site (issue 12, part 6)
  { fixture: 'yaml-document-end.md', errors: [['yaml-syntax', 14, 1]], says: 'a line "..." ends the YAML here' },
  { fixture: 'yaml-directive.md', errors: [['yaml-syntax', 2, 1]], says: 'directives' },
  { fixture: 'two-byte-order-marks.md', errors: [['encoding', 1, 1]], says: 'two byte-order marks' },
  { fixture: 'byte-order-mark-in-value.md', errors: [['invisible-character', 4, 8]], says: 'U+FEFF' },
  { fixture: 'line-ending-cr-only.md', errors: [['line-ending', 1, 4]], says: 'carriage return' },
  { fixture: 'control-character-in-body.md', errors: [['control-character', 18, 62]], says: 'U+0000' },
  { fixture: 'control-character-in-frontmatter.md', errors: [['yaml-syntax', 4, 13]], says: 'U+0001' },
  { fixture: 'nel-in-frontmatter.md', errors: [['control-character', 4, 12]], says: 'U+0085' },
  // HTML in Markdown
  { fixture: 'html-script.md', errors: [['html-element', 20, 7]], says: '<script>' },
  { fixture: 'html-iframe.md', errors: [['html-element', 20, 1]], says: '<iframe>' },
  { fixture: 'html-style.md', errors: [['html-element', 20, 1]], says: '<style>' },
  {
    fixture: 'html-object-embed-form.md',
    errors: [
      ['html-element', 20, 1],
      ['html-element', 22, 1],
      ['html-element', 24, 1],
      ['html-element', 24, 41],
    ],
  },
  { fixture: 'html-event-handler.md', errors: [['html-attribute', 20, 56]], says: 'onerror' },
  { fixture: 'html-javascript-href-entity.md', errors: [['unsafe-url', 20, 4]] },
  { fixture: 'html-data-url.md', errors: [['unsafe-url', 20, 14]] },
  { fixture: 'html-unclosed-tag.md', errors: [['html-syntax', 20, 1]], says: 'never closed' },
  { fixture: 'html-body-onload.md', errors: [['html-element', 20, 1]], says: '<body>' },
  { fixture: 'html-attribute-not-allowed.md', errors: [['html-attribute', 20, 7]], says: '"style"' },
  { fixture: 'html-in-blockquote.md', errors: [['html-attribute', 21, 47]], says: 'onload' },
  // URLs in Markdown
  { fixture: 'markdown-javascript-link.md', errors: [['unsafe-url', 20, 10]] },
  { fixture: 'markdown-data-image.md', errors: [['unsafe-url', 20, 1]] },
  { fixture: 'markdown-vbscript-definition.md', errors: [['unsafe-url', 22, 1]] },
  { fixture: 'markdown-autolink-javascript.md', errors: [['unsafe-url', 20, 7]] },
  { fixture: 'body-image-missing.md', errors: [['image', 20, 1]], says: 'does not exist' },
  // Text not written yet: the prompts a case study starts from, and placeholders, at their lines
  {
    fixture: 'unwritten-prompts-left.md',
    errors: [
      ['unwritten-text', 22, 1],
      ['unwritten-text', 26, 46],
    ],
    says: 'still holds the prompt "What did you do',
  },
  { fixture: 'unwritten-welsh-prompt.md', errors: [['unwritten-text', 18, 1]], says: 'Beth oedd y sefyllfa' },
  {
    fixture: 'unwritten-summary-and-placeholders.md',
    errors: [
      ['unwritten-text', 3, 10],
      ['unwritten-text', 17, 80],
      ['unwritten-text', 21, 1],
    ],
    says: 'the summary still holds the prompt',
  },
  { fixture: 'body-image-not-a-picture.md', errors: [['image', 20, 1]], says: 'must be a picture' },
  // Links checked where they are written (issue 12), by the rules of the build's link check
  { fixture: 'link-ftp-scheme.md', errors: [['link-scheme', 20, 16]], says: 'uses ftp:' },
  { fixture: 'link-single-label-host.md', errors: [['link-host', 20, 5]], says: '"intranet" has no dot' },
  { fixture: 'link-literal-autolink-host.md', errors: [['link-host', 20, 16]], says: '"council"' },
  { fixture: 'link-missing-case-study.md', errors: [['link-target', 20, 9]], says: 'no case study "preston-markett"' },
  {
    fixture: 'link-to-md-file.md',
    errors: [['link-target', 20, 9]],
    says: 'link to its page, "../markdown-javascript-link/"',
  },
  { fixture: 'link-from-site-root.md', errors: [['link-root', 20, 9]], says: '"../../themes/procurement/"' },
  { fixture: 'link-missing-fragment.md', errors: [['link-fragment', 20, 9]], says: 'did you mean "#context"?' },
  { fixture: 'link-definition-missing-page.md', errors: [['link-target', 22, 1]], says: '/guides/procurement/' },
  { fixture: 'link-html-img-unresolved.md', errors: [['image', 20, 17]], says: 'images/market.jpg' },
  { fixture: 'link-html-srcset-unresolved.md', errors: [['image', 20, 42]], says: '../images/b.jpg' },
  { fixture: 'link-mdx-href-scheme.mdx', errors: [['link-scheme', 20, 4]], says: 'uses ftp:' },
  // MDX
  { fixture: 'mdx-import.mdx', errors: [['mdx-import-export', 16, 1]], says: 'import' },
  { fixture: 'mdx-export.mdx', errors: [['mdx-import-export', 18, 1]], says: 'export' },
  { fixture: 'mdx-expression-text.mdx', errors: [['mdx-expression', 20, 15]] },
  { fixture: 'mdx-expression-flow.mdx', errors: [['mdx-expression', 20, 1]] },
  { fixture: 'mdx-expression-attribute.mdx', errors: [['mdx-expression', 20, 10]], says: '"tone"' },
  { fixture: 'mdx-spread-attribute.mdx', errors: [['mdx-expression', 20, 10]], says: 'spread' },
  { fixture: 'mdx-unknown-component.mdx', errors: [['mdx-component', 20, 1]], says: 'did you mean <Callout>?' },
  { fixture: 'mdx-component-attribute.mdx', errors: [['mdx-attribute', 20, 23]], says: '"colour"' },
  { fixture: 'mdx-script-element.mdx', errors: [['html-element', 20, 1]], says: '<script>' },
  { fixture: 'mdx-event-handler.mdx', errors: [['html-attribute', 20, 45]], says: 'onError' },
  { fixture: 'mdx-javascript-href.mdx', errors: [['unsafe-url', 20, 4]] },
  { fixture: 'mdx-unclosed-component.mdx', errors: [['mdx-syntax', 20, 1]], says: 'closing tag' },
  { fixture: 'mdx-html-comment.mdx', errors: [['mdx-syntax', 20, 2]], says: '{/* text */}' },
  // What the sanitiser would remove from the page is refused instead (issue 12, part 4)
  {
    fixture: 'html-link-target.md',
    errors: [['html-attribute', 20, 37]],
    says: 'links open in the window the reader is in',
  },
  { fixture: 'mdx-link-target.mdx', errors: [['html-attribute', 20, 32]], says: '"target"' },
  // Rules across files, each in its own small content root
  {
    fixture: 'duplicate-slug',
    errors: [
      ['duplicate-slug', 1, 1],
      ['duplicate-slug', 1, 1],
    ],
  },
  // What it took, and whether it is still true (docs/public-interface.md §11)
  { fixture: 'cost-source-out-of-range.md', errors: [['resources', 20, 13]], says: 'cost source 2 does not exist' },
  { fixture: 'cost-unit-unknown.md', errors: [['resources', 17, 11]], says: 'must be one of: £, £k, £m' },
  { fixture: 'cost-period-unknown.md', errors: [['resources', 18, 13]], says: 'one-off, per-year' },
  { fixture: 'cost-value-not-positive.md', errors: [['resources', 16, 12]], says: 'more than 0' },
  { fixture: 'resources-empty.md', errors: [['resources', 14, 12]], says: 'at least one of cost, funders or staff' },
  { fixture: 'resources-staff-too-long.md', errors: [['resources', 15, 10]], says: 'at most 200' },
  { fixture: 'transferability-too-short.md', errors: [['transferability', 14, 18]], says: 'at least 20' },
  { fixture: 'reviewed-before-published.md', errors: [['reviewed', 14, 11]], says: 'not be before published' },
  { fixture: 'withdrawn-reason-too-short.md', errors: [['withdrawn', 16, 11]], says: 'at least 10' },
  { fixture: 'withdrawn-before-published.md', errors: [['withdrawn', 15, 9]], says: 'not be before published' },
  {
    fixture: 'withdrawn-replacement-missing',
    errors: [['withdrawn', 17, 15]],
    says: 'did you mean "preston-anchor"?',
  },
  { fixture: 'withdrawn-replacement-withdrawn', errors: [['withdrawn', 17, 15]], says: 'is withdrawn too' },
  { fixture: 'related-missing', errors: [['related', 14, 11]], says: 'did you mean "preston-anchor"?' },
  { fixture: 'related-self', errors: [['related', 15, 5]], says: 'itself' },
  { fixture: 'translation-missing', errors: [['translationOf', 14, 16]] },
  { fixture: 'translation-same-language', errors: [['translationOf', 14, 16]], says: 'also in English' },
  // What the sanitiser would strip is refused where it is written: a scheme in capitals, a quotation's source that is not a web address
  {
    fixture: 'link-scheme-capitals.md',
    errors: [
      ['link-scheme', 20, 5],
      ['link-scheme', 20, 54],
    ],
    says: 'write it in lower case, "https:"',
  },
  { fixture: 'html-obsolete-attribute.md', errors: [['html-attribute', 20, 50]], says: 'HTML no longer has it' },
  { fixture: 'html-cite-not-web.md', errors: [['html-attribute', 20, 4]], says: 'cite of <q> must be a web address' },
  // translationOf one-to-one: two claiming one translation, and a chain
  {
    fixture: 'translation-claimed-twice',
    errors: [
      ['translationOf', 14, 16],
      ['translationOf', 14, 16],
    ],
    says: '"preston-cy" is already paired as a translation with "preston"',
  },
  {
    fixture: 'translation-chain',
    errors: [
      ['translationOf', 15, 16],
      ['translationOf', 14, 16],
    ],
    says: 'also paired as a translation with "preston"',
  },
  { fixture: 'image-missing', errors: [['image', 15, 8]] },
  { fixture: 'image-wrong-case', errors: [['image', 15, 8]], says: '"Market.JPG"' },
  {
    fixture: 'image-svg',
    errors: [
      ['image-type', 1, 1],
      ['image', 15, 8],
    ],
    says: 'SVG',
  },
  { fixture: 'image-outside', errors: [['image', 15, 8]] },
  {
    fixture: 'stray-files',
    errors: [
      ['unexpected-file', 1, 1],
      ['unexpected-file', 1, 1],
      ['unexpected-file', 1, 1],
      ['unexpected-file', 1, 1],
      ['unexpected-file', 1, 1],
    ],
  },
  // Pictures judged by their bytes, at the picture and where a case study shows it (links: tests/unit/validate/symlinks.test.ts)
  {
    fixture: 'image-html-as-png',
    errors: [
      ['image-type', 1, 1],
      ['image', 15, 8],
    ],
    says: 'holds text (HTML or XML), not a PNG picture',
  },
  {
    fixture: 'image-jpeg-named-png',
    errors: [
      ['image-type', 1, 1],
      ['image', 15, 8],
    ],
    says: 'is a JPEG picture named .png: rename it to "market.jpg"',
  },
  {
    fixture: 'image-huge-dimensions',
    errors: [
      ['image-dimensions', 1, 1],
      ['image', 15, 8],
    ],
    says: '20,000 × 20,000 pixels (400 megapixels)',
  },
  {
    fixture: 'image-html-img',
    errors: [['image', 20, 6]],
    says: 'show a picture of the library as ![description](images/market.png)',
  },
];

describe('each kind of bad input is reported with its rule, line and column', () => {
  test.each(cases)('$fixture', ({ fixture, errors, says }) => {
    const target = path.join(bad, fixture);

    const report = validateLibrary(bad, { paths: [target] });

    const found = report.problems.filter((item) => item.severity === 'error');
    expect(found.map((item) => [item.rule, item.line, item.column])).toEqual(errors);
    for (const item of found) expect(item.file.startsWith(target)).toBe(true);
    if (says) expect(found[0]?.message).toContain(says);
  });
});

test('the corpus holds at least 35 kinds of bad input', () => {
  expect(new Set(cases.map((item) => item.errors[0]![0])).size).toBeGreaterThanOrEqual(35);
});

test('a stray file is named, with what to rename it to', () => {
  const report = validateLibrary(path.join(bad, 'stray-files'));

  const names = report.problems.map((item) => path.basename(item.file));
  expect(names).toEqual(['README', 'Upper.MD', 'drafts', 'notes.txt', 'old.markdown']);
  expect(report.problems.find((item) => item.file.endsWith('Upper.MD'))?.message).toContain('"Upper.md"');
  expect(report.problems.find((item) => item.file.endsWith('old.markdown'))?.message).toContain('"old.md"');
});

test('both files of a duplicate slug are reported, naming each other', () => {
  const report = validateLibrary(path.join(bad, 'duplicate-slug'));

  expect(report.problems.map((item) => path.basename(item.file))).toEqual(['preston.md', 'preston.mdx']);
  expect(report.problems[0]?.message).toContain('"preston.mdx"');
});

test('every problem of a file is reported in one run, not only the first', () => {
  const report = validateLibrary(bad, {
    paths: [path.join(bad, 'unknown-key-theme.md'), path.join(bad, 'html-object-embed-form.md')],
  });

  expect(report.files).toHaveLength(2);
  expect(report.errorCount).toBe(6);
});
