/**
 * Rules for the body of a case study (docs/public-interface.md §5): raw HTML limited to harmless elements, no
 * script URLs in links and images, and in `.mdx` no imports, exports, JavaScript expressions or
 * components the site does not provide. Also no e-mail addresses or telephone numbers (personal data).
 *
 * The body arrives preceded by one empty line per front-matter line, so every position the
 * Markdown parser gives is already the file's own.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import {
  mdxFromMarkdown,
  type MdxFlowExpression,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
  type MdxTextExpression,
} from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { mdxComponentNames, mdxComponents, type MdxComponentName } from '../schema/mdx-components.ts';
import { closestId } from '../schema/suggest.ts';
import { htmlLinks, jsxLinks, markdownLink } from './body-links.ts';
import { bodyNeedsTree } from './fast-path.ts';
import { footnoteIds, headingIds } from './heading-ids.ts';
import { checkElement, isUnsafeUrl } from './html-policy.ts';
import { checkHtml } from './html-rules.ts';
import type { WrittenLink } from './link-rules.ts';
import { personalDataInText } from './personal-data.ts';
import { problem, type Position, type Problem } from '../content/problem.ts';

export type BodyKind = 'md' | 'mdx';

/** Says why a body image path is not a usable picture, or undefined when it is one. */
export type ImageCheck = (file: string, src: string) => string | undefined;

/** What reading a body finds: its problems, and for the link rules, its links and the ids of its headings and footnotes. */
export interface BodyReading {
  problems: Problem[];
  links: WrittenLink[];
  /** Undefined when the text was not read as Markdown (it needed no tree, or could not be parsed). */
  ids: string[] | undefined;
}

/**
 * Every problem in the body of `file`. `checkImage` judges images written as relative paths,
 * which Astro imports and resizes: a missing file stops its build, and a file that is not a
 * picture is published as a broken placeholder.
 */
export function checkBody(
  file: string,
  body: string,
  kind: BodyKind,
  checkImage: ImageCheck = () => undefined,
): Problem[] {
  return readBody(file, body, kind, checkImage).problems;
}

/**
 * {@link checkBody}'s problems, with the links and ids of the text. `alwaysTree` reads the text as
 * Markdown even when no rule needs to, for the ids of a page that another page links into.
 */
export function readBody(
  file: string,
  body: string,
  kind: BodyKind,
  checkImage: ImageCheck = () => undefined,
  { alwaysTree = false } = {},
): BodyReading {
  const problems: Problem[] = [];
  const links: WrittenLink[] = [];
  const add = (rule: string, message: string, at: Position | undefined) =>
    problems.push(problem(file, rule, message, at ?? { line: 1, column: 1 }));

  // Most bodies cannot hold a node these rules look at: skip building the tree (see fast-path.ts).
  if (!alwaysTree && !bodyNeedsTree(body, kind))
    return { problems: personalDataInText(file, body), links, ids: undefined };

  let tree: Root;
  try {
    tree =
      kind === 'mdx'
        ? fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] })
        : fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch (error) {
    const { line, column, reason = String(error) } = error as { line?: number; column?: number; reason?: string };
    // Some MDX errors carry their place only in the text: "Expected a closing tag for `<Callout>` (20:1-20:23)".
    const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
    const at =
      line !== undefined
        ? { line, column: column ?? 1 }
        : place
          ? { line: Number(place[1]), column: Number(place[2]) }
          : undefined;
    const rule = kind === 'mdx' ? 'mdx-syntax' : 'markdown-syntax';
    add(rule, `${kind === 'mdx' ? 'MDX' : 'Markdown'} syntax: ${reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/, '')}`, at);
    return { problems: [...problems, ...personalDataInText(file, body)], links, ids: undefined };
  }

  const lines = body.split('\n').map((line) => line.replace(/\r$/, ''));
  // `![alt][name]` shows the picture that the (first) definition of `name` names; Astro publishes
  // only pictures written `![alt](path)`, and leaves this one's path in the page, where it leads nowhere.
  const definitions = new Map<string, string>();
  const imageReferences: { identifier: string; label: string; at: Position | undefined }[] = [];
  const definitionLinks = new Map<string, WrittenLink>();
  visit(tree, (node: Nodes) => {
    const at = node.position?.start;
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
    if (node.type === 'imageReference')
      imageReferences.push({ identifier: node.identifier, label: node.label ?? node.identifier, at });
    switch (node.type) {
      case 'html':
        for (const finding of checkHtml(node.value))
          add(finding.rule, finding.message, snippetPosition(node.value, finding.at, at, lines));
        for (const link of htmlLinks(node.value))
          links.push({ ...link, at: link.at && snippetPosition(node.value, link.at, at, lines) });
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const what = node.type === 'image' ? 'an image' : node.type === 'link' ? 'a link' : 'a link definition';
        if (isUnsafeUrl(node.url))
          add(
            'unsafe-url',
            `${what} to a javascript:, data: or vbscript: URL is not allowed: link to an https:// address`,
            at,
          );
        else if (node.type === 'image' && isLocalPath(node.url)) {
          const message = checkImage(file, decodePath(node.url));
          if (message) add('image', message.replace(/^image src/, 'image'), at);
        }
        if (!isUnsafeUrl(node.url)) {
          const link = markdownLink(node, isLocalPath(node.url));
          if (link) links.push(link);
          if (link && node.type === 'definition' && !definitionLinks.has(node.identifier))
            definitionLinks.set(node.identifier, link);
        }
        break;
      }
      case 'mdxjsEsm': {
        const statement = /^\s*export\b/.test(node.value) ? 'export' : 'import';
        add(
          'mdx-import-export',
          `${statement} statements are not allowed in a case study; ${componentList()} are available without importing`,
          at,
        );
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        // `{/* a note */}` is MDX's comment: an expression with no code in it. The node as
        // mdast-util-mdx builds it: Sätteri's types declare the same node types without `estree`.
        const estree = (node as MdxFlowExpression | MdxTextExpression).data?.estree;
        if (estree && estree.body.length === 0) break;
        add(
          'mdx-expression',
          'JavaScript expressions ({...}) are not allowed in a case study; to write a brace, put a backslash before it: \\{',
          at,
        );
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(node, add);
        links.push(...jsxLinks(node));
        break;
    }
  });

  for (const { identifier, label, at } of imageReferences) {
    const url = definitions.get(identifier);
    if (url === undefined || isUnsafeUrl(url) || !isLocalPath(url)) continue;
    add(
      'image',
      `the picture of ![...][${label}] is not published, as it is named in a definition ([${label}]: ${url}): write the path in the image itself, ![description](${url})`,
      at,
    );
    // Said once, at the image: the definition's path is not also a broken link.
    const index = links.indexOf(definitionLinks.get(identifier)!);
    if (index !== -1) links.splice(index, 1);
  }

  problems.push(...personalDataInText(file, body));
  return { problems, links, ids: [...headingIds(tree), ...footnoteIds(tree)] };
}

