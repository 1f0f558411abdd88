/**
 * The selection in this browser (the shared interface of `src/lib/selection.ts`): read from and
 * written to `localStorage`, each change told to the page with `cwb-selection-change`. Storage can
 * be refused (a private window, a policy, a full disk): the selection then lasts as long as the page.
 */
import {
  parseStoredSelection,
  selectionChangeEvent,
  selectionStorageKey,
  serializeSelection,
  type ReadSelection,
  type SelectionChange,
} from '../lib/selection.ts';

let unsaved: string[] | undefined;

/** The stored selection, with what could not be read. */
export function readSelection(): ReadSelection {
  if (unsaved) return { slugs: [...unsaved], invalid: [], overLimit: [] };
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(selectionStorageKey);
  } catch {
    // Storage refused: an empty selection.
  }
  return parseStoredSelection(text);
}

/** Stores `slugs` as the selection and tells the page. */
export function writeSelection(slugs: readonly string[]): void {
  try {
    window.localStorage.setItem(selectionStorageKey, serializeSelection(slugs));
    unsaved = undefined;
  } catch {
    unsaved = [...slugs];
  }
  const detail: SelectionChange = { slugs: [...slugs] };
  window.dispatchEvent(new CustomEvent(selectionChangeEvent, { detail }));
}

/** Calls `listener` with the slugs whenever the selection changes, here or in another tab. */
export function onSelectionChange(listener: (slugs: string[]) => void): void {
  window.addEventListener(selectionChangeEvent, (event) =>
    listener((event as CustomEvent<SelectionChange>).detail.slugs),
  );
  window.addEventListener('storage', (event) => {
    if (event.key === selectionStorageKey || event.key === null) listener(readSelection().slugs);
  });
}
