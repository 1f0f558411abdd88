/**
 * A term's label and description in a language: the one lookup of vocabulary words, for pages,
 * cards, search and the search page's script. Types only from the zod schema (`taxonomy.ts`), so
 * that the browser can import this without zod.
 */
import type { Language, Term } from './taxonomy.ts';

/** A term's label or description and the language it is actually in. */
export interface TermText {
  text: string;
  lang: Language;
}

/** The term `id` of `terms`, if it exists. */
export function findTerm<T extends Term>(terms: readonly T[], id: string): T | undefined {
  return terms.find((term) => term.id === id);
}

/**
 * The label of `id` in `lang` (every term has its Welsh), with the language it is in; an unknown
 * id is given as itself, marked English.
 */
export function termLabel(terms: readonly Term[], id: string, lang: Language = 'en'): TermText {
  const term = findTerm(terms, id);
  if (!term) return { text: id, lang: 'en' };
  if (lang === 'cy') return { text: term.cy.label, lang: 'cy' };
  return { text: term.label, lang: 'en' };
}

/** The description of `id` in `lang`; undefined when it has none. */
export function termDescription(terms: readonly Term[], id: string, lang: Language = 'en'): TermText | undefined {
  const term = findTerm(terms, id);
  if (!term?.description) return undefined;
  if (lang === 'cy' && term.cy.description) return { text: term.cy.description, lang: 'cy' };
  return { text: term.description, lang: 'en' };
}

/** The label of `termId` in `terms`, in `lang` ({@link termLabel}'s text); the id itself when unknown. */
export function labelOf(terms: readonly Term[], termId: string, lang: Language = 'en'): string {
  return termLabel(terms, termId, lang).text;
}
