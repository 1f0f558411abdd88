/**
 * Writes a realistic, deterministic library of generated case studies for the benchmark:
 *
 *   node scripts/bench/generate.ts --cases N [--seed S] --out DIR
 *
 * DIR becomes a content root (use it as CONTENT_DIR): the files go to `DIR/case-studies/`, and the
 * vocabularies fall back to the sample library's `content/taxonomy/`. The same N and seed always
 * write the same bytes.
 *
 * Why it looks the way it does: search index size and build time depend on how many distinct
 * words a library has and how often each occurs, so the words are drawn with a Zipf-like spread
 * from the sample library's own vocabulary (ranked by how often the samples use each word), the
 * taxonomy's labels and descriptions, and a long tail of made-up proper nouns (places, people,
 * organisations) — the words that make a real library's vocabulary keep growing with its size.
 * The front matter follows the sample case studies' distributions, and every file is valid.
 *
 * How-to guides (docs/public-interface.md §10) go to `DIR/guides/`: one for about every 40 case studies, as in
 * a library where editors write a guide once several places have done a practice, each citing two
 * to eight published case studies that share its main theme. They are written after the case
 * studies, so that the case studies of a seed are the same bytes with or without them.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { caseStudyFiles } from '../../src/content/listing.ts';
import { caseStudiesDir, defaultContentRoot, guidesDir } from '../../src/content/paths.ts';
import { readCaseStudyFile } from '../../src/content/read.ts';
import { bodyText, type Frontmatter } from '../../src/content/split.ts';
import { loadTaxonomy } from '../../src/schema/load-taxonomy.ts';
import type { Taxonomy } from '../../src/schema/taxonomy.ts';
import { caseStudyFile, frontmatterFromAnswers, slugFromTitle } from '../../src/lib/case-study-file.ts';
import { guideFile, recommendedGuideHeadings } from '../../src/lib/guide-file.ts';

/** Case studies per how-to guide in a generated library: editors write a guide once several places have done a practice. */
export const casesPerGuide = 40;

export interface GenerateOptions {
  /** How many case studies to write. */
  cases: number;
  /** The content root to write into (`<out>/case-studies/`); its case-studies folder must be empty or absent. */
  out: string;
  /** Seed of the pseudo-random sequence; the same seed writes the same library. Default 1. */
  seed?: number;
  /** Where to read the sample case studies and taxonomy from. Default: the repository's `content/`. */
  sampleRoot?: string;
}

export interface GeneratedLibrary {
  /** The content root written (absolute). */
  root: string;
  /** Slugs of every case study written, in file order. */
  slugs: string[];
  /** Slugs of the published (non-draft) case studies. */
  published: string[];
  drafts: number;
  welsh: number;
  mdx: number;
  /** Slugs of the how-to guides written (all published). */
  guides: string[];
  /** Words in all bodies together, guides' included. */
  words: number;
  /** Bytes written. */
  bytes: number;
}

