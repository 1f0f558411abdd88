/**
 * The descriptions of the fields of docs/public-interface.md §11 that a case study writes: what
 * the practice took (`resources`, `transferability`) and whether it is still true (`reviewed`,
 * `withdrawn`). They take their place in `caseStudyFieldList` (`fields.ts`), which the forms, the
 * scaffolder, the codebook, the JSON Schema and the exports read; they are kept here, apart, so
 * that the words of the older fields and of these change without touching each other. Their Welsh
 * (`cy`) has the same words as the English, the Welsh issue form's questions too.
 */
import type { FieldDescription } from './fields.ts';

/** How the issue form asks for a cost, on one line. */
export const costLineFormat = 'figure | unit (£, £k or £m) | one-off or per-year | year | source number';

/** `resources`: what it cost, who paid and the staff time it took. */
export const resourcesField = {
  name: 'resources',
  required: false,
  answer: 'object',
  form: 'outcomes',
  issue: [
    { key: 'resourcesCost', id: 'resources-cost', part: 'cost' },
    { key: 'resourcesFunders', id: 'resources-funders', part: 'funders' },
    { key: 'resourcesStaff', id: 'resources-staff', part: 'staff' },
  ],
  parts: [
    {
      name: 'cost',
      answer: 'object',
      words: {
        en: {
          label: 'What it cost',
          issue: {
            label: 'What it cost',
            hint: `Optional, and only from a source you list below. One line, written as: ${costLineFormat}. The source number is optional.`,
            example: '1.2 | £m | one-off | 2019 | 2',
          },
        },
        cy: {
          label: 'Beth oedd y gost',
          issue: {
            label: 'Beth oedd y gost',
            hint: `Dewisol, a dim ond o ffynhonnell a restrwch isod. Un llinell, ar y ffurf: ${costLineFormat}. Mae rhif y ffynhonnell yn ddewisol.`,
            example: '1.2 | £m | one-off | 2019 | 2',
          },
        },
      },
      parts: [
        {
          name: 'value',
          answer: 'number',
          words: {
            en: { label: 'Cost', hint: 'A number only, such as 1.2 or 45000.' },
            cy: { label: 'Cost', hint: 'Rhif yn unig, fel 1.2 neu 45000.' },
          },
        },
        {
          name: 'unit',
          answer: 'text',
          words: { en: { label: 'Unit', hint: '£, £k or £m.' }, cy: { label: 'Uned', hint: '£, £k neu £m.' } },
        },
        {
          name: 'period',
          answer: 'text',
          words: {
            en: { label: 'Once or every year', hint: 'one-off or per-year.' },
            cy: { label: 'Unwaith neu bob blwyddyn', hint: 'one-off neu per-year.' },
          },
        },
        {
          name: 'year',
          answer: 'number',
          words: { en: { label: 'Year of the cost' }, cy: { label: 'Blwyddyn y gost' } },
        },
        {
          name: 'source',
          answer: 'number',
          words: {
            en: { label: 'Source number', hint: 'Which source below gives the figure: 1 for the first.' },
            cy: { label: 'Rhif y ffynhonnell', hint: "Pa ffynhonnell isod sy'n rhoi'r ffigur: 1 am y gyntaf." },
          },
        },
      ],
    },
    {
      name: 'funders',
      answer: 'lines',
      words: {
        en: {
          label: 'Who paid',
          hint: 'The organisations or funds that paid, one per line.',
          issue: {
            label: 'Who paid',
            hint: 'Optional. The organisations or funds that paid, separated by semicolons or one per line.',
          },
        },
        cy: {
          label: 'Pwy a dalodd',
          hint: "Y sefydliadau neu'r cronfeydd a dalodd, un ar bob llinell.",
          issue: {
            label: 'Pwy a dalodd',
            hint: "Dewisol. Y sefydliadau neu'r cronfeydd a dalodd, wedi'u gwahanu gan hanner colon neu un ar bob llinell.",
          },
        },
      },
    },
    {
      name: 'staff',
      answer: 'text',
      words: {
        en: {
          label: 'Staff time',
          hint: 'Up to 200 characters, such as: two officers for 18 months.',
          issue: { label: 'Staff time', hint: 'Optional. Such as: two officers for 18 months.' },
        },
        cy: {
          label: 'Amser staff',
          hint: 'Hyd at 200 nod, fel: dau swyddog am 18 mis.',
          issue: { label: 'Amser staff', hint: 'Dewisol. Fel: dau swyddog am 18 mis.' },
        },
      },
    },
  ],
  words: {
    en: {
      label: 'What it took',
      type: 'object (in the CSV: a column per part, such as contact.name)',
      meaning:
        'What the practice took: { cost?: { value, unit, period, year, source? }, funders?, staff? }: what it cost (a number in £, £k or £m, one-off or per-year, the year of the figure and the number of its source in sources), who paid, and the staff time it took.',
    },
    cy: {
      label: 'Beth oedd ei angen',
      type: 'gwrthrych (yn y CSV: colofn i bob rhan, fel contact.name)',
      meaning:
        "Beth oedd ei angen ar yr arfer: { cost?: { value, unit, period, year, source? }, funders?, staff? }: beth oedd y gost (rhif mewn £, £k neu £m, untro (one-off) neu bob blwyddyn (per-year), blwyddyn y ffigur a rhif ei ffynhonnell yn sources), pwy a dalodd, a'r amser staff a gymerodd.",
    },
  },
} as const satisfies FieldDescription;

