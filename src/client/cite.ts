/**
 * The case-study page's citation, once JavaScript runs: the access date becomes the reader's own
 * day (a citation says when its writer read the page, not when the site was built), the note
 * says so, and a button copies the citation. Without JavaScript the page shows the build's day
 * and says to change it (src/components/CiteThis.astro).
 */
import { citationDate, citationMonths } from '../lib/citation-date.ts';
import type { Language } from '../schema/taxonomy.ts';

/** The reader's day as `YYYY-MM-DD`, in their own time zone. */
function today(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

for (const section of document.querySelectorAll<HTMLElement>('[data-cite]')) {
  const lang: Language = section.closest('[lang]')?.getAttribute('lang') === 'cy' ? 'cy' : 'en';
  const date = section.querySelector<HTMLTimeElement>('[data-cite-accessed]');
  const note = section.querySelector<HTMLElement>('[data-cite-note]');
  const citation = section.querySelector<HTMLElement>('[data-citation]');
  if (date && note?.dataset.today) {
    const day = today();
    date.dateTime = day;
    date.textContent = citationDate(day, citationMonths[lang]);
    note.textContent = note.dataset.today;
  }
  const row = section.querySelector<HTMLElement>('[data-cite-copy-row]');
  const button = section.querySelector<HTMLButtonElement>('[data-cite-copy]');
  const status = section.querySelector<HTMLElement>('[data-cite-status]');
  if (row && button && status && citation && navigator.clipboard) {
    row.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(citation.textContent ?? '').then(
        () => (status.textContent = button.dataset.copied ?? ''),
        () => (status.textContent = button.dataset.failed ?? ''),
      );
    });
  }
}
