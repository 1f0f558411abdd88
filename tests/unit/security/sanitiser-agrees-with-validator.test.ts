/**
 * The sanitiser's allow-list is derived from the validator's: whatever a contributor may write in
 * HTML, the sanitiser keeps, so that it never strips an accepted attribute and then blames the
 * validator for letting it through. And what the build renders from accepted text (code blocks,
 * aligned tables, footnotes, task lists, pictures, the MDX components) is within it too: a build of
 * a library of every construct the validator accepts leaves the sanitiser nothing to remove.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sanitiseFragment, sanitiseSite } from '../../../src/integrations/sanitise.ts';
import { allowedAttributes, allowedElements, ariaAttributes, checkElement } from '../../../src/validate/html-policy.ts';
import { validateLibrary } from '../../../src/validate/index.ts';
import { frontMatterLines, minimalCaseStudy } from '../../support/case-study.ts';
import { copyProject, repositoryRoot } from '../../support/scratch-project.ts';

/** A value each attribute accepts (URLs on the web, numbers where HTML wants numbers). */
function valueFor(attribute: string): string {
  if (['href', 'src', 'cite'].includes(attribute)) return 'https://example.org/page';
  if (attribute === 'srcset') return 'https://example.org/a.png 2x';
  if (['colspan', 'rowspan', 'span', 'start', 'value', 'width', 'height'].includes(attribute)) return '2';
  if (['open', 'reversed'].includes(attribute)) return '';
  if (attribute === 'datetime') return '2024-05-01';
  if (attribute === 'dir') return 'ltr';
  if (attribute === 'lang' || attribute === 'hreflang') return 'cy';
  return 'x';
}

const voidElements = new Set(['br', 'hr', 'img', 'col']);

/**
 * The element with one attribute, inside the parents HTML parsing requires of it; `jsx` closes
 * void elements (`<br />`), as MDX requires.
 */
function inContext(element: string, attribute: string, { jsx = false } = {}): string {
  const value = valueFor(attribute);
  const tag = `<${element} ${attribute}${value === '' ? '' : `="${value}"`}`;
  const own = voidElements.has(element) ? `${tag}${jsx ? ' />' : '>'}` : `${tag}>text</${element}>`;
  const parents: Record<string, [string, string]> = {
    td: ['<table><tbody><tr>', '</tr></tbody></table>'],
    th: ['<table><tbody><tr>', '</tr></tbody></table>'],
    tr: ['<table><tbody>', '</tbody></table>'],
    tbody: ['<table>', '</table>'],
    thead: ['<table>', '</table>'],
    tfoot: ['<table>', '</table>'],
    caption: ['<table>', '</table>'],
    colgroup: ['<table>', '</table>'],
    col: ['<table><colgroup>', '</colgroup></table>'],
    li: ['<ul>', '</ul>'],
    dt: ['<dl>', '</dl>'],
    dd: ['<dl>', '</dl>'],
    summary: ['<details>', '</details>'],
    figcaption: ['<figure>', '</figure>'],
  };
  const [before, after] = parents[element] ?? ['', ''];
  return `${before}${own}${after}`;
}

const cases = [...allowedElements].flatMap((element) =>
  [...allowedAttributes(element), 'aria-label', 'aria-describedby', 'aria-hidden'].map((attribute) => ({
    element,
    attribute,
  })),
);