/** `transferability`: what another place needs to do the same. */
export const transferabilityField = {
  name: 'transferability',
  required: false,
  answer: 'paragraph',
  form: 'outcomes',
  issue: [{ key: '', id: 'transferability' }],
  cli: { flag: 'transferability' },
  words: {
    en: {
      label: 'What another place needs to do this',
      hint: 'The powers, partners, scale and time it takes, in 20 to 600 characters.',
      example:
        'A council with its own procurement team, two or three anchor partners willing to share spend data, and a year to build trust.',
      type: 'text, 20–600 characters',
      meaning: 'What another place needs to do this: powers, partners, scale, time.',
      cli: { question: 'What would another place need to do this (powers, partners, scale, time)? Optional' },
    },
    cy: {
      label: 'Beth sydd ei angen ar le arall i wneud hyn',
      hint: "Y pwerau, y partneriaid, y raddfa a'r amser sydd eu hangen, mewn 20 i 600 nod.",
      example:
        "Cyngor â'i dîm caffael ei hun, dau neu dri phartner angor sy'n fodlon rhannu data gwariant, a blwyddyn i feithrin ymddiriedaeth.",
      type: 'testun, 20–600 nod',
      meaning: 'Beth sydd ei angen ar le arall i wneud hyn: pwerau, partneriaid, graddfa, amser.',
      cli: { question: 'Beth fyddai ei angen ar le arall i wneud hyn (pwerau, partneriaid, graddfa, amser)? Dewisol' },
    },
  },
} as const satisfies FieldDescription;

/** `reviewed`: when an editor last checked the facts. */
export const reviewedField = {
  name: 'reviewed',
  required: false,
  answer: 'date',
  form: 'publication',
  words: {
    en: {
      label: 'Date the facts were last checked',
      hint: 'The day someone last checked the facts against the sources, not before the date of publication.',
      type: 'date (YYYY-MM-DD)',
      meaning: 'When an editor last checked the facts; not before published.',
    },
    cy: {
      label: 'Y dyddiad y gwiriwyd y ffeithiau ddiwethaf',
      hint: 'Y diwrnod y gwiriodd rhywun y ffeithiau yn erbyn y ffynonellau ddiwethaf, heb fod cyn y dyddiad cyhoeddi.',
      type: 'dyddiad (YYYY-MM-DD)',
      meaning: 'Pryd y gwiriodd golygydd y ffeithiau ddiwethaf; heb fod cyn published.',
    },
  },
} as const satisfies FieldDescription;

/** `withdrawn`: a case study that no longer stands, kept at its address. */
export const withdrawnField = {
  name: 'withdrawn',
  required: false,
  answer: 'object',
  form: 'publication',
  parts: [
    {
      name: 'date',
      answer: 'text',
      required: true,
      words: {
        en: { label: 'Date it was withdrawn', hint: 'YYYY-MM-DD, such as 2026-03-01.' },
        cy: { label: "Y dyddiad y'i tynnwyd yn ôl", hint: 'YYYY-MM-DD, fel 2026-03-01.' },
      },
    },
    {
      name: 'reason',
      answer: 'text',
      required: true,
      words: {
        en: { label: 'Why it was withdrawn', hint: '10 to 300 characters, shown in a banner on the page.' },
        cy: { label: "Pam y'i tynnwyd yn ôl", hint: '10 i 300 nod, a ddangosir mewn baner ar y dudalen.' },
      },
    },
    {
      name: 'replacedBy',
      answer: 'text',
      words: {
        en: { label: 'Replaced by', hint: 'The file name of the case study that replaces it, if there is one.' },
        cy: {
          label: 'Yr astudiaeth achos yn ei lle',
          hint: "Enw ffeil yr astudiaeth achos sy'n cymryd ei lle, os oes un.",
        },
      },
    },
  ],
  words: {
    en: {
      label: 'Withdrawn (only for a case study already published)',
      type: 'object (in the CSV: a column per part, such as contact.name)',
      meaning:
        'Set when the case study no longer stands: { date, reason, replacedBy? }. It keeps its address with a banner saying when and why, and is left out of lists, search and the feed, but stays in the open data.',
    },
    cy: {
      label: "Wedi'i thynnu'n ôl (dim ond ar gyfer astudiaeth achos sydd eisoes wedi'i chyhoeddi)",
      type: 'gwrthrych (yn y CSV: colofn i bob rhan, fel contact.name)',
      meaning:
        "Caiff ei osod pan nad yw'r astudiaeth achos yn sefyll mwyach: { date, reason, replacedBy? }. Mae'n cadw ei chyfeiriad, gyda baner sy'n dweud pryd a pham, ac fe'i gadewir allan o'r rhestrau, y chwiliad a'r ffrwd, ond mae'n aros yn y data agored.",
    },
  },
} as const satisfies FieldDescription;
