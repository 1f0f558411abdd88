/**
 * The text of a built case-study page as Pagefind reads it. Kept apart from the Pagefind
 * integration so that the sanitiser's worker threads, which space the pages as they sanitise them,
 * need not load Pagefind.
 */

/**
 * Elements that end a line of text when shown but that Pagefind joins to their neighbours' words:
 * it separates only `h1`–`h6`, `p`, `td`, `div`, `ul`, `li`, `article` and `section`
 * (`SENTENCE_SELECTORS` in pagefind/src/fossick/parser.rs), and Astro's `compressHTML` removes the
 * whitespace between tags. Without a space "Real Living Wage" in a `<dt>` and "Paying the…" in its
 * `<dd>` become one word "WagePaying", which no search finds and every excerpt shows.
 */
const blockTag =
  /<\/?(?:address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|h[1-6]|header|hgroup|hr|legend|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>])[^>]*>/gi;

/**
 * The page as Pagefind should read it: a space before every block-level element and after its end,
 * outside the element, so that Pagefind still ends a paragraph's sentence with a full stop.
 */
export const spaceBlocks = (html: string) =>
  html.replace(blockTag, (tag) => (tag.startsWith('</') ? `${tag} ` : ` ${tag}`));

/**
 * A built case-study page with {@link spaceBlocks} applied to its indexed `<article>` only, written
 * back before indexing so that Pagefind can read the files itself (far faster than sending each
 * page through its Node API). Whitespace between block elements changes nothing a reader sees; the
 * header, navigation and footer are left as Astro wrote them. Contributed text cannot close the
 * article early: the sanitiser, which runs first, allows no `<article>` in it.
 */
export function spaceIndexedBlocks(page: string): string {
  const start = page.search(/<article\b[^>]*\sdata-pagefind-body[\s>=]/);
  const end = page.lastIndexOf('</article>');
  if (start === -1 || end < start) return page;
  return (
    page.slice(0, start) +
    spaceBlocks(page.slice(start, end + '</article>'.length)) +
    page.slice(end + '</article>'.length)
  );
}
