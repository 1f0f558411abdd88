/**
 * A GFM table's column alignment (`| :---: |`) as a class instead of an inline style. Astro's
 * Markdown processor (Sätteri) writes `<td style="text-align: center">`, which the site's Content
 * Security Policy would block (no 'unsafe-inline' styles) and the backstop sanitiser, which allows
 * no `style`, would remove. The class keeps the alignment in the stylesheet
 * (`.prose .align-center`), which both allow.
 *
 * It only sees the cells Markdown renders: raw HTML in `.md` reaches the page as written, and
 * lowercase elements in `.mdx` are JSX, and a contributor may not write `style` in either.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = Extract<NonNullable<SatteriProcessorOptions['hastPlugins']>[number], { name: string }>;

/** The one declaration Sätteri writes for an aligned column, and nothing else. */
const renderedAlignment = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i;

/** The class the stylesheet aligns a cell by. */
export const alignmentClass = (alignment: 'left' | 'center' | 'right') => `align-${alignment}`;

export const tableAlignmentAsClass: HastPlugin = {
  name: 'cwb:table-alignment-as-class',
  element: {
    filter: ['th', 'td'],
    visit(node, ctx) {
      const style = node.properties.style;
      const alignment = typeof style === 'string' ? renderedAlignment.exec(style)?.[1] : undefined;
      if (!alignment) return;
      const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
      ctx.setProperty(node, 'style', null);
      ctx.setProperty(node, 'className', [
        ...classes,
        alignmentClass(alignment.toLowerCase() as 'left' | 'center' | 'right'),
      ]);
    },
  },
};
