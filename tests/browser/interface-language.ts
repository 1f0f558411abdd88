/**
 * The check that a Welsh page has no English interface words: the English message catalogue's
 * words found in a page's text outside what is marked `lang="en"` (an English case study's title,
 * its words). Pure, so that its own tests show what it finds.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { catalogues } from '../../src/i18n/index.ts';
import type { Language } from '../../src/schema/taxonomy.ts';

/** Attributes a reader hears or sees as text. */
const spokenAttributes = ['ariaLabel', 'title', 'placeholder', 'alt', 'ariaDescription'] as const;

/**
 * The text of `html` in language `lang`: every text node and spoken attribute whose nearest
 * `lang` (the document's, or an element's) is `lang`; scripts, styles and JSON left out, and code
 * (`<code>`: a field's or a file's name, such as `topics`, is the same in every language).
 */
export function textInLanguage(html: string, lang: Language): string[] {
  const tree = fromHtml(html);
  const found: string[] = [];
  const walk = (node: Root | RootContent, inherited: string) => {
    if (node.type === 'text') {
      if (inherited === lang && node.value.trim()) found.push(node.value);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let current = inherited;
    if (node.type === 'element') {
      const element = node as Element;
      if (['script', 'style', 'template', 'code'].includes(element.tagName)) return;
      const own = element.properties.lang;
      if (typeof own === 'string' && own !== '') current = own.split('-')[0]!;
      if (current === lang) {
        for (const name of spokenAttributes) {
          const value = element.properties[name];
          if (typeof value === 'string' && value.trim()) found.push(value);
        }
        if (element.tagName === 'meta' && element.properties.name === 'description')
          found.push(String(element.properties.content ?? ''));
      }
    }
    for (const child of node.children) walk(child, current);
  };
  walk(tree, lang);
  return found;
}

/** Every text of a message: a string, or the texts of its variants. */
function textsOf(message: unknown): string[] {
  if (typeof message === 'string') return [message];
  if (Array.isArray(message)) return message.flatMap(textsOf);
  if (message && typeof message === 'object' && 'match' in message)
    return Object.values((message as { match: Record<string, unknown> }).match).flatMap(textsOf);
  return [];
}

/**
 * The English interface words a Welsh page must not show: every message of the English catalogue
 * (`messages/en.json`) with a letter in it and three characters or more, and the parts of two
 * words or more around a message's `{inputs}`, but for the messages Welsh writes the same (names
 * such as "CSV" or "JSON").
 */
export function englishCatalogue(): string[] {
  const english = catalogues.en.messages;
  const welsh = catalogues.cy.messages;
  const catalogue = new Set<string>();
  for (const [key, message] of Object.entries(english)) {
    if (JSON.stringify(welsh[key]) === JSON.stringify(message)) continue;
    for (const text of textsOf(message)) {
      const parts = text.split(/\{[^}]*\}/);
      for (const part of parts) {
        const phrase = part.trim().replace(/^[\s.,:;·()–—-]+|[\s.,:;·()–—-]+$/g, '');
        // A part of a message with inputs only when it has two words or more: "The" or "from"
        // alone would be found in English names ("The Highland Council") the page rightly shows.
        if (parts.length > 1 && !/\s/.test(phrase)) continue;
        if (phrase.length >= 3 && /\p{L}/u.test(phrase)) catalogue.add(phrase);
      }
    }
  }
  return [...catalogue];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The phrases of `catalogue` found whole (not inside a longer word) in the Welsh text of `html`;
 * spaces in the page may be any run of white space. `names` (the site's name, in the document's
 * title, which cannot carry a `lang`) are proper names, left out before looking.
 */
export function englishInWelshPage(
  html: string,
  catalogue: readonly string[],
  names: readonly string[] = [],
): string[] {
  let text = textInLanguage(html, 'cy').join('\n').replace(/\s+/g, ' ');
  for (const name of names) text = text.replaceAll(name, ' ');
  return catalogue.filter((phrase) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}
