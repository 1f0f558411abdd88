/**
 * What a case-study page shows besides its text, worked out from the case study and the library's
 * indexes: its links (organisations, related case studies, translations, the closest matches and
 * why), its themes and topics in its language, its outcome figures, the page's own sections for the
 * table of contents, and its structured data. Pure (no Astro modules), so that the tests build a
 * page from plain case studies; `src/pages/case-studies/[slug].astro` only renders it.
 */
import { caseStudyWords, type CaseStudyWords } from '../i18n/index.ts';
import type { CaseStudy } from '../lib/case-studies.ts';
import type { OrganisationIndex } from '../lib/organisations.ts';
import { outcomeFigures, type OutcomeFigure } from '../lib/outcome-chart.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import type { PlacesIndex } from '../lib/places-like.ts';
import type { Shared, SimilarityIndex } from '../lib/similar.ts';
import { dueForReview, factsCheckedOn } from '../lib/still-true.ts';
import type { CaseStudyData } from '../schema/case-study.ts';
import { caseStudyJsonLd, jsonLdText } from '../lib/structured-data.ts';
import { termDescription, termLabel, type TermText } from '../lib/terms.ts';
import { needsTableOfContents, tableOfContents, type Heading, type TocItem } from '../lib/toc.ts';
import {
  absoluteUrl,
  caseStudiesUrl,
  caseStudyUrl,
  homeUrl,
  organisationUrl,
  themeUrl,
  topicUrl,
} from '../lib/urls.ts';
import type { Language, Taxonomy } from '../schema/taxonomy.ts';
import { thisBuildDay } from './citation.ts';

/** What the page needs of the library besides its own case study. */
export interface CaseStudyPageContext<T extends CaseStudy> {
  taxonomy: Pick<Taxonomy, 'themes' | 'topics'>;
  organisations: Pick<OrganisationIndex<T>, 'slugOf'>;
  links: { related(id: string): T[]; translations(id: string): T[] };
  similarity: Pick<SimilarityIndex<T>, 'closestTo'>;
  /** "From places like this" (none when not given). */
  places?: Pick<PlacesIndex<T>, 'likeCase'>;
  /** The listed case study of a slug, for the replacement of a withdrawn one. */
  listedCase?: (id: string) => T | undefined;
  /** The day of the build, `YYYY-MM-DD`, which says whether the facts are due for review (default: the build's day, `thisBuildDay`: today in UTC, or `SOURCE_DATE_EPOCH`'s). */
  today?: string;
  /** The deployment's base path. */
  base: string;
  /**
   * The base of the interface's pages in the case study's language (`/cy/` for Welsh), for its
   * links to term pages; `base` by default.
   */
  pages?: string;
  /** The site's origin, for the absolute URLs of sharing and structured data. */
  site: URL;
  /**
   * Where an organisation is in the interface of the case study's language, by slug (its entry on
   * the Welsh A to Z: `organisationHref` in organisation-directory.ts); its page under `pages` by default.
   */
  organisationAt?: (slug: string) => string;
}

/** A theme or topic of the case study, in the page's language where translated. */
export interface PageTerm {
  id: string;
  label: TermText;
  description: TermText | undefined;
  href: string;
}

/** A heading of the page's own, after the case study's text. */
export interface PageSection {
  slug: string;
  text: string;
}

