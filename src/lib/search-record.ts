/**
 * What the search index knows about one case study (docs/public-interface.md §9): its filters, meta and sort keys.
 * The case-study page writes them as `data-pagefind-*` attributes for the built index, and the dev
 * server indexes the same values as custom records, so that search in `npm run dev` and in the built
 * site agree. Pure: no Astro, no file system.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import type { CaseStudyData } from '../schema/case-study.ts';
import type { GuideData } from '../schema/guide.ts';
import type { Taxonomy, Term } from '../schema/taxonomy.ts';
import { searchFilterNames, vocabularies, type SearchFilterName } from '../schema/vocabularies.ts';
import { termIdsOf } from './grouping.ts';
import { guideFilter, searchFilterValue } from './search-query.ts';
import { searchOnlyAnchor } from './search-excerpt.ts';
import { mutatedFormsOfName, radicalsOfMutatedWords } from './welsh-mutation.ts';

/**
 * The one language the index is written in. Pagefind splits its index by page language and a page
 * only searches its own, so case studies in Welsh would be invisible from the (English) search page;
 * indexing everything as one language keeps one result list for both (docs/public-interface.md §9). Welsh has no
 * Pagefind stemmer, so nothing is lost for Welsh words, which still match as written.
 */
export const searchIndexLanguage = 'en';

/** The filter names of the index, in registry order (`src/schema/vocabularies.ts`). Values are English labels. */
export { searchFilterNames, type SearchFilterName };

/**
 * The meta fields every indexed case study carries: the public interface's four, and `lang`, so that a
 * result written in Welsh is marked as Welsh on the (English) search page.
 */
export interface SearchMeta {
  title: string;
  summary: string;
  place: string;
  organisation: string;
  lang: string;
}

/** The sort keys: `published` as `YYYY-MM-DD`, `started` as a year. */
export interface SearchSort {
  published: string;
  started: string;
}

/** A record in the shape of Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: SearchMeta & Record<string, string>;
  filters: Partial<Record<SearchFilterName, string[]>>;
  sort: SearchSort & Record<string, string>;
}

/** A case study's filter values: English labels, whatever language the case study is written in. */
export function searchFilters(data: CaseStudyData, taxonomy: Taxonomy): Partial<Record<SearchFilterName, string[]>> {
  const filters: Partial<Record<SearchFilterName, string[]>> = {};
  for (const row of vocabularies) {
    const terms: readonly Term[] = taxonomy[row.key];
    const ids = termIdsOf(taxonomy, row.key)(data);
    const values = ids.map((id) => {
      const term = terms.find((candidate) => candidate.id === id);
      return term ? searchFilterValue(term) : id;
    });
    // Pagefind counts an empty list as no filter at all; leave such keys out so both paths agree.
    if (values.length > 0) filters[row.filter] = values;
  }
  return filters;
}

/** A case study's meta: what a search result shows beside the excerpt. */
export function searchMeta(data: CaseStudyData): SearchMeta {
  return {
    title: data.title,
    summary: data.summary,
    place: data.place,
    organisation: data.organisation,
    lang: data.lang,
  };
}

/** A case study's sort keys. */
export function searchSort(data: CaseStudyData): SearchSort {
  return { published: data.published, started: String(data.started) };
}

/** Tags, comments and entities stripped from raw HTML (or MDX JSX) in a body, keeping the words between. */
const htmlToText = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ');

/**
 * The plain text of a Markdown or MDX body, for indexing: the words a reader sees, one block a
 * line, without markup or link targets. Raw HTML and MDX component tags are dropped but the text
 * between them is kept. The built site indexes the rendered page instead; this is for `npm run dev`.
 */
export function markdownToText(body: string): string {
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const blocks: string[] = [];
  let line: string[] = [];
  const flush = () => {
    const text = line.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    line = [];
  };
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') flush();
    if (node.type === 'text' || node.type === 'inlineCode') line.push(node.value);
    else if (node.type === 'code') line.push(`\n${node.value}\n`);
    else if (node.type === 'html') line.push(` ${htmlToText(node.value)} `);
    else if (node.type === 'break') line.push(' ');
    else if (node.type === 'image') line.push(` ${node.alt ?? ''} `);
  });
  flush();
  return blocks.join('\n');
}

