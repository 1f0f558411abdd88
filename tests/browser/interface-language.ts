/**
 * The check that a Welsh page has no English interface words: the English dictionary's words
 * found in a page's text outside what is marked `lang="en"` (an English case study's title, a
 * vocabulary label not yet translated). Pure, so that its own tests show what it finds.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { wordKeys, words } from '../../src/i18n/index.ts';
import type { Language } from '../../src/schema/taxonomy.ts';

/** Attributes a reader hears or sees as text. */
const spokenAttributes = ['ariaLabel', 'title', 'placeholder', 'alt', 'ariaDescription'] as const;

/**
 * The text of `html` in language `lang`: every text node and spoken attribute whose nearest
 * `lang` (the document's, or an element's) is `lang`; scripts, styles and JSON left out.
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
      if (['script', 'style', 'template'].includes(element.tagName)) return;
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

/** Every word (string) of `dictionary`, by its dotted path. */
function leaves(dictionary: object): Map<string, string> {
  const result = new Map<string, string>();
  for (const key of wordKeys(dictionary)) {
    const value = key.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown>)?.[part], dictionary);
    if (typeof value === 'string') result.set(key, value);
  }
  return result;
}

/**
 * The English interface words a Welsh page must not show: every string of the English dictionary
 * with a letter in it and three characters or more, but for a section's `lang` and the words
 * Welsh writes the same (names such as "CSV" or "JSON").
 */
export function englishCatalogue(): string[] {
  const english = leaves(words('en'));
  const welsh = leaves(words('cy'));
  const catalogue = new Set<string>();
  for (const [key, value] of english) {
    if (key.endsWith('.lang') || value.length < 3 || !/\p{L}/u.test(value)) continue;
    // Written the same in Welsh, where the section is translated (not its English fallback).
    const section = key.split('.')[0] as keyof ReturnType<typeof words>;
    if (welsh.get(key) === value && words('cy')[section] !== words('en')[section]) continue;
    catalogue.add(value.trim());
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
