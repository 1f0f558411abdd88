/**
 * The phrases: messages that take inputs, as the functions the pages call ("Showing 1 to 20 of
 * 45 case studies" from `showing(1, 20, 45)`). Each adapter only turns the page's arguments into
 * the message's named inputs (numbers written as the language writes them, a list joined, a choice
 * made into a selector such as `withBaseline`); every word is in `messages/<lang>.json`. A message
 * with inputs needs an adapter here (outside a `script` subsection, whose messages are templates
 * for the browser), and an adapter needs its message: `src/i18n/index.ts` checks both ways.
 */
import type { CaseStudyOrder } from '../lib/case-studies.ts';
import { formatNumber } from '../lib/format.ts';
import type { Language } from '../schema/taxonomy.ts';
import type english from '../../messages/en.json';
import { listInWords } from './lists.ts';
import { capitalise, inSentence, type ChangeWords } from './shared.ts';

/** The key of a message of the English catalogue. */
export type MessageKey = Exclude<keyof typeof english, '$schema'>;

/** The inputs of a message: names to what fills them in. */
export type MessageInputs = Record<string, string | number | undefined>;

/** What an adapter is given: its own message and any other, in one language. */
export interface PhraseContext {
  lang: Language;
  /** The adapter's own message in `lang`, with `inputs` filled in. */
  say(inputs?: MessageInputs): string;
  /** Another message in `lang` (for a count inside a sentence, or a separator). */
  message(key: MessageKey, inputs?: MessageInputs): string;
}

const changeInputs = (change: ChangeWords): MessageInputs => ({
  direction: change.direction,
  withPercent: change.percent ? 'yes' : 'no',
  amount: change.amount,
  percent: change.percent,
});

