/** Vocabulary terms as a page shows them: in the page's language where translated, marked when not. */
import type { Language, Term } from '../schema/taxonomy.ts';

/** A term's label or description and the language it is actually in. */
export interface TermText {
  text: string;
  lang: Language;
}

/** The term `id` of `terms`, if it exists. */
export function findTerm<T extends Term>(terms: readonly T[], id: string): T | undefined {
  return terms.find((term) => term.id === id);
}

/** The label of `id` in `lang` when translated, else in English (else the id itself). */
export function termLabel(terms: readonly Term[], id: string, lang: Language = 'en'): TermText {
  const term = findTerm(terms, id);
  if (!term) return { text: id, lang: 'en' };
  if (lang === 'cy' && term.cy) return { text: term.cy.label, lang: 'cy' };
  return { text: term.label, lang: 'en' };
}

/** The description of `id` in `lang` when translated, else in English; undefined when it has none. */
export function termDescription(terms: readonly Term[], id: string, lang: Language = 'en'): TermText | undefined {
  const term = findTerm(terms, id);
  if (!term) return undefined;
  if (lang === 'cy' && term.cy?.description) return { text: term.cy.description, lang: 'cy' };
  return term.description ? { text: term.description, lang: 'en' } : undefined;
}

/** The `lang` attribute a piece of text needs inside a page in `pageLang`: none when they agree. */
export const langAttribute = (text: TermText, pageLang: Language): Language | undefined =>
  text.lang === pageLang ? undefined : text.lang;
