/**
 * Welsh lists joined as Welsh writes them (issue 14): no comma before the last "a", "ac" before a
 * vowel and a few words, the aspirate mutation after "a" (proper names too), "a'r" before the article.
 */
import { expect, test } from 'vitest';
import { listInWords, welshAnd } from '../../../src/i18n/lists.ts';

test('the aspirate mutation after "a": c, p, t become ch, ph, th', () => {
  expect(listInWords(['Wrecsam', 'Caerdydd'], 'cy')).toBe('Wrecsam a Chaerdydd');
  expect(listInWords(['Gwynedd', 'Powys'], 'cy')).toBe('Gwynedd a Phowys');
  expect(listInWords(['Casnewydd', 'Torfaen'], 'cy')).toBe('Casnewydd a Thorfaen');
  expect(listInWords(['Conwy', 'Pwllheli'], 'cy')).toBe('Conwy a Phwllheli');
  expect(listInWords(['Bangor', 'Cricieth'], 'cy')).toBe('Bangor a Chricieth');
});

test('no mutation of a consonant it does not change, a mutated word, or an abbreviation', () => {
  expect(listInWords(['Caerdydd', 'Wrecsam'], 'cy')).toBe('Caerdydd a Wrecsam');
  expect(listInWords(['Caerdydd', 'Bangor'], 'cy')).toBe('Caerdydd a Bangor');
  expect(listInWords(['Merthyr Tudful', 'Tredegar'], 'cy')).toBe('Merthyr Tudful a Thredegar');
  expect(listInWords(['Abertawe', 'Thornhill'], 'cy')).toBe('Abertawe a Thornhill');
  expect(listInWords(['Llywodraeth Cymru', 'CLES'], 'cy')).toBe('Llywodraeth Cymru a CLES');
  expect(welshAnd('Tsieina').item).toBe('Tsieina');
});

test('"ac" before a vowel and before the words that take it', () => {
  expect(listInWords(['Caerdydd', 'Abertawe'], 'cy')).toBe('Caerdydd ac Abertawe');
  expect(listInWords(['Gwynedd', 'Ynys Môn'], 'cy')).toBe('Gwynedd ac Ynys Môn');
  expect(listInWords(['Powys', 'Ceredigion', 'Eryri'], 'cy')).toBe('Powys, Ceredigion ac Eryri');
  expect(welshAnd('mewn partneriaeth').joiner).toBe('andBeforeVowel');
  expect(welshAnd('gyda’r cyngor').joiner).toBe('andBeforeVowel');
  expect(welshAnd('gyda chyngor').joiner).toBe('andBeforeVowel');
});

test('no comma before the last "a", and the article after "a" is "a\'r"', () => {
  expect(listInWords(['Abertawe', 'Caerdydd', 'Bangor'], 'cy')).toBe('Abertawe, Caerdydd a Bangor');
  expect(listInWords(['Caerdydd', 'Y Barri'], 'cy')).toBe("Caerdydd a'r Barri");
  expect(listInWords(['Wrecsam', 'Yr Wyddgrug'], 'cy')).toBe("Wrecsam a'r Wyddgrug");
});

test('years: "a" before those read from a consonant, "ac" before 8 and 11', () => {
  expect(listInWords(['2013', '2017', '2020'], 'cy')).toBe('2013, 2017 a 2020');
  expect(listInWords(['7', '8'], 'cy')).toBe('7 ac 8');
  expect(listInWords(['2013', '2017', '2020'], 'en')).toBe('2013, 2017 and 2020');
});
