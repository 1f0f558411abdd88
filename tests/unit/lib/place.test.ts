import { expect, test } from 'vitest';
import { placeLine } from '../../../src/lib/place.ts';
import { taxonomy } from './site-fixtures.ts';

test('names the place with its region, in the language asked for', () => {
  expect(placeLine({ place: 'Preston', region: 'north-west' }, taxonomy.regions, 'en')).toBe('Preston, North West');
  expect(placeLine({ place: 'Caerdydd', region: 'wales' }, taxonomy.regions, 'cy')).toBe('Caerdydd, Cymru');
});

test('names the country of a place outside the UK', () => {
  expect(placeLine({ place: 'Cleveland', region: 'outside-uk', country: 'US' }, taxonomy.regions, 'en')).toBe(
    'Cleveland, United States',
  );
});

test('does not say the same name twice', () => {
  expect(placeLine({ place: 'Scotland', region: 'scotland' }, taxonomy.regions, 'en')).toBe('Scotland');
});
