/**
 * What each front-matter field of a case study is called, how it is explained and in what order it
 * comes, written once for everyone who asks for it or explains it: the contribution form on
 * `/contribute/`, the "Share a case study" issue form, `npm run new`, the codebook of the open
 * data, the JSON Schema's descriptions and the exports' columns. The schema (`case-study.ts`) says
 * what a value must be; this says what people are told about it. Words are keyed by language:
 * English now, Welsh added beside it (`cy`) without changing any reader of them.
 *
 * To add an optional field: add it to the schema's shape in `case-study.ts`, and its description
 * here, in the place it should come. The form, the issue form, the scaffolder (with `cli`), the
 * codebook, the JSON Schema and the exports follow; the type check fails until both are there.
 */
import type { Language } from './taxonomy.ts';
import { vocabularyOfField, type FieldVocabulary } from './vocabularies.ts';
import { resourcesField, reviewedField, transferabilityField, withdrawnField } from './practice-fields.ts';

/** A vocabulary whose ids a field holds: which one is the vocabulary registry's to say (its `field`). */
export type VocabularyName = FieldVocabulary['key'];

/**
 * How a contributor's answer becomes the field's value (`frontmatterFromAnswers` in
 * `src/lib/case-study-file.ts`); the form, issue form and scaffolder also choose their control
 * from it.
 */
export type AnswerKind =
  /** Text, trimmed. */
  | 'text'
  /** Text on one line: line breaks become spaces. */
  | 'paragraph'
  /** A number when it is one ("1,200" too), else the text as typed, so that the schema quotes it. */
  | 'number'
  /** A two-letter code in capitals, kept only when the region is outside the UK. */
  | 'country'
  /** A language id; English, the default, is left out. */
  | 'language'
  /** One id of the field's vocabulary (the registry's for its name, {@link fieldVocabulary}). */
  | 'choice'
  /** Ids of the field's vocabulary: a list, or a main one and others (the others without the main one). */
  | 'choices'
  /** A list of text: one per line, list markers ("- ", "1. ") dropped. */
  | 'lines'
  /** A case-study slug, without a `.md` or `.mdx` a contributor may add. */
  | 'slug'
  /** Case-study slugs separated by commas, spaces or lines. */
  | 'slugs'
  /** A date, `YYYY-MM-DD`. */
  | 'date'
  /** True when ticked; no answer otherwise (never `false`). */
  | 'boolean'
  /** An object of `parts`. */
  | 'object'
  /** A list of objects of `parts`, one per row. */
  | 'rows';

/** The words of one part of an object field (`contact.name`, `outcomes[].metric`). */
export interface PartWords {
  /** The contribution form's label. */
  label: string;
  hint?: string;
  /** The issue form's question, when it asks for the part on its own (its `### ` heading). */
  issue?: { label: string; hint?: string; example?: string };
}

/** One part of an object field, or of each row of a list of objects. */
export interface PartDescription {
  name: string;
  /** `lines`: a list of text, one per line (or separated by semicolons, on one line). */
  answer: 'text' | 'number' | 'boolean' | 'object' | 'lines';
  required?: boolean;
  /** The parts of a part that is itself an object (an outcome's `baseline`). */
  parts?: readonly PartDescription[];
  words: { en: PartWords } & Partial<Record<Language, PartWords>>;
}

/** Everything a contributor or a reader of the data is told about a field, in one language. */
export interface FieldWords {
  /** What the field is called: the form's label, the issue form's question and the scaffolder's unless they say otherwise. */
  label: string;
  /** What to write, under the label. */
  hint?: string;
  /** A value that would do, shown as a placeholder. */
  example?: string;
  /** The codebook: the value's type as the exports hold it. */
  type: string;
  /** The codebook and the JSON Schema: what the field means, in a sentence or two. */
  meaning: string;
  /** The contribution form, where it says more than the shared words. */
  form?: {
    hint?: string;
    /** What the form says while a required field has no answer (the schema's words suit files). */
    missing?: string;
    /** A list of rows: what one row is called, and the button that adds one. */
    row?: string;
    addRow?: string;
    /** The first, empty choice of a list (a select's "Choose a region", the radios' "Not stated"). */
    choose?: string;
    /** The second question of a main choice and others (other themes). */
    others?: { label: string; hint?: string };
  };
  /**
   * The issue form's questions, by question key (the field's name for a field asked once). A
   * label is also the `### ` heading GitHub writes into the issue, which the converter reads
   * back: changing one stops issues already opened with the old label from being read.
   */
  issue?: Record<string, { label?: string; hint?: string; example?: string }>;
  /** `npm run new`'s question, and its second one for a main choice and others. */
  cli?: { question?: string; example?: string; others?: string; missing?: string };
}

/** A question of the "Share a case study" issue form. */
export interface IssueQuestion {
  /** Its key among the form's questions (`mainTheme`); its words are `issue[key]`. */
  key: string;
  /** Its id on GitHub: letters, digits, `-` and `_`; pre-filled links use it as a query parameter. */
  id: string;
  /** The part of an object field it asks for (`name` of `contact`). */
  part?: string;
  /** How it is asked, when not as the field's answer kind (a main theme is one choice). */
  as?: AnswerKind;
  /** Whether the form requires an answer; by default, whether the field is required. */
  required?: boolean;
}

/** Where the contribution form puts a field. */
export type FormSection =
  'case-study' | 'where' | 'themes' | 'when' | 'outcomes' | 'sources' | 'contact' | 'credits' | 'publication';

