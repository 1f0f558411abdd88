/**
 * A built page's ids and references as the standard's tokenizer reads them (parse5, through
 * src/validate/html-tokens.ts): the reader the link check had before it read pages with
 * htmlparser2, kept for the tests that hold the two to the same answer.
 */
import type { Page } from '../../../src/integrations/link-check.ts';
import { readTokens } from '../../../src/validate/html-tokens.ts';
import { linkAttributes, linkValues } from '../../../src/validate/link-policy.ts';

export function standardPage(html: string, url: string): Page {
  const page: Page = { url, ids: new Set(), references: [] };
  readTokens(html, {
    onStartTag(token) {
      const attributes = new Map<string, string>();
      for (const { name, value } of token.attrs) if (!attributes.has(name)) attributes.set(name, value);
      const id = attributes.get('id');
      if (id) page.ids.add(id);
      if (token.tagName === 'a' && attributes.get('name')) page.ids.add(attributes.get('name')!);
      for (const name of linkAttributes[token.tagName] ?? []) {
        const value = attributes.get(name);
        if (value === undefined) continue;
        for (const one of linkValues(name, value))
          page.references.push({
            attribute: name,
            value: one,
            tag: token.tagName,
            rel: attributes.get('rel'),
            target: attributes.get('target'),
          });
      }
      if (token.tagName === 'a' && attributes.has('target') && !attributes.has('href'))
        page.references.push({ attribute: 'target', value: '', tag: 'a', target: attributes.get('target') });
    },
  });
  return page;
}
