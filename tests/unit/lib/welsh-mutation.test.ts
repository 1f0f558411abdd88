/**
 * Welsh initial mutations (issue 14): the forms a word takes, and the radicals a mutated word may
 * come from, on real place and organisation names as Welsh writes them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  mutate,
  mutatedForms,
  mutatedFormsOfName,
  mutations,
  radicalCandidates,
  radicalQueries,
  radicalsOfMutatedWords,
  withoutTriggers,
} from '../../../src/lib/welsh-mutation.ts';

/** Radical, mutation, and the form Welsh writes, as in "i Gaerdydd", "yng Nghaerdydd". */
const forms = [
  ['Caerdydd', 'soft', 'Gaerdydd'], // i Gaerdydd
  ['Caerdydd', 'nasal', 'Nghaerdydd'], // yng Nghaerdydd
  ['Caerdydd', 'aspirate', 'Chaerdydd'], // a Chaerdydd
  ['Porthmadog', 'nasal', 'Mhorthmadog'], // ym Mhorthmadog
  ['Porthmadog', 'soft', 'Borthmadog'], // i Borthmadog
  ['Porthmadog', 'aspirate', 'Phorthmadog'], // a Phorthmadog
  ['Ceredigion', 'nasal', 'Ngheredigion'], // yng Ngheredigion
  ['Bangor', 'nasal', 'Mangor'], // ym Mangor
  ['Bangor', 'soft', 'Fangor'], // i Fangor
  ['Tregaron', 'nasal', 'Nhregaron'], // yn Nhregaron
  ['Tregaron', 'soft', 'Dregaron'], // i Dregaron
  ['Tregaron', 'aspirate', 'Thregaron'], // a Thregaron
  ['Dinbych', 'nasal', 'Ninbych'], // yn Ninbych
  ['Dinbych', 'soft', 'Ddinbych'], // i Ddinbych
  ['Llanelli', 'soft', 'Lanelli'], // i Lanelli
  ['Rhondda', 'soft', 'Rondda'], // i Rondda
  ['Gwynedd', 'nasal', 'Ngwynedd'], // yng Ngwynedd
  ['Gwynedd', 'soft', 'Wynedd'], // i Wynedd: the g goes
  ['Pen-y-bont', 'nasal', 'Mhen-y-bont'], // ym Mhen-y-bont
  ['Merthyr', 'soft', 'Ferthyr'], // i Ferthyr
  ['Glyn Ebwy', 'soft', 'Lyn Ebwy'], // i Lyn Ebwy
  ['Abertawe', 'h', 'Habertawe'], // ei Habertawe (h before a vowel)
  ['ardal', 'h', 'hardal'], // ei hardal
  ['cyngor', 'aspirate', 'chyngor'], // a chyngor
  ['Cymru', 'nasal', 'Nghymru'], // yng Nghymru
  ['Llywodraeth', 'soft', 'Lywodraeth'], // gan Lywodraeth Cymru
  ['CAERDYDD', 'nasal', 'NGHAERDYDD'],
] as const;

describe('mutate', () => {
  test.each(forms)('%s under the %s mutation is %s', (radical, mutation, form) => {
    expect(mutate(radical, mutation)).toBe(form);
  });

  test.each([
    ['Llanelli', 'nasal'], // ll has no nasal mutation
    ['Rhondda', 'aspirate'],
    ['Ffestiniog', 'soft'], // ff, ch, th, ph, dd and ng are letters of their own: never mutated
    ['Chwilog', 'soft'],
    ['Theatr', 'nasal'],
    ['Ngwynedd', 'nasal'],
    ['Swansea', 'soft'], // s never mutates
    ['Nefyn', 'soft'], // n has no soft mutation
    ['Harlech', 'h'], // h only goes before a vowel
    ['g', 'soft'], // nothing left once g is dropped
  ] as const)('leaves %s alone under the %s mutation', (word, mutation) => {
    expect(mutate(word, mutation)).toBeUndefined();
  });
});

describe('mutatedForms', () => {
  test('gives every form of a word once, without the word', () => {
    expect(mutatedForms('Caerdydd')).toEqual(['Gaerdydd', 'Nghaerdydd', 'Chaerdydd']);
    expect(mutatedForms('Bangor')).toEqual(['Fangor', 'Mangor']);
    expect(mutatedForms('Gwynedd')).toEqual(['Wynedd', 'Ngwynedd']);
    expect(mutatedForms('Llanelli')).toEqual(['Lanelli']);
    expect(mutatedForms('Abertawe')).toEqual(['Habertawe']);
    expect(mutatedForms('Swansea')).toEqual([]);
    expect(mutations('Tregaron')).toEqual({ soft: 'Dregaron', nasal: 'Nhregaron', aspirate: 'Thregaron' });
  });

  test('of a name, gives the forms of each word of three letters or more', () => {
    expect(mutatedFormsOfName('Cyngor Gwynedd')).toEqual(['Gyngor', 'Nghyngor', 'Chyngor', 'Wynedd', 'Ngwynedd']);
    expect(mutatedFormsOfName('Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr')).toContain('Mhen-y-bont');
    expect(mutatedFormsOfName('Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr')).not.toContain('Har');
  });
});

