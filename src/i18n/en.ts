/**
 * The interface's words in English: the reference dictionary. Every other language has the same
 * keys (see `cy.ts`) and falls back to these, section by section, where it is not yet translated.
 *
 * Sections:
 * - `caseStudy`: the furniture of a case-study page (facts, headings, charts, links), shown in the
 *   case study's own language, so that a Welsh case study reads in Welsh throughout.
 * - `site`: the rest of the interface (header, footer, lists, map, statistics, open data).
 * - `vocabularies`: the name of each vocabulary of the registry, one term's kind and the list.
 * - `contribute`: the contribution page and its form (the fields' own words are in
 *   `src/schema/fields.ts`).
 * - `search`: the search page and its script.
 *
 * Each section says which language it is in (`lang`), so that a component marks words with a `lang`
 * attribute when they are not in the page's language. Phrases that change with a number use
 * `plural` (Intl's plural rules), never `count === 1`.
 */
import { languageNames } from '../schema/languages.ts';
import type { Language } from '../schema/taxonomy.ts';
import type { CaseStudyOrder } from '../lib/case-studies.ts';
import type { VocabularyKey } from '../schema/vocabularies.ts';
import { formatNumber } from '../lib/format.ts';
import { plural } from './plural.ts';
import { capitalise, type ChangeWords } from './shared.ts';

function changeSentence(change: ChangeWords): string {
  if (change.direction === 'same') return 'unchanged';
  return `${change.direction} ${change.amount}${change.percent ? ` (${change.percent})` : ''}`;
}

/** "2013", "2013 and 2020", "2013, 2017 and 2020". */
const listInWords = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const caseStudyForms = { one: '{count} case study', other: '{count} case studies' };

/** "No case studies", "1 case study", "12 case studies". */
const caseStudyCount = (count: number) => plural(count, 'en', { ...caseStudyForms, '=0': 'No case studies' });

const caseStudyCountLower = (count: number) => plural(count, 'en', { ...caseStudyForms, '=0': 'no case studies' });

/** "1 organisation", "12 organisations". */
const organisationCount = (count: number) =>
  plural(count, 'en', { one: '{count} organisation', other: '{count} organisations' });

const orders = {
  label: 'Order',
  newest: 'Newest first',
  'a-z': 'A to Z',
  'year-started': 'Most recently started',
} satisfies Record<CaseStudyOrder | 'label', string>;

