/**
 * "Did you mean Preston?" for a search that finds nothing (issue 19, item 6): the closest place,
 * organisation or vocabulary word of the library to what was typed. The build writes the list
 * ({@link suggestionList}, `/search-suggestions.json`); the search page fetches it, with this
 * module, only when a search with words finds nothing, so that no other search pays for it.
 * Distances are Levenshtein's, by `fastest-levenshtein` (a kept, dependency-free implementation).
 */
import { distance } from 'fastest-levenshtein';
import type { CaseStudyData } from '../schema/case-study.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';

/** Where the list is, under the site's base path. */
export const suggestionsPath = 'search-suggestions.json';

/** Lower case, without accents, as search compares words. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('cy').trim();

/**
 * What a search may be corrected to: the places, lead organisations and partners of the case
 * studies given (the published ones), and the labels and synonyms of the themes and topics in both
 * languages; each once, sorted. Names, not sentences: the list stays small as the library grows.
 */
export function suggestionList(entries: readonly CaseStudyData[], taxonomy: Taxonomy): string[] {
  const names = entries.flatMap((data) => [data.place, data.organisation, ...(data.partners ?? [])]);
  const terms = [...taxonomy.themes, ...taxonomy.topics].flatMap((term) => [
    term.label,
    term.cy.label,
    ...(term.synonyms ?? []),
    ...(term.cy.synonyms ?? []),
  ]);
  return [...new Set([...names, ...terms].map((text) => text.trim()).filter(Boolean))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
}

/** How many letters a word of this length may be off by and still be what was meant. */
const allowedDistance = (length: number) => (length <= 4 ? 1 : length <= 8 ? 2 : 3);

/**
 * The entry of `list`, or a word of one (four letters or more), closest to `query` within a few
 * letters (one for a short word, up to three for a long one); undefined when none is that close
 * or the query is one of them as typed. Ties go to a whole entry ("Preston" the place over the
 * word of "Preston City Council"), then to the shorter.
 */
export function closestSuggestion(query: string, list: readonly string[]): string | undefined {
  const wanted = folded(query).replace(/\s+/g, ' ');
  if (wanted.length < 3) return undefined;
  const limit = allowedDistance(wanted.length);
  let best: { text: string; distance: number; whole: boolean } | undefined;
  const consider = (text: string, whole: boolean) => {
    const form = folded(text);
    if (Math.abs(form.length - wanted.length) > limit) return;
    const apart = distance(wanted, form);
    if (apart > limit) return;
    const better =
      !best ||
      apart < best.distance ||
      (apart === best.distance && whole && !best.whole) ||
      (apart === best.distance && whole === best.whole && text.length < best.text.length);
    if (better) best = { text, distance: apart, whole };
  };
  for (const entry of list) {
    consider(entry, true);
    for (const word of entry.split(/[^\p{L}\p{N}'’-]+/u)) if (word.length >= 4 && word !== entry) consider(word, false);
  }
  return best && best.distance > 0 ? best.text : undefined;
}
