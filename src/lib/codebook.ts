/**
 * The codebook of the open-data exports: what every column of `case-studies.json` and
 * `case-studies.csv` holds. One entry per export column, in export order; a test keeps the two in
 * step, and the JSON Schema takes its field descriptions from here, so a field is explained once.
 */
import { vocabularyOfField, type VocabularyKey } from '../schema/vocabularies.ts';
import type { ExportColumn } from './exports.ts';

export interface CodebookEntry {
  /** The value's type as JSON has it, with what the CSV cell holds when that differs. */
  type: string;
  /** Whether every record has it. */
  required: boolean;
  /** What it means, in a sentence or two. */
  meaning: string;
  /** The vocabulary its ids come from, when it holds ids: the registry's, by field name. */
  vocabulary?: VocabularyKey;
}

const entries: Record<ExportColumn, Omit<CodebookEntry, 'vocabulary'>> = {
  slug: {
    type: 'text',
    required: true,
    meaning: 'The case study’s id: its file name without extension, and the last part of its address.',
  },
  url: { type: 'text (URL)', required: true, meaning: 'The address of the case study’s page.' },
  title: { type: 'text, 5–120 characters', required: true, meaning: 'The headline.' },
  summary: {
    type: 'text, 20–300 characters',
    required: true,
    meaning: 'One or two sentences saying what was done and what changed.',
  },
  place: { type: 'text', required: true, meaning: 'The locality, such as Preston.' },
  region: {
    type: 'id',
    required: true,
    meaning: 'The UK nation or ITL1 region, or outside-uk.',
  },
  country: {
    type: 'text (ISO 3166-1 alpha-2)',
    required: false,
    meaning: 'The country, for case studies outside the UK only, such as US.',
  },
  organisation: { type: 'text', required: true, meaning: 'The lead organisation.' },
  organisationType: {
    type: 'id',
    required: true,
    meaning: 'The kind of lead organisation.',
  },
  partners: { type: 'list of text', required: false, meaning: 'Other organisations involved.' },
  themes: {
    type: 'list of ids (1 to 5)',
    required: true,
    meaning: 'The pillars of community wealth building the practice serves, main one first.',
  },
  topics: { type: 'list of ids', required: false, meaning: 'Finer subjects within the pillars.' },
  started: { type: 'year', required: true, meaning: 'The year the practice started.' },
  ended: { type: 'year', required: false, meaning: 'The year it ended, if it has; not before started.' },
  status: { type: 'id', required: true, meaning: 'Where the practice stands now.' },
  population: { type: 'whole number', required: false, meaning: 'Residents of the area the practice covers.' },
  outcomes: {
    type: 'list of objects (JSON text in the CSV)',
    required: false,
    meaning:
      'Measured results, each { metric, value, unit, year, baseline?: { value, year }, source? }: what was measured, the figure, its unit (such as £m, %, jobs), the year it refers to, the earlier figure it is compared with, and the number of its source in sources (counting from 1).',
  },
  evidence: {
    type: 'id',
    required: false,
    meaning: 'How strong the evidence behind the outcomes is.',
  },
  sources: {
    type: 'list of objects (JSON text in the CSV)',
    required: true,
    meaning: 'Where the facts come from, each { title, url?, publisher?, year? }. Outcomes point at them by number.',
  },
  contact: {
    type: 'object (JSON text in the CSV)',
    required: false,
    meaning:
      'Who to ask: { name, role?, organisation?, url?, email?, consent? }. An e-mail address is published only with the person’s consent.',
  },
  contributors: { type: 'list of text', required: false, meaning: 'Who wrote the case study.' },
  related: {
    type: 'list of slugs',
    required: false,
    meaning: 'Case studies the authors link to this one. The site shows each link on both pages.',
  },
  image: {
    type: 'object (JSON text in the CSV)',
    required: false,
    meaning: 'A picture: { src, alt, credit? }, src relative to the case-study file, alt describing it.',
  },
  lang: { type: 'en or cy', required: true, meaning: 'The language of the text: English or Welsh.' },
  translationOf: { type: 'slug', required: false, meaning: 'The same case study in the other language.' },
  published: { type: 'date (YYYY-MM-DD)', required: true, meaning: 'When the case study was first published.' },
  updated: { type: 'date (YYYY-MM-DD)', required: false, meaning: 'When it was last updated.' },
  draft: {
    type: 'true or false',
    required: true,
    meaning:
      'Whether the case study is a draft, shown by the dev server only. Always false in the exports, since drafts are never published.',
  },
};

/** Every column's entry, with the vocabulary the registry says its field takes its ids from. */
export const codebook = Object.fromEntries(
  Object.entries(entries).map(([column, entry]) => {
    const vocabulary = vocabularyOfField(column)?.key;
    return [column, vocabulary ? { ...entry, vocabulary } : entry];
  }),
) as Record<ExportColumn, CodebookEntry>;