/** The furniture of a case-study page: facts, headings, charts, links. */
const caseStudy = {
  lang: 'en' as Language,
  home: 'Home',
  caseStudies: 'Case studies',
  breadcrumb: 'Breadcrumb',
  keyFacts: 'Key facts',
  place: 'Place',
  region: 'Region',
  nation: 'Nation',
  country: 'Country',
  organisation: 'Lead organisation',
  organisationType: 'Type of organisation',
  partners: 'Partners',
  years: 'Years',
  status: 'Status',
  population: 'Population',
  evidence: 'Evidence',
  language: 'Language',
  themes: 'Themes',
  topics: 'Topics',
  themesAndTopics: 'Themes and topics',
  outcomes: 'Outcomes',
  outcomesCaption: 'Measured outcomes',
  metric: 'Measure',
  value: 'Value',
  year: 'Year',
  baseline: 'Baseline',
  source: 'Source',
  sourceNumber: (n: number) => `Source ${n}`,
  sources: 'Sources',
  contact: 'Contact',
  email: 'Email',
  website: 'Website',
  contributors: 'Written by',
  related: 'Related case studies',
  translations: 'In other languages',
  /** The link to this language's version, written in this language. */
  readThisVersion: 'Read this case study in English',
  published: 'Published',
  updated: 'Updated',
  lastUpdated: 'Last updated',
  aboutTerms: 'About the themes and topics of this case study',
  languageName: languageNames.en as Record<Language, string>,
  figures: 'Outcomes in figures',
  figuresIntro:
    'Each figure with the earlier figure it is compared with, where there is one. The number in brackets is its source.',
  since: 'since',
  /** The years a practice ran: "2013–2019", "2013" (started and ended the same year), or "Since 2013". */
  yearSpan: (started: number, ended?: number) =>
    ended === undefined ? `Since ${started}` : ended === started ? String(started) : `${started}–${ended}`,
  inYear: (value: string, year: number) => `${value} in ${year}`,
  /** What a bar chart of an outcome says, for people who cannot see it. */
  outcomeSentence: (
    metric: string,
    value: string,
    year: number,
    baseline?: { value: string; year: number; change: ChangeWords },
  ) =>
    baseline
      ? `${metric}: ${value} in ${year}, ${changeSentence(baseline.change)} from ${baseline.value} in ${baseline.year}.`
      : `${metric}: ${value} in ${year}.`,
  change: (change: ChangeWords) => capitalise(changeSentence(change)),
  /** A change in a percentage: "1 percentage point", "13.2 percentage points". */
  percentagePoints: (amount: number) =>
    plural(amount, 'en', { one: '{count} percentage point', other: '{count} percentage points' }),
  before: 'Before',
  after: 'After',
  onThisPage: 'On this page',
  draftBanner: 'Draft: shown by the dev server only, never published.',
  similar: 'Similar practice',
  similarIntro:
    'Other case studies that share the most topics and themes with this one, then its region and type of organisation.',
  shares: 'Shares',
  sameRegion: 'same region',
  sameOrganisationType: 'same type of organisation',
  listSeparator: ', ',
  improve: 'Help improve this page',
  editPage: 'Edit this page on GitHub',
  reportProblem: 'Report a problem with this page',
  improveNote: 'Both need a free GitHub account. Your change is checked by an editor before it appears.',
  imageCredit: (credit: string) => `Image: ${credit}`,
  printedFrom: 'Printed from',
  printedOn: 'Printed',
  sizeBand: 'Size of place',
  factsChecked: 'Facts last checked',
  reviewNotice: (date: string) =>
    `The facts of this case study were last checked on ${date}, more than two years ago. Some may have changed since: check the sources before you rely on them.`,
  withdrawnTitle: 'This case study has been withdrawn',
  withdrawnOn: (date: string) => `Withdrawn on ${date}.`,
  withdrawnKept: 'It is kept here for the record, but is no longer listed or found by search.',
  withdrawnReplacement: 'Read the case study that replaces it:',
  whatItTook: 'What it took',
  cost: 'What it cost',
  /** "£1.2m, one-off (2019)", "£45,000 a year (2021)". */
  costValue: (amount: string, period: 'one-off' | 'per-year', year: number) =>
    `${amount}${period === 'one-off' ? ', one-off' : ' a year'} (${year})`,
  funders: 'Who paid',
  staff: 'Staff time',
  transferability: 'What another place needs to do this',
  placesLikeThis: 'From places like this',
  placesLikeThisIntro:
    'Case studies led by the same kind of organisation, in a place of the same or a neighbouring size, the nearest places first.',
};