describe('the sanitiser and the validator', () => {
  test('the sanitiser keeps every element and attribute the validator accepts', () => {
    expect(cases.length).toBeGreaterThan(300);

    const refusedByValidator = cases.filter(
      ({ element, attribute }) => checkElement(element, [{ name: attribute, value: valueFor(attribute) }]).length > 0,
    );
    const strippedBySanitiser = cases
      .map(({ element, attribute }) => ({
        html: inContext(element, attribute),
        removed: sanitiseFragment(inContext(element, attribute)).removed,
      }))
      .filter(({ removed }) => removed.length > 0);

    expect(refusedByValidator).toEqual([]);
    expect(strippedBySanitiser).toEqual([]);
  });

  test('every ARIA attribute HTML defines is kept, and an attribute HTML does not define is refused by the validator', () => {
    for (const attribute of ariaAttributes)
      expect(sanitiseFragment(`<span ${attribute}="x">text</span>`).removed, attribute).toEqual([]);

    expect(checkElement('span', [{ name: 'aria-made-up', value: 'x' }])).toHaveLength(1);
  });

  test('refuses target, which the sanitiser removes, so that no link opens a new window', () => {
    const findings = checkElement('a', [
      { name: 'href', value: 'https://example.org/' },
      { name: 'target', value: '_blank' },
    ]);

    expect(findings.map(({ rule, attribute }) => [rule, attribute])).toEqual([['html-attribute', 'target']]);
    expect(findings[0]?.message).toContain('links open in the window the reader is in; remove it');
    expect(sanitiseFragment('<a href="https://example.org/" target="_blank">x</a>').removed).toEqual([
      '<a target="_blank">',
    ]);
  });

  test('keeps an HTML comment, which the validator accepts in a .md body', () => {
    expect(checkElement('p', [])).toEqual([]);

    expect(sanitiseFragment('<p>Text</p><!-- A note for editors. -->').removed).toEqual([]);
  });
});

const goodImages = fileURLToPath(new URL('../../fixtures/validate/good/case-studies/images/', import.meta.url));

const frontmatter = (title: string) =>
  `---\n${frontMatterLines({
    ...minimalCaseStudy,
    title,
    summary: 'A case study that uses every construct a contributor may write, to check that the build keeps it.',
  }).join('\n')}\n---\n`;

/** Every Markdown construct a contributor may write. */
const markdownBody = `
## Code

\`\`\`js
const council = 'Preston';
\`\`\`

~~~
A fence with no language.
~~~

    An indented code block.

Inline \`code\`, **strong**, *emphasis*, ~~struck out~~, [a link](https://example.org/), <https://example.org/auto>, https://example.org/bare and [a reference][ref].

[ref]: https://example.org/reference "A reference"

> A quotation.

1. First
2. Second

- [x] Done
- [ ] To do

---

| Left | Centre | Right | None |
| :--- | :----: | ----: | ---- |
| a | b | c | d |

A claim[^source] and another[^2].

[^source]: The source.
[^2]: Another source.

### Heading three

#### Heading four

##### Heading five

###### Heading six

![Preston market hall](images/market-hall.png)

![A picture on the web](https://example.org/picture.png)

<!-- A note for editors. -->

A line  
broken in two.
`;

/** Every element and attribute a contributor may write as HTML, each in its own block. */
const htmlBody = (jsx: boolean) =>
  [
    ...cases.map(({ element, attribute }) => inContext(element, attribute, { jsx })),
    ...[...ariaAttributes].map((attribute) => `<span ${attribute}="x">text</span>`),
  ].join('\n\n');

/** The MDX components, with and without their props, around Markdown. */
const componentsBody = `
## Components

<Callout title="Why it matters" tone="tip">
  Spend stayed in the local economy: see [the report](https://example.org/report).
</Callout>

<Callout tone="warning">
  - A list
  - in a callout
</Callout>

<Callout>
  A note with no title.
</Callout>

<PullQuote by="Council leader" role="Preston City Council">
  We asked where our money went.
</PullQuote>

<PullQuote by="A resident">
  It stayed here.
</PullQuote>

<PullQuote>
  Nobody said it.
</PullQuote>

{/* An MDX comment. */}

\`\`\`yaml
a: 1
\`\`\`

| Left | Centre | Right |
| :--- | :----: | ----: |
| a | b | c |

A claim[^1].

[^1]: The source.

- [x] Done

![Preston market hall](images/market-hall.png)
`;

/** The case-study pages of the fixture library, by slug. */
const library: Record<string, string> = {
  'every-markdown-construct.md': frontmatter('Every Markdown construct') + markdownBody,
  'every-html-element.md': frontmatter('Every HTML element and attribute') + htmlBody(false),
  'every-html-element-in-mdx.mdx': frontmatter('Every HTML element and attribute in MDX') + htmlBody(true),
  'every-mdx-component.mdx': frontmatter('Every MDX component') + componentsBody,
};

