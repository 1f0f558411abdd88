import { describe, expect, test } from 'vitest';
import { harvardCitation, type CitationInput } from '../../../src/lib/citation.ts';
import { citationKey, harvardCitationsInWorker } from '../../../src/lib/citation-pool.ts';

const workerUrl = new URL('../../../src/lib/citation-worker.ts', import.meta.url);

const input = (index: number, extra: Partial<CitationInput> = {}): CitationInput => ({
  slug: `case-${index}`,
  title: `Anchor procurement ${index} in Preston`,
  organisation: index % 2 ? 'Preston City Council' : 'Cyngor Gwynedd',
  published: `2024-0${1 + (index % 9)}-15`,
  lang: index % 3 ? 'en' : 'cy',
  url: `https://example.org/case-studies/case-${index}/`,
  siteName: 'Community Wealth Building Practice Library',
  accessed: '2026-12-02',
  ...extra,
});

describe('harvardCitationsInWorker', () => {
  test('writes on its thread exactly the citations written on this one, past one batch', async () => {
    const inputs = Array.from({ length: 120 }, (_, index) => input(index));
    const written = harvardCitationsInWorker(inputs, workerUrl);
    expect(written.size).toBe(inputs.length);
    for (const each of inputs) expect(await written.get(citationKey(each))).toEqual(harvardCitation(each));
  }, 60_000);

  test('keeps inputs that differ in any part apart', () => {
    expect(citationKey(input(1))).not.toBe(citationKey(input(1, { accessed: '2026-12-03' })));
    expect(citationKey(input(1))).not.toBe(citationKey(input(1, { url: 'https://example.org/other/' })));
  });

  test('rejects the citation it cannot write with the case study it belongs to, and writes the others', async () => {
    const inputs = [input(1), input(2, { published: 'not a date' }), input(3)];
    const written = harvardCitationsInWorker(inputs, workerUrl);
    await expect(written.get(citationKey(inputs[1]!))).rejects.toThrow(/case-2/);
    expect(await written.get(citationKey(inputs[2]!))).toEqual(harvardCitation(inputs[2]!));
  }, 60_000);
});