/** One front-matter field: its name, what it holds and everything said about it. */
export interface FieldDescription {
  /** The front-matter key. */
  name: string;
  /** As the public interface has it: a value must be written (`true`), may be (`false`), or may be and has a default. */
  required: boolean | 'default';
  answer: AnswerKind;
  parts?: readonly PartDescription[];
  /** The contribution form's section for it. */
  form: FormSection;
  /** The issue form's questions for it, in order; none when the issue form does not ask. */
  issue?: readonly IssueQuestion[];
  /** `npm run new` asks for it, and takes it as `--<flag>`; with `default`, it need not be given. */
  cli?: { flag: string; default?: string };
  words: { en: FieldWords } & Partial<Record<Language, FieldWords>>;
}

/** A list of field descriptions, in the order files, forms and exports give the fields. */
export type FieldList = readonly FieldDescription[];

/** The vocabulary whose ids `field` holds, as the vocabulary registry says; undefined for other fields. */
export function fieldVocabulary(field: FieldDescription): VocabularyName | undefined {
  return vocabularyOfField(field.name)?.key;
}

/** The words of `field` in `lang`, else in English. */
export function fieldWords(field: FieldDescription, lang: Language = 'en'): FieldWords {
  return field.words[lang] ?? field.words.en;
}

/** The words of `part` in `lang`, else in English. */
export function partWords(part: PartDescription, lang: Language = 'en'): PartWords {
  return part.words[lang] ?? part.words.en;
}

/** A field asked once in the issue form, under its own name. */
const asked = (id: string, required?: boolean): readonly IssueQuestion[] => [
  { key: '', id, ...(required === undefined ? {} : { required }) },
];

/** How the issue form asks for an outcome and a source, one per line in a text box. */
export const outcomeLineFormat =
  'What was measured | figure | unit | year | earlier figure | year of the earlier figure | source number';
export const sourceLineFormat = 'Title | web address | publisher | year';
/** The same, in Welsh: the parts are read by their place, whatever the words. */
export const outcomeLineFormatCy =
  'Beth a fesurwyd | ffigur | uned | blwyddyn | ffigur cynharach | blwyddyn y ffigur cynharach | rhif y ffynhonnell';
export const sourceLineFormatCy = 'Teitl | cyfeiriad gwe | cyhoeddwr | blwyddyn';

const titleExample = 'Preston’s anchor institutions buy local';
const titleHint = 'What was done, and where: 5 to 120 characters.';
const contactHint = 'A person who has agreed to be named, or a team, such as Community Wealth Building team.';

/**
 * The fields of a case study, in the public interface's order (§3). `key: ''` in an issue question stands
 * for the field's own name.
 */
