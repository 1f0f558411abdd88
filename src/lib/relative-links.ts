/**
 * A guide's text is written for its page `/guides/<slug>/`: a relative link such as
 * `../../case-studies/preston/` leads from there. Its Welsh twin, `/cy/guides/<slug>/`, is one folder
 * deeper, where the same link would lead nowhere; these functions write such links from the page
 * they were written for, so that the text reads the same from either page.
 */

/** True for an address that depends on the page it is on: no scheme, not from the root, not only a fragment or query. */
const isRelative = (value: string) => value !== '' && !/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(value);

/**
 * `html` (rendered HTML, attributes quoted as Astro writes them) with each relative `href` and `src`
 * resolved against `writtenFor` (the path of the page the text was written for, such as
 * `/base/guides/spend/`), as a path from the root; other addresses unchanged.
 */
export function rebaseRelativeLinks(html: string, writtenFor: string): string {
  const origin = 'http://page.invalid';
  const page = new URL(writtenFor, origin);
  return html.replace(/(\s(?:href|src)=)(["'])(.*?)\2/g, (whole, attribute: string, quote: string, value: string) => {
    if (!isRelative(value)) return whole;
    // Rendered HTML escapes & in attributes; the address is resolved as written and escaped again.
    const resolved = new URL(value.replaceAll('&amp;', '&'), page);
    return `${attribute}${quote}${`${resolved.pathname}${resolved.search}${resolved.hash}`.replaceAll('&', '&amp;')}${quote}`;
  });
}
