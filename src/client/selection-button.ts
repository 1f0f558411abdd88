/**
 * On every page: the header's link to the selection with its count, and the "Add to my selection"
 * buttons of case-study pages and cards (`[data-selection-toggle]`, hidden in the HTML, so that a
 * page without JavaScript shows no button that does nothing; the space it takes is kept for it, so
 * that it appears without moving the page). Its words come from the page
 * (`#selection-words`, written by the layout). Kept small: it is the only selection code a
 * case-study page loads (at most 3 KB gzipped, tests/unit/performance/selection-size.test.ts).
 */
import { plural } from '../i18n/plural.ts';
import { addToSelection, removeFromSelection, selectionLimit, type SelectionButtonWords } from '../lib/selection.ts';
import { onSelectionChange, readSelection, writeSelection } from './selection-store.ts';

const wordsElement = document.getElementById('selection-words');
if (wordsElement?.textContent) {
  const w = JSON.parse(wordsElement.textContent) as SelectionButtonWords;
  const status = document.querySelector<HTMLElement>('[data-selection-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-selection-toggle]')];

  const show = (slugs: readonly string[]) => {
    // The link's words stay; only the number, in a space kept for it, changes (no layout shift).
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-selection-count]')) {
      const number = link.querySelector('[data-selection-number]');
      if (number) number.textContent = `(${slugs.length})`;
      link.setAttribute('aria-label', plural(slugs.length, w.lang, w.count));
    }
    for (const button of buttons) {
      const chosen = slugs.includes(button.dataset.selectionToggle ?? '');
      button.textContent = chosen ? w.remove : w.add;
      button.dataset.selected = String(chosen);
      button.hidden = false;
    }
  };

  for (const button of buttons) {
    button.addEventListener('click', () => {
      const slug = button.dataset.selectionToggle ?? '';
      const title = button.dataset.selectionTitle ?? slug;
      const slugs = readSelection().slugs;
      if (slugs.includes(slug)) {
        writeSelection(removeFromSelection(slugs, slug));
        say(w.removed.replace('{title}', title));
        return;
      }
      const added = addToSelection(slugs, slug);
      if ('refused' in added) {
        say(w.full.replace('{limit}', String(selectionLimit)));
        return;
      }
      writeSelection(added.slugs);
      say(w.added.replace('{title}', title));
    });
  }
  onSelectionChange(show);
  show(readSelection().slugs);
  document.documentElement.dataset.selectionReady = 'true';
}
