/**
 * What a how-to guide's page shows (docs/public-interface.md §10): its cases as published case studies,
 * its themes and topics in its language, its address and file. Pure, so that the `.astro` file only
 * renders and tests can build a guide's page without Astro.
 */
import type { CaseStudy } from '../lib/case-studies.ts';
import { casesOf, type Guide } from '../lib/guides.ts';
import { termLabel, type TermText } from '../lib/terms.ts';
import { absoluteUrl, guideUrl, themeUrl, topicUrl } from '../lib/urls.ts';
import type { Language, Taxonomy } from '../schema/taxonomy.ts';

/** A theme or topic of the guide, linked to its page. */
export interface GuideTerm {
  id: string;
  label: TermText;
  href: string;
}

export interface GuidePage<T extends CaseStudy> {
  /** The language of the page's interface (its address's: `/guides/` English, `/cy/guides/` Welsh). */
  lang: Language;
  /** The language the guide is written in, which may differ from the interface's. */
  textLang: Language;
  /** The page's path under the base, and its absolute URL. */
  path: string;
  url: string;
  /** The file's name in `content/guides/`, for "Edit this guide". */
  fileName: string;
  /** The case studies it cites that the site shows, in the guide's order. */
  cases: T[];
  themes: GuideTerm[];
  topics: GuideTerm[];
  /** When it last changed: `updated`, else `published`. */
  lastChanged: string;
}

/**
 * The page of `guide` in the interface of `lang` (English by default), whose pages are under
 * `pages` (`localeBase(lang)`; `base` by default), its cases looked up among `published` (the
 * site's case studies, by slug). Its terms are labelled in the interface's language.
 */
export function guidePage<T extends CaseStudy>(
  guide: Guide & { filePath?: string | undefined },
  context: {
    published: ReadonlyMap<string, T>;
    taxonomy: Pick<Taxonomy, 'themes' | 'topics'>;
    base: string;
    site: URL | string;
    lang?: Language;
    pages?: string;
  },
): GuidePage<T> {
  const { data } = guide;
  const { taxonomy, base, site, lang = 'en', pages = base } = context;
  const term = (terms: Taxonomy['themes'], href: (base: string, id: string) => string) => (id: string) => ({
    id,
    label: termLabel(terms, id, lang),
    href: href(pages, id),
  });
  const path = guideUrl(pages, guide.id);
  return {
    lang,
    textLang: data.lang,
    path,
    url: absoluteUrl(site, path),
    fileName: guide.filePath?.split('/').pop() ?? `${guide.id}.md`,
    cases: casesOf(guide, context.published),
    themes: data.themes.map(term(taxonomy.themes, themeUrl)),
    topics: (data.topics ?? []).map(term(taxonomy.topics, topicUrl)),
    lastChanged: data.updated ?? data.published,
  };
}