/** The rest of the interface: header, footer, lists, map, statistics, open data, the 404 page. */
const site = {
  lang: 'en' as Language,
  skipLink: 'Skip to main content',
  mainNav: 'Main',
  nav: {
    caseStudies: 'Case studies',
    stats: 'In numbers',
    search: 'Search',
    contribute: 'Contribute',
  },
  headerSearch: {
    landmark: 'Site',
    label: 'Search case studies',
    placeholder: 'Search case studies',
    button: 'Search',
  },
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  footer: {
    about: 'About',
    aboutText: (title: string) =>
      `${title} is where members of the Community Wealth Building Local Leader Network, convened by CLES, share what their places have done.`,
    share: 'Share your own practice',
    browse: 'Browse',
    openData: 'Open data',
    json: 'All case studies as JSON',
    csv: 'All case studies as CSV',
    schema: 'JSON Schema of a case study',
    dataPage: 'About the data, with its codebook',
    rss: 'RSS feed of new case studies',
    source: 'Source and content on GitHub',
    licence: 'Licence',
    licenceContent: 'Case studies and data:',
    licenceName: 'Creative Commons Attribution 4.0',
    licenceCode: 'Code: MIT licence.',
  },
  rssTitle: (title: string) => `${title} (RSS)`,
  caseStudyCount,
  /** "no case studies", "1 case study", "12 case studies" inside a sentence. */
  caseStudyCountLower,
  kinds: {
    organisation: 'Organisation',
  },
  list: {
    searchWithin: 'Search within these case studies',
    emptyTitle: 'No case studies here yet',
    emptyText: 'Know of practice that belongs here?',
    emptyLink: 'Share it',
    showing: (from: number, to: number, total: number) =>
      `Showing ${formatNumber(from)} to ${formatNumber(to)} of ${caseStudyCountLower(total)}`,
    pageTitle: (title: string, page: number, pages: number) =>
      pages > 1 && page > 1 ? `${title} (page ${page} of ${pages})` : title,
  },
  orders,
  pagination: {
    label: (what: string) => `Pages: ${what}`,
    previous: 'Previous',
    next: 'Next',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    page: (n: number) => `Page ${n}`,
    current: (n: number, of: number) => `Page ${n} of ${of}`,
  },
  homePage: {
    lede: 'Community wealth building keeps wealth in places: councils and other anchor institutions buying from local firms, paying the Real Living Wage, backing co-operatives and community ownership, and putting land, buildings and pension funds to work for the people who live there.',
    intro:
      'This library is where members of the Community Wealth Building Local Leader Network, convened by the Centre for Local Economic Strategies (CLES), share what they have done: councillors, council leaders, Senedd members, mayors and the officers who make it happen. Each case study says what was done, what changed, where the figures come from and whom to ask.',
    searchLabel: (count: number) => `Search ${caseStudyCountLower(count)}`,
    searchPlaceholder: 'For example: procurement, living wage, Preston',
    searchLandmark: 'Library',
    pillars: 'The five pillars',
    pillarsIntro: 'Community wealth building works through five pillars. Browse the practice under each.',
    latest: 'Latest case studies',
    all: (count: number) => `All ${caseStudyCountLower(count)}`,
    noneTitle: 'No case studies yet',
    shareFirst: 'Share the first one',
    browse: 'Find practice near you or on your subject',
    browseRegions: 'Case studies by nation and region, on a map',
    browseTopics: 'Case studies by topic, from anchor institutions to community energy',
    browseTypes: 'Case studies by type of organisation, from parish councils to combined authorities',
    browseStats: 'The library in numbers: where the practice is, when it started, how strong the evidence is',
    browseSearch: 'Search and filter by theme, place, type of organisation and status',
    share: 'Share your practice',
    shareText: 'Has your council or organisation done something other places could learn from?',
    shareLink: 'Write it up',
    shareRest: ': a short form turns it into a case study for the library.',
  },
  caseStudiesPage: {
    title: 'Case studies',
    description: 'Every case study in the library, newest first, A to Z or by the year the practice started.',
    lede: (count: number, order: string) => `${caseStudyCount(count)}, ${order.toLocaleLowerCase('en-GB')}.`,
    browse: 'Or browse them',
    byPillar: 'by pillar',
    byRegion: 'by region',
    byType: 'by type of organisation',
    orSearch: 'search and filter',
    or: 'or',
    /** The list's title in `order`: "Case studies", "Case studies: a to z". */
    titleInOrder: (order: CaseStudyOrder) =>
      order === 'newest' ? 'Case studies' : `Case studies: ${orders[order].toLocaleLowerCase('en-GB')}`,
  },
  themesPage: {
    heading: 'Themes: the five pillars',
    description: 'The five pillars of community wealth building, with the case studies under each.',
    lede: 'Community wealth building works through five pillars. A case study names the pillars it serves, main one first. For finer subjects, see the',
    topicsLink: 'topics',
    topicsInTheme: 'Topics in this theme',
  },
  topicsPage: {
    description: 'Finer subjects of community wealth building, from anchor institutions to community energy.',
    lede: 'Finer subjects within the five pillars. A case study can have several.',
  },
  regionsPage: {
    heading: 'Case studies by region',
    description: 'Case studies by UK nation and region, and from outside the UK, on a map.',
    lede: "The UK's nations and regions, and practice from other countries. Select a region on the map or in the table to see its case studies.",
    mapTitle:
      "Map of the UK's nations and regions, and practice outside the UK, with the number of case studies in each",
    mapCaption:
      'Each square is one region, placed roughly where it lies; the stronger its colour, the more case studies. Select a region to see them.',
    tileLabel: (region: string, count: number) => `${region}: ${plural(count, 'en', caseStudyForms)}`,
    tableCaption: 'Case studies by region',
    region: 'Region',
    count: 'Case studies',
    all: 'All regions',
    byNation: 'By nation',
    nations: 'Nations',
    countries: 'Countries',
    regionsOf: (nation: string) => `Regions of ${nation}`,
    legend: 'Shading',
    legendRange: (from: number, to: number) =>
      from === to ? formatNumber(from) : `${formatNumber(from)} to ${formatNumber(to)}`,
  },
  nationsPage: {
    description: 'Case studies by UK nation: England, Wales, Scotland and Northern Ireland, and from outside the UK.',
    lede: 'The four nations of the UK, each with its own laws and policy on community wealth building, and practice from other countries.',
    regionsIn: (nation: string) => `Regions in ${nation}`,
    nationDescription: (nation: string, regions: string[]) =>
      regions.length > 1
        ? `Practice from ${nation}, across its ${regions.length} regions: ${regions.join(', ')}.`
        : `Practice from ${nation}.`,
  },
  organisationsPage: {
    title: 'Organisations',
    description: 'Every council and organisation named in the case studies, as lead or partner.',
    lede: 'Every council and organisation the case studies name, as the lead or as a partner.',
    emptyTitle: 'No organisations yet',
    organisationDescription: (name: string) =>
      `Every case study in which ${name} is the lead organisation or a partner.`,
    type: 'Type',
    leadIn: 'Lead organisation in',
    partnerIn: 'Partner in',
    count: (count: number) => organisationCount(count),
    showing: (from: number, to: number, total: number) =>
      `Showing ${formatNumber(from)} to ${formatNumber(to)} of ${organisationCount(total)}, A to Z`,
  },
  organisationTypesPage: {
    description:
      'Case studies by the type of organisation that led them, from parish councils to combined authorities.',
    lede: 'What councils of each kind, and the organisations they work with, have done. A case study is listed under the type of its lead organisation. For single councils and their partners, see the',
    organisationsLink: 'organisations',
  },
  statsPage: {
    title: 'The library in numbers',
    description:
      'How many case studies there are by pillar and region, by the year the practice started, and how strong their evidence is.',
    lede: (count: number) =>
      `${caseStudyCount(count)} so far. What they cover, where and when, and how well the results are measured.`,
    headline: 'At a glance',
    total: 'Case studies',
    places: 'Regions with practice',
    withOutcomes: 'With measured outcomes',
    organisations: 'Organisations named',
    heat: 'By pillar and region',
    heatIntro:
      'How many case studies serve each pillar in each region. A case study counts once under every pillar it names, so the pillars add up to more than the total. The stronger the colour of a cell, the more case studies.',
    heatCaption: 'Case studies by region (rows) and pillar (columns)',
    pillar: 'Pillar',
    allRegions: 'All regions',
    timeline: 'By year started',
    timelineIntro: 'When the practice the case studies describe began.',
    timelineTitle: (from: number, to: number) => `Case studies by the year the practice started, ${from} to ${to}`,
    timelineSummary: (peakYears: string[], peak: number) =>
      `The most started in ${listInWords(peakYears)}: ${caseStudyCountLower(peak)}${peakYears.length > 1 ? ' each' : ''}.`,
    timelineTable: 'The same figures as a table',
    year: 'Year started',
    count: 'Case studies',
    outcomes: 'Measured outcomes',
    outcomesIntro: (share: string) => `${share} of case studies report at least one outcome in figures.`,
    outcomesTitle: 'Case studies with and without measured outcomes',
    withFigures: 'With outcomes in figures',
    withoutFigures: 'Without',
    evidence: 'By strength of evidence',
    evidenceIntro: 'How strong the evidence behind the outcomes is, weakest first, as the contributors describe it.',
    evidenceTitle: 'Case studies by strength of evidence',
    notStated: 'Not stated',
    share: 'Share',
    noData: 'No case studies yet.',
  },
  dataPage: {
    title: 'Open data',
    description: 'Every published case study as JSON and CSV, with a codebook of the columns and the JSON Schema.',
    lede: 'Everything the library publishes is open data under Creative Commons Attribution 4.0: reuse it, chart it, join it to your own figures. Please credit the CWB Practice Library.',
    files: 'The files',
    jsonFile: 'case-studies.json',
    jsonText: 'an array of records, one per published case study, newest first.',
    csvFile: 'case-studies.csv',
    csvText:
      'the same records as one row each, UTF-8 with a byte-order mark so that Excel reads Welsh letters correctly.',
    schemaFile: 'case-study.schema.json',
    schemaText:
      'the JSON Schema of a case study’s frontmatter, generated from the schema the library checks every file with.',
    rssFile: 'rss.xml',
    rssText: 'a feed of new case studies.',
    codebook: 'Codebook',
    codebookIntro:
      'The columns of both files, in order. A field a case study does not set is left out of its JSON record and empty in its CSV row. In the CSV, a list of text is written with "; " between items, and objects and lists of objects as JSON text. A CSV cell that would begin with =, +, -, @, a tab or a carriage return starts with an apostrophe (\') instead, so that a spreadsheet shows it as text rather than running it as a formula (OWASP’s advice on CSV injection); the JSON file holds every value as written.',
    codebookCaption: 'Columns of the open-data files',
    column: 'Column',
    type: 'Type',
    required: 'Always set',
    meaning: 'Meaning',
    yes: 'Yes',
    no: 'No',
    values: 'Values',
    vocabularies: 'Vocabularies',
    vocabulariesIntro: 'Columns that hold ids take them from these lists; the labels are what the site shows.',
    id: 'Id',
    label: 'Label',
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    lede: 'There is no page at this address. It may have moved, or the link may have a typing mistake.',
    search: 'Search the case studies instead',
    searchLandmark: 'Case studies',
    homeLink: 'Home page',
    allLink: 'All case studies',
    themesLink: 'Case studies by theme',
  },
  draft: 'Draft (not published)',
  /** `/places-like-mine/` and its lists (docs/public-interface.md §11). */
  places: {
    title: 'Places like mine',
    description:
      'Find practice from places like your own: the same kind of organisation, a similar number of residents, your own nation first.',
    lede: 'Find what places like yours have done: the same kind of organisation, a similar number of residents, your own nation first.',
    formHeading: 'Search for places like mine',
    formIntro: 'Choose any of these, then see the matching case studies in search.',
    type: 'Your type of organisation',
    anyType: 'Any type',
    nation: 'Your nation',
    anyNation: 'Any nation',
    region: 'Your region, in England',
    anyRegion: 'Any region',
    population: 'How many people live in your area?',
    populationHint: 'The residents of the area your organisation serves.',
    anySize: 'Any size',
    submit: 'Show matching case studies',
    choicesHeading: 'Or go straight to the closest case studies',
    choicesIntro:
      'Each number is how many case studies come from that kind of organisation in a place of that size or a neighbouring one. Follow it for the list, nation by nation.',
    choicesCaption: 'Case studies by kind of organisation and size of place',
    kind: 'Kind of organisation',
    kinds: {
      'single-tier-council': 'Unitary, metropolitan, London, Welsh and Scottish councils',
      'district-council': 'District councils and Northern Ireland councils',
      'county-council': 'County councils',
      'combined-authority': 'Combined authorities and the Greater London Authority',
      government: 'UK and devolved governments',
      'local-council': 'Town, parish and community councils',
      'anchor-institution': 'NHS bodies, universities, housing associations, police and fire',
      community: 'Co-operatives, social enterprises and community organisations',
    },
    listCount: (count: number, kind: string, band: string) =>
      `${caseStudyCount(count)} from ${kind.toLowerCase()} in places of ${band.toLowerCase()} people or a neighbouring size`,
    listTitle: (kind: string, band: string) => `${kind}: places of ${band.toLowerCase()} people`,
    listLede:
      'Case studies from the same kind of organisation, in places of this size first, then of a neighbouring size, newest first.',
    jumpTo: 'Nations',
    inNation: (nation: string) => `From ${nation}`,
    searchAll: 'See them all in search',
    searchNation: (nation: string) => `See all from ${nation} in search`,
    back: 'Choose another kind or size',
  },
};

