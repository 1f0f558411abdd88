/**
 * The interface's words in Welsh. A section not given here falls back to English as a whole
 * (`src/i18n/index.ts`), keeping `lang: 'en'`, so that a page marks it; the unit test lists the
 * English keys still to translate. Phrases that change with a number use `plural`: Welsh has six
 * forms (zero, one, two, few, many, other), and the noun after a number stays singular.
 */
import { languageNames } from '../schema/languages.ts';
import type { CaseStudyWords, Translation } from './en.ts';
import { plural } from './plural.ts';
import { capitalise, type ChangeWords } from './shared.ts';

function changeSentence(change: ChangeWords): string {
  if (change.direction === 'same') return 'dim newid';
  return `${change.direction === 'up' ? 'cynnydd o' : 'gostyngiad o'} ${change.amount}${change.percent ? ` (${change.percent})` : ''}`;
}

const caseStudy: CaseStudyWords = {
  lang: 'cy',
  home: 'Hafan',
  caseStudies: 'Astudiaethau achos',
  breadcrumb: 'Briwsion bara',
  keyFacts: 'Ffeithiau allweddol',
  place: 'Lle',
  region: 'Rhanbarth',
  nation: 'Gwlad',
  country: 'Gwlad',
  organisation: 'Sefydliad arweiniol',
  organisationType: 'Math o sefydliad',
  partners: 'Partneriaid',
  years: 'Blynyddoedd',
  status: 'Statws',
  population: 'Poblogaeth',
  evidence: 'Tystiolaeth',
  language: 'Iaith',
  themes: 'Themâu',
  topics: 'Pynciau',
  themesAndTopics: 'Themâu a phynciau',
  outcomes: 'Canlyniadau',
  outcomesCaption: 'Canlyniadau a fesurwyd',
  metric: 'Mesur',
  value: 'Gwerth',
  year: 'Blwyddyn',
  baseline: 'Llinell sylfaen',
  source: 'Ffynhonnell',
  sourceNumber: (n: number) => `Ffynhonnell ${n}`,
  sources: 'Ffynonellau',
  contact: 'Cyswllt',
  email: 'E-bost',
  website: 'Gwefan',
  contributors: 'Awduron',
  related: 'Astudiaethau achos cysylltiedig',
  translations: 'Mewn ieithoedd eraill',
  readThisVersion: 'Darllenwch yr astudiaeth achos hon yn Gymraeg',
  published: 'Cyhoeddwyd',
  updated: 'Diweddarwyd',
  lastUpdated: 'Diweddarwyd ddiwethaf',
  aboutTerms: "Am themâu a phynciau'r astudiaeth achos hon",
  languageName: languageNames.cy,
  figures: 'Canlyniadau mewn ffigurau',
  figuresIntro:
    "Pob ffigur gyda'r ffigur cynharach y caiff ei gymharu ag ef, lle mae un. Y rhif mewn cromfachau yw ei ffynhonnell.",
  since: 'ers',
  yearSpan: (started, ended) =>
    ended === undefined ? `Ers ${started}` : ended === started ? String(started) : `${started}–${ended}`,
  inYear: (value: string, year: number) => `${value} yn ${year}`,
  outcomeSentence: (metric, value, year, baseline) =>
    baseline
      ? `${metric}: ${value} yn ${year}, ${changeSentence(baseline.change)} o ${baseline.value} yn ${baseline.year}.`
      : `${metric}: ${value} yn ${year}.`,
  change: (change) => capitalise(changeSentence(change)),
  percentagePoints: (amount) => plural(amount, 'cy', { other: '{count} pwynt canran' }),
  before: 'Cyn',
  after: 'Ar ôl',
  onThisPage: 'Ar y dudalen hon',
  draftBanner: 'Drafft: i’w weld ar y gweinydd datblygu yn unig, byth wedi’i gyhoeddi.',
  similar: 'Arfer tebyg',
  similarIntro:
    "Astudiaethau achos eraill sy'n rhannu'r mwyaf o bynciau a themâu â hon, yna ei rhanbarth a'i math o sefydliad.",
  shares: 'Yn rhannu',
  sameRegion: 'yr un rhanbarth',
  sameOrganisationType: 'yr un math o sefydliad',
  listSeparator: ', ',
  improve: "Helpu i wella'r dudalen hon",
  editPage: "Golygu'r dudalen hon ar GitHub",
  reportProblem: "Rhoi gwybod am broblem gyda'r dudalen hon",
  improveNote: "Mae angen cyfrif GitHub am ddim ar gyfer y ddau. Bydd golygydd yn gwirio'ch newid cyn iddo ymddangos.",
  imageCredit: (credit: string) => `Llun: ${credit}`,
  printedFrom: 'Argraffwyd o',
  printedOn: 'Argraffwyd',
  sizeBand: 'Maint y lle',
  factsChecked: 'Gwiriwyd y ffeithiau ddiwethaf',
  reviewNotice: (date: string) =>
    `Cafodd ffeithiau'r astudiaeth achos hon eu gwirio ddiwethaf ar ${date}, dros ddwy flynedd yn ôl. Efallai fod rhai wedi newid ers hynny: gwiriwch y ffynonellau cyn dibynnu arnynt.`,
  withdrawnTitle: "Mae'r astudiaeth achos hon wedi'i thynnu'n ôl",
  withdrawnOn: (date: string) => `Tynnwyd yn ôl ar ${date}.`,
  withdrawnKept: "Caiff ei chadw yma i'w chofnodi, ond nid yw'n cael ei rhestru na'i chanfod drwy chwilio mwyach.",
  withdrawnReplacement: "Darllenwch yr astudiaeth achos sy'n cymryd ei lle:",
  whatItTook: 'Beth oedd ei angen',
  cost: 'Beth oedd y gost',
  costValue: (amount, period, year) => `${amount}${period === 'one-off' ? ', untro' : ' y flwyddyn'} (${year})`,
  funders: 'Pwy a dalodd',
  staff: 'Amser staff',
  transferability: 'Beth sydd ei angen ar le arall i wneud hyn',
  placesLikeThis: 'O leoedd tebyg i hwn',
  placesLikeThisIntro:
    "Astudiaethau achos dan arweiniad yr un math o sefydliad, mewn lle o'r un maint neu faint cyfagos, y rhai agosaf yn gyntaf.",
};

/** The Welsh dictionary: the sections translated so far. */
export const cy: Translation = { caseStudy };
