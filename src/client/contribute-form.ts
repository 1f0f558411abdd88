/**
 * The contribution form as data: its sections, and in each the controls for the fields the
 * descriptions put there (`src/schema/fields.ts`), with their words. `ContributeForm.astro`
 * renders this model and nothing else, so a field added to the descriptions is in the form
 * without an edit of the form; how each existing field is laid out (narrow, in a row of three,
 * a main theme and others) is said here, once. Pure: no DOM, no Astro.
 */
import { contributeWords } from '../i18n/index.ts';
import { caseStudyTextWords, caseStudyFieldList, fieldVocabulary, fieldWords, partWords } from '../schema/fields.ts';
import type { FieldDescription, FieldList, FormSection, PartDescription } from '../schema/fields.ts';
import { languageChoices } from '../schema/languages.ts';
import type { Language, Taxonomy, Term } from '../schema/taxonomy.ts';

/** One choice of a select or of a group of boxes. */
export interface FormOption {
  value: string;
  label: string;
  lang?: string;
  hint?: string;
}

/** The kinds of text control a field can have; `year` and `number` are text inputs with a numeric keyboard. */
export type ControlType = 'text' | 'textarea' | 'select' | 'date' | 'email' | 'url' | 'year' | 'number';

/** One labelled control (`ContributeField.astro`). */
export interface FieldItem {
  kind: 'field';
  /** The control's name: the field's path, `__i__` standing for a row's index. */
  name: string;
  label: string;
  hint?: string;
  type: ControlType;
  required: boolean;
  options?: FormOption[] | { group: string; options: FormOption[] }[];
  choose?: string;
  value?: string;
  rows?: number;
  autocomplete?: string;
  spellcheck?: boolean;
  narrow?: boolean;
  hidden?: boolean;
}

/** A group of boxes or radios under one question (`ContributeChoices.astro`). */
export interface ChoicesItem {
  kind: 'choices';
  name: string;
  legend: string;
  hint?: string;
  type: 'checkbox' | 'radio';
  choices: FormOption[];
  checked?: string;
  columns?: boolean;
}

/** A single box to tick, its label beside it. */
export interface CheckItem {
  kind: 'check';
  name: string;
  label: string;
  hint?: string;
  /** Has a place for an error message (a part of an object, which a rule across its parts can fault). */
  error?: boolean;
}

/** Repeated rows, such as outcomes (`ContributeRows.astro`). */
export interface RowsItem {
  kind: 'rows';
  group: 'outcomes' | 'sources';
  noun: string;
  addLabel: string;
  items: FormItem[];
}

/** Controls side by side. */
export interface InlineItem {
  kind: 'inline';
  items: FormItem[];
}

export type FormItem = FieldItem | ChoicesItem | CheckItem | RowsItem | InlineItem;

/** The form's sections in order; the text of the case study comes last. */
export const formSections = [
  'case-study',
  'where',
  'themes',
  'when',
  'outcomes',
  'sources',
  'contact',
  'credits',
  'publication',
  'text',
] as const satisfies readonly (FormSection | 'text')[];
export type FormSectionId = (typeof formSections)[number];

export interface FormModel {
  sections: { id: FormSectionId; items: FormItem[] }[];
}

/** How the form lays a field out, where it says more than the field's kind. */
interface Layout {
  type?: ControlType;
  rows?: number;
  autocomplete?: string;
  spellcheck?: boolean;
  narrow?: boolean;
  hidden?: boolean;
  /** Marked as needed although the schema may not need it (the country, which is shown only when it is). */
  required?: boolean;
  value?: string;
  /** Part names shown side by side, for rows and objects. */
  inline?: readonly (readonly string[])[];
  /** Per part. */
  parts?: Record<string, Layout>;
}

const layouts: Record<string, Layout> = {
  summary: { rows: 3 },
  translationOf: { spellcheck: false },
  country: { hidden: true, required: true, autocomplete: 'off', narrow: true },
  organisation: { autocomplete: 'organization' },
  partners: { rows: 3 },
  population: { narrow: true },
  started: { type: 'year', narrow: true },
  ended: { type: 'year', narrow: true },
  status: { value: 'ongoing' },
  outcomes: {
    inline: [
      ['value', 'unit', 'year'],
      ['baseline.value', 'baseline.year', 'source'],
    ],
    parts: {
      value: { narrow: true },
      unit: { narrow: true },
      year: { type: 'year', narrow: true },
      'baseline.value': { narrow: true },
      'baseline.year': { type: 'year', narrow: true },
      source: { type: 'year', narrow: true },
    },
  },
  sources: {
    inline: [['publisher', 'year']],
    parts: {
      url: { type: 'url', autocomplete: 'url', spellcheck: false },
      year: { type: 'year', narrow: true },
    },
  },
  contact: {
    parts: {
      name: { autocomplete: 'off' },
      url: { type: 'url', spellcheck: false },
      email: { type: 'email', autocomplete: 'off', spellcheck: false },
    },
  },
  contributors: { rows: 2 },
  related: { spellcheck: false },
  image: { parts: { src: { spellcheck: false } } },
  published: { narrow: true },
  updated: { narrow: true },
};

