/**
 * The selection page's "Cite the selection" (src/components/SelectionCitations.astro): one file of
 * every shown case study's citations, in the format asked for, joined from their files at
 * /data/citations/ by `joinCitations`. The case studies are those the page compares: a shared
 * link's (`?cases=`), else the reader's own selection. A slug the site does not have (a shared
 * link's typing mistake) is left out, as the comparison leaves it out.
 */
import { citationFormats, type CitationFormat } from '../lib/citation-formats.ts';
import { joinCitations, shownSelection } from '../lib/citation-join.ts';
import { selectionChangeEvent, selectionStorageKey } from '../lib/selection-interface.ts';

const section = document.querySelector<HTMLElement>('[data-selection-citations]');
const status = section?.querySelector<HTMLElement>('[data-export-status]');
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** The slugs the page compares. */
const shownSlugs = () => shownSelection(window.location.search, localStorage.getItem(selectionStorageKey));

/** The joined file, or undefined when a file could not be fetched (not one the site lacks). */
async function joinedFile(format: CitationFormat, slugs: readonly string[]): Promise<string | undefined> {
  const { extension } = citationFormats[format];
  const files = await Promise.all(
    slugs.map(async (slug) => {
      const response = await fetch(`${base}data/citations/${slug}.${extension}`);
      if (response.status === 404) return '';
      if (!response.ok) throw new Error(`${response.status}`);
      return response.text();
    }),
  ).catch(() => undefined);
  return files && joinCitations(format, format === 'csl' ? files.filter((file) => file !== '') : files);
}

function download(format: CitationFormat, text: string): void {
  const { extension, mediaType } = citationFormats[format];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: mediaType }));
  link.download = `selection-citations.${extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

if (section && status) {
  const show = () => (section.hidden = shownSlugs().length === 0);
  show();
  window.addEventListener(selectionChangeEvent, show);
  window.addEventListener('storage', show);
  for (const button of section.querySelectorAll<HTMLButtonElement>('[data-export-citations]')) {
    const format = button.dataset.exportCitations as CitationFormat;
    button.addEventListener('click', async () => {
      status.textContent = '';
      const text = await joinedFile(format, shownSlugs());
      if (text === undefined) status.textContent = status.dataset.failed ?? '';
      else download(format, text);
    });
  }
}
