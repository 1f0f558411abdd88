/**
 * "How the text will look" on the contribution form: the Markdown body drawn as headings,
 * paragraphs, lists, links and tables, with the same parser the validator uses. Built with DOM
 * calls and text nodes only (never `innerHTML`), so that nothing typed is run; raw HTML is shown as
 * the text it is. Loaded only when the contributor opens the preview.
 */
import type { Nodes, Parents } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Link targets a reader could follow; anything else is drawn as plain text. */
const safeUrl = (url: string) => /^(?:https?:|mailto:|#)/i.test(url.trim());

/**
 * Draws `markdown` into `container`, replacing what was there. Headings are shifted down by
 * `headingOffset` levels (`##` becomes `h5` with an offset of 3) to sit under the page's own. A
 * picture is drawn as `picture`'s words, `{text}` standing for its alternative text or address.
 */
export function renderPreview(markdown: string, container: HTMLElement, headingOffset: number, picture: string): void {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const document = container.ownerDocument;
  const element = <Tag extends keyof HTMLElementTagNameMap>(tag: Tag, children: Parents['children'] = []) => {
    const made = document.createElement(tag);
    append(made, children);
    return made;
  };

  function draw(node: Nodes): Node | undefined {
    switch (node.type) {
      case 'heading':
        return element(`h${Math.min(6, node.depth + headingOffset)}` as 'h6', node.children);
      case 'paragraph':
        return element('p', node.children);
      case 'text':
        return document.createTextNode(node.value);
      case 'emphasis':
        return element('em', node.children);
      case 'strong':
        return element('strong', node.children);
      case 'delete':
        return element('del', node.children);
      case 'inlineCode': {
        const code = document.createElement('code');
        code.textContent = node.value;
        return code;
      }
      case 'code': {
        const pre = document.createElement('pre');
        pre.textContent = node.value;
        return pre;
      }
      case 'blockquote':
        return element('blockquote', node.children);
      case 'list': {
        const list = element(node.ordered ? 'ol' : 'ul', node.children);
        if (node.ordered && node.start !== null && node.start !== undefined && node.start !== 1)
          list.setAttribute('start', String(node.start));
        return list;
      }
      case 'listItem':
        return element('li', node.children);
      case 'link': {
        if (!safeUrl(node.url)) return element('span', node.children);
        const link = element('a', node.children);
        link.href = node.url;
        link.rel = 'noopener';
        link.target = '_blank';
        return link;
      }
      case 'image': {
        const text = document.createElement('span');
        text.textContent = picture.replace('{text}', node.alt ?? node.url);
        return text;
      }
      case 'break':
        return document.createElement('br');
      case 'thematicBreak':
        return document.createElement('hr');
      case 'html':
        return document.createTextNode(node.value);
      case 'table': {
        const table = document.createElement('table');
        node.children.forEach((row, index) => {
          const tr = document.createElement('tr');
          for (const cell of row.children) tr.append(element(index === 0 ? 'th' : 'td', cell.children));
          (index === 0 ? table.createTHead() : (table.tBodies[0] ?? table.createTBody())).append(tr);
        });
        return table;
      }
      default:
        // Footnotes, definitions and anything newer: their text, so nothing typed disappears.
        return 'children' in node
          ? element('span', node.children)
          : 'value' in node
            ? document.createTextNode(String(node.value))
            : undefined;
    }
  }

  function append(parent: Node, children: readonly Nodes[]): void {
    for (const child of children) {
      const drawn = draw(child);
      if (drawn) parent.appendChild(drawn);
    }
  }

  container.replaceChildren();
  append(container, tree.children);
}