/** How the interface names one vocabulary of the registry (`src/schema/vocabularies.ts`). */
export interface VocabularyWords {
  /** One term's kind: "Theme", "Type of organisation". */
  one: string;
  /** The vocabulary as a list: "Themes", "Types of organisation". */
  many: string;
}

/**
 * The words that name each vocabulary of the registry, keyed by its key: `one` names a single
 * term's kind (above a term page's title, as a search filter's legend), `many` the whole list (its
 * index page, menus, the data page's table). A vocabulary added to the registry fails the type
 * check until its words are added here.
 */
const vocabularies = {
  themes: { one: 'Theme', many: 'Themes' },
  topics: { one: 'Topic', many: 'Topics' },
  regions: { one: 'Region', many: 'Regions' },
  nations: { one: 'Nation', many: 'Nations' },
  organisationTypes: { one: 'Type of organisation', many: 'Types of organisation' },
  statuses: { one: 'Status', many: 'Statuses' },
  evidenceLevels: { one: 'Evidence', many: 'Evidence levels' },
  sizeBands: { one: 'Size of place', many: 'Sizes of place' },
} satisfies Record<VocabularyKey, VocabularyWords>;

/**
 * The contribution page and its form, except the words of each front-matter field (those are in
 * `src/schema/fields.ts`): the page, the form's sections, buttons and steps, what its script says,
 * and the file name the form asks for.
 */
