/**
 * Organisation pages: every organisation a case study names as its lead `organisation` or among its
 * `partners`, with a URL slug made from the name.
 */
import type { OrganisationName } from '../schema/organisation-names.ts';
import type { Language } from '../schema/taxonomy.ts';
import { compareNames, compareNewestFirst, type CaseStudy } from './case-studies.ts';
import type { ListPage } from './pagination.ts';

const maxSlugLength = 80;

/**
 * A URL slug from an organisation's name: lower case, accents dropped (Ŵ → w), `&` as "and",
 * apostrophes dropped, every other run of punctuation or space one hyphen. "Cyngor Gwynedd" →
 * `cyngor-gwynedd`; "St. Helens Council" → `st-helens-council`. A name with no Latin letters or
 * digits gives `organisation`.
 */
export function organisationSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut =
    slug.length > maxSlugLength
      ? slug.slice(0, maxSlugLength).replace(/-[^-]*$/, '') || slug.slice(0, maxSlugLength)
      : slug;
  return cut.replace(/-+$/, '') || 'organisation';
}

/** Two spellings that differ only in case or spacing name the same organisation. */
export function organisationKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** How an organisation takes part in a case study. */
export type OrganisationRole = 'lead' | 'partner';

/** One organisation, its URL slug and the case studies that name it. */
export interface Organisation<T extends CaseStudy> {
  slug: string;
  /**
   * The name in English: as `content/organisations.yml` gives it, else as most case studies spell
   * it (ties: the first in code-point order).
   */
  name: string;
  /** Its name in Welsh, when `content/organisations.yml` gives one. */
  welshName?: string;
  /** Every case study naming it, newest first, with its role there (lead wins over partner). */
  entries: { entry: T; role: OrganisationRole }[];
}

/** Every organisation named by `entries`, by name, and a way to find an organisation's slug from a name. */
export interface OrganisationIndex<T extends CaseStudy> {
  organisations: Organisation<T>[];
  /** The slug of the organisation `name` belongs to, if any case study names it. */
  slugOf(name: string): string | undefined;
}

/** The name of `organisation` in `lang`: its Welsh name in Welsh where it has one, else its name. */
export const organisationName = (organisation: Pick<Organisation<CaseStudy>, 'name' | 'welshName'>, lang: Language) =>
  (lang === 'cy' ? organisation.welshName : undefined) ?? organisation.name;

/**
 * Builds the organisation index. Names equal but for case and spacing are one organisation, and so
 * are the two names of an entry of `names` (`content/organisations.yml`: "Cyngor Caerdydd" is
 * "Cardiff Council"), whose page has the slug of its English name. Different names that make the same slug ("St. Helens Council", "St Helens Council") stay
 * separate pages: the first in code-point order keeps the plain slug, the next get `-2`, `-3`…,
 * skipping any slug another name already has, so the result never depends on file order.
 */
export function buildOrganisationIndex<T extends CaseStudy>(
  entries: readonly T[],
  names: readonly OrganisationName[] = [],
): OrganisationIndex<T> {
  // Each organisation by the key of its English name; a Welsh name leads to it.
  const named = new Map<string, OrganisationName>();
  const englishKey = new Map<string, string>();
  for (const entry of names) {
    const key = organisationKey(entry.name);
    named.set(key, entry);
    englishKey.set(organisationKey(entry.cy), key);
  }
  const keyOf = (name: string) => {
    const key = organisationKey(name);
    return englishKey.get(key) ?? key;
  };
  const byKey = new Map<
    string,
    { spellings: Map<string, number>; roles: Map<string, { entry: T; role: OrganisationRole }> }
  >();
  const note = (name: string, entry: T, role: OrganisationRole) => {
    const key = keyOf(name);
    if (key === '') return;
    let org = byKey.get(key);
    if (!org) byKey.set(key, (org = { spellings: new Map(), roles: new Map() }));
    const spelling = name.trim().replace(/\s+/g, ' ');
    org.spellings.set(spelling, (org.spellings.get(spelling) ?? 0) + 1);
    const existing = org.roles.get(entry.id);
    if (!existing || (existing.role === 'partner' && role === 'lead')) org.roles.set(entry.id, { entry, role });
  };
  for (const entry of entries) {
    note(entry.data.organisation, entry, 'lead');
    for (const partner of entry.data.partners ?? []) note(partner, entry, 'partner');
  }

  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const wanted = new Map(keys.map((key) => [key, organisationSlug(key)]));
  const taken = new Set<string>();
  const slugByKey = new Map<string, string>();
  // Plain slugs first, so that "Foo 2" keeps `foo-2` even when "Foo" and "foo!" also collide.
  const plainOwners = new Map<string, string>();
  for (const key of keys) if (!plainOwners.has(wanted.get(key)!)) plainOwners.set(wanted.get(key)!, key);
  for (const [slug, key] of plainOwners) {
    slugByKey.set(key, slug);
    taken.add(slug);
  }
  for (const key of keys) {
    if (slugByKey.has(key)) continue;
    const plain = wanted.get(key)!;
    let n = 2;
    while (taken.has(`${plain}-${n}`)) n += 1;
    slugByKey.set(key, `${plain}-${n}`);
    taken.add(`${plain}-${n}`);
  }

  const organisations = keys
    .map((key): Organisation<T> => {
      const org = byKey.get(key)!;
      const given = named.get(key);
      const name =
        given?.name ??
        [...org.spellings].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
      const naming = [...org.roles.values()].sort((a, b) => compareNewestFirst(a.entry, b.entry));
      return { slug: slugByKey.get(key)!, name, ...(given ? { welshName: given.cy } : {}), entries: naming };
    })
    .sort((a, b) => compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : 1));

  return { organisations, slugOf: (name) => slugByKey.get(keyOf(name)) };
}

