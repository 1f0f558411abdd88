/**
 * The interface's words in Welsh. A section not given here falls back to English as a whole
 * (`src/i18n/index.ts`), keeping `lang: 'en'`, so that a page marks it; the unit test lists the
 * English keys still to translate. Phrases that change with a number use `plural`: Welsh has six
 * forms (zero, one, two, few, many, other), and the noun after a number stays singular.
 */
import { languageNames } from '../schema/languages.ts';
import type { CaseStudyWords, ProblemWords, Translation } from './en.ts';
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
};

/** The Welsh dictionary: the sections translated so far. */

/** What the contribution form and the issue robot say about a problem with an answer, in Welsh. */
const problems: ProblemWords = {
  row: '{noun} {number}',
  missing: 'Llenwch hwn.',
  tooShort: 'Ysgrifennwch o leiaf {minimum} nod: mae {length} nod nawr.',
  tooLong: 'Ysgrifennwch {maximum} nod neu lai: mae {length} nod nawr.',
  empty: 'Llenwch hwn, neu ei adael allan.',
  notText: 'Ysgrifennwch hwn mewn geiriau.',
  notYear: 'Ysgrifennwch flwyddyn fel pedwar ffigur, er enghraifft 2019.',
  yearTooEarly: 'Rhowch flwyddyn o 1800 ymlaen.',
  yearTooLate: 'Rhowch flwyddyn cyn 2100.',
  notNumber: 'Ysgrifennwch rif yn unig, heb unedau nac atalnodau, er enghraifft 28 neu 112.3.',
  notWholeNumber: 'Ysgrifennwch rif cyfan, heb atalnodau nac unedau, er enghraifft 147800.',
  notPositive: 'Rhowch rif sy’n fwy na 0.',
  sourceFromOne: 'Mae’r ffynonellau wedi’u rhifo o 1, ar gyfer y gyntaf.',
  notWebAddress: 'Rhowch gyfeiriad gwe sy’n dechrau gyda https://, er enghraifft https://www.example.gov.uk/adroddiad.',
  notEmail: 'Rhowch gyfeiriad e-bost, er enghraifft cwb@cyngor.gov.uk.',
  notDate: 'Rhowch ddyddiad, er enghraifft 2025-06-01 (blwyddyn, mis, diwrnod).',
  notRealDate: 'Nid yw’r diwrnod hwn yn bod: gwiriwch y dyddiad.',
  notChoice: 'Nid yw “{value}” yn un o’r dewisiadau. Dewiswch un o’r rhestr.',
  notChoiceSuggestion: 'Nid yw “{value}” yn un o’r dewisiadau. Oeddech chi’n golygu “{suggestion}”?',
  unknownTopic:
    'Nid yw “{value}” yn un o’r pynciau. Dewiswch y pynciau sy’n addas; os oes un ar goll, dywedwch pa un yn y testun, a bydd y golygyddion yn ei ychwanegu.',
  listedTwice: 'Mae “{value}” yn y rhestr ddwywaith: rhowch ef unwaith yn unig.',
  atLeastOneTheme: 'Dewiswch brif thema.',
  atMostFiveThemes: 'Dewiswch bum thema ar y mwyaf i gyd: y brif thema a phedair arall.',
  atLeastOneSource: 'Rhowch o leiaf un ffynhonnell, gyda’i theitl.',
  notFileName:
    'Ysgrifennwch enw ffeil astudiaeth achos sydd yn y llyfrgell, mewn llythrennau bach a’r geiriau wedi’u cysylltu â chysylltnodau, er enghraifft preston-anchor-procurement.',
  fileNameTaken: 'Mae astudiaeth achos o’r enw {value} yn y llyfrgell yn barod: dewiswch enw ffeil arall.',
  notInLibrary:
    'Nid yw “{value}” yn astudiaeth achos yn y llyfrgell: rhowch enw ffeil un ohonynt, er enghraifft preston-anchor-procurement.',
  notLanguage: 'Dewiswch Saesneg neu Gymraeg.',
  unknownAnswer: 'Ni ellir defnyddio’r ateb hwn: gadewch ef yn wag.',
  notCountry:
    'Nid yw “{value}” yn wlad: ysgrifennwch ei henw, er enghraifft Sbaen, neu ei chod dwy lythyren, er enghraifft ES.',
  notCountrySuggestion: 'Nid yw “{value}” yn wlad. Oeddech chi’n golygu {suggestion}?',
  countryInUk:
    'Mae {value} yn y Deyrnas Unedig: dewiswch “{region}” o dan “{regionLabel}”, a gadewch y wlad yn wag. Dim ond ar gyfer astudiaethau achos y tu allan i’r Deyrnas Unedig y mae’r wlad.',
  countryNeeded: 'Enwch y wlad, er enghraifft Sbaen, ar gyfer astudiaeth achos y tu allan i’r Deyrnas Unedig.',
  countryOutsideUkOnly:
    'Gadewch y wlad yn wag: dim ond ar gyfer astudiaethau achos y tu allan i’r Deyrnas Unedig y mae hi.',
  endedBeforeStarted: 'Daeth i ben yn {ended}, cyn iddo ddechrau yn {started}: gwiriwch y ddwy flwyddyn.',
  updatedBeforePublished:
    'Mae’r diweddariad ({updated}) cyn y cyhoeddi cyntaf ({published}): gwiriwch y ddau ddyddiad.',
  // After a number a Welsh noun stays singular: "3 ffynhonnell", so one form serves every count but none.
  outcomeSourceMissing: {
    '=0': 'Nid yw ffynhonnell {number} yn bod: nid oes ffynhonnell wedi’i rhestru eto. Ychwanegwch hi o dan “{sourcesLabel}”.',
    other:
      'Nid yw ffynhonnell {number} yn bod: dim ond {count} ffynhonnell sydd. Ychwanegwch hi o dan “{sourcesLabel}”, neu rhowch rif un sydd wedi’i rhestru yno.',
  },
  emailWithoutConsent:
    'Dim ond pan fydd y person neu’r tîm a enwir wedi cytuno y caiff cyfeiriad e-bost ei gyhoeddi: ticiwch “{consentLabel}”, neu dynnwch y cyfeiriad.',
  unwrittenPrompt: 'Mae’r anogwr “{prompt}” yma o hyd: rhowch eich geiriau eich hun yn ei le.',
  unwrittenPlaceholder:
    'Mae “{prompt}” yma o hyd, sy’n dangos testun sydd eto i’w ysgrifennu: rhowch eich geiriau eich hun yn ei le.',
  other: '{message}',
  reply: {
    intro: 'Diolch am rannu eich arfer. Cyn y gall ddod yn gais tynnu (pull request), mae angen newid rhai atebion:',
    count: { other: 'Mae {count} peth i’w newid.' },
    howToFix:
      'I newid eich atebion, dewiswch **Edit** ar y mater (y ddewislen **…** ar frig ochr dde ei neges gyntaf), newidiwch nhw a’u cadw: bydd y robot yn eu gwirio eto ac yn ateb yma.',
    noForm: 'Nid oes adran “{label}” yn y mater hwn: agorwch fater newydd gyda’r ffurflen “Rhannu astudiaeth achos”.',
    licence:
      'Ticiwch y blwch o dan “{label}”: mae astudiaethau achos yn cael eu cyhoeddi o dan drwydded Creative Commons Priodoli 4.0 (CC BY 4.0).',
  },
};

export const cy: Translation = { caseStudy, problems };