/** Everything a case-study page shows besides the case study's text and picture. */
export interface CaseStudyPage<T extends CaseStudy> {
  lang: Language;
  /** The page's words, in the case study's language. */
  t: CaseStudyWords;
  /** The page's path, base included. */
  path: string;
  /** The page's absolute URL. */
  url: string;
  /** The lead organisation's page. */
  organisationHref: string | undefined;
  partners: { name: string; href: string | undefined }[];
  related: T[];
  translations: T[];
  /** The closest matches not already related, each with why it is listed. */
  similar: { entry: T; note: string }[];
  themes: PageTerm[];
  topics: PageTerm[];
  /** The labels of its themes and topics: the article's tags and subjects. */
  termNames: string[];
  figures: OutcomeFigure[];
  /** The page's own sections, in the order the page shows them. */
  sections: PageSection[];
  /** The file's name, for the link that edits it. */
  fileName: string;
  /** The date it last changed: updated, else published. */
  lastChanged: string;
  /** When its facts were last checked, and whether that is so long ago that the page says so. */
  checked: { date: string; text: string; old: boolean };
  /** Set when it is withdrawn: when (in words), why, and the case study that replaces it. */
  withdrawn: { date: string; text: string; reason: string; replacement: T | undefined } | undefined;
  /** "What it took": each fact with its heading; empty when the case study says nothing of it. */
  took: { label: string; text: string; source?: number }[];
  /** "From places like this": the same kind of organisation, the same or a neighbouring size band, nearest first. */
  placesLike: T[];
}

/** The amount of a cost as a reader writes it: "£45,000", "£250k", "£1.2m". */
export function costAmount(value: number, unit: '£' | '£k' | '£m', lang: Language): string {
  return `£${formatNumber(value, lang)}${unit === '£' ? '' : unit.slice(1)}`;
}

/** The "What it took" facts of a case study, in its language. */
export function whatItTook(data: CaseStudyData, t: CaseStudyWords): CaseStudyPage<CaseStudy>['took'] {
  const took: CaseStudyPage<CaseStudy>['took'] = [];
  const { cost, funders, staff } = data.resources ?? {};
  if (cost)
    took.push({
      label: t.cost,
      text: t.costValue(costAmount(cost.value, cost.unit, data.lang), cost.period, cost.year),
      ...(cost.source === undefined ? {} : { source: cost.source }),
    });
  if (funders && funders.length > 0) took.push({ label: t.funders, text: funders.join(t.listSeparator) });
  if (staff) took.push({ label: t.staff, text: staff });
  if (data.transferability) took.push({ label: t.transferability, text: data.transferability });
  return took;
}

/** The page of `entry`. */
export function caseStudyPage<T extends CaseStudy & { filePath?: string | undefined }>(
  entry: T,
  context: CaseStudyPageContext<T>,
): CaseStudyPage<T> {
  const { taxonomy, organisations, links, similarity, base, site } = context;
  const pages = context.pages ?? base;
  const today = context.today ?? thisBuildDay;
  const data = entry.data;
  const lang = data.lang;
  const t = caseStudyWords(lang);
  const organisationHref = (name: string) => {
    const slug = organisations.slugOf(name);
    if (!slug) return undefined;
    return context.organisationAt ? context.organisationAt(slug) : organisationUrl(pages, slug);
  };
  const pageTerm = (terms: Taxonomy['themes'], href: (base: string, id: string) => string) => (id: string) => ({
    id,
    label: termLabel(terms, id, lang),
    description: termDescription(terms, id, lang),
    href: href(pages, id),
  });
  const related = links.related(entry.id);
  const similar = similarity
    .closestTo(entry.id, { exclude: related.map((other) => other.id) })
    .map((match) => ({ entry: match.entry, note: similarNote(match.shared, taxonomy, lang) }));
  const themes = data.themes.map(pageTerm(taxonomy.themes, themeUrl));
  const topics = (data.topics ?? []).map(pageTerm(taxonomy.topics, topicUrl));
  const figures = outcomeFigures(data);
  const path = caseStudyUrl(base, entry.id);
  const took = whatItTook(data, t);
  const shown = new Set([...related, ...similar.map((match) => match.entry)].map((other) => other.id));
  const placesLike = (context.places?.likeCase(entry.id, { exclude: [...shown] }) ?? []).filter(
    (other) => other.data.translationOf !== entry.id && data.translationOf !== other.id,
  );
  const checkedOn = factsCheckedOn(data);
  const withdrawn = data.withdrawn && {
    date: data.withdrawn.date,
    text: formatDate(data.withdrawn.date, lang),
    reason: data.withdrawn.reason,
    replacement: data.withdrawn.replacedBy ? context.listedCase?.(data.withdrawn.replacedBy) : undefined,
  };
  return {
    lang,
    t,
    path,
    url: absoluteUrl(site, path),
    organisationHref: organisationHref(data.organisation),
    partners: (data.partners ?? []).map((name) => ({ name, href: organisationHref(name) })),
    related,
    translations: links.translations(entry.id),
    similar,
    themes,
    topics,
    termNames: [...themes, ...topics].map((term) => term.label.text),
    figures,
    sections: pageSections(t, {
      figures: figures.length > 0,
      contact: Boolean(data.contact),
      related: related.length > 0,
      similar: similar.length > 0,
      took: took.length > 0,
      placesLike: placesLike.length > 0,
    }),
    fileName: entry.filePath?.split(/[\\/]/).pop() ?? `${entry.id}.md`,
    lastChanged: data.updated ?? data.published,
    checked: { date: checkedOn, text: formatDate(checkedOn, lang), old: dueForReview(data, today) },
    withdrawn,
    took,
    placesLike,
  };
}

