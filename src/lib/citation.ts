/**
 * "Cite this case study": the citation of a case-study page as a reader pastes it (Harvard) and as
 * reference managers import it (CSL-JSON, RIS, BibLaTeX), each written by citation-js from one CSL
 * record, so that no format is written by hand (docs/public-interface.md §8, citations).
 * Build-time code: citation-js and its processor are large and stay out of the browser.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Language } from '../schema/taxonomy.ts';
import type { CitationFormat } from './citation-formats.ts';
import { cslLocales, cslLocaleTags } from './citation-locales.ts';
import { citationDate, citationMonths } from './citation-date.ts';

const cslConfig = plugins.config.get('@csl') as { locales: { add(tag: string, xml: string): void } };
for (const [tag, xml] of Object.entries(cslLocales)) cslConfig.locales.add(tag, xml);

/** What a case study's citation is made of. */
export interface CitationInput {
  /** The case study's slug: the record's id and citation key, unique in the library. */
  slug: string;
  title: string;
  /** The lead organisation, cited as the author. */
  organisation: string;
  /** The publication date, `YYYY-MM-DD`: the citation's year. */
  published: string;
  /** The case study's language, which is the citation's. */
  lang: Language;
  /** The page's absolute address. */
  url: string;
  /** The library's name, cited as the publisher. */
  siteName: string;
  /** The day the reader is taken to have read the page, `YYYY-MM-DD` (in a built file, the build's day). */
  accessed: string;
}

/** A CSL date from `YYYY-MM-DD`. */
function cslDate(iso: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`A citation's date must be YYYY-MM-DD, not "${iso}"`);
  return { 'date-parts': [[year, month, day]] };
}

/** The CSL-JSON record of a case-study page: a web page by its lead organisation. */
export function citationRecord(input: CitationInput): Record<string, unknown> {
  return {
    id: input.slug,
    // BibTeX keys may not hold a hyphen (citation-js would make one up, and two could clash in a
    // selection's file); a slug's hyphens become underscores, which keeps every key unique.
    'citation-key': input.slug.replaceAll('-', '_'),
    type: 'webpage',
    title: input.title,
    author: [{ literal: input.organisation }],
    publisher: input.siteName,
    issued: cslDate(input.published),
    accessed: cslDate(input.accessed),
    URL: input.url,
    language: cslLocaleTags[input.lang],
  };
}

/**
 * RIS with every value on its tag's line. citation-js breaks values after 70 characters, as the
 * old RIS specification did; readers then put a space into a long address (citation-js's own
 * parser and Zotero's both do), so a case study's URL would no longer open. The break is a bare
 * line feed after exactly 70 characters, so removing it gives back the value.
 */
function unwrapRis(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-( |$))/gm, '');
}

/**
 * The citation as a file. BibTeX is written as BibLaTeX (`@online` with `urldate`), which
 * keeps the access date as a field where classic BibTeX has only a note; BibLaTeX, Zotero,
 * JabRef and Mendeley read it.
 */
export function citationFile(input: CitationInput, format: CitationFormat): string {
  const cite = new Cite([citationRecord(input)]);
  switch (format) {
    case 'ris':
      return `${unwrapRis(cite.format('ris'))}\n`;
    case 'bibtex':
      return `${cite.format('biblatex').trim()}\n`;
    case 'csl':
      return `${JSON.stringify([citationRecord(input)], null, 2)}\n`;
  }
}

/** A Harvard citation, cut around its access date so that a page can show another day. */
export interface HarvardCitation {
  /** The whole citation as plain text. */
  text: string;
  /** The text before the access date. */
  before: string;
  /** The access date as the citation writes it ("2 December 2026", "2 Rhagfyr 2026"). */
  accessed: string;
  /** The text after it. */
  after: string;
}

/**
 * The Harvard citation (citation-js's `harvard1` style) in the case study's language. Its access
 * date is found as `citationDate` writes it, which is how the page's script writes the reader's
 * own day in its place.
 */
export function harvardCitation(input: CitationInput): HarvardCitation {
  const text = new Cite([citationRecord(input)])
    .format('bibliography', {
      format: 'text',
      template: 'harvard1',
      lang: cslLocaleTags[input.lang],
    })
    .trim();
  const accessed = citationDate(input.accessed, citationMonths[input.lang]);
  const at = text.lastIndexOf(accessed);
  if (at === -1) {
    throw new Error(`The Harvard citation of ${input.slug} does not write its access date as "${accessed}": ${text}`);
  }
  return { text, before: text.slice(0, at), accessed, after: text.slice(at + accessed.length) };
}