/** A term's label in `lang` (its English one until the vocabulary gives a Welsh one). */
const termLabel = (term: Term, lang: Language) => (lang === 'cy' && term.cy ? term.cy.label : term.label);
const termDescription = (term: Term, lang: Language) =>
  lang === 'cy' && term.cy ? (term.cy.description ?? term.description) : term.description;
const optionsIn =
  (lang: Language) =>
  (terms: readonly Term[]): FormOption[] =>
    terms.map((term) => ({ value: term.id, label: termLabel(term, lang) }));

/** The control a field's answer kind calls for, unless its layout says otherwise. */
function controlType(field: FieldDescription | PartDescription, layout: Layout): ControlType {
  if (layout.type) return layout.type;
  switch (field.answer) {
    case 'paragraph':
    case 'lines':
      return 'textarea';
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'choice':
    case 'language':
      return 'select';
    default:
      return 'text';
  }
}

/** A labelled control, with only the attributes that say something. */
function fieldItem(
  name: string,
  words: { label: string; hint?: string },
  type: ControlType,
  required: boolean,
  layout: Layout,
  extra: Partial<FieldItem> = {},
): FieldItem {
  const item: FieldItem = { kind: 'field', name, label: words.label, type, required };
  if (words.hint !== undefined) item.hint = words.hint;
  for (const key of ['rows', 'autocomplete', 'spellcheck', 'narrow', 'hidden', 'value'] as const)
    if (layout[key] !== undefined) Object.assign(item, { [key]: layout[key] });
  return Object.assign(item, extra);
}

/** The controls of the parts of an object, or of one row (`prefix` `outcomes.__i__`); parts of parts flattened (`baseline.value`). */
function partItems(
  parts: readonly PartDescription[],
  prefix: string,
  layout: Layout,
  inRow: boolean,
  lang: Language,
): FormItem[] {
  const flat: { path: string; part: PartDescription }[] = [];
  const walk = (list: readonly PartDescription[], path: string) => {
    for (const part of list) {
      if (part.parts) walk(part.parts, `${path}${part.name}.`);
      else flat.push({ path: `${path}${part.name}`, part });
    }
  };
  walk(parts, '');
  const itemFor = ({ path, part }: { path: string; part: PartDescription }): FormItem => {
    const own = layout.parts?.[path] ?? {};
    const name = `${prefix}.${path}`;
    if (part.answer === 'boolean') return { kind: 'check', name, label: partWords(part, lang).label, error: true };
    // In a row, a part the row needs is marked; an object's parts are asked for only when it is given.
    return fieldItem(name, partWords(part, lang), controlType(part, own), inRow && part.required === true, own);
  };
  const items: FormItem[] = [];
  const placed = new Set<string>();
  for (const { path, part } of flat) {
    if (placed.has(path)) continue;
    const row = layout.inline?.find((group) => group.includes(path));
    if (row) {
      items.push({ kind: 'inline', items: row.map((member) => itemFor(flat.find((entry) => entry.path === member)!)) });
      row.forEach((member) => placed.add(member));
    } else {
      items.push(itemFor({ path, part }));
      placed.add(path);
    }
  }
  return items;
}