/**
 * Why a close match is listed, in the page's language: "Shares: Anchor institutions, Progressive
 * procurement, same region" (the topics and themes it shares, then region and type).
 */
export function similarNote(shared: Shared, taxonomy: Pick<Taxonomy, 'themes' | 'topics'>, lang: Language): string {
  const t = caseStudyWords(lang);
  const names = [
    ...shared.topics.map((id) => termLabel(taxonomy.topics, id, lang).text),
    ...shared.themes.map((id) => termLabel(taxonomy.themes, id, lang).text),
    ...(shared.region ? [t.sameRegion] : []),
    ...(shared.organisationType ? [t.sameOrganisationType] : []),
  ];
  return `${t.shares}: ${names.join(t.listSeparator)}`;
}

/** The page's own sections that have something to show, in the page's order. */
export function pageSections(
  t: CaseStudyWords,
  has: {
    figures: boolean;
    contact: boolean;
    related: boolean;
    similar: boolean;
    took?: boolean;
    placesLike?: boolean;
  },
): PageSection[] {
  return [
    ...(has.figures ? [{ slug: 'figures-heading', text: t.figures }] : []),
    ...(has.took ? [{ slug: 'took-heading', text: t.whatItTook }] : []),
    { slug: 'sources-heading', text: t.sources },
    ...(has.contact ? [{ slug: 'contact-heading', text: t.contact }] : []),
    ...(has.related ? [{ slug: 'related-heading', text: t.related }] : []),
    ...(has.similar ? [{ slug: 'similar-heading', text: t.similar }] : []),
    ...(has.placesLike ? [{ slug: 'places-heading', text: t.placesLikeThis }] : []),
  ];
}

/**
 * The "On this page" list of the text's headings and the page's sections, and whether a text of
 * `words` words is long enough to show it.
 */
export function pageOutline(
  headings: readonly Heading[],
  sections: readonly PageSection[],
  words: number,
): { items: TocItem[]; show: boolean } {
  const items = tableOfContents(headings, sections);
  return { items, show: needsTableOfContents(items, words) };
}

/** The page's schema.org JSON-LD, as the text of its script element. */
export function caseStudyStructuredData<T extends CaseStudy>(
  entry: T,
  page: CaseStudyPage<T>,
  context: { base: string; site: URL; siteName: string; imageUrl: string | undefined },
): string {
  const { base, site } = context;
  const home = absoluteUrl(site, homeUrl(base));
  return jsonLdText(
    caseStudyJsonLd({
      data: entry.data,
      url: page.url,
      site: { name: context.siteName, url: home },
      about: page.termNames,
      imageUrl: context.imageUrl,
      translations: page.translations.map((other) => ({
        url: absoluteUrl(site, caseStudyUrl(base, other.id)),
        lang: other.data.lang,
      })),
      breadcrumbs: [
        { name: page.t.home, url: home },
        { name: page.t.caseStudies, url: absoluteUrl(site, caseStudiesUrl(base)) },
        { name: entry.data.title, url: page.url },
      ],
    }),
  );
}
