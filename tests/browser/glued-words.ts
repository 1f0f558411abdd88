/**
 * Words run together at the edge of an inline element: `or copy<a>the template</a>` reads "or
 * copythe template", to the eye, to a screen reader and to the search index. Astro's default HTML
 * compression dropped such line breaks between a word and a link on the next line.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Elements shown in the flow of a line, whose edges must not join two words. */
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'button',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'time',
  'u',
  'var',
]);

/**
 * Elements whose text is not read with its neighbours'. `sub` and `sup` belong to the word they
 * follow (H<sub>2</sub>O, a claim<sup>1</sup>); the rest is not shown.
 */
const unread = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'svg',
  'math',
  'sub',
  'sup',
  'textarea',
  'select',
]);

/** One piece of a page's text in reading order: text, an inline element's edge, or a break between blocks. */
type Piece = { text: string } | { edge: string } | { break: true };

function pieces(node: Nodes, out: Piece[]): void {
  if (node.type === 'text') out.push({ text: node.value });
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    const element = node as Element;
    if (unread.has(element.tagName)) return void out.push({ break: true });
    if (!inline.has(element.tagName)) {
      out.push({ break: true });
      for (const child of element.children) pieces(child, out);
      return void out.push({ break: true });
    }
    out.push({ edge: `<${element.tagName}>` });
    for (const child of element.children) pieces(child, out);
    return void out.push({ edge: `</${element.tagName}>` });
  }
  for (const child of node.children) pieces(child, out);
}

const wordEnd = /[\p{L}\p{N}]$/u;
/** A word, or an opening bracket or quote that starts one. */
const wordStart = /^[\p{L}\p{N}([{“‘]/u;

/** The text on either side of each inline element's edge, where a word ends on one side and starts on the other: `copy|<a>|the`. */
export function gluedWords(html: string): string[] {
  const list: Piece[] = [];
  pieces(fromHtml(html), list);
  const found: string[] = [];
  for (let index = 0; index < list.length; index++) {
    const piece = list[index]!;
    if (!('edge' in piece)) continue;
    // The nearest text on each side, across other inline edges but not across a block.
    let before = '';
    for (let back = index - 1; back >= 0 && !('break' in list[back]!) && before === ''; back--) {
      const other = list[back]!;
      if ('text' in other) before = other.text;
    }
    let after = '';
    for (let next = index + 1; next < list.length && !('break' in list[next]!) && after === ''; next++) {
      const other = list[next]!;
      if ('text' in other) after = other.text;
    }
    if (wordEnd.test(before) && wordStart.test(after))
      found.push(`${before.slice(-20)}|${piece.edge}|${after.slice(0, 20)}`);
  }
  return [...new Set(found)];
}