/** The `tagName attribute` pairs in the contributed text of a built page (its `<div class="prose">`). */
function proseAttributes(page: string): Set<string> {
  const tree = fromHtml(page);
  const found = new Set<string>();
  let prose: Element | undefined;
  visit(tree, 'element', (node) => {
    if (!prose && Array.isArray(node.properties.className) && node.properties.className.includes('prose')) prose = node;
  });
  if (!prose) throw new Error('the page has no <div class="prose">');
  visit(prose, 'element', (node) => {
    found.add(node.tagName);
    for (const property of Object.keys(node.properties)) found.add(`${node.tagName} ${find(html, property).attribute}`);
  });
  return found;
}

describe('a build of every construct the validator accepts', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'cwb-sanitiser-agrees-'));
  const content = path.join(work, 'content');
  const site = path.join(work, 'site');
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let built: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    mkdirSync(path.join(content, 'case-studies'), { recursive: true });
    cpSync(goodImages, path.join(content, 'case-studies', 'images'), { recursive: true });
    for (const [file, text] of Object.entries(library)) writeFileSync(path.join(content, 'case-studies', file), text);

    // A copy of the project, with caches of its own (see tests/unit/performance/build-script.test.ts),
    // built with every integration but the sanitiser, so that sanitising afterwards shows what the
    // build's own sanitiser would have removed.
    const project = path.join(work, 'project');
    copyProject(project);
    cpSync(path.join(repositoryRoot, 'content/taxonomy'), path.join(project, 'content/taxonomy'), { recursive: true });
    writeFileSync(
      path.join(project, 'astro.unsanitised.config.ts'),
      "import config from './astro.config.ts';\nexport default { ...config, integrations: config.integrations!.filter((integration) => !Array.isArray(integration) && integration.name !== 'cwb:sanitise') };\n",
    );
    const astro = path.join(
      path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
      'bin',
      'astro.mjs',
    );
    built = spawnSync(process.execPath, [astro, 'build', '--config', 'astro.unsanitised.config.ts', '--outDir', site], {
      cwd: project,
      encoding: 'utf8',
      // The search index is left out: it reads pages, it does not write them.
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, CWB_SEARCH_INDEX: 'after-astro' },
    });
  }, 240_000);

  test('the library is accepted by the validator', () => {
    const report = validateLibrary(content);

    expect(report.problems).toEqual([]);
    expect(report.files).toHaveLength(Object.keys(library).length);
    // The validator reads every file and image of the library: seconds on a busy machine.
  }, 60_000);

  test('the build leaves the sanitiser nothing to remove', () => {
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    expect(`${built.stdout}`).not.toContain('cwb:sanitise');

    const { pages, changed } = sanitiseSite(site);

    expect(pages).toBe(Object.keys(library).length);
    expect(Object.fromEntries(changed)).toEqual({});
  });

  test('the built pages hold every construct, so that nothing was lost before the sanitiser either', () => {
    const page = (slug: string) => readFileSync(path.join(site, 'case-studies', slug, 'index.html'), 'utf8');

    const markdown = page('every-markdown-construct');
    for (const rendered of [
      '<code class="language-js">',
      '<pre><code>A fence with no language.',
      '<th class="align-center">',
      '<td class="align-right">',
      'data-footnotes',
      'data-footnote-backref',
      '<input type="checkbox" checked disabled>',
      '<h6 id="heading-six">',
      '<img src="https://example.org/picture.png"',
      '<!-- A note for editors. -->',
      '<br>',
      '<del>struck out</del>',
    ]) {
      expect(markdown).toContain(rendered);
    }
    expect(markdown).toMatch(/<img [^>]*src="\/_astro\/market-hall\.[^"]+\.webp"/);
    expect(markdown).not.toContain('style=');

    const components = proseAttributes(page('every-mdx-component'));
    for (const rendered of [
      'div class',
      'div role',
      'figure class',
      'blockquote',
      'figcaption',
      'code class',
      'th class',
      'section data-footnotes',
      'input checked',
      'img src',
      'img width',
    ]) {
      expect(components, rendered).toContain(rendered);
    }
    expect(page('every-mdx-component')).toContain('callout--warning');

    const expected = [
      ...cases.map(({ element, attribute }) => `${element} ${attribute}`),
      ...[...ariaAttributes].map((attribute) => `span ${attribute}`),
    ];
    for (const slug of ['every-html-element', 'every-html-element-in-mdx']) {
      const found = proseAttributes(page(slug));
      expect(
        expected.filter((pair) => !found.has(pair)),
        slug,
      ).toEqual([]);
    }
  });
});
