import { expect, test } from 'vitest';
import {
  labelLines,
  regionMapDrawing,
  regionsApartFromMap,
  regionTilePlaces,
  regionTiles,
} from '../../../src/lib/region-map.ts';
import { taxonomy } from './site-fixtures.ts';

test('places every region of the public interface on its own tile', () => {
  const tiles = regionTiles(taxonomy.regions, new Map());

  expect(taxonomy.regions.every((region) => region.id in regionTilePlaces)).toBe(true);
  expect(new Set(tiles.map((tile) => `${tile.column},${tile.row}`)).size).toBe(tiles.length);
});

test('labels each tile with its count, zero when none', () => {
  const tiles = regionTiles(taxonomy.regions, new Map([['wales', 3]]));

  expect(tiles.find((tile) => tile.region.id === 'wales')?.count).toBe(3);
  expect(tiles.find((tile) => tile.region.id === 'london')?.count).toBe(0);
});

test('puts a region the map does not know in a row below the others', () => {
  const extra = { id: 'isle-of-man', label: 'Isle of Man', nation: 'outside-uk', cy: { label: 'Ynys Manaw' } };

  const tiles = regionTiles([...taxonomy.regions, extra], new Map());
  const lowest = Math.max(...Object.values(regionTilePlaces).map((place) => place.row));

  expect(tiles.at(-1)).toMatchObject({ column: 0, row: lowest + 1, lines: ['Isle of Man'] });
});

test('writes each known region’s whole name on its tile, so that what is seen is what is heard', () => {
  const tiles = regionTiles(taxonomy.regions, new Map());

  for (const tile of tiles) expect(tile.lines.join(' ')).toBe(tile.region.label);
});

test('lays the tiles out on a grid with gaps, the drawing just large enough to hold them', () => {
  const drawing = regionMapDrawing(taxonomy.regions, new Map([['wales', 3]]), { size: 100, gap: 10 });

  const columns = Math.max(...drawing.tiles.map((tile) => tile.column)) + 1;
  const wales = drawing.tiles.find((tile) => tile.region.id === 'wales')!;
  expect(drawing.width).toBe(columns * 100 + (columns - 1) * 10);
  expect(wales.x).toBe(wales.column * 110);
  expect(wales.y).toBe(wales.row * 110);
  expect(wales.lineYs).toHaveLength(wales.lines.length);
  expect(drawing.ranges.at(-1)?.to).toBe(3);
});

test('a map in another language shows each region’s own label, broken between words to fit its tile', () => {
  expect(labelLines('Cymru')).toEqual(['Cymru']);
  expect(labelLines('Gogledd Iwerddon')).toEqual(['Gogledd', 'Iwerddon']);
  expect(labelLines("Swydd Efrog a'r Humber")).toEqual(['Swydd Efrog', "a'r Humber"]);
  expect(labelLines('Gorllewin Canolbarth Lloegr')).toEqual(['Gorllewin', 'Canolbarth', 'Lloegr']);

  const welsh = [{ id: 'wales', label: 'Cymru', nation: 'wales', cy: { label: 'Cymru' } }];
  expect(regionTiles(welsh, new Map(), { ownLabels: true })[0]!.lines).toEqual(['Cymru']);
  expect(regionTiles(welsh, new Map())[0]!.lines).toEqual(['Wales']);
});

test('sets all of England and outside the UK apart from the regions, in a column of their own beside the nations', () => {
  const tiles = regionTiles(taxonomy.regions, new Map());
  const apart = tiles.filter((tile) => regionsApartFromMap.has(tile.region.id));

  expect(apart.map((tile) => tile.region.id).sort()).toEqual(['england-wide', 'outside-uk']);
  const column = apart[0]!.column;
  expect(apart.every((tile) => tile.column === column)).toBe(true);
  // No region of the UK shares their column above the bottom rows: they read as a group apart.
  const highestApartRow = Math.max(...apart.map((tile) => tile.row));
  expect(
    tiles.filter(
      (tile) => !regionsApartFromMap.has(tile.region.id) && tile.column === column && tile.row <= highestApartRow,
    ),
  ).toEqual([]);
});

test('a long Welsh name breaks after its hyphen and between words, so that no line runs off its tile', () => {
  expect(labelLines('Gogledd-ddwyrain Lloegr')).toEqual(['Gogledd-', 'ddwyrain', 'Lloegr']);
  expect(labelLines('Gogledd-orllewin Lloegr')).toEqual(['Gogledd-', 'orllewin', 'Lloegr']);
  expect(labelLines('De-orllewin Lloegr')).toEqual(['De-orllewin', 'Lloegr']);
  expect(labelLines('Dwyrain Lloegr')).toEqual(['Dwyrain', 'Lloegr']);
  expect(labelLines("Y tu allan i'r DU")).toEqual(['Y tu allan', "i'r DU"]);
  expect(labelLines('Lloegr gyfan')).toEqual(['Lloegr gyfan']);

  const welshRegions = taxonomy.regions.map((region) => ({ ...region, label: region.cy?.label ?? region.label }));
  for (const tile of regionTiles(welshRegions, new Map(), { ownLabels: true }))
    expect(tile.lines.every((line) => line.length <= 12) || tile.lines.length === 1).toBe(true);
});