/**
 * The vocabulary words a case study can be found by, beyond its own text: the labels of its themes
 * and topics in English and in Welsh, and the synonyms a reader would type for them (`synonyms` in
 * `content/taxonomy/*.yml`). A case study tagged `real-living-wage` whose text only says "London
 * Living Wage" is then found by "living wage", and one tagged `insourcing` by "in-house".
 * The terms' descriptions are not indexed (issue 15): each is shared by every case study with the
 * term, so a word of one ("Real Living Wage" in the fair-employment pillar's) made two thirds of
 * the library match a search that its text, title, summary and labels did not answer.
 */
export interface SearchTerms {
  labels: string[];
  synonyms: string[];
}

/** The `data-pagefind-weight` of each part of a case study's search-only text (body text weighs 1). */
export const searchTermWeights = {
  /** The place, the lead organisation and the partners: a reader looking for a council types its name. */
  names: 4,
  /** The mutated forms of those names, for a case study in Wales or in Welsh: "yng Ngwynedd" is the name too. */
  nameForms: 4,
  labels: 2,
  /** Words for a term that its label does not say: as precise as the label, chosen for it. */
  synonyms: 2,
  /** The radicals of the mutated words of a Welsh text ("Caerdydd" for "yng Nghaerdydd"): words of the text. */
  radicals: 1,
} as const;

/**
 * The `id` of the element holding a case-study page's search-only text: Pagefind records where it
 * starts, so that the search page tells matches in the text a reader sees from matches in this
 * block, which it never shows (`src/lib/search-excerpt.ts`).
 */
export { searchOnlyAnchor };

/** The themes' and topics' labels and synonyms of a case study, each once, the case study's language first. */
export function searchTerms(data: CaseStudyData, taxonomy: Taxonomy): SearchTerms {
  const terms = [
    ...data.themes.map((id) => taxonomy.themes.find((term) => term.id === id)),
    ...(data.topics ?? []).map((id) => taxonomy.topics.find((term) => term.id === id)),
  ].filter((term) => term !== undefined);
  const unique = (texts: (string | undefined)[]) => [...new Set(texts.filter((text): text is string => Boolean(text)))];
  // The page's own language first: an excerpt drawn from this text then reads in that language.
  const ordered = <T>(english: (term: Term) => T[], welsh: (term: Term) => T[]) =>
    data.lang === 'cy'
      ? [...terms.flatMap(welsh), ...terms.flatMap(english)]
      : [...terms.flatMap(english), ...terms.flatMap(welsh)];
  return {
    labels: unique(
      ordered(
        (term) => [term.label],
        (term) => [term.cy.label],
      ),
    ),
    synonyms: unique(
      ordered(
        (term) => term.synonyms ?? [],
        (term) => term.cy.synonyms ?? [],
      ),
    ),
  };
}

/**
 * Each theme's and topic's synonyms in both languages, by the value the index holds for it (its
 * English label): what the search page needs to say which term a synonym matched.
 */
export function termSynonyms(taxonomy: Taxonomy): Record<string, string[]> {
  return Object.fromEntries(
    [...taxonomy.themes, ...taxonomy.topics].flatMap((term) => {
      const synonyms = [...(term.synonyms ?? []), ...(term.cy.synonyms ?? [])];
      return synonyms.length > 0 ? [[searchFilterValue(term), synonyms]] : [];
    }),
  );
}

/** One part of a case study's search-only text, with its `data-pagefind-weight`. */
export interface SearchOnlyPart {
  weight: number;
  text: string;
}

/**
 * Whether a case study's names are Welsh names a reader may type mutated: it is in Wales or written
 * in Welsh. Other names are left alone: "Breston" and "Mhreston" would be words no one types, each
 * a position in the index.
 */
const hasWelshNames = (data: CaseStudyData) => data.lang === 'cy' || data.region === 'wales';

