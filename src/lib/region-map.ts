/**
 * A tile-grid map of the UK's nations and ITL1 regions (plus one tile for practice outside the
 * UK): one equal square per region, placed roughly where it lies, so that small regions such as
 * London are as easy to read and to press as large ones.
 */
import type { Region } from '../schema/taxonomy.ts';

/** Where a known region's tile sits (column, row) and the short label that fits on it. */
export const regionTilePlaces: Record<string, { column: number; row: number; short: string[] }> = {
  scotland: { column: 1, row: 0, short: ['Scotland'] },
  'outside-uk': { column: 3, row: 0, short: ['Outside', 'the UK'] },
  'northern-ireland': { column: 0, row: 1, short: ['Northern', 'Ireland'] },
  'north-east': { column: 2, row: 1, short: ['North', 'East'] },
  'north-west': { column: 1, row: 2, short: ['North', 'West'] },
  'yorkshire-and-the-humber': { column: 2, row: 2, short: ['Yorkshire', '& Humber'] },
  wales: { column: 0, row: 3, short: ['Wales'] },
  'west-midlands': { column: 1, row: 3, short: ['West', 'Midlands'] },
  'east-midlands': { column: 2, row: 3, short: ['East', 'Midlands'] },
  'east-of-england': { column: 3, row: 3, short: ['East of', 'England'] },
  'south-west': { column: 1, row: 4, short: ['South', 'West'] },
  'south-east': { column: 2, row: 4, short: ['South', 'East'] },
  london: { column: 3, row: 4, short: ['London'] },
};

/** The number of columns of the grid; regions it does not know are added in rows below. */
export const regionMapColumns = 4;

/** One tile of the map. */
export interface RegionTile {
  region: Region;
  column: number;
  row: number;
  /** The label in one or two lines short enough for the tile. */
  lines: string[];
  count: number;
}

/** The tiles for `regions` with their counts; regions without a known place fill rows below the map. */
export function regionTiles(regions: readonly Region[], counts: ReadonlyMap<string, number>): RegionTile[] {
  const knownRows = Math.max(...Object.values(regionTilePlaces).map((place) => place.row)) + 1;
  let extra = 0;
  return regions.map((region) => {
    const place = regionTilePlaces[region.id];
    const count = counts.get(region.id) ?? 0;
    if (place) return { region, column: place.column, row: place.row, lines: place.short, count };
    const index = extra++;
    return { region, column: index % regionMapColumns, row: knownRows + Math.floor(index / regionMapColumns), lines: [region.label], count };
  });
}
