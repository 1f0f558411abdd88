/**
 * Slugs (docs/public-interface.md §2): what a valid one is, the one made from a title, and why a typed one will
 * not do. Written once for the validator, `npm run new`, the contribution form, the issue
 * converter and the benchmark's generator.
 */

/** A case study's slug: its file name without extension (docs/public-interface.md §2). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugMaxLength = 80;

/** Letters that Unicode normalisation does not take apart into a base letter and an accent. */
const transliterations: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ĸ: 'k',
  ŋ: 'ng',
  '&': ' and ',
};

/**
 * The slug a title (or any name) gives: lower-case ASCII letters, digits and single hyphens, at
 * most 80 characters, cut at a word boundary. Accents are dropped ("Ŵyl" → "wyl") and apostrophes
 * join rather than split words ("Preston's" → "prestons"). Empty when the title has no letter or
 * digit (only emoji, say): callers must then ask for a slug.
 */
export function slugFromTitle(title: string): string {
  const ascii = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþıĸŋ&]/g, (letter) => transliterations[letter] ?? letter)
    .replace(/['’ʼ‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= slugMaxLength) return ascii;
  const cut = ascii.lastIndexOf('-', slugMaxLength);
  // A single word longer than the limit has no boundary to cut on: cut it where the limit falls.
  return (cut > 0 ? ascii.slice(0, cut) : ascii.slice(0, slugMaxLength)).replace(/-+$/, '');
}

/**
 * Why `slug` cannot be a new case study's file name as typed, or undefined when its form is
 * right. Whether a file of that name exists already is the caller's to check (a folder, or the
 * library's list of slugs in the browser). Starts in lower case, to follow a prefix.
 */
export function slugProblem(slug: string): string | undefined {
  if (slug === '') return 'enter a file name: lower-case words joined by hyphens, such as preston-anchor-procurement';
  if (slug.length > slugMaxLength) return `the file name must be at most ${slugMaxLength} characters`;
  if (!slugPattern.test(slug))
    return 'the file name must be lower-case letters a-z, digits and single hyphens, such as preston-anchor-procurement';
  return undefined;
}
