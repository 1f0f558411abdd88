/**
 * The search page's filters over the sample library: each group alone, groups combined, and the
 * live count beside every value, checked against the case studies' own front matter.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { facetOrder, type SearchQuery } from '../../src/lib/search-query.ts';
import type { SearchFilterName } from '../../src/lib/search-record.ts';
import type { CheckedCaseStudy } from '../../src/content/index.ts';
import {
  allResultPaths,
  announcedCount,
  base,
  openSite,
  published,
  queryString,
  resultsFor,
  taxonomy,
  tick,
  type Site,
} from './site.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

/** The ids a case study has in a filter group, as its front matter says. */
function valuesOf(entry: CheckedCaseStudy, name: SearchFilterName): string[] {
  const { data } = entry;
  switch (name) {
    case 'theme':
      return data.themes;
    case 'topic':
      return data.topics ?? [];
    case 'region':
      return [data.region];
    case 'nation':
      return [taxonomy.regions.find((region) => region.id === data.region)!.nation];
    case 'type':
      return [data.organisationType];
    case 'status':
      return [data.status];
    case 'evidence':
      return data.evidence ? [data.evidence] : [];
    case 'size':
      return data.population === undefined ? [] : [sizeBandOf(data.population)];
  }
}

/** The size band of a population, as docs/public-interface.md §11 writes the bands. */
function sizeBandOf(population: number): string {
  if (population < 50_000) return 'under-50k';
  if (population < 150_000) return '50k-150k';
  if (population < 300_000) return '150k-300k';
  if (population < 1_000_000) return '300k-1m';
  return 'over-1m';
}

/** The published case studies a filter state matches: any chosen value of a group, every group. */
const matching = (filters: SearchQuery['filters']) =>
  published.filter((entry) =>
    Object.entries(filters).every(([name, ids]) =>
      ids.some((id) => valuesOf(entry, name as SearchFilterName).includes(id)),
    ),
  );