/** mulberry32: a small, fast, seedable generator; quality is ample for picking words. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const chance = (p: number) => next() < p;
  /** Distinct items, in random order. */
  const sample = <T>(items: readonly T[], count: number): T[] => {
    const copy = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && copy.length > 0) chosen.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
    return chosen;
  };
  /** Picks by weight: `weights[i]` is how likely `items[i]` is. */
  const weighted = <T>(items: readonly T[], weights: readonly number[]): T => {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let at = next() * total;
    for (let index = 0; index < items.length; index += 1) {
      at -= weights[index]!;
      if (at < 0) return items[index]!;
    }
    return items[items.length - 1]!;
  };
  return { next, int, pick, chance, sample, weighted };
}
type Random = ReturnType<typeof random>;

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 2.7)^s (Zipf–Mandelbrot). */
function zipf(rng: Random, size: number, exponent: number) {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) {
    total += 1 / (rank + 2.7) ** exponent;
    cumulative[rank] = total;
  }
  return () => {
    const target = rng.next() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

const wordPattern = /[A-Za-zÀ-ÿŵŷŴŶ][A-Za-zÀ-ÿŵŷŴŶ'’-]*[A-Za-zÀ-ÿŵŷŴŶ]|[A-Za-z]/g;

/** Words of the sample case studies' bodies (English or Welsh), most used first. */
function rankedWords(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(wordPattern)) {
      // Keep capitals only for words the samples always capitalise (names), so that sentences read naturally.
      const word = match[0];
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const merged = new Map<string, number>();
  for (const [word, count] of counts) {
    const lower = word.toLowerCase();
    const key = counts.has(lower) ? lower : word;
    merged.set(key, (merged.get(key) ?? 0) + count);
  }
  return [...merged.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** The prose of a sample case study: its text below the front matter, without tags or link targets. */
function bodyOf(frontmatter: Frontmatter): string {
  return bodyText(frontmatter)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

const syllables = [
  'ash',
  'bar',
  'bel',
  'bram',
  'brook',
  'bury',
  'by',
  'caer',
  'car',
  'ches',
  'clif',
  'coed',
  'dal',
  'den',
  'don',
  'dun',
  'ett',
  'field',
  'ford',
  'gar',
  'glen',
  'ham',
  'hay',
  'hol',
  'ing',
  'kel',
  'ker',
  'kin',
  'lan',
  'ley',
  'llan',
  'low',
  'mar',
  'mel',
  'mere',
  'mor',
  'ness',
  'new',
  'nor',
  'pen',
  'pont',
  'port',
  'quay',
  'ridge',
  'ros',
  'sal',
  'shaw',
  'stan',
  'stead',
  'stock',
  'stow',
  'ter',
  'thorpe',
  'ton',
  'tre',
  'vale',
  'wark',
  'well',
  'wick',
  'win',
  'worth',
  'wyn',
];

/** A made-up proper noun for tail rank `index`: deterministic and distinct for every index. */
function properNoun(index: number): string {
  let word = '';
  let rest = index;
  do {
    word += syllables[rest % syllables.length];
    rest = Math.floor(rest / syllables.length);
  } while (rest > 0);
  if (word.length < 5) word += syllables[(index * 7) % syllables.length];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Real places by region, so that generated case studies sit where real ones would. */
const places: Record<string, string[]> = {
  'north-east': [
    'Gateshead',
    'Newcastle',
    'Sunderland',
    'Durham',
    'Middlesbrough',
    'Hartlepool',
    'Darlington',
    'North Tyneside',
  ],
  'north-west': [
    'Preston',
    'Salford',
    'Manchester',
    'Wirral',
    'Liverpool',
    'Oldham',
    'Rochdale',
    'Lancaster',
    'Blackburn',
    'Carlisle',
  ],
  'yorkshire-and-the-humber': [
    'Leeds',
    'Bradford',
    'Sheffield',
    'Hull',
    'Kirklees',
    'Wakefield',
    'York',
    'Calderdale',
    'Barnsley',
  ],
  'east-midlands': ['Nottingham', 'Leicester', 'Derby', 'Lincoln', 'Northampton', 'Ashfield', 'Chesterfield'],
  'west-midlands': [
    'Birmingham',
    'Coventry',
    'Wolverhampton',
    'Walsall',
    'Stoke-on-Trent',
    'Herefordshire',
    'Sandwell',
  ],
  'east-of-england': ['Norwich', 'Cambridge', 'Luton', 'Peterborough', 'Ipswich', 'Colchester', 'Basildon'],
  london: [
    'Islington',
    'Newham',
    'Hackney',
    'Lambeth',
    'Camden',
    'Tower Hamlets',
    'Lewisham',
    'Southwark',
    'Haringey',
    'Croydon',
  ],
  'south-east': [
    'Brighton and Hove',
    'Southampton',
    'Portsmouth',
    'Oxford',
    'Reading',
    'Medway',
    'Hastings',
    'Crawley',
  ],
  'south-west': ['Bristol', 'Plymouth', 'Exeter', 'Cornwall', 'Swindon', 'Gloucester', 'Torbay', 'Bath'],
  wales: [
    'Gwynedd',
    'Cardiff',
    'Swansea',
    'Carmarthenshire',
    'Rhondda Cynon Taf',
    'Wrexham',
    'Ceredigion',
    'Newport',
    'Anglesey',
  ],
  scotland: [
    'North Ayrshire',
    'Glasgow',
    'Edinburgh',
    'Dundee',
    'Clackmannanshire',
    'Fife',
    'South of Scotland',
    'Highland',
    'Eigg',
  ],
  'northern-ireland': ['Belfast', 'Derry and Strabane', 'Newry', 'Armagh', 'Mid Ulster', 'Causeway Coast'],
  'outside-uk': ['Cleveland', 'Mondragón', 'Amsterdam', 'Barcelona', 'Bologna', 'Dublin', 'Chicago'],
};
const countries: Record<string, string> = {
  Cleveland: 'US',
  Mondragón: 'ES',
  Amsterdam: 'NL',
  Barcelona: 'ES',
  Bologna: 'IT',
  Dublin: 'IE',
  Chicago: 'US',
};

/** How often each region occurs, roughly as in a UK network's membership. */
const regionWeights: Record<string, number> = {
  'north-east': 6,
  'north-west': 12,
  'yorkshire-and-the-humber': 8,
  'east-midlands': 6,
  'west-midlands': 7,
  'east-of-england': 5,
  london: 12,
  'south-east': 7,
  'south-west': 7,
  wales: 10,
  scotland: 11,
  'northern-ireland': 5,
  'outside-uk': 4,
};

/** Organisation types that fit each nation, most likely first, and how the lead organisation is named. */
const councilTypes: Record<string, Array<[string, (place: string) => string]>> = {
  england: [
    ['unitary-authority', (place) => `${place} Council`],
    ['district-council', (place) => `${place} City Council`],
    ['metropolitan-borough', (place) => `${place} Metropolitan Borough Council`],
    ['county-council', (place) => `${place} County Council`],
    ['combined-authority', (place) => `${place} Combined Authority`],
  ],
  london: [
    ['london-borough', (place) => `London Borough of ${place}`],
    ['greater-london-authority', () => 'Greater London Authority'],
  ],
  wales: [
    ['welsh-council', (place) => `${place} Council`],
    ['devolved-government', () => 'Welsh Government'],
  ],
  scotland: [
    ['scottish-council', (place) => `${place} Council`],
    ['devolved-government', () => 'Scottish Government'],
  ],
  'northern-ireland': [['ni-council', (place) => `${place} City and District Council`]],
  'outside-uk': [['other', (place) => `City of ${place}`]],
};
const otherTypes: Array<[string, (place: string) => string]> = [
  ['nhs-body', (place) => `${place} NHS Foundation Trust`],
  ['university-college', (place) => `University of ${place}`],
  ['housing-association', (place) => `${place} Homes`],
  ['cooperative-social-enterprise', (place) => `${place} Community Co-operative`],
  ['community-organisation', (place) => `${place} Community Trust`],
  ['network-partnership', (place) => `${place} Anchor Network`],
  ['business', (place) => `${place} Enterprises Ltd`],
  ['police-fire', (place) => `${place} Fire and Rescue Service`],
  ['town-parish-community-council', (place) => `${place} Town Council`],
];

const headings = {
  en: ['Context', 'What was done', 'Outcomes', 'Lessons for other places', 'Next steps'],
  cy: ['Cyd-destun', 'Beth a wnaed', 'Canlyniadau', 'Gwersi i leoedd eraill', 'Camau nesaf'],
};
const units = ['£m', '%', 'people', 'jobs', 'homes', 'businesses', 'apprenticeships', '£k'];
const publishers = [
  'CLES',
  'Local Government Association',
  'Centre for Local Economic Strategies',
  'Democracy Collaborative',
  'Co-operatives UK',
  'Power to Change',
  'Living Wage Foundation',
  'Scottish Government',
  'Welsh Government',
  'New Economics Foundation',
];
const editorial = 'CWB Local Leader Network editorial team';

/** What another place needs to do the same (`transferability`), in parts a generated case study combines. */
const needs = {
  powers: [
    'A council with its own procurement team',
    'A council willing to change its contract rules',
    'An anchor institution with spending data it can share',
    'A local authority pension fund open to local investment',
    'Land or buildings in public ownership',
  ],
  partners: [
    'two or three anchor partners',
    'a local university and the NHS trust',
    'a network of local businesses',
    'community groups ready to take on assets',
    'a co-operative development agency',
  ],
  time: [
    'a year to build trust',
    'two years before the first results',
    'an officer for eighteen months',
    'steady political support across an election',
    'a budget for a feasibility study',
  ],
};

/** Why a generated case study was withdrawn. */
const withdrawalReasons = [
  'Superseded by a fuller account with newer figures.',
  'The programme ended and its figures are out of date.',
  'The organisation asked for it to be replaced after a restructure.',
  'Its figures could not be confirmed by a newer source.',
];

interface Plan {
  slug: string;
  lang: 'en' | 'cy';
  draft: boolean;
  mdx: boolean;
  translationOf?: string;
  region: string;
  place: string;
  mainTheme: string;
  /** Withdrawn (docs/public-interface.md §11), and the case study that replaces it, if any. */
  withdrawn?: { replacedBy?: string };
}

/** Writes the library; see the module comment. */
export function generateLibrary(options: GenerateOptions): GeneratedLibrary {
  const { cases, seed = 1 } = options;
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`--cases must be a whole number from 1, not ${cases}`);
  const sampleRoot = path.resolve(options.sampleRoot ?? defaultContentRoot);
  const root = path.resolve(options.out);
  const dir = caseStudiesDir(root);
  if (existsSync(dir) && readdirSync(dir).length > 0)
    throw new Error(`${dir} is not empty: give --out a new or empty folder`);
  mkdirSync(dir, { recursive: true });

  const taxonomy: Taxonomy = loadTaxonomy(sampleRoot);
  const rng = random(seed);

  // Vocabulary: sample words by frequency, then taxonomy words, then a tail of proper nouns.
  const sampleDir = caseStudiesDir(sampleRoot);
  const samples = caseStudyFiles(sampleDir).flatMap((file) => {
    const read = readCaseStudyFile(file);
    return read.ok ? [read.source.frontmatter] : [];
  });
  const welshSamples = samples.filter((frontmatter) => /^lang:\s*cy\s*$/m.test(frontmatter.raw));
  const englishSamples = samples.filter((frontmatter) => !welshSamples.includes(frontmatter));
  const taxonomyText = [...taxonomy.themes, ...taxonomy.topics, ...taxonomy.organisationTypes, ...taxonomy.regions]
    .map((term) => `${term.label} ${term.description ?? ''}`)
    .join(' ');
  const english = [...new Set([...rankedWords(englishSamples.map(bodyOf)), ...rankedWords([taxonomyText])])];
  // About 5% of running words are names from the tail: they are most of a large library's distinct words.
  const tailSize = Math.max(20_000, Math.min(150_000, cases * 10));
  const tail = Array.from({ length: tailSize }, (_, index) => properNoun(index));
  const drawEnglish = zipf(rng, english.length, 1.0);
  const drawTail = zipf(rng, tail.length, 0.9);
  const welsh = rankedWords(welshSamples.map(bodyOf));
  const drawWelsh = zipf(rng, Math.max(1, welsh.length), 1.0);

  const word = (lang: 'en' | 'cy') => {
    if (rng.chance(0.05)) return tail[drawTail()]!;
    return lang === 'cy' && welsh.length > 0 ? welsh[drawWelsh()]! : english[drawEnglish()]!;
  };
  const sentence = (lang: 'en' | 'cy', min = 8, max = 26) => {
    const count = rng.int(min, max);
    const words: string[] = [];
    for (let index = 0; index < count; index += 1) {
      let next = word(lang);
      if (rng.chance(0.02)) next = rng.chance(0.5) ? `£${rng.int(1, 900)}m` : `${rng.int(2, 95)}%`;
      else if (rng.chance(0.01)) next = String(rng.int(2005, 2026));
      words.push(next);
      if (index < count - 1 && rng.chance(0.07)) words[words.length - 1] += ',';
    }
    const text = words.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };

  // Plan slugs first, so that related links and translations can name case studies written later.
  const themeIds = taxonomy.themes.map((term) => term.id);
  const topicsByTheme = new Map(themeIds.map((id) => [id, [] as string[]]));
  const topicIds = taxonomy.topics.map((term) => term.id);
  const topicHome: Record<string, string> = {
    'anchor-institutions': 'procurement',
    'spend-analysis': 'procurement',
    'social-value': 'procurement',
    'local-supply-chains': 'procurement',
    insourcing: 'workforce',
    'real-living-wage': 'workforce',
    'local-recruitment': 'workforce',
    'fair-work-charter': 'workforce',
    apprenticeships: 'workforce',
    'community-asset-transfer': 'land-property',
    'community-land-trust': 'land-property',
    'land-commission': 'land-property',
    'municipal-housing': 'land-property',
    'high-street-regeneration': 'land-property',
    'pension-fund-investment': 'finance',
    'community-banking': 'finance',
    'credit-unions': 'finance',
    'community-wealth-fund': 'finance',
    cooperatives: 'ownership',
    'employee-ownership': 'ownership',
    'social-enterprise': 'ownership',
    'community-business': 'ownership',
    'municipal-energy': 'ownership',
    'community-energy': 'ownership',
  };
  for (const id of topicIds) topicsByTheme.get(topicHome[id] ?? rng.pick(themeIds))?.push(id);

  const regionIds = taxonomy.regions.map((term) => term.id).filter((id) => places[id]);
  const used = new Set<string>();
  const plans: Plan[] = [];
  const welshCount = cases >= 20 ? Math.max(1, Math.round(cases * 0.01)) : 0;
  const englishCount = cases - welshCount;
  for (let index = 0; index < englishCount; index += 1) {
    const region = rng.weighted(
      regionIds,
      regionIds.map((id) => regionWeights[id] ?? 1),
    );
    const place = rng.chance(0.15) ? properNoun(rng.int(0, 4000)) : rng.pick(places[region]!);
    const mainTheme = rng.weighted(themeIds, [3, 2, 3, 4, 2]);
    const themeTopics = topicsByTheme.get(mainTheme)!;
    const topicId = rng.pick(themeTopics.length > 0 ? themeTopics : topicIds);
    const topic = taxonomy.topics.find((term) => term.id === topicId)!;
    let slug = slugFromTitle(`${place} ${topic.label}`).slice(0, 70).replace(/-+$/, '');
    for (let suffix = 2; used.has(slug); suffix += 1)
      slug = `${slugFromTitle(`${place} ${topic.label}`).slice(0, 70).replace(/-+$/, '')}-${suffix}`;
    used.add(slug);
    plans.push({ slug, lang: 'en', draft: false, mdx: rng.chance(0.03), region, place, mainTheme });
  }
  // A few Welsh case studies, each the translation of a Welsh-region English one (linked both ways).
  const welshRegion = plans.filter((plan) => plan.region === 'wales');
  for (let index = 0; index < welshCount; index += 1) {
    const original = welshRegion[index] ?? plans[index]!;
    if (original.region !== 'wales') original.region = 'wales';
    if (!places.wales!.includes(original.place)) original.place = rng.pick(places.wales!);
    let slug = `${original.slug.slice(0, 76)}-cy`;
    for (let suffix = 2; used.has(slug); suffix += 1) slug = `${original.slug.slice(0, 72)}-cy-${suffix}`;
    used.add(slug);
    original.translationOf = slug;
    plans.push({
      slug,
      lang: 'cy',
      draft: false,
      mdx: false,
      translationOf: original.slug,
      region: 'wales',
      place: original.place,
      mainTheme: original.mainTheme,
    });
  }
  // About 1% drafts, never one that a translation points at, so that every link is to a published case study.
  for (const plan of plans) if (!plan.translationOf && rng.chance(0.01)) plan.draft = true;
  const linkable = plans.filter((plan) => !plan.draft).map((plan) => plan.slug);
  // What it took and whether it is still true (docs/public-interface.md §11) are drawn from a
  // sequence of their own, so that every draw of the older fields stays where it was for a seed.
  const practice = random(seed * 7919 + 17);
  // About 2% withdrawn, half of them with a replacement that is itself published and not withdrawn.
  for (const plan of plans) if (!plan.draft && practice.chance(0.02)) plan.withdrawn = {};
  const standing = plans.filter((plan) => !plan.draft && !plan.withdrawn).map((plan) => plan.slug);
  for (const plan of plans)
    if (plan.withdrawn && standing.length > 0 && practice.chance(0.5))
      plan.withdrawn.replacedBy = practice.pick(standing);

  let words = 0;
  let bytes = 0;
  const slugs: string[] = [];
  for (const plan of plans) {
    const { lang } = plan;
    const nation = taxonomy.regions.find((term) => term.id === plan.region)?.nation ?? 'england';
    const kinds = plan.region === 'london' ? councilTypes.london! : (councilTypes[nation] ?? councilTypes.england!);
    const [organisationType, nameOf] = rng.chance(0.75)
      ? rng.chance(0.8)
        ? kinds[0]!
        : rng.pick(kinds)
      : rng.pick(otherTypes);
    const organisation = nameOf(plan.place);

    const themeCount = rng.weighted([1, 2, 3], [45, 40, 15]);
    const themes = [
      plan.mainTheme,
      ...rng.sample(
        themeIds.filter((id) => id !== plan.mainTheme),
        themeCount - 1,
      ),
    ];
    const topicCount = rng.weighted([0, 1, 2, 3, 4], [10, 20, 35, 25, 10]);
    const topicPool = themes.flatMap((id) => topicsByTheme.get(id) ?? []);
    const topics = rng.sample(topicPool.length >= topicCount ? topicPool : topicIds, topicCount);
    const topicLabel =
      (topics[0] && taxonomy.topics.find((term) => term.id === topics[0])?.label) ??
      taxonomy.themes.find((term) => term.id === plan.mainTheme)!.label;

    const started = rng.int(2008, 2025);
    const status = rng.weighted(['ongoing', 'completed', 'planned', 'discontinued'], [60, 28, 7, 5]);
    const ended =
      status === 'completed' || status === 'discontinued' ? Math.min(2026, started + rng.int(0, 6)) : undefined;
    const publishedDay = new Date(Date.UTC(2019, 0, 1) + rng.int(0, 7 * 365) * 86_400_000);
    const published = publishedDay.toISOString().slice(0, 10);
    const updated = rng.chance(0.4)
      ? new Date(publishedDay.getTime() + rng.int(1, 400) * 86_400_000).toISOString().slice(0, 10)
      : undefined;

    const title =
      lang === 'cy'
        ? `${plan.place}: ${sentence('cy', 3, 7).slice(0, -1)}`.slice(0, 118)
        : `${plan.place}: ${topicLabel.toLowerCase()} ${sentence('en', 2, 6).slice(0, -1).toLowerCase()}`.slice(0, 118);
    let summary = `${sentence(lang, 14, 30)} ${rng.chance(0.5) ? sentence(lang, 6, 14) : ''}`.trim();
    if (summary.length > 290) summary = `${summary.slice(0, 289).replace(/[\s,]+\S*$/, '')}.`;

    const sourceCount = rng.weighted([1, 2, 3, 4, 5], [25, 30, 25, 12, 8]);
    const sources = Array.from({ length: sourceCount }, () => ({
      title: sentence(lang, 4, 12).slice(0, -1),
      url: rng.chance(0.75)
        ? `https://www.${slugFromTitle(plan.place) || 'example'}.gov.uk/${slugFromTitle(sentence('en', 2, 5)).slice(0, 60) || 'report'}`
        : undefined,
      publisher: rng.chance(0.7) ? (rng.chance(0.5) ? organisation : rng.pick(publishers)) : undefined,
      year: rng.chance(0.7) ? rng.int(started, 2026) : undefined,
    }));
    const outcomes = rng.chance(0.4)
      ? Array.from({ length: rng.weighted([1, 2, 3, 4, 5], [30, 30, 20, 12, 8]) }, () => {
          const unit = rng.pick(units);
          const value = unit === '%' ? rng.int(1, 99) : Math.round(rng.next() * 5000) / 10;
          const year = rng.int(started, 2026);
          return {
            metric: sentence(lang, 3, 9).slice(0, -1),
            value,
            unit,
            year,
            baseline: rng.chance(0.35)
              ? { value: Math.round(value * rng.next() * 10) / 10, year: Math.max(1800, year - rng.int(1, 5)) }
              : undefined,
            source: rng.chance(0.7) ? rng.int(1, sourceCount) : undefined,
          };
        })
      : [];
    const related = rng.chance(0.6)
      ? rng.sample(linkable, rng.int(1, 5)).filter((slug) => slug !== plan.slug && slug !== plan.translationOf)
      : [];

    // The front matter goes through frontmatterFromAnswers and caseStudyFile, as a contributor's
    // answers do. Each draw of the sequence is kept where it was, so that a seed still gives the
    // same case studies; the draws once made for a list's YAML style are those marked "style".
    const partners = rng.chance(0.5)
      ? rng
          .sample([...places[plan.region]!, ...otherTypes.map(([, name]) => name(plan.place))], rng.int(1, 5))
          .map((name) => (name.includes(' ') ? name : `${name} Council`))
      : undefined;
    rng.chance(0.5); // style of themes
    rng.chance(0.5); // style of topics
    const population = rng.chance(0.5) ? rng.int(2_000, 1_200_000) : undefined;
    const evidence =
      outcomes.length > 0
        ? rng.weighted(['self-reported', 'monitored', 'independently-evaluated', 'peer-reviewed'], [40, 35, 20, 5])
        : undefined;
    let contact: Record<string, unknown> | undefined;
    if (rng.chance(0.5)) {
      contact = {
        name: lang === 'cy' ? 'Tîm Cyfoeth Cymunedol' : 'Community Wealth Building team',
        organisation,
      };
      if (rng.chance(0.3)) contact.url = `https://www.${slugFromTitle(plan.place) || 'example'}.gov.uk/contact`;
      if (rng.chance(0.1)) {
        contact.email = `cwb@${slugFromTitle(plan.place).replace(/-/g, '') || 'example'}.gov.uk`;
        contact.consent = true;
      }
    }
    let contributors: string[] | undefined;
    if (rng.chance(0.6)) {
      contributors = [
        rng.chance(0.7) ? editorial : `${properNoun(rng.int(0, 3000))} ${properNoun(rng.int(3000, 9000))}`,
      ];
      rng.chance(0.5); // style of contributors
    }
    // About a fifth say what it took (most of those what it cost, from one of their sources), a
    // quarter what another place needs, a third when the facts were last checked.
    const resources = practice.chance(0.2)
      ? {
          cost: practice.chance(0.7)
            ? {
                value: practice.chance(0.5) ? practice.int(1, 95) / 10 : practice.int(5, 900),
                unit: practice.weighted(['£', '£k', '£m'], [10, 50, 40]),
                period: practice.weighted(['one-off', 'per-year'], [55, 45]),
                year: practice.int(started, 2026),
                source: practice.chance(0.8) ? practice.int(1, sourceCount) : undefined,
              }
            : undefined,
          funders: practice.chance(0.6)
            ? [organisation, ...(practice.chance(0.3) ? [practice.pick(publishers)] : [])]
            : undefined,
          staff: practice.chance(0.5)
            ? `${practice.pick(['one', 'two', 'three'])} officers for ${practice.int(6, 36)} months`
            : undefined,
        }
      : undefined;
    const transferability = practice.chance(0.25)
      ? `${practice.pick(needs.powers)}, ${practice.pick(needs.partners)} and ${practice.pick(needs.time)}.`
      : undefined;
    const dayAfter = (from: string, days: number) =>
      new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const reviewed = practice.chance(0.35) ? dayAfter(published, practice.int(30, 1500)) : undefined;
    const withdrawn = plan.withdrawn
      ? {
          date: dayAfter(published, practice.int(60, 900)),
          reason: practice.pick(withdrawalReasons),
          replacedBy: plan.withdrawn.replacedBy,
        }
      : undefined;
    const frontmatter = frontmatterFromAnswers({
      title,
      summary,
      place: plan.place,
      region: plan.region,
      country: plan.region === 'outside-uk' ? (countries[plan.place] ?? 'US') : undefined,
      organisation,
      organisationType,
      partners,
      themes,
      topics,
      started,
      ended,
      status,
      population,
      outcomes,
      evidence,
      resources,
      transferability,
      sources,
      contact,
      contributors,
      related,
      lang,
      translationOf: plan.translationOf,
      published,
      updated,
      reviewed,
      withdrawn,
      draft: plan.draft,
    });
    const lines: string[] = [];

    // Body: 300–1,500 words (more short ones than long), under the recommended headings.
    const target = Math.round(300 + 1050 * rng.next() ** 1.6);
    let written = 0;
    const sections = headings[lang];
    const share = sections.map(() => 0.5 + rng.next());
    const shareTotal = share.reduce((sum, value) => sum + value, 0);
    sections.forEach((heading, index) => {
      lines.push(`## ${heading}`, '');
      const budget = Math.max(25, Math.round((target * share[index]!) / shareTotal));
      let inSection = 0;
      while (inSection < budget) {
        if (rng.chance(0.15)) {
          for (let item = rng.int(2, 5); item > 0 && inSection < budget; item -= 1) {
            const text = sentence(lang, 6, 18);
            lines.push(
              `- ${rng.chance(0.3) ? `**${text.split(' ').slice(0, 2).join(' ')}** ${text.split(' ').slice(2).join(' ')}` : text}`,
            );
            inSection += text.split(' ').length;
          }
          lines.push('');
        } else if (plan.mdx && rng.chance(0.12)) {
          const text = sentence(lang);
          const callout = rng.chance(0.5);
          lines.push(
            callout
              ? `<Callout title="${sentence('en', 2, 5).slice(0, -1)}" tone="note">`
              : `<PullQuote by="${editorial}">`,
            '',
            text,
            '',
            callout ? '</Callout>' : '</PullQuote>',
            '',
          );
          inSection += text.split(' ').length;
        } else {
          const paragraph: string[] = [];
          let paragraphWords = 0;
          for (
            let count = rng.int(2, 6);
            count > 0 && (paragraph.length === 0 || inSection + paragraphWords < budget);
            count -= 1
          ) {
            const text = sentence(lang);
            paragraph.push(text);
            paragraphWords += text.split(' ').length;
          }
          let text = paragraph.join(' ');
          if (rng.chance(0.08) && plan.region !== 'outside-uk')
            text += ` See [the council's report](https://www.${slugFromTitle(plan.place) || 'example'}.gov.uk/cwb).`;
          lines.push(text, '');
          inSection += text.split(' ').length;
        }
      }
      written += inSection;
    });
    words += written;

    const file = path.join(dir, `${plan.slug}.${plan.mdx ? 'mdx' : 'md'}`);
    const text = caseStudyFile(frontmatter, lines.join('\n'));
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    slugs.push(plan.slug);
  }

  // How-to guides, each citing published case studies of its main theme (see the module comment).
  const publishedPlans = plans.filter((plan) => !plan.draft);
  const guideCount = publishedPlans.length === 0 ? 0 : Math.max(1, Math.round(cases / casesPerGuide));
  const guideSlugs: string[] = [];
  if (guideCount > 0) mkdirSync(guidesDir(root), { recursive: true });
  for (let index = 0; index < guideCount; index += 1) {
    const mainTheme = rng.pick(themeIds);
    const ofTheme = publishedPlans.filter((plan) => plan.mainTheme === mainTheme);
    const pool = ofTheme.length > 0 ? ofTheme : publishedPlans;
    const cited = rng.sample(pool, Math.min(pool.length, rng.int(2, 8))).map((plan) => plan.slug);
    const topicPool = topicsByTheme.get(mainTheme) ?? [];
    const topics = rng.sample(topicPool, Math.min(topicPool.length, rng.weighted([0, 1, 2, 3], [15, 35, 35, 15])));
    const topicLabel = (topics[0] && taxonomy.topics.find((term) => term.id === topics[0])?.label) ?? mainTheme;
    const title = `How to ${topicLabel.toLowerCase()}: ${sentence('en', 2, 6).slice(0, -1).toLowerCase()}`.slice(
      0,
      118,
    );
    const slug = `${slugFromTitle(title).slice(0, 70).replace(/-+$/, '')}-${index + 1}`;
    const publishedDay = new Date(Date.UTC(2021, 0, 1) + rng.int(0, 5 * 365) * 86_400_000);
    const lines: string[] = [];
    let inGuide = 0;
    for (const { heading } of recommendedGuideHeadings.en) {
      lines.push(`## ${heading}`, '');
      for (let count = rng.int(2, 4); count > 0; count -= 1) {
        const paragraph = Array.from({ length: rng.int(2, 5) }, () => sentence('en')).join(' ');
        // A guide names the case studies it draws on, as the sample guides do.
        const link = rng.chance(0.3) ? ` See [${rng.pick(cited)}](../../case-studies/${rng.pick(cited)}/).` : '';
        lines.push(`${paragraph}${link}`, '');
        inGuide += paragraph.split(' ').length;
      }
    }
    words += inGuide;
    const text = guideFile(
      {
        title,
        summary: sentence('en', 12, 30).slice(0, 290),
        themes: rng.chance(0.4) ? [mainTheme, rng.pick(themeIds.filter((id) => id !== mainTheme))] : [mainTheme],
        topics: topics.length > 0 ? topics : undefined,
        cases: cited,
        sources: rng.chance(0.7)
          ? Array.from({ length: rng.int(1, 3) }, () => ({
              title: sentence('en', 4, 12).slice(0, -1),
              publisher: rng.pick(publishers),
              year: rng.int(2015, 2026),
            }))
          : undefined,
        published: publishedDay.toISOString().slice(0, 10),
      },
      lines.join('\n'),
    );
    writeFileSync(path.join(guidesDir(root), `${slug}.md`), text);
    bytes += Buffer.byteLength(text);
    guideSlugs.push(slug);
  }

  return {
    root,
    slugs,
    guides: guideSlugs,
    published: plans.filter((plan) => !plan.draft).map((plan) => plan.slug),
    drafts: plans.filter((plan) => plan.draft).length,
    welsh: welshCount,
    mdx: plans.filter((plan) => plan.mdx).length,
    words,
    bytes,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = 'Usage: node scripts/bench/generate.ts --cases N [--seed S] --out DIR';
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        cases: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n${usage}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  if (!values.out) {
    process.stderr.write(`--out is required\n${usage}\n`);
    process.exit(2);
  }
  try {
    const started = performance.now();
    const library = generateLibrary({ cases: Number(values.cases), seed: Number(values.seed), out: values.out });
    process.stdout.write(
      `wrote ${library.slugs.length} case studies and ${library.guides.length} guides (${library.drafts} drafts, ${library.welsh} Welsh, ${library.mdx} MDX, ${library.words.toLocaleString('en-GB')} words, ${(library.bytes / 1e6).toFixed(1)} MB) to ${path.join(library.root, 'case-studies')} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
}
