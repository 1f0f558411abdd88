/**
 * The "On this page" list of a case study: its body's sections (level-2 headings, with their
 * level-3 headings under them) and the page's own sections after them, shown only when the text is
 * long enough for a reader to need it.
 */

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  /** The heading's `id`, which the link points at. */
  slug: string;
  text: string;
  children: TocItem[];
}

/** A text of at least this many sections and words gets a table of contents. */
export const tocThreshold = { sections: 4, words: 300 };

/**
 * The outline of `headings` (level 2, with level 3 under the level 2 before it; a level 3 before
 * any level 2 counts as level 2), followed by `pageSections`.
 */
export function tableOfContents(
  headings: readonly Heading[],
  pageSections: readonly { slug: string; text: string }[] = [],
): TocItem[] {
  const items: TocItem[] = [];
  for (const heading of headings) {
    const text = heading.text.trim();
    if (!heading.slug || !text || heading.depth < 2 || heading.depth > 3) continue;
    const item = { slug: heading.slug, text, children: [] };
    const parent = items.at(-1);
    if (heading.depth === 3 && parent) parent.children.push(item);
    else items.push(item);
  }
  return [...items, ...pageSections.map((section) => ({ ...section, children: [] }))];
}

/** Whether a text of `words` words whose outline is `items` is long enough to need a table of contents. */
export function needsTableOfContents(items: readonly TocItem[], words: number): boolean {
  return items.length >= tocThreshold.sections && words >= tocThreshold.words;
}

/** The number of words in a Markdown or MDX body, roughly (markup characters are not words). */
export function wordCount(body: string): number {
  return body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