type Add = (rule: string, message: string, at: Position | undefined) => void;

const componentList = () => mdxComponentNames.map((name) => `<${name}>`).join(' and ');

/** A JSX element in MDX: a provided component with its attributes, or an allowed HTML element. */
function checkJsx(node: MdxJsxFlowElement | MdxJsxTextElement, add: Add): void {
  const at = node.position?.start;
  const name = node.name;
  if (name === null) {
    add('mdx-component', 'fragments (<>...</>) are not allowed: write the content without them', at);
    return;
  }
  if (/[.:]/.test(name)) {
    add('mdx-component', `<${name}> is not a component this site provides; use ${componentList()}`, at);
    return;
  }

  const plain: { name: string; value: string | null; at: Position | undefined }[] = [];
  for (const attribute of node.attributes) {
    const attributeAt = attribute.position?.start ?? at;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add('mdx-expression', `spread attributes ({${attribute.value}}) are JavaScript and are not allowed`, attributeAt);
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      add(
        'mdx-expression',
        `attribute "${attribute.name}" is given a JavaScript expression; write a plain value in quotes, such as ${attribute.name}="..."`,
        attributeAt,
      );
    } else plain.push({ name: attribute.name, value: attribute.value ?? null, at: attributeAt });
  }

  if (/^[A-Z]/.test(name)) {
    if (!Object.hasOwn(mdxComponents, name)) {
      const suggestion = closestId(
        name,
        mdxComponentNames.map((id) => ({ id })),
      );
      const hint = suggestion ? `; did you mean <${suggestion}>?` : `; use ${componentList()}`;
      add('mdx-component', `<${name}> is not a component this site provides${hint}`, at);
      return;
    }
    const allowed: readonly string[] = mdxComponents[name as MdxComponentName];
    for (const attribute of plain) {
      if (!allowed.includes(attribute.name)) {
        add(
          'mdx-attribute',
          `<${name}> has no attribute "${attribute.name}"; its attributes are: ${allowed.join(', ')}`,
          attribute.at,
        );
      }
    }
    return;
  }

  for (const finding of checkElement(name, plain)) {
    add(
      finding.rule,
      finding.message,
      finding.attribute ? plain.find((attribute) => attribute.name === finding.attribute)?.at : at,
    );
  }
}

/** Maps a position inside an HTML node's value to the file, across container prefixes (`> `, list indents). */
function snippetPosition(
  value: string,
  inner: Position,
  start: Position | undefined,
  lines: readonly string[],
): Position | undefined {
  if (!start) return undefined;
  if (inner.line === 1) return { line: start.line, column: start.column + inner.column - 1 };
  const line = start.line + inner.line - 1;
  const snippetLine = (value.split('\n')[inner.line - 1] ?? '').replace(/\r$/, '');
  const fileLine = lines[line - 1] ?? '';
  const prefix = fileLine.endsWith(snippetLine) ? fileLine.length - snippetLine.length : 0;
  return { line, column: prefix + inner.column };
}

/** A path on disk rather than a URL, a site path or a fragment. */
const isLocalPath = (url: string) => url !== '' && !/^[a-z][a-z0-9+.-]*:|^[/\\#?]/i.test(url);

/** The file path a Markdown image URL names: without query or fragment, percent-decoded. */
function decodePath(url: string): string {
  const bare = url.split(/[?#]/)[0]!;
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}