/** Each phrase, keyed by its message: how the page's arguments become the message's inputs. */
export const phrases = {
  caseStudy_sourceNumber:
    ({ say }: PhraseContext) =>
    (n: number) =>
      say({ number: n }),
  /** The years a practice ran: "2013–2019", "2013" (started and ended the same year), or "Since 2013". */
  caseStudy_yearSpan:
    ({ say }: PhraseContext) =>
    (started: number, ended?: number) =>
      say({ span: ended === undefined ? 'open' : ended === started ? 'single' : 'range', started, ended }),
  caseStudy_inYear:
    ({ say }: PhraseContext) =>
    (value: string, year: number) =>
      say({ value, year }),
  /** What a bar chart of an outcome says, for people who cannot see it. */
  caseStudy_outcomeSentence:
    ({ say, message }: PhraseContext) =>
    (metric: string, value: string, year: number, baseline?: { value: string; year: number; change: ChangeWords }) =>
      say({
        withBaseline: baseline ? 'yes' : 'no',
        metric,
        value,
        year,
        change: baseline && message('caseStudy_change', changeInputs(baseline.change)),
        baselineValue: baseline?.value,
        baselineYear: baseline?.year,
      }),
  /** How an outcome changed, as a sentence of its own ("Up £74m (+152%)"). */
  caseStudy_change:
    ({ say }: PhraseContext) =>
    (change: ChangeWords) =>
      capitalise(say(changeInputs(change))),
  /** A change in a percentage: "1 percentage point", "13.2 percentage points". */
  caseStudy_percentagePoints:
    ({ say }: PhraseContext) =>
    (amount: number) =>
      say({ count: amount }),
  caseStudy_imageCredit:
    ({ say }: PhraseContext) =>
    (credit: string) =>
      say({ credit }),
  /** The notice on a case study whose facts were last checked more than two years ago. */
  caseStudy_reviewNotice:
    ({ say }: PhraseContext) =>
    (date: string) =>
      say({ date }),
  caseStudy_withdrawnOn:
    ({ say }: PhraseContext) =>
    (date: string) =>
      say({ date }),
  /** "£1.2m, one-off (2019)", "£45,000 a year (2021)". */
  caseStudy_costValue:
    ({ say }: PhraseContext) =>
    (amount: string, period: 'one-off' | 'per-year', year: number) =>
      say({ amount, period, year }),
  site_footer_aboutText:
    ({ say }: PhraseContext) =>
    (title: string) =>
      say({ title }),
  site_rssTitle:
    ({ say }: PhraseContext) =>
    (title: string) =>
      say({ title }),
  /** "No guides", "1 guide", "6 guides" (docs/public-interface.md §10). */
  guides_count:
    ({ say }: PhraseContext) =>
    (count: number) =>
      say({ count }),
  /** "Draws on 4 case studies": how many case studies a guide cites. */
  guides_citesCases:
    ({ say }: PhraseContext) =>
    (count: number) =>
      say({ count }),
  /** "No case studies", "1 case study", "12 case studies". */
  site_caseStudyCount:
    ({ say }: PhraseContext) =>
    (count: number) =>
      say({ count }),
  /** "no case studies", "1 case study", "12 case studies" inside a sentence. */
  site_caseStudyCountLower:
    ({ say }: PhraseContext) =>
    (count: number) =>
      say({ count }),
  site_list_showing:
    ({ say, message, lang }: PhraseContext) =>
    (from: number, to: number, total: number) =>
      say({
        from: formatNumber(from, lang),
        to: formatNumber(to, lang),
        caseStudies: message('site_caseStudyCountLower', { count: total }),
      }),
  site_list_pageTitle:
    ({ say }: PhraseContext) =>
    (title: string, page: number, pages: number) =>
      pages > 1 && page > 1 ? say({ title, page, pages }) : title,
  site_pagination_label:
    ({ say }: PhraseContext) =>
    (what: string) =>
      say({ what }),
  site_pagination_page:
    ({ say }: PhraseContext) =>
    (n: number) =>
      say({ page: n }),
  site_pagination_current:
    ({ say }: PhraseContext) =>
    (n: number, of: number) =>
      say({ page: n, pages: of }),
  site_homePage_searchLabel:
    ({ say, message }: PhraseContext) =>
    (count: number) =>
      say({ caseStudies: message('site_caseStudyCountLower', { count }) }),
  site_homePage_all:
    ({ say, message }: PhraseContext) =>
    (count: number) =>
      say({ caseStudies: message('site_caseStudyCountLower', { count }) }),
  site_caseStudiesPage_lede:
    ({ say, message, lang }: PhraseContext) =>
    (count: number, order: string) =>
      say({ caseStudies: message('site_caseStudyCount', { count }), order: order.toLocaleLowerCase(lang) }),
  /** The list's title in `order`: "Case studies", "Case studies: a to z". */
  site_caseStudiesPage_titleInOrder:
    ({ say, message, lang }: PhraseContext) =>
    (order: CaseStudyOrder) =>
      say({ order, orderName: message(`site_orders_${order}`).toLocaleLowerCase(lang) }),
  site_regionsPage_tileLabel:
    ({ say }: PhraseContext) =>
    (region: string, count: number) =>
      say({ region, count }),
  site_regionsPage_regionsOf:
    ({ say }: PhraseContext) =>
    (nation: string) =>
      say({ nation }),
  site_regionsPage_legendRange:
    ({ say, lang }: PhraseContext) =>
    (from: number, to: number) =>
      from === to ? formatNumber(from, lang) : say({ from: formatNumber(from, lang), to: formatNumber(to, lang) }),
  site_nationsPage_regionsIn:
    ({ say }: PhraseContext) =>
    (nation: string) =>
      say({ nation }),
  site_nationsPage_nationDescription:
    ({ say, message }: PhraseContext) =>
    (nation: string, regions: string[]) =>
      say({ nation, count: regions.length, regions: regions.join(message('caseStudy_listSeparator')) }),
  site_organisationsPage_organisationDescription:
    ({ say }: PhraseContext) =>
    (name: string) =>
      say({ name }),
  /** "1 organisation", "12 organisations". */
  site_organisationsPage_count:
    ({ say }: PhraseContext) =>
    (count: number) =>
      say({ count }),
  site_organisationsPage_showing:
    ({ say, message, lang }: PhraseContext) =>
    (from: number, to: number, total: number) =>
      say({
        from: formatNumber(from, lang),
        to: formatNumber(to, lang),
        organisations: message('site_organisationsPage_count', { count: total }),
      }),
  /** What a count of the places-like-mine table says: "3 case studies from county councils in places of …". */
  site_places_listCount:
    ({ say, message, lang }: PhraseContext) =>
    (count: number, kind: string, band: string) =>
      say({
        caseStudies: message('site_caseStudyCount', { count }),
        kind: inSentence(kind, lang),
        band: inSentence(band, lang),
      }),
  site_places_listTitle:
    ({ say, lang }: PhraseContext) =>
    (kind: string, band: string) =>
      say({ kind, band: band.toLocaleLowerCase(lang) }),
  site_places_inNation:
    ({ say }: PhraseContext) =>
    (nation: string) =>
      say({ nation }),
  site_places_searchNation:
    ({ say }: PhraseContext) =>
    (nation: string) =>
      say({ nation }),
  site_statsPage_lede:
    ({ say, message }: PhraseContext) =>
    (count: number) =>
      say({ caseStudies: message('site_caseStudyCount', { count }) }),
  site_statsPage_timelineTitle:
    ({ say }: PhraseContext) =>
    (from: number, to: number) =>
      say({ from, to }),
  /** "The most started in 2013 and 2020: 4 case studies each." */
  site_statsPage_timelineSummary:
    ({ say, message, lang }: PhraseContext) =>
    (peakYears: string[], peak: number) =>
      say({
        years: listInWords(peakYears, lang),
        yearCount: peakYears.length,
        caseStudies: message('site_caseStudyCountLower', { count: peak }),
      }),
  site_statsPage_outcomesIntro:
    ({ say }: PhraseContext) =>
    (share: string) =>
      say({ share }),
  /** The add button of a field's rows, when its description gives none: "Add outcomes". */
  contribute_addRow:
    ({ say, lang }: PhraseContext) =>
    (label: string) =>
      say({ label: label.toLocaleLowerCase(lang) }),
  /** A row's remove button: "Remove source" (the row's number follows). */
  contribute_removeRow:
    ({ say, lang }: PhraseContext) =>
    (noun: string) =>
      say({ noun: noun.toLocaleLowerCase(lang) }),
  /** The last item of a list after "and" (`listInWords` reads the compiled messages itself). */
  site_listJoin_and:
    ({ say }: PhraseContext) =>
    (item: string) =>
      say({ item }),
  site_listJoin_andBeforeVowel:
    ({ say }: PhraseContext) =>
    (item: string) =>
      say({ item }),
  /** The comment lines `npm run new` writes at the top of a new file, dated (`YYYY-MM-DD`). */
  contribute_newCommand_header:
    ({ say }: PhraseContext) =>
    (date: string) =>
      say({ date }).split('\n'),
  /** What `npm run new` says is still to fill in, at the line it is on. */
  contribute_newCommand_summary:
    ({ say }: PhraseContext) =>
    (line: number) =>
      say({ line }),
  contribute_newCommand_sources:
    ({ say }: PhraseContext) =>
    (line: number) =>
      say({ line }),
  contribute_newCommand_wrote:
    ({ say }: PhraseContext) =>
    (file: string) =>
      say({ file }),
  contribute_newCommand_prompt:
    ({ say }: PhraseContext) =>
    (line: number, prompt: string) =>
      say({ line, prompt }),
} satisfies Partial<Record<MessageKey, (context: PhraseContext) => unknown>>;

/** The adapters, by message key. */
export type Phrases = typeof phrases;
