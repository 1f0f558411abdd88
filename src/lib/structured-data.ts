/**
 * schema.org JSON-LD for a case study, so that search engines and other tools read its headline,
 * dates, place, subjects, authors and sources without scraping, and the text that writes it into
 * a page safely.
 */
import type { CaseStudyData } from '../schema/case-study.ts';

type JsonLd = Record<string, unknown>;

/** Words that make a contributor's name an organisation's rather than a person's. */
const organisationWords =
  /\b(council|team|network|authority|partnership|government|university|college|cles|centre|center|trust|association|institute|foundation|agency|board|group|committee|ltd|limited|plc|cic|co-?op(erative)?|society|alliance|nhs|department|office|commission|cyngor|llywodraeth)\b/i;

/** A contributor as a schema.org Person, or an Organization when the name says it is one. */
export function contributorNode(name: string): JsonLd {
  return { '@type': organisationWords.test(name) ? 'Organization' : 'Person', name };
}

export interface CaseStudyJsonLdInput {
  data: CaseStudyData;
  /** The page's absolute URL. */
  url: string;
  site: { name: string; url: string };
  /** The labels of its themes and topics, in the page's language. */
  about: string[];
  /** Absolute URL of its image, when it has one. */
  imageUrl?: string | undefined;
  /** Absolute URLs of its versions in other languages. */
  translations?: { url: string; lang: string }[];
  /** The breadcrumb trail, absolute URLs, the page last. */
  breadcrumbs: { name: string; url: string }[];
}

/** The case study as a schema.org `Article` with its breadcrumb trail. */
export function caseStudyJsonLd(input: CaseStudyJsonLdInput): JsonLd {
  const { data, url, site } = input;
  const article: JsonLd = {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: data.title,
    description: data.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: data.lang === 'cy' ? 'cy-GB' : 'en-GB',
    datePublished: data.published,
    dateModified: data.updated ?? data.published,
    about: input.about.map((name) => ({ '@type': 'Thing', name })),
    keywords: input.about.join(', '),
    spatialCoverage: {
      '@type': 'Place',
      name: data.place,
      ...(data.country ? { address: { '@type': 'PostalAddress', addressCountry: data.country } } : {}),
    },
    sourceOrganization: { '@type': 'Organization', name: data.organisation },
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
    isPartOf: { '@type': 'WebSite', name: site.name, url: site.url },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    citation: data.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.url ? { url: source.url } : {}),
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
      ...(source.year !== undefined ? { datePublished: String(source.year) } : {}),
    })),
  };
  if (data.contributors?.length) article.author = data.contributors.map(contributorNode);
  if (input.imageUrl) article.image = input.imageUrl;
  if (input.translations?.length)
    article.workTranslation = input.translations.map((other) => ({
      '@id': `${other.url}#article`,
      url: other.url,
      inLanguage: other.lang,
    }));
  const breadcrumbs: JsonLd = {
    '@type': 'BreadcrumbList',
    itemListElement: input.breadcrumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [article, breadcrumbs] };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` escaped as `\u003c`
 * and so on, so that no text in a case study (such as `</script>`) can end the element early, and
 * the line and paragraph separators that older parsers take for line ends escaped too.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
