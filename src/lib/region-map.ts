/**
 * A tile-grid map of the UK's nations and ITL1 regions (plus one tile for practice outside the
 * UK and one for practice covering all of England, set apart from the regions): one equal square per region, placed roughly where it lies, so that small regions such as
 * London are as easy to read and to press as large ones.
 */
import type { Region } from '../schema/taxonomy.ts';
import { shadeLevel } from './charts.ts';

/**
 * Where a known region's tile sits (column, row) and its name in lines that fit on it: the whole
 * name, so that what the tile shows is what a screen reader hears (WCAG 2.5.3).
 */
export const regionTilePlaces: Record<string, { column: number; row: number; short: string[] }> = {
  scotland: { column: 1, row: 0, short: ['Scotland'] },
  'outside-uk': { column: 3, row: 0, short: ['Outside', 'the UK'] },
  'england-wide': { column: 3, row: 1, short: ['All of', 'England'] },
  'northern-ireland': { column: 0, row: 1, short: ['Northern', 'Ireland'] },
  'north-east': { column: 2, row: 1, short: ['North', 'East'] },
  'north-west': { column: 1, row: 2, short: ['North', 'West'] },
  'yorkshire-and-the-humber': { column: 2, row: 2, short: ['Yorkshire and', 'The Humber'] },
  wales: { column: 0, row: 3, short: ['Wales'] },
  'west-midlands': { column: 1, row: 3, short: ['West', 'Midlands'] },
  'east-midlands': { column: 2, row: 3, short: ['East', 'Midlands'] },
  'east-of-england': { column: 3, row: 3, short: ['East of', 'England'] },
  'south-west': { column: 1, row: 4, short: ['South', 'West'] },
  'south-east': { column: 2, row: 4, short: ['South', 'East'] },
  london: { column: 3, row: 4, short: ['London'] },
};

/**
 * Regions that are not a part of the map but a kind of practice beside it (contract §4): the
 * map draws them apart from the regions (a dashed outline), in the corner away from the nations.
 */
export const regionsApartFromMap: ReadonlySet<string> = new Set(['outside-uk', 'england-wide']);

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
  /** 0 (no case studies) to 4 (most), against the region with the most. */
  shade: number;
}

/**
 * A label in lines of at most `width` characters, broken between words, and a hyphenated word
 * too long for a line after its hyphen ("Gogledd-" / "ddwyrain"); a longer word without a hyphen
 * keeps its own line. For labels the table of places has no lines for, such as the Welsh names:
 * 12 characters is what a tile's width holds at the label's size.
 */
export function labelLines(label: string, width = 12): string[] {
  const pieces = label
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) =>
      word.length > width && word.includes('-') ? hyphenParts(word) : [{ text: word, glued: false }],
    );
  const lines: string[] = [];
  let gluedToLast = false;
  for (const piece of pieces) {
    const last = lines.at(-1);
    const joined = last === undefined ? undefined : gluedToLast ? `${last}${piece.text}` : `${last} ${piece.text}`;
    if (joined !== undefined && joined.length <= width) lines[lines.length - 1] = joined;
    else lines.push(piece.text);
    gluedToLast = piece.glued;
  }
  return lines;
}

/** A hyphenated word in its parts, each but the last keeping its hyphen and glued to what follows. */
function hyphenParts(word: string): { text: string; glued: boolean }[] {
  const parts = word.split('-');
  return parts.map((part, index) =>
    index < parts.length - 1 ? { text: `${part}-`, glued: true } : { text: part, glued: false },
  );
}

/**
 * The tiles for `regions` with their counts; regions without a known place fill rows below the map.
 * With `ownLabels`, each tile shows its region's label broken into lines (`labelLines`) rather than
 * the English lines of the table of places: for a map in another language.
 */
export function regionTiles(
  regions: readonly Region[],
  counts: ReadonlyMap<string, number>,
  { ownLabels = false } = {},
): RegionTile[] {
  const knownRows = Math.max(...Object.values(regionTilePlaces).map((place) => place.row)) + 1;
  const max = Math.max(0, ...regions.map((region) => counts.get(region.id) ?? 0));
  let extra = 0;
  return regions.map((region) => {
    const place = regionTilePlaces[region.id];
    const count = counts.get(region.id) ?? 0;
    const shade = shadeLevel(count, max);
    if (place)
      return {
        region,
        column: place.column,
        row: place.row,
        lines: ownLabels ? labelLines(region.label) : place.short,
        count,
        shade,
      };
    const index = extra++;
    return {
      region,
      column: index % regionMapColumns,
      row: knownRows + Math.floor(index / regionMapColumns),
      lines: ownLabels ? labelLines(region.label) : [region.label],
      count,
      shade,
    };
  });
}

/** The counts each shade stands for, for the map's key: shade 1 to 4, each with the lowest and highest count it covers. */
export function shadeRanges(max: number): { shade: number; from: number; to: number }[] {
  const ranges: { shade: number; from: number; to: number }[] = [];
  for (let count = 1; count <= max; count++) {
    const shade = shadeLevel(count, max);
    const last = ranges.at(-1);
    if (last?.shade === shade) last.to = count;
    else ranges.push({ shade, from: count, to: count });
  }
  return ranges;
}

/** The map drawn: each tile with where it sits in SVG units, the drawing's size, and the key's ranges. */
export interface RegionMapDrawing {
  /** Each tile with its top-left corner and the baselines of its label's lines. */
  tiles: (RegionTile & { x: number; y: number; lineYs: number[]; countY: number })[];
  /** The side of a tile. */
  size: number;
  width: number;
  height: number;
  ranges: { shade: number; from: number; to: number }[];
}

/** The tile map of `regions` with their counts, laid out on a grid of squares with gaps between them. */
export function regionMapDrawing(
  regions: readonly Region[],
  counts: ReadonlyMap<string, number>,
  { size = 150, gap = 8, ownLabels = false } = {},
): RegionMapDrawing {
  const tiles = regionTiles(regions, counts, { ownLabels });
  const columns = Math.max(...tiles.map((tile) => tile.column)) + 1;
  const rows = Math.max(...tiles.map((tile) => tile.row)) + 1;
  return {
    tiles: tiles.map((tile) => {
      const x = tile.column * (size + gap);
      const y = tile.row * (size + gap);
      // The label's lines centred on the tile's upper half, 26 apart; the count below them.
      const lineYs = tile.lines.map((_, index) => y + 52 + index * 26 - (tile.lines.length - 1) * 13);
      return { ...tile, x, y, lineYs, countY: y + 122 };
    }),
    size,
    width: columns * size + (columns - 1) * gap,
    height: rows * size + (rows - 1) * gap,
    ranges: shadeRanges(Math.max(0, ...tiles.map((tile) => tile.count))),
  };
}