/** A value of the group that some published case studies have and others do not. */
function telling(name: SearchFilterName): string {
  const counts = new Map<string, number>();
  for (const entry of published) for (const id of valuesOf(entry, name)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const found = [...counts].filter(([, count]) => count < published.length).sort((a, b) => b[1] - a[1])[0];
  if (!found) throw new Error(`no ${name} value tells the sample case studies apart`);
  return found[0];
}

const slugOf = (path: string) => path.slice(`${base}case-studies/`.length, -1);

/** The counts the page shows beside the values of a group, by id (waits until they are written for `params`). */
async function shownCounts(
  page: import('playwright-core').Page,
  name: SearchFilterName,
  params: string,
): Promise<Record<string, number>> {
  await page.waitForFunction(
    ([expected, group]) => {
      const form = document.getElementById('search-form');
      return form?.dataset.counts === expected && (form.dataset.counted ?? '').split(' ').includes(group!);
    },
    [params, name] as const,
  );
  return page.locator(`input[type="checkbox"][name="${name}"]`).evaluateAll((boxes) =>
    Object.fromEntries(
      boxes.map((box) => {
        const text = (box as HTMLInputElement).labels?.[0]?.querySelector('.search-facet__n')?.textContent ?? '';
        return [(box as HTMLInputElement).value, Number(/\((\d+)\)/.exec(text)?.[1] ?? Number.NaN)];
      }),
    ),
  );
}

/** Counts of each value of a group among `entries`, 0 for the values none has. */
function expectedCounts(name: SearchFilterName, entries: CheckedCaseStudy[]): Record<string, number> {
  const ids = (
    name === 'type'
      ? taxonomy.organisationTypes
      : name === 'evidence'
        ? taxonomy.evidenceLevels
        : name === 'status'
          ? taxonomy.statuses
          : name === 'size'
            ? taxonomy.sizeBands
            : taxonomy[`${name}s` as 'themes' | 'topics' | 'regions' | 'nations']
  ).map((term) => term.id);
  return Object.fromEntries(
    ids.map((id) => [id, entries.filter((entry) => valuesOf(entry, name).includes(id)).length]),
  );
}

describe('each filter group', () => {
  test.each([...facetOrder])('the %s filter shows exactly the case studies with the chosen value', async (name) => {
    const id = telling(name);
    const filters = { [name]: [id] };
    const page = await site.newPage();

    await page.goto(site.url(`search/?${queryString('', filters)}`));
    await resultsFor(page, queryString('', filters));

    const expected = matching(filters)
      .map((entry) => entry.slug)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(await announcedCount(page)).toBe(expected.length);
    expect((await allResultPaths(page)).map(slugOf).sort()).toEqual(expected);
  });
});

describe('combined filters with live counts', () => {
  test('counts each value as the results it would give: other groups narrowed, the same group added', async () => {
    const regions = [...new Set(published.map((entry) => entry.data.region))].slice(0, 2);
    const status = published.find((entry) => entry.data.region === regions[0])!.data.status;
    const filters = { region: regions, status: [status] };
    const params = queryString('', filters);
    const page = await site.newPage();
    await page.goto(site.url(`search/?${params}`));
    await resultsFor(page, params);

    await page.locator('details[data-facet="theme"] summary').click();

    expect(await announcedCount(page)).toBe(matching(filters).length);
    // Theme has no choice: its counts are of the results.
    expect(await shownCounts(page, 'theme', params)).toEqual(expectedCounts('theme', matching(filters)));
    // Region and status have choices: each counts against the other groups only (OR within a group).
    expect(await shownCounts(page, 'region', params)).toEqual(expectedCounts('region', matching({ status: [status] })));
    expect(await shownCounts(page, 'status', params)).toEqual(expectedCounts('status', matching({ region: regions })));
  });

  test('updates the counts when a filter is ticked, and the count beside a value is the number of results it gives', async () => {
    const theme = telling('theme');
    const page = await site.newPage();
    await page.goto(site.url('search/'));
    await page.locator('details[data-facet="nation"] summary').click();
    const before = await shownCounts(page, 'nation', '');

    await tick(page, 'theme', theme);
    const params = queryString('', { theme: [theme] });
    await resultsFor(page, params);
    const after = await shownCounts(page, 'nation', params);

    expect(before).toEqual(expectedCounts('nation', published));
    expect(after).toEqual(expectedCounts('nation', matching({ theme: [theme] })));
    const nation = Object.entries(after).find(([, count]) => count > 0)![0];
    await tick(page, 'nation', nation);
    await resultsFor(page, queryString('', { theme: [theme], nation: [nation] }));
    expect(await announcedCount(page)).toBe(after[nation]);
  });

  test('counts the values of a word search, and a value’s count is what ticking it leaves', async () => {
    const page = await site.newPage();
    const params = queryString('community');
    await page.goto(site.url(`search/?${params}`));
    await resultsFor(page, params);
    await page.locator('details[data-facet="region"] summary').click();
    const counts = await shownCounts(page, 'region', params);
    const total = await announcedCount(page);

    const [region, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
    await tick(page, 'region', region);
    await resultsFor(page, queryString('community', { region: [region] }));

    expect(Object.values(counts).reduce((sum, value) => sum + value, 0)).toBe(total);
    expect(await announcedCount(page)).toBe(count);
  });
});

describe('values with no results (issue 19)', () => {
  test('are shown as unavailable, not offered: a disabled box and no link, while values with results stay on offer', async () => {
    // A region whose case studies leave out some theme: that theme finds nothing there.
    const region = taxonomy.regions
      .map((term) => term.id)
      .find(
        (id) =>
          published.some((entry) => entry.data.region === id) &&
          taxonomy.themes.some(
            (theme) => !published.some((entry) => entry.data.region === id && entry.data.themes.includes(theme.id)),
          ),
      );
    if (!region) throw new Error('every region with case studies has every theme');
    const params = queryString('', { region: [region] });
    const page = await site.newPage();
    await page.goto(site.url(`search/?${params}`));
    await resultsFor(page, params);
    const group = page.locator('details[data-facet="theme"]');
    if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
    const counts = await shownCounts(page, 'theme', params);
    const none = Object.keys(counts).filter((id) => counts[id] === 0);
    const some = Object.keys(counts).filter((id) => counts[id]! > 0);
    expect(none.length).toBeGreaterThan(0);

    for (const id of none) {
      const box = page.locator(`input[name="theme"][value="${id}"]`);
      expect(await box.isDisabled(), id).toBe(true);
      expect(await box.locator('xpath=..').locator('a').count(), id).toBe(0);
    }
    for (const id of some)
      expect(await page.locator(`input[name="theme"][value="${id}"]`).isDisabled(), id).toBe(false);
  });

  test('a value chosen in the URL stays on offer even when it finds nothing, so that it can be taken back', async () => {
    const pair = taxonomy.themes
      .flatMap((theme) => taxonomy.regions.map((region) => ({ theme: theme.id, region: region.id })))
      .find(
        ({ theme, region }) =>
          !published.some((entry) => entry.data.region === region && entry.data.themes.includes(theme)),
      );
    if (!pair) throw new Error('every theme has a case study in every region');
    const params = queryString('', { theme: [pair.theme], region: [pair.region] });
    const page = await site.newPage();
    await page.goto(site.url(`search/?${params}`));
    await resultsFor(page, params);
    await shownCounts(page, 'theme', params);

    const box = page.locator(`input[name="theme"][value="${pair.theme}"]`);
    expect(await box.isChecked()).toBe(true);
    expect(await box.isDisabled()).toBe(false);
  });
});
