/**
 * The selection's shared interface (issue 17), as the offline code reads it: the reader's chosen
 * case studies are a JSON array of slugs in localStorage under `cwb-selection`, and every change
 * dispatches `cwb-selection-change` on `window` with `{ detail: { slugs } }`. Apart, and without
 * imports, so that the registration script every page loads stays a few hundred bytes.
 */
export const selectionStorageKey = 'cwb-selection';
export const selectionChangeEvent = 'cwb-selection-change';

/** The message a page sends its service worker: keep these case studies' pages, and no others. */
export interface KeepMessage {
  type: 'cwb-keep';
  slugs: string[];
}
export const keepMessageType: KeepMessage['type'] = 'cwb-keep';

/**
 * Dispatched on `window` by the search page once its first results show (or it has nothing to
 * search). The offline code waits for it there before registering the service worker, whose
 * precache (the shell, Pagefind's runtime and metadata again) would otherwise download beside the
 * first search (issue 15: bytes of a cold first search).
 */
export const searchShownEvent = 'cwb-search-shown';