const contribute = {
  title: 'Share your practice',
  description:
    'How to share a community wealth building case study with the library: the write-up form, a GitHub issue, or a file of your own.',
  lede: 'The library grows from what members share. A case study tells other places what your council or organisation did to keep wealth local, what changed, and what you learnt. You do not need to know git.',
  writeUp: 'Write up your case study',
  needsJs: {
    before:
      'The write-up form needs JavaScript, which is turned off or has not loaded in this browser. You can still share a case study:',
    issueLink: 'fill in the “Share a case study” form on GitHub',
    or: ', or copy',
    templateLink: 'the case-study template',
    after: '.',
  },
  /** The part of the page that needs no JavaScript (`ContributeGuide.astro`): the ways to share, and what makes a good case study. */
  guide: {
    ways: 'Three ways to share a case study',
    waysIntro:
      'Each way ends in a proposal (a “pull request”) on GitHub, where the library’s editors check it with you before it is published. You need a free GitHub account for the first two ways; you do not need to know git.',
    formHere: 'Fill in the form on this page',
    formHereBefore: 'The',
    formHereLink: 'write-up form',
    formHereAfter:
      'below asks for each part of a case study, checks your answers as you type, keeps your draft in this browser and writes the finished file for you. It then opens GitHub with the file filled in: you choose “Propose changes”, then “Create pull request”. Without a GitHub account, download the file and send it to an editor or a colleague who has one.',
    formGithub: 'Fill in the form on GitHub',
    formGithubLink: 'The “Share a case study” form on GitHub',
    formGithubAfter:
      'asks the same questions. When you submit it, a robot checks your answers and either proposes your case study as a pull request or replies with what to fix; edit your answers and it checks again.',
    file: 'Write the file yourself',
    fileBefore: 'If you use git, run',
    fileNew: 'npm run new',
    fileOr: ', which asks for the basics and writes the file, or copy',
    fileTemplateLink: 'the case-study template',
    fileCheck: '. Fill it in, check it with',
    fileValidate: 'npm run validate',
    fileAfter: ', and open a pull request.',
    guideLink: 'The contributing guide',
    guideAfter: 'explains each way step by step, with a guide to writing a case study.',
    good: 'What makes a good case study',
    goodIntro:
      'Write for a councillor or officer elsewhere who is thinking of doing the same thing. Plain words, short paragraphs, and the headings the form starts you with: Context, What was done, Outcomes, Lessons for other places, Next steps.',
    numbers: 'Numbers with their units, years and sources',
    numbersText:
      'A figure means most with its unit, the year it refers to, an earlier figure to compare with, and where it comes from. For example: £112.3m of the anchor institutions’ spending retained in Preston, £74m more than in 2012/13 (CLES and Preston City Council, 2019). If nothing has been measured yet, say so, and say what you expect.',
    evidence: 'Say how strong the evidence is',
    evidenceIntro: 'Each case study can say how strong the evidence behind its outcomes is, from weakest to strongest:',
    lessons: 'Lessons, including what did not work',
    lessonsText: 'What you would do differently is often the most useful part for another place.',
    people: 'People’s names and e-mail addresses',
    peopleItems: [
      'Everything in a case study is published, and proposals on GitHub are public as soon as they are made.',
      'Name people only with their agreement, and only where it helps: a team and a role are usually enough.',
      'Prefer a role mailbox (such as cwb@council.gov.uk) to a person’s own address. An e-mail address is published only when the person or team named has agreed, which the form asks you to confirm.',
    ],
    open: 'Your words are shared openly',
    openBefore: 'Case studies are published under the',
    openLicence: 'Creative Commons Attribution 4.0 licence',
    openAfter:
      '(CC BY 4.0): anyone may reuse them, crediting the library. Share only what you have the right to share, and pictures you took or that are openly licensed, with their credit.',
    language: 'English or Welsh',
    languageText:
      'Write in English or in Welsh (Cymraeg). If the same case study is in both languages, link the two versions through the form’s language fields.',
  },
  /** The form's sections, by id (`formSections` in `src/client/contribute-form.ts`). */
  sections: {
    'case-study': 'The case study',
    where: 'Where, and who led it',
    themes: 'Themes and topics',
    when: 'When',
    outcomes: 'Outcomes',
    sources: 'Sources',
    contact: 'Contact',
    credits: 'Credits, links and picture',
    publication: 'Publication',
    text: 'The text',
  },
  optional: '(optional)',
  /** The first choice of a single-choice field whose description gives none of its own. */
  notStated: 'Not stated',
  /** The add button of a field's rows, when its description gives none: "Add outcomes". */
  addRow: (label: string) => `Add ${label.toLowerCase()}`,
  /** A row's remove button: "Remove source" (the row's number follows). */
  removeRow: (noun: string) => `Remove ${noun.toLowerCase()}`,
  intro:
    'Fields marked (optional) can be left empty. The form checks your answers as you go and keeps a draft in this browser only: nothing is sent anywhere until you choose to propose the file on GitHub.',
  restored: 'Your draft from an earlier visit has been restored.',
  outcomesHint:
    'Measured results, one per row, each with its unit and year. Leave this empty if nothing has been measured yet: say what you expect in the text instead.',
  sourcesHint:
    'Where the facts come from: at least one report, web page or article, with a web address where there is one.',
  contactHint:
    'Who other councils can ask about this practice. Everything here is published. Prefer a team and a role mailbox (such as cwb@council.gov.uk) to a person’s own address.',
  rendered: 'How the text will look',
  finish: 'Check and send',
  problemsTitle: 'There is a problem',
  ready: 'Everything required is filled in: the file is ready to propose.',
  proposing: 'Proposing it on GitHub',
  proposingNeeds: '(you need a free GitHub account, and to be signed in):',
  steps: [
    'Choose “Propose it on GitHub” below. GitHub opens in a new tab with your file filled in.',
    'If GitHub asks you to fork the repository, agree: this makes your own copy to propose from.',
    'Choose “Commit changes…” (or “Propose changes”), leave the message as it is, and confirm.',
    'On the next page choose “Create pull request”, then “Create pull request” again. That is it: the editors take it from there, and GitHub e-mails you their questions.',
  ],
  licence:
    'By proposing your case study you agree that it is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0). Step-by-step help, with the other ways to send it, is in',
  guideLink: 'the contributing guide',
  check: 'Check my answers',
  propose: 'Propose it on GitHub (opens a new tab)',
  download: 'Download the file',
  copy: 'Copy the file',
  clear: 'Clear the form',
  tooLong:
    'Your case study is too long to fill in on GitHub through a link. The GitHub button copies it for you and opens GitHub’s new-file page with its name filled in: paste the text there.',
  previewTitle: 'Preview of the file',
  previewBefore: 'This is the file that will be proposed,',
  previewPath: 'content/case-studies/….md',
  previewAfter: '. It updates as you type.',
  /**
   * What the form's script says as it goes (`src/client/contribute.ts`): plain text, since the page
   * hands it to the browser as JSON; `{count}` and `{name}` are filled in there.
   */
  script: {
    errorPrefix: 'Error: ',
    problems: { one: 'There is {count} thing to fix', other: 'There are {count} things to fix' },
    ready: 'Everything required is filled in: the file is ready to propose.',
    fixFirst: 'Fix the problems listed before proposing the file.',
    copiedForGithub: 'The file is copied: paste it into GitHub’s editor in the new tab.',
    copyFailedDownload: 'Copying failed: use Download the file instead.',
    downloaded: 'Downloaded {name}.',
    stillToFix: {
      one: ' It still has {count} thing to fix, listed above.',
      other: ' It still has {count} things to fix, listed above.',
    },
    copied: 'The file is copied.',
    copyFailed: 'Copying failed: select the preview below and copy it, or download the file.',
    clearConfirm: 'Clear every answer and delete the draft saved in this browser? This cannot be undone.',
    cleared: 'The form is cleared.',
    /** A picture in the preview of the text: `{text}` is its alternative text, or its address. */
    picture: '[Picture: {text}]',
  },
  fileName: {
    label: 'File name',
    hint: 'Made from the title: lower-case words joined by hyphens. The case study will be at /case-studies/<file name>/ on the site. Change it if you like.',
  },
};

