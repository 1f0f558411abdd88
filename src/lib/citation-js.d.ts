/**
 * The part of citation-js's API that `citation.ts` and its tests use: the packages ship no types.
 * https://citation.js.org/api/0.7/
 */
declare module '@citation-js/core' {
  /** A list of CSL-JSON records read from any format a loaded plugin parses (CSL-JSON, RIS, BibTeX). */
  export class Cite {
    constructor(data: unknown);
    /** The records as CSL-JSON. */
    data: Record<string, unknown>[];
    /** The records in an output format (`bibliography`, `ris`, `bibtex`, `biblatex`, `data`). */
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(plugin: string): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