describe('radicalCandidates', () => {
  test.each(forms)('%s is among the radicals of its %s form %s', (radical, _mutation, form) => {
    expect(radicalCandidates(form)).toContain(radical);
  });

  test('puts the likeliest radical first and keeps the list short', () => {
    expect(radicalCandidates('Nghaerdydd')).toEqual(['Caerdydd']);
    expect(radicalCandidates('Mhorthmadog')).toEqual(['Porthmadog']);
    expect(radicalCandidates('Fangor')).toEqual(['Bangor', 'Mangor']);
    expect(radicalCandidates('Lanelli')).toEqual(['Llanelli', 'Glanelli']);
    expect(radicalCandidates('Wynedd')).toEqual(['Gwynedd']);
    expect(radicalCandidates('Ngwynedd')).toEqual(['Gwynedd']);
    expect(radicalCandidates('hardal')).toEqual(['ardal']);
  });

  test('gives nothing for a word no mutation can have made', () => {
    for (const word of [
      'Caerdydd',
      'Porthmadog',
      'Tregaron',
      'Llanelli',
      'Rhondda',
      'Ffestiniog',
      'Swansea',
      'Preston',
    ])
      expect(radicalCandidates(word), word).toEqual([]);
  });

  test('every mutated form of a word leads back to it, and no candidate is the word itself', () => {
    const welshWord = fc.stringMatching(/^(?:[bcdgmpt]|ll|rh)[aeiouwy][a-z]{1,8}$/);
    fc.assert(
      fc.property(welshWord, fc.boolean(), (lower, capital) => {
        const word = capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
        for (const form of mutatedForms(word)) {
          expect(radicalCandidates(form)).toContain(word);
          expect(radicalCandidates(form)).not.toContain(form);
        }
      }),
    );
  });
});

describe('radicalsOfMutatedWords', () => {
  test('gives the radicals of words after a trigger, as a Welsh text writes them', () => {
    const text =
      'Mae busnesau yng Ngwynedd ac ym Mhorthmadog yn gwerthu i Gaerdydd a Chaerfyrddin; bydd y cyngor yn gweithio gyda’r gymuned.';
    const radicals = radicalsOfMutatedWords(text);

    expect(radicals).toEqual(expect.arrayContaining(['Gwynedd', 'Porthmadog', 'Caerdydd', 'Caerfyrddin', 'cymuned']));
    // "Mae" and "busnesau" follow no trigger; "cyngor" after "y" is its own radical (c is never a mutation's result).
    expect(radicals).not.toContain('Pae');
    expect(radicals).not.toContain('pusnesau');
  });

  test('leaves out radicals the text already writes', () => {
    expect(radicalsOfMutatedWords('Gwynedd: gwariant yng Ngwynedd')).not.toContain('Gwynedd');
  });
});

describe('radicalQueries', () => {
  test('replaces a mutated word by its radicals, dropping the trigger before it', () => {
    expect(radicalQueries('yng Nghaerdydd')).toEqual(['Caerdydd']);
    expect(radicalQueries('ym Mangor')).toEqual(['Bangor']);
    // "caffael" starts with c, which no mutation makes: it stays as typed.
    expect(radicalQueries('caffael i Fangor')).toEqual(['caffael Bangor', 'caffael Mangor']);
  });

  test('tries each word alone, then all together, and no more than asked', () => {
    expect(radicalQueries('Ngwynedd Nghaerdydd')).toEqual([
      'Gwynedd Nghaerdydd',
      'Ngwynedd Caerdydd',
      'Gwynedd Caerdydd',
    ]);
    expect(radicalQueries('Fangor Lanelli Rondda', 2)).toHaveLength(2);
    expect(radicalQueries('Caerdydd')).toEqual([]);
    expect(radicalQueries('')).toEqual([]);
  });
});

describe('withoutTriggers', () => {
  test('drops a trigger word before a word that may be mutated, and nothing else', () => {
    expect(withoutTriggers('yng Ngwynedd')).toBe('Ngwynedd');
    expect(withoutTriggers('gan Gyngor Gwynedd')).toBe('Gyngor Gwynedd');
    expect(withoutTriggers('caffael yn Nhregaron')).toBe('caffael Nhregaron');
    expect(withoutTriggers('Caerdydd a')).toBe('Caerdydd a');
    expect(withoutTriggers('i Caerdydd')).toBe('i Caerdydd');
    expect(withoutTriggers('living wage')).toBe('living wage');
  });
});