/** The search page (`src/pages/search.astro`) and what its script says (`src/client/search.ts`). */
const search = {
  title: 'Search',
  description: 'Search the case studies by word, theme, place, organisation type, topic and status.',
  heading: 'Search case studies',
  noScript: 'Search needs JavaScript, which is turned off or blocked in this browser. You can still browse:',
  failed: 'The search index could not be loaded, so search is not available just now. You can still browse:',
  browse: {
    all: 'all case studies',
    themes: 'case studies by theme',
    regions: 'case studies by region',
  },
  query: 'Words to find',
  queryHint: 'For example a place, an organisation or a practice such as “living wage”.',
  button: 'Search',
  filtersAndOrder: 'Filters and order',
  filters: 'Filters',
  order: 'Order',
  /** The result orders, by their key in the URL (`searchSorts` in `src/lib/search-query.ts`). */
  sorts: {
    relevance: 'Best match',
    newest: 'Newest first',
    started: 'Most recently started',
  },
  clear: 'Clear the search and filters',
  results: 'Results',
  emptyWords: 'Check the spelling, or try fewer or other words',
  emptyUnfilter: ', or',
  unfilterLink: 'search for them without the filters',
  emptyEnd: '.',
  emptyFilters: 'Choose fewer filters.',
  alsoBrowse: 'You can also browse:',
  more: 'More results',
  /**
   * What the page's script writes: plain text, since the page hands it to the browser as JSON;
   * `{count}` and `{language}` are filled in there.
   */
  script: {
    inLanguage: 'In {language}',
    themes: { one: 'Theme: ', other: 'Themes: ' },
    nothingToSearch: 'There are no published case studies to search yet.',
    prompt: 'Type a word or choose a filter to find case studies.',
    found: { '=0': 'No case studies found', one: '{count} case study found', other: '{count} case studies found' },
    /** What was searched for, after the count and before the page's title (`{words}`, `{filters}`). */
    searched: {
      separator: ', ',
      words: 'for “{words}”',
      filters: 'in {filters}',
      wordsInFilters: 'for “{words}” in {filters}',
      titleWords: '“{words}”',
      titleWordsInFilters: '“{words}” in {filters}',
      titleFilters: '{filters}',
    },
  },
};

/** The English dictionary: every key any language can have. */
export const en = { caseStudy, site, vocabularies, contribute, search };

/** The English dictionary's shape: every section, every key. */
export type Dictionary = typeof en;
/** The words of a case-study page. */
export type CaseStudyWords = Dictionary['caseStudy'];
/** The words of the rest of the interface. */
export type SiteWords = Dictionary['site'];
/** The names of the vocabularies. */
export type VocabularyNames = Dictionary['vocabularies'];
/** The words of the contribution page and its form. */
export type ContributeWords = Dictionary['contribute'];
/** The words of the search page and its script. */
export type SearchWords = Dictionary['search'];
/**
 * Another language's dictionary: whole sections of the English, translated. A section is given
 * complete or not at all, so that every word on the page is in the language its section says.
 */
export type Translation = { [Section in keyof Dictionary]?: Dictionary[Section] };
