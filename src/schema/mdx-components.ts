/**
 * The components every `.mdx` case study may use without importing them (docs/public-interface.md §5). The
 * validator refuses any other capitalised tag; the case-study page maps each name to its
 * component in `src/components/mdx/`. Their attributes are plain strings: MDX expressions are refused.
 */
export const mdxComponents = {
  /** A highlighted box. Attributes: `title` (optional), `tone` = `note` (default) | `warning` | `tip`. */
  Callout: ['title', 'tone'],
  /** A quotation set apart from the text. Attributes: `by` (who said it, optional), `role` (optional). */
  PullQuote: ['by', 'role'],
} as const satisfies Record<string, readonly string[]>;

export type MdxComponentName = keyof typeof mdxComponents;
export const mdxComponentNames = Object.keys(mdxComponents) as MdxComponentName[];
