/**
 * A case study's citation as its page and its files give it (docs/public-interface.md §8,
 * citations): the record's parts from the case study, and the day a built file says it was read.
 */
import type { CitationInput } from '../lib/citation.ts';
import type { CaseStudyData } from '../schema/case-study.ts';

/**
 * The day a citation built into the site says it was read: the build's day (UTC), or that of
 * `SOURCE_DATE_EPOCH` (seconds) when set, so that a reproducible build writes the same files.
 * The page's script puts the reader's own day in its place; the files keep this one and the page says so.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return when.toISOString().slice(0, 10);
}

/** What a case study's citation is made of: its title, lead organisation, publication date and language. */
export function citationInputOf(
  slug: string,
  data: Pick<CaseStudyData, 'title' | 'organisation' | 'published' | 'lang'>,
  context: { url: string; siteName: string; accessed: string },
): CitationInput {
  return {
    slug,
    title: data.title,
    organisation: data.organisation,
    published: data.published,
    lang: data.lang,
    url: context.url,
    siteName: context.siteName,
    accessed: context.accessed,
  };
}

/** This build's day, worked out once so that every page and file of one build gives the same. */
export const thisBuildDay: string = buildDay();