export const caseStudyFieldList = [
  {
    name: 'title',
    required: true,
    answer: 'text',
    form: 'case-study',
    // Not `title`: that query parameter of a link to a new issue sets the issue's own title.
    issue: asked('case-study-title'),
    cli: { flag: 'title' },
    words: {
      en: {
        label: 'Title',
        hint: titleHint,
        example: titleExample,
        type: 'text, 5–120 characters',
        meaning: 'The headline.',
        form: { hint: `${titleHint} For example: ${titleExample}.`, missing: 'Enter a title' },
        issue: { title: { label: 'Title of the case study' } },
        cli: { question: 'Title: what was done, and where (5 to 120 characters)' },
      },
      cy: {
        label: 'Teitl',
        hint: 'Beth a wnaed, a ble: 5 i 120 nod.',
        example: 'Sefydliadau angor Preston yn prynu’n lleol',
        type: 'testun, 5–120 nod',
        meaning: 'Y pennawd.',
        form: {
          hint: 'Beth a wnaed, a ble: 5 i 120 nod. Er enghraifft: Sefydliadau angor Preston yn prynu’n lleol.',
          missing: 'Rhowch deitl',
        },
        issue: { title: { label: 'Teitl yr astudiaeth achos' } },
        cli: { question: 'Teitl: beth a wnaed, a ble (5 i 120 nod)' },
      },
    },
  },
  {
    name: 'summary',
    required: true,
    answer: 'paragraph',
    form: 'case-study',
    issue: asked('summary'),
    words: {
      en: {
        label: 'Summary',
        hint: 'One or two sentences, 20 to 300 characters, saying what was done and what changed. It is shown on cards, in search results and as the page’s description.',
        type: 'text, 20–300 characters',
        meaning: 'One or two sentences saying what was done and what changed.',
        form: { missing: 'Enter a summary of one or two sentences' },
        issue: {
          summary: {
            hint: 'One or two sentences, 20 to 300 characters: what was done and what changed. Shown on cards and in search results.',
          },
        },
      },
      cy: {
        label: 'Crynodeb',
        hint: 'Un neu ddwy frawddeg, 20 i 300 nod, yn dweud beth a wnaed a beth a newidiodd. Mae’n ymddangos ar gardiau, yng nghanlyniadau chwilio ac fel disgrifiad y dudalen.',
        type: 'testun, 20–300 nod',
        meaning: 'Un neu ddwy frawddeg yn dweud beth a wnaed a beth a newidiodd.',
        form: { missing: 'Rhowch grynodeb o un neu ddwy frawddeg' },
        issue: {
          summary: {
            hint: 'Un neu ddwy frawddeg, 20 i 300 nod: beth a wnaed a beth a newidiodd. Mae’n ymddangos ar gardiau ac yng nghanlyniadau chwilio.',
          },
        },
      },
    },
  },
  {
    name: 'place',
    required: true,
    answer: 'text',
    form: 'where',
    issue: asked('place'),
    cli: { flag: 'place' },
    words: {
      en: {
        label: 'Place',
        hint: 'The town, city or area, such as Preston or North Ayrshire.',
        example: 'Preston',
        type: 'text',
        meaning: 'The locality, such as Preston.',
        form: { missing: 'Enter the place' },
        issue: { place: { hint: 'The town, city or area.' } },
        cli: { question: 'Place: the town, city or area' },
      },
      cy: {
        label: 'Lle',
        hint: 'Y dref, y ddinas neu’r ardal, er enghraifft Preston neu Ogledd Swydd Ayr.',
        example: 'Preston',
        type: 'testun',
        meaning: 'Yr ardal, er enghraifft Preston.',
        form: { missing: 'Rhowch y lle' },
        issue: { place: { hint: 'Y dref, y ddinas neu’r ardal.' } },
        cli: { question: 'Lle: y dref, y ddinas neu’r ardal' },
      },
    },
  },
  {
    name: 'region',
    required: true,
    answer: 'choice',
    form: 'where',
    issue: asked('region'),
    cli: { flag: 'region' },
    words: {
      en: {
        label: 'Region',
        type: 'id',
        meaning: 'The UK nation or ITL1 region, or outside-uk.',
        form: { missing: 'Choose a region', choose: 'Choose a region' },
        issue: { region: { hint: 'The UK nation or English region; “Outside the UK” for elsewhere.' } },
      },
      cy: {
        label: 'Rhanbarth',
        type: 'dynodydd',
        meaning: 'Gwlad neu ranbarth ITL1 yn y Deyrnas Unedig, neu outside-uk.',
        form: { missing: 'Dewiswch ranbarth', choose: 'Dewiswch ranbarth' },
        issue: {
          region: {
            hint: 'Un o wledydd y Deyrnas Unedig neu un o ranbarthau Lloegr; “Y tu allan i’r DU” ar gyfer unrhyw le arall.',
          },
        },
      },
    },
  },
  {
    name: 'country',
    required: false,
    answer: 'country',
    form: 'where',
    issue: asked('country'),
    cli: { flag: 'country' },
    words: {
      en: {
        label: 'Country',
        hint: 'Outside the UK only: the country’s two-letter code, such as US, ES or DE.',
        type: 'text (ISO 3166-1 alpha-2)',
        meaning: 'The country, for case studies outside the UK only, such as US.',
        issue: {
          country: {
            label: 'Country (outside the UK only)',
            hint: 'Only when the region is “Outside the UK”: the country’s two-letter code, such as US, ES or DE.',
          },
        },
        cli: { question: 'Country: its two-letter code, such as US' },
      },
      cy: {
        label: 'Gwlad',
        hint: 'Y tu allan i’r Deyrnas Unedig yn unig: enw’r wlad neu ei chod dwy lythyren, er enghraifft Sbaen, Yr Almaen neu ES.',
        type: 'testun (ISO 3166-1 alpha-2)',
        meaning: 'Y wlad, ar gyfer astudiaethau achos y tu allan i’r Deyrnas Unedig yn unig, er enghraifft US.',
        issue: {
          country: {
            label: 'Gwlad (y tu allan i’r DU yn unig)',
            hint: 'Dim ond pan fo’r rhanbarth yn “Y tu allan i’r DU”: enw’r wlad neu ei chod dwy lythyren, er enghraifft Sbaen neu ES.',
          },
        },
        cli: { question: 'Gwlad: ei henw neu ei chod dwy lythyren, er enghraifft Sbaen neu US' },
      },
    },
  },
  {
    name: 'organisation',
    required: true,
    answer: 'text',
    form: 'where',
    issue: asked('organisation'),
    cli: { flag: 'organisation' },
    words: {
      en: {
        label: 'Lead organisation',
        hint: 'Such as Preston City Council.',
        example: 'Preston City Council',
        type: 'text',
        meaning: 'The lead organisation.',
        form: { missing: 'Enter the lead organisation' },
        issue: { organisation: { hint: 'The organisation that led it.' } },
      },
      cy: {
        label: 'Sefydliad arweiniol',
        hint: 'Er enghraifft Cyngor Dinas Preston.',
        example: 'Cyngor Dinas Preston',
        type: 'testun',
        meaning: 'Y sefydliad arweiniol.',
        form: { missing: 'Rhowch y sefydliad arweiniol' },
        issue: { organisation: { hint: 'Y sefydliad a arweiniodd y gwaith.' } },
      },
    },
  },
  {
    name: 'organisationType',
    required: true,
    answer: 'choice',
    form: 'where',
    issue: asked('organisation-type'),
    cli: { flag: 'type' },
    words: {
      en: {
        label: 'Type of lead organisation',
        type: 'id',
        meaning: 'The kind of lead organisation.',
        form: { missing: 'Choose the type of the lead organisation', choose: 'Choose a type' },
      },
      cy: {
        label: 'Math o sefydliad arweiniol',
        type: 'dynodydd',
        meaning: 'Y math o sefydliad arweiniol.',
        form: { missing: 'Dewiswch fath y sefydliad arweiniol', choose: 'Dewiswch fath' },
      },
    },
  },
  {
    name: 'partners',
    required: false,
    answer: 'lines',
    form: 'where',
    issue: asked('partners'),
    words: {
      en: {
        label: 'Partner organisations',
        hint: 'Other organisations involved, one per line.',
        type: 'list of text',
        meaning: 'Other organisations involved.',
      },
      cy: {
        label: 'Sefydliadau partner',
        hint: 'Sefydliadau eraill a fu’n rhan ohono, un ar bob llinell.',
        type: 'rhestr o destun',
        meaning: 'Sefydliadau eraill a fu’n rhan ohono.',
      },
    },
  },
  {
    name: 'themes',
    required: true,
    answer: 'choices',
    form: 'themes',
    issue: [
      { key: 'mainTheme', id: 'main-theme', as: 'choice', required: true },
      { key: 'otherThemes', id: 'other-themes', required: false },
    ],
    cli: { flag: 'theme' },
    words: {
      en: {
        label: 'Main theme',
        hint: 'The community wealth building pillar this practice serves most.',
        type: 'list of ids (1 to 5)',
        meaning: 'The pillars of community wealth building the practice serves, main one first.',
        form: {
          missing: 'Choose a main theme',
          choose: 'Choose the main theme',
          others: { label: 'Other themes', hint: 'Any other pillars it serves (up to four more).' },
        },
        issue: {
          mainTheme: {},
          otherThemes: { label: 'Other themes', hint: 'Any other pillars it serves.' },
        },
        cli: {
          question: 'Main theme (community wealth building pillar)',
          others: 'Other themes it serves, if any (Space to tick, Enter when done)',
        },
      },
      cy: {
        label: 'Prif thema',
        hint: 'Colofn adeiladu cyfoeth cymunedol y mae’r arfer hwn yn ei gwasanaethu fwyaf.',
        type: 'rhestr o ddynodwyr (1 i 5)',
        meaning: 'Colofnau adeiladu cyfoeth cymunedol y mae’r arfer yn eu gwasanaethu, y brif un yn gyntaf.',
        form: {
          missing: 'Dewiswch brif thema',
          choose: 'Dewiswch y brif thema',
          others: {
            label: 'Themâu eraill',
            hint: 'Unrhyw golofnau eraill y mae’n eu gwasanaethu (hyd at bedair arall).',
          },
        },
        issue: {
          mainTheme: {},
          otherThemes: { label: 'Themâu eraill', hint: 'Unrhyw golofnau eraill y mae’n eu gwasanaethu.' },
        },
        cli: {
          question: 'Prif thema (colofn adeiladu cyfoeth cymunedol)',
          others: 'Themâu eraill y mae’n eu gwasanaethu, os oes rhai (Bylchwr i dicio, Enter i orffen)',
        },
      },
    },
  },
  {
    name: 'topics',
    required: false,
    answer: 'choices',
    form: 'themes',
    issue: asked('topics'),
    cli: { flag: 'topic' },
    words: {
      en: {
        label: 'Topics',
        hint: 'Finer subjects: tick any that fit. If one is missing, say so when you propose the case study.',
        type: 'list of ids',
        meaning: 'Finer subjects within the pillars.',
        issue: { topics: { hint: 'Finer subjects: choose any that fit. If one is missing, say so in the text.' } },
        cli: { question: 'Topics, if any (type to filter, Tab to tick, Enter when done)' },
      },
      cy: {
        label: 'Pynciau',
        hint: 'Pynciau manylach: ticiwch unrhyw rai sy’n addas. Os oes un ar goll, dywedwch hynny wrth gynnig yr astudiaeth achos.',
        type: 'rhestr o ddynodwyr',
        meaning: 'Pynciau manylach o fewn y colofnau.',
        issue: {
          topics: {
            hint: 'Pynciau manylach: dewiswch unrhyw rai sy’n addas. Os oes un ar goll, dywedwch hynny yn y testun.',
          },
        },
        cli: { question: 'Pynciau, os oes rhai (teipiwch i hidlo, Tab i dicio, Enter i orffen)' },
      },
    },
  },
  {
    name: 'started',
    required: true,
    answer: 'number',
    form: 'when',
    issue: asked('started'),
    cli: { flag: 'started' },
    words: {
      en: {
        label: 'Year it started',
        hint: 'Such as 2019.',
        example: '2019',
        type: 'year',
        meaning: 'The year the practice started.',
        form: { missing: 'Enter the year it started' },
        issue: { started: { hint: 'A year, such as 2019.' } },
        cli: { missing: 'Enter the year it started, such as 2019' },
      },
      cy: {
        label: 'Y flwyddyn y dechreuodd',
        hint: 'Er enghraifft 2019.',
        example: '2019',
        type: 'blwyddyn',
        meaning: 'Y flwyddyn y dechreuodd yr arfer.',
        form: { missing: 'Rhowch y flwyddyn y dechreuodd' },
        issue: { started: { hint: 'Blwyddyn, er enghraifft 2019.' } },
        cli: { missing: 'Rhowch y flwyddyn y dechreuodd, er enghraifft 2019' },
      },
    },
  },
  {
    name: 'ended',
    required: false,
    answer: 'number',
    form: 'when',
    issue: asked('ended'),
    words: {
      en: {
        label: 'Year it ended',
        hint: 'Only if it has ended.',
        type: 'year',
        meaning: 'The year it ended, if it has; not before started.',
      },
      cy: {
        label: 'Y flwyddyn y daeth i ben',
        hint: 'Dim ond os yw wedi dod i ben.',
        type: 'blwyddyn',
        meaning: 'Y flwyddyn y daeth i ben, os yw wedi gwneud hynny; heb fod cyn y flwyddyn y dechreuodd.',
      },
    },
  },
  {
    name: 'status',
    required: true,
    answer: 'choice',
    form: 'when',
    issue: asked('status'),
    cli: { flag: 'status', default: 'ongoing' },
    words: {
      en: {
        label: 'Status',
        type: 'id',
        meaning: 'Where the practice stands now.',
        form: { missing: 'Choose a status' },
      },
      cy: {
        label: 'Statws',
        type: 'dynodydd',
        meaning: 'Ble mae’r arfer arni nawr.',
        form: { missing: 'Dewiswch statws' },
      },
    },
  },
  {
    name: 'population',
    required: false,
    answer: 'number',
    form: 'where',
    issue: asked('population'),
    words: {
      en: {
        label: 'Population covered',
        hint: 'Residents of the area the practice covers, as a whole number, such as 147800.',
        type: 'whole number',
        meaning: 'Residents of the area the practice covers.',
      },
      cy: {
        label: 'Poblogaeth a gwmpesir',
        hint: 'Nifer trigolion yr ardal y mae’r arfer yn ei chwmpasu, fel rhif cyfan, er enghraifft 147800.',
        type: 'rhif cyfan',
        meaning: 'Nifer trigolion yr ardal y mae’r arfer yn ei chwmpasu.',
      },
    },
  },
  {
    name: 'outcomes',
    required: false,
    answer: 'rows',
    form: 'outcomes',
    issue: asked('outcomes'),
    parts: [
      {
        name: 'metric',
        answer: 'text',
        required: true,
        words: {
          en: { label: 'What was measured', hint: 'Such as: Council spend with Preston-based suppliers.' },
          cy: { label: 'Beth a fesurwyd', hint: 'Er enghraifft: Gwariant y cyngor gyda chyflenwyr yn Preston.' },
        },
      },
      {
        name: 'value',
        answer: 'number',
        required: true,
        words: {
          en: { label: 'Figure', hint: 'A number only, such as 28 or 112.3.' },
          cy: { label: 'Ffigur', hint: 'Rhif yn unig, er enghraifft 28 neu 112.3.' },
        },
      },
      {
        name: 'unit',
        answer: 'text',
        required: true,
        words: {
          en: { label: 'Unit', hint: '£m, %, people, jobs, homes…' },
          cy: { label: 'Uned', hint: '£m, %, pobl, swyddi, cartrefi…' },
        },
      },
      {
        name: 'year',
        answer: 'number',
        required: true,
        words: { en: { label: 'Year of the figure' }, cy: { label: 'Blwyddyn y ffigur' } },
      },
      {
        name: 'baseline',
        answer: 'object',
        words: { en: { label: 'Earlier figure' }, cy: { label: 'Ffigur cynharach' } },
        parts: [
          {
            name: 'value',
            answer: 'number',
            words: {
              en: { label: 'Earlier figure', hint: 'To compare with, in the same unit.' },
              cy: { label: 'Ffigur cynharach', hint: 'I’w gymharu ag ef, yn yr un uned.' },
            },
          },
          {
            name: 'year',
            answer: 'number',
            words: { en: { label: 'Year of the earlier figure' }, cy: { label: 'Blwyddyn y ffigur cynharach' } },
          },
        ],
      },
      {
        name: 'source',
        answer: 'number',
        words: {
          en: { label: 'Source number', hint: 'Which source below it comes from: 1 for the first.' },
          cy: { label: 'Rhif y ffynhonnell', hint: 'O ba ffynhonnell isod y daw: 1 ar gyfer y gyntaf.' },
        },
      },
    ],
    words: {
      en: {
        label: 'Outcomes',
        type: 'list of objects (in the CSV: a count, and a row each in their own file)',
        meaning:
          'Measured results, each { metric, value, unit, year, baseline?: { value, year }, source? }: what was measured, the figure, its unit (such as £m, %, jobs), the year it refers to, the earlier figure it is compared with, and the number of its source in sources (counting from 1).',
        form: { row: 'Outcome', addRow: 'Add an outcome' },
        issue: {
          outcomes: {
            hint: `Measured results, one per line, written as: ${outcomeLineFormat}. The last three parts are optional. Leave this empty if nothing has been measured yet.`,
            example: 'Council spend with Preston-based suppliers | 28 | % | 2017 | 14 | 2012 | 1',
          },
        },
      },
      cy: {
        label: 'Canlyniadau',
        type: 'rhestr o wrthrychau (yn y CSV: nifer, a rhes yr un yn eu ffeil eu hunain)',
        meaning:
          'Canlyniadau wedi’u mesur, pob un { metric, value, unit, year, baseline?: { value, year }, source? }: beth a fesurwyd, y ffigur, ei uned (er enghraifft £m, %, swyddi), y flwyddyn y mae’n cyfeirio ati, y ffigur cynharach y caiff ei gymharu ag ef, a rhif ei ffynhonnell yn sources (gan gyfrif o 1).',
        form: { row: 'Canlyniad', addRow: 'Ychwanegu canlyniad' },
        issue: {
          outcomes: {
            hint: `Canlyniadau wedi’u mesur, un ar bob llinell, wedi’u hysgrifennu fel hyn: ${outcomeLineFormatCy}. Mae’r tair rhan olaf yn ddewisol. Gadewch hwn yn wag os nad oes dim wedi’i fesur eto.`,
            example: 'Gwariant y cyngor gyda chyflenwyr yn Preston | 28 | % | 2017 | 14 | 2012 | 1',
          },
        },
      },
    },
  },
  {
    name: 'evidence',
    required: false,
    answer: 'choice',
    form: 'outcomes',
    issue: asked('evidence'),
    words: {
      en: {
        label: 'How strong is the evidence behind the outcomes?',
        type: 'id',
        meaning: 'How strong the evidence behind the outcomes is.',
        form: { choose: 'Not stated' },
        issue: {
          evidence: {
            hint: 'Self-reported: your own figures. Monitored: routine monitoring against a baseline. Independently evaluated: assessed by someone independent. Peer-reviewed: published in a peer-reviewed journal.',
          },
        },
      },
      cy: {
        label: 'Pa mor gryf yw’r dystiolaeth y tu ôl i’r canlyniadau?',
        type: 'dynodydd',
        meaning: 'Pa mor gryf yw’r dystiolaeth y tu ôl i’r canlyniadau.',
        form: { choose: 'Heb ei nodi' },
        issue: {
          evidence: {
            hint: 'Hunan-gofnodedig: eich ffigurau eich hun. Wedi’i fonitro: monitro rheolaidd yn erbyn llinell sylfaen. Wedi’i werthuso’n annibynnol: wedi’i asesu gan rywun annibynnol. Wedi’i adolygu gan gymheiriaid: wedi’i gyhoeddi mewn cyfnodolyn a adolygir gan gymheiriaid.',
          },
        },
      },
    },
  },
  resourcesField,
  transferabilityField,
  {
    name: 'sources',
    required: true,
    answer: 'rows',
    form: 'sources',
    issue: asked('sources'),
    parts: [
      {
        name: 'title',
        answer: 'text',
        required: true,
        words: {
          en: { label: 'Title', hint: 'Of the report, page or article.' },
          cy: { label: 'Teitl', hint: 'Yr adroddiad, y dudalen neu’r erthygl.' },
        },
      },
      {
        name: 'url',
        answer: 'text',
        words: {
          en: { label: 'Web address', hint: 'Starting https://' },
          cy: { label: 'Cyfeiriad gwe', hint: 'Yn dechrau gyda https://' },
        },
      },
      { name: 'publisher', answer: 'text', words: { en: { label: 'Publisher' }, cy: { label: 'Cyhoeddwr' } } },
      { name: 'year', answer: 'number', words: { en: { label: 'Year' }, cy: { label: 'Blwyddyn' } } },
    ],
    words: {
      en: {
        label: 'Sources',
        type: 'list of objects (in the CSV: a count, and a row each in their own file)',
        meaning:
          'Where the facts come from, each { title, url?, publisher?, year? }. Outcomes point at them by number.',
        form: { missing: 'Add at least one source, with its title', row: 'Source', addRow: 'Add a source' },
        issue: {
          sources: {
            hint: `Where the facts come from: at least one, one per line, written as: ${sourceLineFormat}. Only the title is needed, but give the web address where there is one.`,
            example: 'Community wealth building 2.0 | https://www.preston.gov.uk/cwb | Preston City Council | 2021',
          },
        },
      },
      cy: {
        label: 'Ffynonellau',
        type: 'rhestr o wrthrychau (yn y CSV: nifer, a rhes yr un yn eu ffeil eu hunain)',
        meaning:
          'O ble y daw’r ffeithiau, pob un { title, url?, publisher?, year? }. Mae’r canlyniadau’n cyfeirio atynt wrth eu rhif.',
        form: {
          missing: 'Ychwanegwch o leiaf un ffynhonnell, gyda’i theitl',
          row: 'Ffynhonnell',
          addRow: 'Ychwanegu ffynhonnell',
        },
        issue: {
          sources: {
            hint: `O ble y daw’r ffeithiau: o leiaf un, un ar bob llinell, wedi’u hysgrifennu fel hyn: ${sourceLineFormatCy}. Dim ond y teitl sydd ei angen, ond rhowch y cyfeiriad gwe lle mae un.`,
            example: 'Adeiladu cyfoeth cymunedol 2.0 | https://www.preston.gov.uk/cwb | Cyngor Dinas Preston | 2021',
          },
        },
      },
    },
  },
  {
    name: 'contact',
    required: false,
    answer: 'object',
    form: 'contact',
    issue: [
      { key: 'contactName', id: 'contact-name', part: 'name' },
      { key: 'contactRole', id: 'contact-role', part: 'role' },
      { key: 'contactOrganisation', id: 'contact-organisation', part: 'organisation' },
      { key: 'contactUrl', id: 'contact-url', part: 'url' },
      { key: 'contactEmail', id: 'contact-email', part: 'email' },
      { key: 'contactConsent', id: 'contact-consent', part: 'consent' },
    ],
    parts: [
      {
        name: 'name',
        answer: 'text',
        required: true,
        words: {
          en: {
            label: 'Name',
            hint: contactHint,
            issue: {
              label: 'Contact: name or team',
              hint: 'Optional. Who other councils can ask: a person who has agreed to be named, or a team.',
              example: 'Community Wealth Building team',
            },
          },
          cy: {
            label: 'Enw',
            hint: 'Person sydd wedi cytuno i gael ei enwi, neu dîm, er enghraifft y tîm Adeiladu Cyfoeth Cymunedol.',
            issue: {
              label: 'Cyswllt: enw neu dîm',
              hint: 'Dewisol. Pwy y gall cynghorau eraill ei holi: person sydd wedi cytuno i gael ei enwi, neu dîm.',
              example: 'Tîm Adeiladu Cyfoeth Cymunedol',
            },
          },
        },
      },
      {
        name: 'role',
        answer: 'text',
        words: {
          en: { label: 'Role', issue: { label: 'Contact: role' } },
          cy: { label: 'Rôl', issue: { label: 'Cyswllt: rôl' } },
        },
      },
      {
        name: 'organisation',
        answer: 'text',
        words: {
          en: { label: 'Organisation', issue: { label: 'Contact: organisation' } },
          cy: { label: 'Sefydliad', issue: { label: 'Cyswllt: sefydliad' } },
        },
      },
      {
        name: 'url',
        answer: 'text',
        words: {
          en: {
            label: 'Contact page',
            hint: 'A web page to get in touch through, starting https://',
            issue: { label: 'Contact: web page', hint: 'A web page to get in touch through, starting https://' },
          },
          cy: {
            label: 'Tudalen gyswllt',
            hint: 'Tudalen we i gysylltu drwyddi, yn dechrau gyda https://',
            issue: { label: 'Cyswllt: tudalen we', hint: 'Tudalen we i gysylltu drwyddi, yn dechrau gyda https://' },
          },
        },
      },
      {
        name: 'email',
        answer: 'text',
        words: {
          en: {
            label: 'E-mail address',
            hint: 'Published only with the agreement of the person or team named: tick the box below.',
            issue: {
              label: 'Contact: e-mail address',
              hint: 'Prefer a role mailbox (such as cwb@council.gov.uk). Published only if you tick the box below.',
            },
          },
          cy: {
            label: 'Cyfeiriad e-bost',
            hint: 'Caiff ei gyhoeddi dim ond gyda chytundeb y person neu’r tîm a enwir: ticiwch y blwch isod.',
            issue: {
              label: 'Cyswllt: cyfeiriad e-bost',
              hint: 'Mae’n well defnyddio blwch post swyddogaeth (er enghraifft cwb@cyngor.gov.uk). Caiff ei gyhoeddi dim ond os ticiwch y blwch isod.',
            },
          },
        },
      },
      {
        name: 'consent',
        answer: 'boolean',
        words: {
          en: {
            label: 'The person or team named has agreed to this e-mail address being published',
            issue: { label: 'Contact: consent' },
          },
          cy: {
            label: 'Mae’r person neu’r tîm a enwir wedi cytuno i’r cyfeiriad e-bost hwn gael ei gyhoeddi',
            issue: { label: 'Cyswllt: caniatâd' },
          },
        },
      },
    ],
    words: {
      en: {
        label: 'Contact',
        type: 'object (in the CSV: a column per part, such as contact.name)',
        meaning:
          'Who to ask: { name, role?, organisation?, url?, email?, consent? }. An e-mail address is published only with the person’s consent.',
      },
      cy: {
        label: 'Cyswllt',
        type: 'gwrthrych (yn y CSV: colofn i bob rhan, fel contact.name)',
        meaning:
          'Pwy i’w holi: { name, role?, organisation?, url?, email?, consent? }. Caiff cyfeiriad e-bost ei gyhoeddi dim ond gyda chaniatâd y person.',
      },
    },
  },
  {
    name: 'contributors',
    required: false,
    answer: 'lines',
    form: 'credits',
    issue: asked('contributors'),
    words: {
      en: {
        label: 'Written by',
        hint: 'Your name and any co-authors, one per line, as you want them shown.',
        type: 'list of text',
        meaning: 'Who wrote the case study.',
      },
      cy: {
        label: 'Ysgrifennwyd gan',
        hint: 'Eich enw chi ac enwau unrhyw gyd-awduron, un ar bob llinell, fel yr hoffech iddynt ymddangos.',
        type: 'rhestr o destun',
        meaning: 'Pwy a ysgrifennodd yr astudiaeth achos.',
      },
    },
  },
  {
    name: 'related',
    required: false,
    answer: 'slugs',
    form: 'credits',
    issue: asked('related'),
    words: {
      en: {
        label: 'Related case studies',
        hint: 'File names of case studies in the library, separated by commas, such as preston-anchor-procurement.',
        type: 'list of slugs',
        meaning: 'Case studies the authors link to this one. The site shows each link on both pages.',
        issue: {
          related: {
            hint: 'File names of case studies already in the library, separated by commas, such as preston-anchor-procurement.',
          },
        },
      },
      cy: {
        label: 'Astudiaethau achos cysylltiedig',
        hint: 'Enwau ffeiliau astudiaethau achos yn y llyfrgell, wedi’u gwahanu gan atalnodau, er enghraifft preston-anchor-procurement.',
        type: 'rhestr o enwau ffeiliau (slugs)',
        meaning:
          'Astudiaethau achos y mae’r awduron yn eu cysylltu â’r un hon. Mae’r wefan yn dangos pob dolen ar y ddwy dudalen.',
        issue: {
          related: {
            hint: 'Enwau ffeiliau astudiaethau achos sydd eisoes yn y llyfrgell, wedi’u gwahanu gan atalnodau, er enghraifft preston-anchor-procurement.',
          },
        },
      },
    },
  },
  {
    name: 'image',
    required: false,
    answer: 'object',
    form: 'credits',
    parts: [
      {
        name: 'src',
        answer: 'text',
        required: true,
        words: {
          en: {
            label: 'Picture file',
            hint: 'Such as images/market-hall.jpg. Add the picture itself to content/case-studies/images/ when you propose the file.',
          },
          cy: {
            label: 'Ffeil y llun',
            hint: 'Er enghraifft images/market-hall.jpg. Ychwanegwch y llun ei hun at content/case-studies/images/ pan fyddwch yn cynnig y ffeil.',
          },
        },
      },
      {
        name: 'alt',
        answer: 'text',
        required: true,
        words: {
          en: {
            label: 'What the picture shows',
            hint: 'For people who cannot see it. Needed when there is a picture.',
          },
          cy: {
            label: 'Beth mae’r llun yn ei ddangos',
            hint: 'I bobl na allant ei weld. Mae ei angen pan fo llun.',
          },
        },
      },
      {
        name: 'credit',
        answer: 'text',
        words: { en: { label: 'Picture credit' }, cy: { label: 'Cydnabyddiaeth y llun' } },
      },
    ],
    words: {
      en: {
        label: 'Picture',
        type: 'object (in the CSV: a column per part, such as contact.name)',
        meaning: 'A picture: { src, alt, credit? }, src relative to the case-study file, alt describing it.',
      },
      cy: {
        label: 'Llun',
        type: 'gwrthrych (yn y CSV: colofn i bob rhan, fel contact.name)',
        meaning: 'Llun: { src, alt, credit? }, src yn berthynol i ffeil yr astudiaeth achos, alt yn ei ddisgrifio.',
      },
    },
  },
  {
    name: 'lang',
    required: 'default',
    answer: 'language',
    form: 'case-study',
    issue: asked('lang', true),
    cli: { flag: 'lang' },
    words: {
      en: {
        label: 'Language of the text',
        type: 'en or cy',
        meaning: 'The language of the text: English or Welsh.',
      },
      cy: {
        label: 'Iaith y testun',
        type: 'en neu cy',
        meaning: 'Iaith y testun: Saesneg neu Gymraeg.',
      },
    },
  },
  {
    name: 'translationOf',
    required: false,
    answer: 'slug',
    form: 'case-study',
    issue: asked('translation-of'),
    words: {
      en: {
        label: 'The same case study in the other language',
        hint: 'Its file name, if it is already in the library, such as preston-anchor-procurement.',
        type: 'slug',
        meaning: 'The same case study in the other language.',
        issue: {
          translationOf: { hint: 'If the same case study is in the library in the other language: its file name.' },
        },
      },
      cy: {
        label: 'Yr un astudiaeth achos yn yr iaith arall',
        hint: 'Enw ei ffeil, os yw eisoes yn y llyfrgell, er enghraifft preston-anchor-procurement.',
        type: 'enw ffeil (slug)',
        meaning: 'Yr un astudiaeth achos yn yr iaith arall.',
        issue: {
          translationOf: { hint: 'Os yw’r un astudiaeth achos yn y llyfrgell yn yr iaith arall: enw ei ffeil.' },
        },
      },
    },
  },
  {
    name: 'published',
    required: true,
    answer: 'date',
    form: 'publication',
    words: {
      en: {
        label: 'Date of publication',
        hint: 'Today, unless it is for later.',
        type: 'date (YYYY-MM-DD)',
        meaning: 'When the case study was first published.',
        form: { missing: 'Enter the date of publication' },
      },
      cy: {
        label: 'Dyddiad cyhoeddi',
        hint: 'Heddiw, oni bai ei bod i’w chyhoeddi yn nes ymlaen.',
        type: 'dyddiad (BBBB-MM-DD)',
        meaning: 'Pryd y cyhoeddwyd yr astudiaeth achos gyntaf.',
        form: { missing: 'Rhowch y dyddiad cyhoeddi' },
      },
    },
  },
  {
    name: 'updated',
    required: false,
    answer: 'date',
    form: 'publication',
    words: {
      en: {
        label: 'Date of the last significant update',
        type: 'date (YYYY-MM-DD)',
        meaning: 'When it was last updated.',
      },
      cy: {
        label: 'Dyddiad y diweddariad sylweddol diwethaf',
        type: 'dyddiad (BBBB-MM-DD)',
        meaning: 'Pryd y cafodd ei diweddaru ddiwethaf.',
      },
    },
  },
  reviewedField,
  withdrawnField,
  {
    name: 'draft',
    required: 'default',
    answer: 'boolean',
    form: 'publication',
    words: {
      en: {
        label: 'Draft: keep it off the published site for now',
        hint: 'Drafts show only to people working on the library on their own computer.',
        type: 'true or false',
        meaning:
          'Whether the case study is a draft, shown by the dev server only. Always false in the exports, since drafts are never published.',
      },
      cy: {
        label: 'Drafft: ei chadw oddi ar y wefan gyhoeddedig am y tro',
        hint: 'Dim ond i bobl sy’n gweithio ar y llyfrgell ar eu cyfrifiadur eu hunain y mae drafftiau’n ymddangos.',
        type: 'true neu false',
        meaning:
          'A yw’r astudiaeth achos yn ddrafft, a ddangosir gan y gweinydd datblygu yn unig. Bob amser yn false yn yr allforion, gan nad yw drafftiau byth yn cael eu cyhoeddi.',
      },
    },
  },
] as const satisfies FieldList;

