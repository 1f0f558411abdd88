/** What the language dictionaries share: the shapes of the values their phrases take, and small text helpers. */

/** How an outcome changed from its baseline, in words; see `changeWords` in `src/lib/outcome-chart.ts`. */
export interface ChangeWords {
  direction: 'up' | 'down' | 'same';
  /** The size of the change, written with its unit ("£74m", "13.2 percentage points"). */
  amount: string;
  /** The change relative to the baseline, in per cent, when that means something. */
  percent?: string | undefined;
}

/** `text` with its first letter a capital. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * A label made to sit inside a sentence: its first letter in lower case, unless the first word is
 * written in capitals (an acronym such as "NHS"), and the rest as written, so that names inside it
 * keep their capitals ("Cynghorau yng Nghymru" → "cynghorau yng Nghymru", not "… nghymru").
 */
export const inSentence = (text: string, lang: string): string =>
  /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase(lang) + text.slice(1);
