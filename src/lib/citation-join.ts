/**
 * The citations of several case studies as one file, from their files at
 * `/data/citations/<slug>.<ext>` (docs/public-interface.md §8): what the selection's "Export
 * citations" downloads. Browser-safe and free of citation-js: the per-case files are already
 * written by it, and the three formats join without rewriting a record.
 */
import type { CitationFormat } from './citation-formats.ts';
import { selectionSlugs } from './offline.ts';

/**
 * One file holding every citation of `files` (each the text of one per-case file), in their order:
 * RIS and BibLaTeX records one after another, CSL-JSON arrays merged into one. A CSL-JSON file that
 * is not an array of records is an error naming its place in the list.
 */
export function joinCitations(format: CitationFormat, files: readonly string[]): string {
  if (format === 'csl') {
    const records = files.flatMap((file, index) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(file);
      } catch (error) {
        throw new Error(`Citation file ${index + 1} of ${files.length} is not JSON: ${(error as Error).message}`, {
          cause: error,
        });
      }
      if (!Array.isArray(parsed))
        throw new Error(`Citation file ${index + 1} of ${files.length} is not a CSL-JSON array`);
      return parsed as unknown[];
    });
    return `${JSON.stringify(records, null, 2)}\n`;
  }
  // A blank line between records, whatever each file ends with.
  const records = files.map((file) => file.trim()).filter((file) => file !== '');
  return records.length === 0 ? '' : `${records.join('\n\n')}\n`;
}

/** The most case studies the selection page compares (the selection's own limit, issue 17 item 2). */
const shownLimit = 6;

/**
 * The case studies the selection page shows, whose citations it exports: a shared link's
 * (`?cases=a,b`), else the reader's own selection (localStorage `cwb-selection`), at most six,
 * only well-formed slugs.
 */
export function shownSelection(search: string, stored: string | null): string[] {
  const cases = new URLSearchParams(search).get('cases');
  const slugs =
    cases !== null ? selectionSlugs(cases.split(',').map((slug) => slug.trim())) : selectionSlugs(stored ?? '[]');
  return slugs.slice(0, shownLimit);
}