/** The name of a field of the library's case studies. */
export type CaseStudyFieldName = (typeof caseStudyFieldList)[number]['name'];

/** The text of a case study (its Markdown body), which both forms ask for after the fields. */
export const caseStudyTextWords = {
  en: {
    label: 'Text of the case study',
    form: {
      hint: 'Replace the prompt under each heading with your own words. Markdown: “## ” starts a heading, a blank line starts a new paragraph, “- ” starts a list item, [words](https://…) makes a link.',
    },
    issue: {
      hint: 'Replace the prompt under each heading with your own words. “## ” starts a heading; a blank line starts a new paragraph; [words](https://…) makes a link. To add a picture, attach it in a comment after submitting.',
    },
  },
  cy: {
    label: 'Testun yr astudiaeth achos',
    form: {
      hint: 'Rhowch eich geiriau eich hun yn lle’r anogwr o dan bob pennawd. Markdown: mae “## ” yn dechrau pennawd, mae llinell wag yn dechrau paragraff newydd, mae “- ” yn dechrau eitem mewn rhestr, ac mae [geiriau](https://…) yn gwneud dolen.',
    },
    issue: {
      hint: 'Rhowch eich geiriau eich hun yn lle’r anogwr o dan bob pennawd. Mae “## ” yn dechrau pennawd; mae llinell wag yn dechrau paragraff newydd; mae [geiriau](https://…) yn gwneud dolen. I ychwanegu llun, atodwch ef mewn sylw ar ôl cyflwyno.',
    },
  },
} satisfies Record<Language, { label: string; form: { hint: string }; issue: { hint: string } }>;

/** The key of the issue form's question `question` of `field` (the field's name when it is asked once). */
export const issueKey = (field: FieldDescription, question: IssueQuestion): string => question.key || field.name;
