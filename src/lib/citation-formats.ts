/**
 * The file formats a case study's citation is downloaded in (docs/public-interface.md §8,
 * citations): their extensions and media types, for the routes, the page's links and the
 * selection's export. Apart from `citation.ts` so that the browser gets it without citation-js.
 */
export const citationFormats = {
  ris: { extension: 'ris', mediaType: 'application/x-research-info-systems' },
  bibtex: { extension: 'bib', mediaType: 'application/x-bibtex' },
  csl: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;

export type CitationFormat = keyof typeof citationFormats;

/** The formats in the order a page offers them. */
export const citationFormatOrder: readonly CitationFormat[] = ['ris', 'bibtex', 'csl'];
