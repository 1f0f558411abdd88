/**
 * "/" moves the focus to the search box, as on GitHub, GOV.UK and MDN: a search box in the page's
 * content when it has one (the search page's, the home page's), else the header's. Never while the
 * reader is typing in a field, and never with a modifier key, so that no typed "/" is lost.
 */

/** True when a key pressed with `target` focused would type into something. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}

/** The search box "/" focuses: one in the page's content (the search page's, the home page's) before the header's. */
function searchBox(): HTMLInputElement | null {
  const selectors = [
    'main input[data-search-shortcut]',
    'main form[role="search"] input[name="q"]',
    'input[data-search-shortcut]',
  ];
  for (const selector of selectors) {
    const box = document.querySelector<HTMLInputElement>(selector);
    if (box) return box;
  }
  return null;
}

document.addEventListener('keydown', (event) => {
  if (
    event.key !== '/' ||
    event.defaultPrevented ||
    event.isComposing ||
    event.ctrlKey ||
    event.metaKey ||
    event.altKey
  )
    return;
  if (isTyping(event.target)) return;
  const box = searchBox();
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
// For tests and scripts: the shortcut is listening (it loads after the page).
document.documentElement.dataset.searchShortcutReady = 'true';

// A module, so that the layout can import it.
export {};
