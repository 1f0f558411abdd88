/**
 * The links written in a case study's text, gathered while the body rules walk its Markdown tree
 * so that the link rules (link-rules.ts) can judge them once the whole library is known. Only the
 * elements a case study may write (html-policy.ts) are read, and only the attributes the build's
 * link check follows (link-policy.ts); script URLs are the body rules' own to refuse.
 */
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { readTokens } from './html-tokens.ts';
import { allowedElements, isFilePath, isUnsafeUrl } from './html-policy.ts';
import { linkAttributes, linkValues } from './link-policy.ts';
import type { WrittenLink } from './link-rules.ts';
import type { Position } from '../content/problem.ts';

/** The attributes followed as links on an element a case study may write, or none. */
const followed = (element: string): readonly string[] =>
  allowedElements.has(element) ? (linkAttributes[element] ?? []) : [];

/** The links of `element` with its plain attributes, each at its attribute. */
function elementLinks(
  element: string,
  attributes: readonly { name: string; value: string | null; at: Position | undefined }[],
): WrittenLink[] {
  const names = followed(element.toLowerCase());
  const links: WrittenLink[] = [];
  for (const attribute of attributes) {
    const name = attribute.name.toLowerCase();
    if (attribute.value === null || !names.includes(name)) continue;
    for (const value of linkValues(name, attribute.value)) {
      // Script URLs, and an <img> naming a file beside the case study, are the element rules' own to refuse.
      if (isUnsafeUrl(value) || (element.toLowerCase() === 'img' && isFilePath(value))) continue;
      links.push({ value, at: attribute.at, what: `<${element.toLowerCase()} ${name}>` });
    }
  }
  return links;
}

/** The links of a snippet of raw HTML, with positions inside the snippet (1-based). */
export function htmlLinks(html: string): WrittenLink[] {
  const links: WrittenLink[] = [];
  readTokens(
    html,
    {
      onStartTag(token) {
        if (followed(token.tagName).length === 0) return;
        const attributes = token.attrs.map((attribute) => {
          const location = token.location?.attrs?.[attribute.name] ?? token.location;
          return {
            name: attribute.name,
            value: attribute.value,
            at: location ? { line: location.startLine, column: location.startCol } : undefined,
          };
        });
        links.push(...elementLinks(token.tagName, attributes));
      },
    },
    { locations: true },
  );
  return links;
}

/** The links of a lowercase JSX element of MDX (`<a href="...">`), from its attributes written as plain strings. */
export function jsxLinks(node: MdxJsxFlowElement | MdxJsxTextElement): WrittenLink[] {
  if (!node.name || !/^[a-z]/.test(node.name)) return [];
  const attributes = node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
      ? [{ name: attribute.name, value: attribute.value, at: attribute.position?.start ?? node.position?.start }]
      : [],
  );
  return elementLinks(node.name, attributes);
}

/** The link a Markdown link, image or definition node holds, or undefined for a picture beside the file (the image rules' own). */
export function markdownLink(
  node: Extract<Nodes, { type: 'link' | 'image' | 'definition' }>,
  isLocalPicture: boolean,
): WrittenLink | undefined {
  if (node.type === 'image' && isLocalPicture) return undefined;
  const what = node.type === 'image' ? 'an image' : node.type === 'link' ? 'a link' : 'a link definition';
  return { value: node.url, at: node.position?.start, what };
}