/** The form's controls for `field`. */
function itemsFor(field: FieldDescription, taxonomy: Taxonomy, lang: Language): FormItem[] {
  const words = fieldWords(field, lang);
  const options = optionsIn(lang);
  const layout = layouts[field.name] ?? {};
  const required = layout.required ?? field.required !== false;
  const vocabulary = fieldVocabulary(field);
  const terms = vocabulary ? taxonomy[vocabulary] : [];
  const hint = words.form?.hint ?? words.hint;
  const shown = { label: words.label, ...(hint === undefined ? {} : { hint }) };
  switch (field.answer) {
    case 'choice':
      // An optional choice is a set of radios, the first saying that none was chosen.
      if (field.required === false) {
        return [
          {
            kind: 'choices',
            name: field.name,
            legend: words.label,
            ...(hint === undefined ? {} : { hint }),
            type: 'radio',
            checked: '',
            choices: [
              { value: '', label: words.form?.choose ?? contributeWords(lang).notStated },
              ...terms.map((term) => {
                const description = termDescription(term, lang);
                return { value: term.id, label: termLabel(term, lang), ...(description ? { hint: description } : {}) };
              }),
            ],
          },
        ];
      }
      return [
        fieldItem(field.name, shown, 'select', required, layout, {
          options:
            vocabulary === 'regions'
              ? taxonomy.nations
                  .map((nation) => ({
                    group: termLabel(nation, lang),
                    options: options(taxonomy.regions.filter((region) => region.nation === nation.id)),
                  }))
                  .filter((group) => group.options.length > 0)
              : options(terms),
          ...(words.form?.choose === undefined ? {} : { choose: words.form.choose }),
        }),
      ];
    case 'choices': {
      const boxes = (name: string, legend: string, boxHint: string | undefined, columns: boolean): ChoicesItem => ({
        kind: 'choices',
        name,
        legend,
        ...(boxHint === undefined ? {} : { hint: boxHint }),
        type: 'checkbox',
        choices: options(terms),
        ...(columns ? { columns } : {}),
      });
      const others = words.form?.others;
      if (!others) return [boxes(field.name, words.label, hint, true)];
      // A main one, then any others: the main one comes first in the file.
      return [
        fieldItem(`${field.name}.main`, shown, 'select', true, layout, {
          options: options(terms),
          ...(words.form?.choose === undefined ? {} : { choose: words.form.choose }),
        }),
        boxes(`${field.name}.other`, others.label, others.hint, false),
      ];
    }
    case 'language':
      return [
        fieldItem(field.name, shown, 'select', required, layout, {
          // A form on a Welsh page most likely gets a text in Welsh.
          value: lang,
          options: languageChoices.map((choice) =>
            choice.id === 'en'
              ? { value: choice.id, label: choice.label }
              : { value: choice.id, label: choice.label, lang: choice.id },
          ),
        }),
      ];
    case 'boolean':
      return [{ kind: 'check', name: field.name, label: words.label, ...(hint === undefined ? {} : { hint }) }];
    case 'object':
      return partItems(field.parts ?? [], field.name, layout, false, lang);
    case 'rows':
      return [
        {
          kind: 'rows',
          group: field.name as RowsItem['group'],
          noun: words.form?.row ?? words.label,
          addLabel: words.form?.addRow ?? contributeWords(lang).addRow(words.label),
          items: partItems(field.parts ?? [], `${field.name}.__i__`, layout, true, lang),
        },
      ];
    default:
      return [fieldItem(field.name, shown, controlType(field, layout), required, layout)];
  }
}

/**
 * The contribution form for `fields` in `lang`: each field in its section, in the fields' order,
 * with the file name after the summary and the text of the case study last; labels, hints and
 * choices in `lang` (the field descriptions' and the vocabularies' words).
 */
export function contributeFormModel(
  taxonomy: Taxonomy,
  body: string,
  fields: FieldList = caseStudyFieldList,
  lang: Language = 'en',
): FormModel {
  const sections = formSections.map((id) => ({ id, items: [] as FormItem[] }));
  const section = (id: FormSectionId) => sections.find((candidate) => candidate.id === id)!;
  for (const field of fields) {
    section(field.form).items.push(...itemsFor(field, taxonomy, lang));
    if (field.name === 'summary') {
      const words = contributeWords(lang).fileName;
      section(field.form).items.push(
        fieldItem('slug', words, 'text', true, { autocomplete: 'off', spellcheck: false }),
      );
    }
  }
  section('text').items.push(
    fieldItem(
      'body',
      { label: caseStudyTextWords[lang].label, hint: caseStudyTextWords[lang].form.hint },
      'textarea',
      true,
      {
        rows: 22,
        value: body,
      },
    ),
  );
  return { sections };
}

/** Every control name of `model`, in order: what the form's script and tests look for. */
export function controlNames(model: FormModel): string[] {
  const names: string[] = [];
  const walk = (items: readonly FormItem[]) => {
    for (const item of items) {
      if (item.kind === 'rows' || item.kind === 'inline') walk(item.items);
      else names.push(item.name);
    }
  };
  for (const section of model.sections) walk(section.items);
  return names;
}