/** How an organisation appears in the library: lead of how many, partner in how many, and the types it leads as. */
export function organisationRoles<T extends CaseStudy>(
  organisation: Organisation<T>,
): { leads: number; partners: number; types: string[] } {
  const leads = organisation.entries.filter(({ role }) => role === 'lead');
  return {
    leads: leads.length,
    partners: organisation.entries.length - leads.length,
    types: [...new Set(leads.map(({ entry }) => entry.data.organisationType))],
  };
}

/**
 * The organisations in the A to Z order of their names in `lang` (an organisation with a Welsh name
 * is under its Welsh name in Welsh); ties by slug, so the order never depends on the input's.
 */
export function organisationsByName<T extends CaseStudy>(
  organisations: readonly Organisation<T>[],
  lang: Language,
): Organisation<T>[] {
  return [...organisations].sort(
    (a, b) => compareNames(organisationName(a, lang), organisationName(b, lang)) || (a.slug < b.slug ? -1 : 1),
  );
}

/**
 * How much of a directory page the entries may fill, in characters of their HTML as
 * {@link directoryEntrySize} reckons it: with the page's header and footer (about 10 KB), a page
 * stays well under the benchmark's 100 KB limit whatever the library's size.
 */
export const directoryPageBudget = 64_000;

/**
 * About how many characters of HTML an organisation's entry in the directory takes: its heading
 * (name, and the slug as its id) and one line per case study (the address, the title, the marks).
 */
export function directoryEntrySize<T extends CaseStudy>(organisation: Organisation<T>, lang: Language): number {
  let size = 90 + 2 * organisation.slug.length + organisationName(organisation, lang).length;
  for (const { entry } of organisation.entries) size += 130 + entry.id.length + entry.data.title.length;
  return size;
}

/**
 * The A to Z of organisations as a directory, each organisation an entry listing its case studies
 * (the Welsh interface's, instead of a page per organisation: issue 14), cut into pages in order
 * so that none holds more than `budget` (an entry is never split; one larger than the budget has
 * a page of its own). The pages are numbered as a list's (`ListPage`), so that the pagination
 * links and the page addresses are those of any other list.
 */
export function directoryPages<T extends CaseStudy>(
  organisations: readonly Organisation<T>[],
  lang: Language,
  budget: number = directoryPageBudget,
): ListPage<Organisation<T>>[] {
  const cut: Organisation<T>[][] = [[]];
  let filled = 0;
  for (const organisation of organisations) {
    const size = directoryEntrySize(organisation, lang);
    if (filled > 0 && filled + size > budget) {
      cut.push([]);
      filled = 0;
    }
    cut.at(-1)!.push(organisation);
    filled += size;
  }
  let before = 0;
  return cut.map((items, index) => {
    const from = items.length === 0 ? 0 : before + 1;
    before += items.length;
    return {
      items,
      number: index + 1,
      pages: cut.length,
      total: organisations.length,
      from,
      to: from === 0 ? 0 : before,
    };
  });
}

/** The page number of each organisation's entry in `pages` (from {@link directoryPages}), by slug. */
export function directoryPageOf<T extends CaseStudy>(pages: readonly ListPage<Organisation<T>>[]): Map<string, number> {
  return new Map(pages.flatMap((page) => page.items.map((organisation) => [organisation.slug, page.number] as const)));
}
