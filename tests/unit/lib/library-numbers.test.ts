/**
 * The map, the statistics and the charts against the sample library's real numbers: each figure
 * is counted here straight from the content files' YAML (not through the schema or the site's own
 * functions) and compared with what the site would draw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { readCaseStudies } from '../../../src/content/index.ts';
import { countByTerms, idsOf } from '../../../src/lib/grouping.ts';
import { outcomeFigures } from '../../../src/lib/outcome-chart.ts';
import { regionTiles } from '../../../src/lib/region-map.ts';
import { byEvidence, byYearStarted, outcomesShare, pillarRegionTable } from '../../../src/lib/stats.ts';
import { caseStudiesDir, contentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const root = contentRoot();
const taxonomy = loadTaxonomy(root);
const dir = caseStudiesDir(root);

interface Raw {
  region: string;
  themes: string[];
  started: number;
  evidence?: string;
  outcomes?: { value: number; unit: string; year: number; baseline?: { value: number; year: number } }[];
  draft?: boolean;
}

/** The published files' frontmatter, read with nothing but a YAML parser. */
const files: Raw[] = readdirSync(dir)
  .filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
  .map(
    (name) =>
      yaml.load(
        readFileSync(path.join(dir, name), 'utf8')
          .replace(/^\uFEFF/, '')
          .split(/^---\s*$/m)[1]!,
      ) as Raw,
  )
  .filter((data) => data.draft !== true);

/** The case studies as the site reads them. */
const entries = readCaseStudies(root, taxonomy).entries.map((entry) => ({ id: entry.slug, data: entry.data }));

test('the sample library has case studies to count', () => {
  expect(files.length).toBeGreaterThan(20);
  expect(entries).toHaveLength(files.length);
});

test('the map shows as many North West case studies as there are files from the North West', () => {
  const northWest = files.filter((data) => data.region === 'north-west').length;

  const tile = regionTiles(taxonomy.regions, countByTerms(entries, taxonomy.regions, idsOf.region)).find(
    (candidate) => candidate.region.id === 'north-west',
  )!;

  expect(northWest).toBeGreaterThan(0);
  expect(tile.count).toBe(northWest);
});

test('every tile of the map counts the files of its region, and the darkest tile is the region with the most', () => {
  const tiles = regionTiles(taxonomy.regions, countByTerms(entries, taxonomy.regions, idsOf.region));
  const most = Math.max(...tiles.map((tile) => tile.count));

  for (const tile of tiles)
    expect(tile.count, tile.region.id).toBe(files.filter((data) => data.region === tile.region.id).length);
  expect(tiles.filter((tile) => tile.shade === 4).every((tile) => tile.count > most / 2)).toBe(true);
  expect(tiles.filter((tile) => tile.count === 0).every((tile) => tile.shade === 0)).toBe(true);
});

test('each cell of the pillar and region table counts the files of that region naming that pillar', () => {
  const table = pillarRegionTable(entries, taxonomy);

  for (const row of table.rows) {
    for (const cell of row.cells) {
      const expected = files.filter(
        (data) => data.region === cell.regionId && data.themes.includes(row.theme.id),
      ).length;
      expect(cell.count, `${row.theme.id} × ${cell.regionId}`).toBe(expected);
    }
    expect(row.total).toBe(files.filter((data) => data.themes.includes(row.theme.id)).length);
  }
  expect(table.total).toBe(files.length);
  expect([...table.regionTotals.values()].reduce((sum, count) => sum + count, 0)).toBe(files.length);
});

test('the timeline counts the files by the year they started, from the first year to the last', () => {
  const timeline = byYearStarted(entries);
  const years = files.map((data) => data.started);

  expect(timeline[0]!.year).toBe(Math.min(...years));
  expect(timeline.at(-1)!.year).toBe(Math.max(...years));
  for (const { year, count } of timeline)
    expect(count, String(year)).toBe(years.filter((started) => started === year).length);
});

test('the share with measured outcomes is the share of files that list outcomes', () => {
  const expected = files.filter((data) => (data.outcomes?.length ?? 0) > 0).length;

  expect(outcomesShare(entries)).toEqual({
    withOutcomes: expected,
    total: files.length,
    share: expected / files.length,
  });
});

test('the evidence chart counts the files at each level, and those that state none', () => {
  const counts = byEvidence(entries, taxonomy.evidenceLevels);

  for (const { id, count } of counts)
    expect(count, String(id)).toBe(files.filter((data) => (data.evidence ?? null) === id).length);
});

test('every outcome chart of the library draws its files’ figures in proportion', () => {
  let charts = 0;
  for (const entry of entries) {
    const raw = entry.data.outcomes ?? [];
    outcomeFigures(entry.data).forEach((figure, index) => {
      const outcome = raw[index]!;
      if (!outcome.baseline) return expect(figure.chart).toBeUndefined();
      charts++;
      const [before, after] = figure.chart!.bars;
      expect(before!.value).toBe(outcome.baseline.value);
      expect(after!.value).toBe(outcome.value);
      expect(after!.label).toBe(outcome.year === outcome.baseline.year ? 'After' : String(outcome.year));
      if (outcome.baseline.value > 0 && outcome.value > 0)
        expect(after!.width / before!.width).toBeCloseTo(outcome.value / outcome.baseline.value, 1);
    });
  }
  expect(charts).toBe(files.flatMap((data) => data.outcomes ?? []).filter((outcome) => outcome.baseline).length);
  expect(charts).toBeGreaterThan(0);
});
