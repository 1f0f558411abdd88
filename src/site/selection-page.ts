/**
 * What the selection's pages (`/selection/`, the comparison, and `/selection/pack/`, the briefing
 * pack) are built from. The pages are the same for every reader and the selection is the reader's
 * own, kept in the browser, so the pages fetch one small record per chosen case study
 * (`/selection/cases/<slug>.json`, in the interface's language) rather than carrying every case
 * study: a comparison of six fetches about 8 KB (2 KB gzipped) where the whole open-data export is
 * 190 KB. Each record holds its facts already written for reading (labels in the page's language,
 * numbers and years as the language writes them), so that the page's script only places them.
 * Pure (no Astro modules).
 */
import { caseStudyWords, selectionWords, type CaseStudyWords } from '../i18n/index.ts';
import type { CaseStudy } from '../lib/case-studies.ts';
import { countryName, formatNumber } from '../lib/format.ts';
import { nationOf } from '../lib/grouping.ts';
import { outcomeFigures } from '../lib/outcome-chart.ts';
import {
  compareRowKeys,
  contentRows,
  selectionLimit,
  type CompareRowKey,
  type SelectionButtonWords,
  type SelectionPageConfig,
  type SelectionRecord,
} from '../lib/selection.ts';
import { termLabel } from '../lib/terms.ts';
import { caseStudyUrl, withBase } from '../lib/urls.ts';
import type { Language, Taxonomy } from '../schema/taxonomy.ts';
import { costAmount } from './case-study-page.ts';

/** Where the record of `slug` is, in the interface of `pages` (`/` or `/cy/`, base included). */
export const selectionRecordPath = (pages: string, slug: string) => withBase(pages, `selection/cases/${slug}.json`);

/** The record of one case study for the selection's pages in `lang`. */
export function selectionRecord(
  entry: CaseStudy,
  context: { taxonomy: Taxonomy; lang: Language; base: string },
): SelectionRecord {
  const { taxonomy, lang, base } = context;
  const data = entry.data;
  // Labels in the interface's language; the case study's own words (outcomes, costs) in its own.
  const t: CaseStudyWords = caseStudyWords(lang);
  const own: CaseStudyWords = caseStudyWords(data.lang);
  const label = (terms: Taxonomy['themes'], id: string) => termLabel(terms, id, lang).text;
  const nation = nationOf(taxonomy, data.region);
  const region = [
    label(taxonomy.regions, data.region),
    ...(nation && nation.id !== data.region && nation.id !== 'outside-uk' ? [label(taxonomy.nations, nation.id)] : []),
  ].join(', ');
  const { cost, funders, staff } = data.resources ?? {};
  const sourceLine = (index: number | undefined) => (index === undefined ? '' : ` [${index}]`);
  return {
    slug: entry.id,
    title: data.title,
    summary: data.summary,
    lang: data.lang,
    href: caseStudyUrl(base, entry.id),
    facts: {
      place: [
        data.country && data.region === 'outside-uk' ? `${data.place}, ${countryName(data.country, lang)}` : data.place,
      ],
      region: [region],
      organisation: [data.organisation],
      partners: data.partners ?? [],
      organisationType: [label(taxonomy.organisationTypes, data.organisationType)],
      population: data.population === undefined ? [] : [formatNumber(data.population, lang)],
      years: [t.yearSpan(data.started, data.ended)],
      status: [label(taxonomy.statuses, data.status)],
      themes: data.themes.map((id) => label(taxonomy.themes, id)),
      topics: (data.topics ?? []).map((id) => label(taxonomy.topics, id)),
      outcomes: outcomeFigures(data).map((figure) => `${figure.sentence}${sourceLine(figure.source)}`),
      cost: cost
        ? [
            `${own.costValue(costAmount(cost.value, cost.unit, data.lang), cost.period, cost.year)}${sourceLine(cost.source)}`,
          ]
        : [],
      funders: funders ?? [],
      staff: staff ? [staff] : [],
      evidence: data.evidence ? [label(taxonomy.evidenceLevels, data.evidence)] : [],
      sources: data.sources.map((source) => source.title),
    },
    sources: data.sources.map((source) => {
      const detail = [source.publisher, source.year === undefined ? undefined : String(source.year)]
        .filter(Boolean)
        .join(', ');
      return { title: source.title, ...(source.url ? { url: source.url } : {}), ...(detail ? { detail } : {}) };
    }),
  };
}

/** The script's configuration of the selection's pages in `lang`. */
export function selectionPageConfig(lang: Language, context: { base: string; pages: string }): SelectionPageConfig {
  const t = caseStudyWords(lang);
  const labels: Record<CompareRowKey, string> = {
    place: t.place,
    region: t.region,
    organisation: t.organisation,
    partners: t.partners,
    organisationType: t.organisationType,
    population: t.population,
    years: t.years,
    status: t.status,
    themes: t.themes,
    topics: t.topics,
    outcomes: t.outcomes,
    cost: t.cost,
    funders: t.funders,
    staff: t.staff,
    evidence: t.evidence,
    sources: t.sources,
  };
  return {
    lang,
    selectionPath: withBase(context.pages, 'selection/'),
    packPath: withBase(context.pages, 'selection/pack/'),
    recordPath: selectionRecordPath(context.pages, '{slug}'),
    slugsPath: withBase(context.base, 'data/case-study-slugs.json'),
    rows: compareRowKeys.map((key) => ({ key, label: labels[key], content: contentRows.includes(key) })),
    limit: selectionLimit,
    whatItTook: t.whatItTook,
    words: selectionWords(lang).script,
  };
}

/** The words the selection's button and the header's count need, in `lang` (see `src/client/selection-button.ts`). */
export function selectionButtonWords(lang: Language) {
  const w = selectionWords(lang).script;
  return {
    lang,
    add: w.add,
    remove: w.remove,
    added: w.added,
    removed: w.removed,
    full: w.full,
    countShort: w.countShort,
    count: w.count,
  } satisfies SelectionButtonWords;
}
