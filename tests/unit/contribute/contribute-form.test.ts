import { describe, expect, test } from 'vitest';
import { contributeFormModel, controlNames, type FormItem } from '../../../src/client/contribute-form.ts';
import { recommendedBody } from '../../../src/lib/case-study-file.ts';
import { loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const taxonomy = loadTaxonomy();
const model = contributeFormModel(taxonomy, recommendedBody('en'));
const items = (list: readonly FormItem[]): FormItem[] =>
  list.flatMap((item) => (item.kind === 'rows' || item.kind === 'inline' ? [item, ...items(item.items)] : [item]));
const item = (name: string) =>
  items(model.sections.flatMap((section) => section.items)).find(
    (candidate) => 'name' in candidate && candidate.name === name,
  );

describe('the contribution form’s model', () => {
  test('has a control for every field, section by section, in the form’s order', () => {
    expect(model.sections.map((section) => [section.id, controlNames({ sections: [section] })])).toEqual([
      ['case-study', ['title', 'summary', 'slug', 'lang', 'translationOf']],
      ['where', ['place', 'region', 'country', 'organisation', 'organisationType', 'partners', 'population']],
      ['themes', ['themes.main', 'themes.other', 'topics']],
      ['when', ['started', 'ended', 'status']],
      [
        'outcomes',
        [
          'outcomes.__i__.metric',
          'outcomes.__i__.value',
          'outcomes.__i__.unit',
          'outcomes.__i__.year',
          'outcomes.__i__.baseline.value',
          'outcomes.__i__.baseline.year',
          'outcomes.__i__.source',
          'evidence',
          'resources.cost.value',
          'resources.cost.unit',
          'resources.cost.period',
          'resources.cost.year',
          'resources.cost.source',
          'resources.funders',
          'resources.staff',
          'transferability',
        ],
      ],
      ['sources', ['sources.__i__.title', 'sources.__i__.url', 'sources.__i__.publisher', 'sources.__i__.year']],
      [
        'contact',
        ['contact.name', 'contact.role', 'contact.organisation', 'contact.url', 'contact.email', 'contact.consent'],
      ],
      ['credits', ['contributors', 'related', 'image.src', 'image.alt', 'image.credit']],
      [
        'publication',
        ['published', 'updated', 'reviewed', 'withdrawn.date', 'withdrawn.reason', 'withdrawn.replacedBy', 'draft'],
      ],
      ['text', ['body']],
    ]);
  });

  test('marks what the schema needs, and the country, which is shown only when it is needed', () => {
    expect(item('title')).toMatchObject({ required: true, label: 'Title' });
    expect(item('country')).toMatchObject({ required: true, hidden: true });
    expect(item('ended')).toMatchObject({ required: false, type: 'year' });
    expect(item('outcomes.__i__.metric')).toMatchObject({ required: true });
    expect(item('contact.name')).toMatchObject({ required: false });
  });

  test('offers the vocabularies by label, regions grouped by nation, and no evidence level at first', () => {
    expect(item('region')).toMatchObject({ choose: 'Choose a region' });
    expect((item('region') as { options: { group: string }[] }).options.map((group) => group.group)).toEqual(
      taxonomy.nations.map((nation) => nation.label),
    );
    expect(item('evidence')).toMatchObject({ kind: 'choices', type: 'radio', checked: '' });
    expect(item('topics')).toMatchObject({ kind: 'choices', type: 'checkbox', columns: true });
    expect(item('lang')).toMatchObject({
      value: 'en',
      options: [{ label: 'English' }, { label: 'Cymraeg (Welsh)', lang: 'cy' }],
    });
  });

  test('is in Welsh on a Welsh page: labels, hints, rows, the text’s prompts and the language chosen', () => {
    const welsh = contributeFormModel(taxonomy, recommendedBody('cy'), undefined, 'cy');
    const welshItem = (name: string) =>
      items(welsh.sections.flatMap((section) => section.items)).find(
        (candidate) => 'name' in candidate && candidate.name === name,
      );
    expect(controlNames(welsh)).toEqual(controlNames(model));
    expect(welshItem('started')).toMatchObject({ label: 'Y flwyddyn y dechreuodd', hint: 'Er enghraifft 2019.' });
    expect(welshItem('summary')).toMatchObject({ label: 'Crynodeb' });
    expect(welshItem('sources.__i__.title')).toMatchObject({
      label: 'Teitl',
      hint: 'Yr adroddiad, y dudalen neu’r erthygl.',
    });
    expect(
      items(welsh.sections.flatMap((section) => section.items)).find((entry) => entry.kind === 'rows'),
    ).toMatchObject({
      noun: 'Canlyniad',
      addLabel: 'Ychwanegu canlyniad',
    });
    expect(welshItem('body')).toMatchObject({ label: 'Testun yr astudiaeth achos', value: recommendedBody('cy') });
    expect(welshItem('lang')).toMatchObject({ value: 'cy' });
    // A vocabulary's Welsh label where it has one.
    const theme = taxonomy.themes.find((term) => term.cy)!;
    expect((welshItem('themes.main') as { options: { value: string; label: string }[] }).options).toContainEqual({
      value: theme.id,
      label: theme.cy!.label,
    });
  });
});
