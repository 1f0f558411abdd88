import { expect, test } from 'vitest';
import {
  addToSelection,
  checkSlugs,
  compareRows,
  moveInSelection,
  parseCasesParameter,
  parseStoredSelection,
  removeFromSelection,
  sameSelection,
  selectionLimit,
  selectionShareHref,
  serializeSelection,
} from '../../../src/lib/selection.ts';

test('the stored selection reads back as written, in the order added', () => {
  const slugs = ['preston-anchors', 'cardiff-food', 'belfast-social-value'];

  expect(parseStoredSelection(serializeSelection(slugs))).toEqual({ slugs, invalid: [], overLimit: [] });
  expect(serializeSelection(slugs)).toBe('["preston-anchors","cardiff-food","belfast-social-value"]');
});

test('nothing stored is an empty selection', () => {
  expect(parseStoredSelection(null)).toEqual({ slugs: [], invalid: [], overLimit: [] });
  expect(parseStoredSelection('')).toEqual({ slugs: [], invalid: [], overLimit: [] });
});

test('a damaged or foreign stored value is reported, not thrown or silently emptied', () => {
  expect(parseStoredSelection('{"a":1}')).toEqual({ slugs: [], invalid: ['{"a":1}'], overLimit: [] });
  expect(parseStoredSelection('not json')).toEqual({ slugs: [], invalid: ['not json'], overLimit: [] });
  expect(parseStoredSelection('["ok-slug", "Not A Slug", 3, "ok-slug"]')).toEqual({
    slugs: ['ok-slug', '3'],
    invalid: ['Not A Slug'],
    overLimit: [],
  });
});

test('the share URL’s cases keep their order, drop repeats and empty parts, and report what is left out', () => {
  expect(parseCasesParameter(null)).toBeUndefined();
  expect(parseCasesParameter(' a , b,,a,c ')).toEqual({ slugs: ['a', 'b', 'c'], invalid: [], overLimit: [] });
  expect(parseCasesParameter('a,<script>,b')).toEqual({ slugs: ['a', 'b'], invalid: ['<script>'], overLimit: [] });
  expect(parseCasesParameter('a,b,c,d,e,f,g,h')).toEqual({
    slugs: ['a', 'b', 'c', 'd', 'e', 'f'],
    invalid: [],
    overLimit: ['g', 'h'],
  });
});

test('adding keeps the order, adds a slug once, and refuses past the limit or a non-slug', () => {
  expect(addToSelection(['a'], 'b')).toEqual({ slugs: ['a', 'b'] });
  expect(addToSelection(['a', 'b'], 'a')).toEqual({ slugs: ['a', 'b'] });
  const full = Array.from({ length: selectionLimit }, (_, index) => `case-${index}`);
  expect(addToSelection(full, 'one-more')).toEqual({ refused: 'full' });
  expect(addToSelection(full, 'case-0')).toEqual({ slugs: full });
  expect(addToSelection([], 'Bad Slug')).toEqual({ refused: 'invalid' });
});

test('removing and moving change only the one slug', () => {
  expect(removeFromSelection(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  expect(removeFromSelection(['a'], 'z')).toEqual(['a']);
  expect(moveInSelection(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
  expect(moveInSelection(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
  expect(moveInSelection(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
  expect(moveInSelection(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
});

test('slugs the library lacks are returned to be told, not dropped', () => {
  expect(checkSlugs(['a', 'gone', 'b'], new Set(['a', 'b']))).toEqual({ known: ['a', 'b'], unknown: ['gone'] });
});

test('two selections are the same only in the same order', () => {
  expect(sameSelection(['a', 'b'], ['a', 'b'])).toBe(true);
  expect(sameSelection(['a', 'b'], ['b', 'a'])).toBe(false);
  expect(sameSelection(['a'], ['a', 'b'])).toBe(false);
});

test('the share URL lists the slugs in order', () => {
  expect(selectionShareHref('/selection/', ['a', 'b', 'c'])).toBe('/selection/?cases=a,b,c');
  expect(selectionShareHref('/cy/selection/', [])).toBe('/cy/selection/');
  expect(
    parseCasesParameter(
      new URL(`https://x.test${selectionShareHref('/selection/', ['a', 'b'])}`).searchParams.get('cases'),
    )?.slugs,
  ).toEqual(['a', 'b']);
});

test('a row differs when any case study says something else, or nothing where another says something', () => {
  const rows = compareRows([
    { key: 'region', label: 'Region', values: [['North West'], ['north  west'], ['North West']] },
    { key: 'status', label: 'Status', values: [['Ongoing'], ['Completed']] },
    { key: 'cost', label: 'Cost', values: [['£1m'], []] },
    {
      key: 'themes',
      label: 'Themes',
      values: [
        ['A', 'B'],
        ['A', 'B'],
      ],
    },
    {
      key: 'topics',
      label: 'Topics',
      values: [
        ['A', 'B'],
        ['B', 'A'],
      ],
    },
  ]);

  expect(rows.map((row) => [row.key, row.differs])).toEqual([
    ['region', false],
    ['status', true],
    ['cost', true],
    ['themes', false],
    ['topics', true],
  ]);
});