/**
 * The words a reader may type for a case study in Welsh, mutated or not, that its text does not
 * write (Welsh has no Pagefind stemmer): the mutated forms of its names ("Ngwynedd", "Wynedd" for
 * "Gwynedd"), and, for a text in Welsh, the radicals of its mutated words ("Caerdydd" for "yng
 * Nghaerdydd"; see `src/lib/welsh-mutation.ts`).
 */
export function welshSearchForms(data: CaseStudyData, body = ''): { nameForms: string[]; radicals: string[] } {
  const names = [data.place, data.organisation, ...(data.partners ?? [])];
  return {
    nameForms: hasWelshNames(data) ? [...new Set(names.flatMap(mutatedFormsOfName))] : [],
    radicals:
      data.lang === 'cy' ? radicalsOfMutatedWords([data.title, data.summary, markdownToText(body)].join('\n')) : [],
  };
}

/**
 * The text a case study is found by that its page does not show: the names of its place and
 * organisations and their Welsh forms, its themes' and topics' labels and synonyms, and the
 * radicals of a Welsh text's mutated words, each with its weight, in the order the page writes them. The case-study page writes them as hidden paragraphs inside the element
 * {@link searchOnlyAnchor}; the dev index adds them to its record.
 */
export function searchOnlyText(
  data: CaseStudyData,
  taxonomy: Taxonomy,
  body = '',
): Record<keyof typeof searchTermWeights, SearchOnlyPart> {
  const terms = searchTerms(data, taxonomy);
  const welsh = welshSearchForms(data, body);
  return {
    names: {
      weight: searchTermWeights.names,
      text: [data.place, data.organisation, ...(data.partners ?? [])].join('. '),
    },
    nameForms: { weight: searchTermWeights.nameForms, text: welsh.nameForms.join(' ') },
    labels: { weight: searchTermWeights.labels, text: terms.labels.join('. ') },
    synonyms: { weight: searchTermWeights.synonyms, text: terms.synonyms.join('. ') },
    radicals: { weight: searchTermWeights.radicals, text: welsh.radicals.join(' ') },
  };
}

/**
 * The index record of one case study: URL without the base (Pagefind adds it through its `baseUrl`
 * option, as it does for the built pages), the text a reader can find it by, and its facets.
 */
export function searchRecord(slug: string, data: CaseStudyData, body: string, taxonomy: Taxonomy): SearchRecord {
  const searchOnly = searchOnlyText(data, taxonomy, body);
  // A custom record's text has no weights; each part is one line, ended as a sentence so that an
  // excerpt does not run a label into the body's first words.
  const content = [
    data.title,
    data.summary,
    `${searchOnly.names.text}.`,
    searchOnly.nameForms.text && `${searchOnly.nameForms.text}.`,
    searchOnly.labels.text && `${searchOnly.labels.text}.`,
    searchOnly.synonyms.text && `${searchOnly.synonyms.text}.`,
    markdownToText(body),
    searchOnly.radicals.text && `${searchOnly.radicals.text}.`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    url: `/case-studies/${encodeURIComponent(slug)}/`,
    content,
    language: searchIndexLanguage,
    meta: { ...searchMeta(data) },
    filters: searchFilters(data, taxonomy),
    sort: { ...searchSort(data) },
  };
}

/**
 * A how-to guide's record for the dev server's index (docs/public-interface.md §10), as its built page is
 * indexed: its title, summary and text, the `title`, `summary` and `lang` meta, and only the
 * `kind: guide` filter, so that no case-study filter returns it.
 */
export function guideSearchRecord(
  slug: string,
  data: GuideData,
  body: string,
): { url: string; content: string; language: string; meta: Record<string, string>; filters: Record<string, string[]> } {
  return {
    url: `/guides/${encodeURIComponent(slug)}/`,
    content: [data.title, data.summary, markdownToText(body)].join('\n'),
    language: searchIndexLanguage,
    meta: { title: data.title, summary: data.summary, lang: data.lang },
    filters: { [guideFilter.name]: [guideFilter.value] },
  };
}
