/**
 * The sanitiser's allow-list is derived from the validator's: whatever a contributor may write in
 * HTML, the sanitiser keeps, so that it never strips an accepted attribute and then blames the
 * validator for letting it through. The one deliberate exception is `target` (links open where the
 * reader is).
 */
import { describe, expect, test } from 'vitest';
import { sanitiseFragment } from '../../../src/integrations/sanitise.ts';
import { allowedAttributes, allowedElements, ariaAttributes, checkElement } from '../../../src/validate/html-policy.ts';

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

/** The element with one attribute, inside the parents HTML parsing requires of it. */
function inContext(element: string, attribute: string): string {
  const value = valueFor(attribute);
  const tag = `<${element} ${attribute}${value === '' ? '' : `="${value}"`}>`;
  const own = ['br', 'hr', 'img', 'col'].includes(element) ? tag : `${tag}text</${element}>`;
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
  [...allowedAttributes(element), 'aria-label', 'aria-describedby', 'aria-hidden'].map((attribute) => ({ element, attribute })),
);

describe('the sanitiser and the validator', () => {
  test('the sanitiser keeps every element and attribute the validator accepts (all but target)', () => {
    const checked = cases.filter(({ attribute }) => attribute !== 'target');
    expect(checked.length).toBeGreaterThan(300);

    const refusedByValidator = checked.filter(({ element, attribute }) => checkElement(element, [{ name: attribute, value: valueFor(attribute) }]).length > 0);
    const strippedBySanitiser = checked
      .map(({ element, attribute }) => ({ html: inContext(element, attribute), removed: sanitiseFragment(inContext(element, attribute)).removed }))
      .filter(({ removed }) => removed.length > 0);

    expect(refusedByValidator).toEqual([]);
    expect(strippedBySanitiser).toEqual([]);
  });

  test('every ARIA attribute HTML defines is kept, and an attribute HTML does not define is refused by the validator', () => {
    for (const attribute of ariaAttributes) expect(sanitiseFragment(`<span ${attribute}="x">text</span>`).removed, attribute).toEqual([]);

    expect(checkElement('span', [{ name: 'aria-made-up', value: 'x' }])).toHaveLength(1);
  });

  test('drops target, which the validator lets through, so that no link opens a new window', () => {
    expect(checkElement('a', [{ name: 'href', value: 'https://example.org/' }, { name: 'target', value: '_blank' }])).toEqual([]);

    expect(sanitiseFragment('<a href="https://example.org/" target="_blank">x</a>').removed).toEqual(['<a target="_blank">']);
  });
});
