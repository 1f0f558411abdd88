/**
 * Vocabulary terms as a page shows them: in the page's language, marked when not. The lookups are
 * the schema's (`src/schema/taxonomy.ts`), re-exported here for the pages and components.
 */
import type { Language } from '../schema/taxonomy.ts';
import type { TermText } from '../schema/term-text.ts';

export { findTerm, termDescription, termLabel, type TermText } from '../schema/term-text.ts';

/** The `lang` attribute a piece of text needs inside a page in `pageLang`: none when they agree. */
export const langAttribute = (text: TermText, pageLang: Language): Language | undefined =>
  text.lang === pageLang ? undefined : text.lang;
