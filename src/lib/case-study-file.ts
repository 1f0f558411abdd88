/**
 * Writing a case-study file: its slug, its frontmatter and the recommended body. Pure and
 * browser-safe (no `node:` imports), so that `npm run new` and the contribution form on
 * `/contribute/` write exactly the same file.
 */
import { Document, isScalar, parse, visit } from 'yaml';
import { caseStudyFields, isoDatePattern } from '../schema/case-study.ts';
import type { CaseStudyInput } from '../schema/case-study.ts';
import { caseStudyFieldList, type FieldDescription, type FieldList, type PartDescription } from '../schema/fields.ts';
import { countryCodeFromText } from '../schema/country-names.ts';
import type { Language } from '../schema/taxonomy.ts';

export { slugFromTitle } from '../schema/slug.ts';
// In a module of its own, so that the contribution form's first script does not load the YAML writer.
export { today } from './today.ts';

/**
 * A number when `text` is one (thousands separators allowed: "1,200"); otherwise the trimmed text
 * itself, so that the schema's message quotes what was typed ("28%" is not a number). Undefined
 * when empty. The form and the issue converter read figures and years through this.
 */
export function numberFromText(text: string | undefined): number | string | undefined {
  const trimmed = (text?.trim() ?? '').replace(
    /^([-+]?\d{1,3}(?:,\d{3})+)(\.\d+)?$/,
    (_, whole: string, fraction = '') => whole.replace(/,/g, '') + fraction,
  );
  if (trimmed === '') return undefined;
  return /^[-+]?(?:\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** A case study's frontmatter while it is being written: any field may still be missing. */
export type CaseStudyDraft = { [Field in keyof CaseStudyInput]?: CaseStudyInput[Field] | undefined };

/** Key order of the nested objects (`outcomes`, their `baseline`, `contact`, ...), as the field descriptions give their parts. */
function nestedOrderOf(fields: FieldList): Record<string, readonly string[]> {
  const order: Record<string, readonly string[]> = {};
  const add = (name: string, parts: readonly PartDescription[] | undefined) => {
    if (!parts) return;
    order[name] = parts.map((part) => part.name);
    for (const part of parts) add(part.name, part.parts);
  };
  for (const field of fields) add(field.name, field.parts);
  return order;
}
const nestedOrder = nestedOrderOf(caseStudyFieldList);

// `date` is a withdrawn case study's (`withdrawn.date`).
const dateFields = new Set(['published', 'updated', 'reviewed', 'date']);

/** Puts keys in `order` first, then any others in their own order (so that unknown keys still show, and fail validation). */
function ordered(record: Record<string, unknown>, order: readonly string[]): string[] {
  return [...order.filter((key) => key in record), ...Object.keys(record).filter((key) => !order.includes(key))];
}

/**
 * A copy of `value` without what a contributor left empty: undefined, null, blank text, empty
 * lists and objects. Text is trimmed and dates become `YYYY-MM-DD`. Returns undefined when
 * nothing is left.
 */
function clean(value: unknown, key = '', order = nestedOrder): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) {
    const items = value.map((item) => clean(item, key, order)).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const result: Record<string, unknown> = {};
    for (const field of ordered(record, order[key] ?? [])) {
      const item = clean(record[field], field, order);
      if (item !== undefined) result[field] = item;
    }
    return Object.keys(result).length === 0 ? undefined : result;
  }
  return value;
}

/**
 * The frontmatter exactly as {@link frontmatterYaml} writes it: fields in the public interface's order
 * (that of `fields`), empty ones left out, text trimmed, dates as `YYYY-MM-DD`. Validate this to
 * check what the file will say.
 */
export function compactFrontmatter(
  data: CaseStudyDraft | Readonly<Record<string, unknown>>,
  fields: FieldList = caseStudyFieldList,
): Record<string, unknown> {
  const record = data as Record<string, unknown>;
  const order = fields === caseStudyFieldList ? nestedOrder : nestedOrderOf(fields);
  const cleaned: Record<string, unknown> = {};
  for (const field of ordered(
    record,
    fields.map((description) => description.name),
  )) {
    const value = clean(record[field], field, order);
    if (value !== undefined) cleaned[field] = value;
  }
  return cleaned;
}

/**
 * What a contributor answered, by field name, before it is front matter: text as typed (or
 * values already parsed), a list or a `{ main, others }` choice for a list of ids, an object of
 * parts for an object field, a list of them for rows. The web form, the issue converter,
 * `npm run new` and the benchmark's generator each gather their answers into this shape.
 */
export type Answers = Readonly<Record<string, unknown>>;

const asText = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** Items of a list given as a list, or as text split by `separator`; each trimmed, empty ones dropped. */
const itemsOf = (value: unknown, separator: RegExp): unknown[] | undefined => {
  if (value === undefined || value === null) return undefined;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((item: unknown) => (typeof item === 'string' ? item.split(separator) : [item]))
    .map(asText)
    .filter((item) => item !== undefined);
  return items.length === 0 ? undefined : items;
};

/** A line without the list marker people add ("- ", "* ", "• ", "1. ", "2) "). */
const withoutListMarker = (line: unknown) =>
  typeof line === 'string' ? line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim() : line;

const withoutExtension = (slug: unknown) => (typeof slug === 'string' ? slug.replace(/\.mdx?$/, '') : slug);

function partValue(part: PartDescription, value: unknown): unknown {
  if (part.answer === 'number') return typeof value === 'string' ? numberFromText(value) : value;
  if (part.answer === 'boolean') return value === true || value === 'true' ? true : undefined;
  if (part.answer === 'lines')
    return itemsOf(value, /\r?\n|;/)
      ?.map(withoutListMarker)
      .filter((line) => line !== '');
  if (part.answer === 'object') {
    // Asked on one line (the issue form's cost: "1.2 | £m | one-off | 2019"): its parts in order.
    if (typeof value === 'string' && value.includes('|')) {
      const values = value.split('|').map((item) => item.trim());
      return objectValue(
        part.parts ?? [],
        Object.fromEntries((part.parts ?? []).map((inner, index) => [inner.name, values[index]])),
      );
    }
    return objectValue(part.parts ?? [], value);
  }
  return asText(value);
}

function objectValue(parts: readonly PartDescription[], value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return asText(value);
  const record = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const part of parts) result[part.name] = partValue(part, record[part.name]);
  return result;
}

/** The value of `field` that the answer `value` gives; `answers` are all the answers, for fields that depend on another. */
export function answerValue(field: FieldDescription, value: unknown, answers: Answers = {}): unknown {
  switch (field.answer) {
    case 'paragraph':
      return typeof value === 'string' ? asText(value.replace(/\s*\n\s*/g, ' ')) : value;
    case 'number':
      return typeof value === 'string' ? numberFromText(value) : value;
    case 'country': {
      // Shown and asked for only outside the UK: a value left over from another region is not an answer.
      if (answers.region !== 'outside-uk') return undefined;
      // A country's name as typed ("Spain", "Sbaen") is its code; what names none stays as typed, for the message.
      const typed = asText(value);
      return typeof typed === 'string' ? (countryCodeFromText(typed) ?? typed) : typed;
    }
    case 'language': {
      const lang = asText(value);
      return lang === 'en' ? undefined : lang;
    }
    case 'choices': {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const { main, others } = value as { main?: unknown; others?: unknown };
        const first = asText(main);
        const rest = (itemsOf(others, /,/) ?? []).filter((id) => id !== first);
        return itemsOf([...(first === undefined ? [] : [first]), ...rest], /,/);
      }
      return itemsOf(value, /,/);
    }
    case 'lines':
      return itemsOf(value, /\r?\n/)
        ?.map(withoutListMarker)
        .filter((line) => line !== '');
    case 'slug':
      return withoutExtension(asText(value));
    case 'slugs':
      return itemsOf(value, /[\s,]+/)?.map(withoutExtension);
    case 'date':
      return value instanceof Date ? value : asText(value);
    case 'boolean':
      return value === true || value === 'true' ? true : undefined;
    case 'object':
      return objectValue(field.parts ?? [], value);
    case 'rows':
      return Array.isArray(value) ? value.map((row) => objectValue(field.parts ?? [], row)) : value;
    default:
      return asText(value);
  }
}

/**
 * The one way from a contributor's answers to front matter, for the web form, the issue form,
 * `npm run new` and the benchmark's generator: numbers from text ("1,200"), the country in
 * capitals and only outside the UK, English left to the default, lists from lines or commas,
 * `.md` dropped from file names, ticked boxes as `true`, and every empty answer undefined (the
 * file leaves it out: {@link compactFrontmatter} gives what it will say). Fields come in the
 * public interface's order. What cannot be understood is kept as typed, so that the schema's message
 * quotes it. Answers for keys no field describes are kept too, and fail validation.
 */
export function frontmatterFromAnswers(
  answers: Answers,
  fields: FieldList = caseStudyFieldList,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const described = new Set(fields.map((field) => field.name));
  for (const field of fields) data[field.name] = answerValue(field, answers[field.name], answers);
  for (const [key, value] of Object.entries(answers)) if (!described.has(key)) data[key] = value;
  return data;
}

/** The words YAML 1.1 reads as booleans or null rather than text. */
const yaml11Words = /^(?:y|yes|n|no|true|false|on|off|null)$/i;

/**
 * True when `text` reads back as the same string under YAML 1.1 as well as 1.2. The `yaml`
 * package already quotes what YAML 1.2 would misread; this also catches what older YAML 1.1
 * parsers would turn into something else (`no`, `on`, `1:20`, `2024-01-01`, `Preston: a story`),
 * so the file means the same to every tool that reads it.
 */
function readsBackUnquoted(text: string): boolean {
  // Words and plain punctuation after a letter read back as themselves, except YAML 1.1's booleans
  // and null: no need to parse them (a library of generated case studies has millions).
  if (/^[A-Za-z][A-Za-z0-9 ,.()'’-]*$/.test(text) && !/[ ]$/.test(text) && !yaml11Words.test(text)) return true;
  try {
    // Silent: text such as "%" reads as a YAML directive, which is a reason to quote it, not a warning.
    return parse(text, { version: '1.1', schema: 'yaml-1.1', prettyErrors: false, logLevel: 'silent' }) === text;
  } catch {
    return false;
  }
}

/**
 * The frontmatter YAML (without the `---` lines) of `data`: fields in the public interface's order, empty
 * ones left out, strings quoted wherever a YAML parser could misread them, dates as
 * `YYYY-MM-DD`, no anchors, aliases or tags. Ends with a newline; empty when nothing is filled in.
 */
export function frontmatterYaml(data: CaseStudyDraft | Readonly<Record<string, unknown>>): string {
  const cleaned = compactFrontmatter(data);
  if (Object.keys(cleaned).length === 0) return '';
  const document = new Document(cleaned, { aliasDuplicateObjects: false, version: '1.2' });
  visit(document, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = pair.value;
      if (!isScalar(value) || typeof value.value !== 'string') return;
      // Dates stay plain, as people write them; every YAML parser reads them back as that day.
      if (dateFields.has(key) && isoDatePattern.test(value.value)) value.type = 'PLAIN';
      else if (!readsBackUnquoted(value.value)) value.type = 'QUOTE_DOUBLE';
    },
    Scalar(key, node) {
      // List items (key is a number) have no Pair around them.
      if (typeof key === 'number' && typeof node.value === 'string' && !readsBackUnquoted(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0, indentSeq: true, directives: false });
}

/** A whole case-study file: `---`, the frontmatter YAML, `---`, a blank line and the Markdown body. */
export function caseStudyFile(frontmatter: CaseStudyDraft | Readonly<Record<string, unknown>>, body: string): string {
  const text = body.replace(/\r\n?/g, '\n').replace(/^\n+/, '').trimEnd();
  return `---\n${frontmatterYaml(frontmatter)}---\n\n${text === '' ? '' : `${text}\n`}`;
}

/** The recommended headings of a case study's body (docs/public-interface.md §3), with a prompt under each. */
export const recommendedHeadings: Record<Language, readonly { heading: string; prompt: string }[]> = {
  en: [
    {
      heading: 'Context',
      prompt: 'What was the situation before, and why did your organisation act? Say who was involved.',
    },
    {
      heading: 'What was done',
      prompt: 'What did you do, step by step, and when? Name the policies, contracts or partnerships.',
    },
    {
      heading: 'Outcomes',
      prompt: 'What changed? Give figures with their units, years and sources, and say how they were measured.',
    },
    {
      heading: 'Lessons for other places',
      prompt: 'What would you tell another council starting the same thing? What would you do differently?',
    },
    { heading: 'Next steps', prompt: 'What happens next, and what is still to be done?' },
  ],
  cy: [
    {
      heading: 'Cyd-destun',
      prompt: 'Beth oedd y sefyllfa o’r blaen, a pham y gweithredodd eich sefydliad? Dywedwch pwy oedd yn rhan ohono.',
    },
    {
      heading: 'Beth a wnaed',
      prompt: 'Beth wnaethoch chi, gam wrth gam, a phryd? Enwch y polisïau, y contractau neu’r partneriaethau.',
    },
    {
      heading: 'Canlyniadau',
      prompt:
        'Beth newidiodd? Rhowch ffigurau gyda’u hunedau, eu blynyddoedd a’u ffynonellau, a dywedwch sut y cawsant eu mesur.',
    },
    {
      heading: 'Gwersi i leoedd eraill',
      prompt:
        'Beth fyddech chi’n ei ddweud wrth gyngor arall sy’n dechrau’r un peth? Beth fyddech chi’n ei wneud yn wahanol?',
    },
    { heading: 'Camau nesaf', prompt: 'Beth sy’n digwydd nesaf, a beth sydd i’w wneud o hyd?' },
  ],
};

/** The body `npm run new` and the form start from: the recommended headings, each with its prompt. */
export function recommendedBody(lang: Language = 'en'): string {
  return `${recommendedHeadings[lang].map(({ heading, prompt }) => `## ${heading}\n\n${prompt}\n`).join('\n')}`;
}

/** The top-level line of `field` in a template: `field: ...`, or `# field: ...` when commented out as optional. */
const fieldLine = (field: string) => new RegExp(`^(?:# )?${field}:(?:\\s|$)`);

/**
 * Fills a case-study template (such as `content/case-studies/_template.md`) with `frontmatter`,
 * keeping its notes and layout: each given field replaces the template's line for it (and the
 * indented lines under it), uncommenting an optional `# field:` line; fields the template does
 * not name go at the end; fields not given keep the template's placeholder. The first paragraph
 * of notes (up to the first blank line) is replaced by `header` when one is given, and the body
 * by `body`.
 */
export function fillTemplate(
  template: string,
  frontmatter: CaseStudyDraft | Readonly<Record<string, unknown>>,
  options: { body: string; header?: readonly string[] },
): string {
  const match = /^(?:\uFEFF)?---\n([\s\S]*?\n)?---\n/.exec(template.replace(/\r\n?/g, '\n'));
  if (!match) throw new Error('the template must start with a --- line and have a closing --- line');
  let lines = (match[1] ?? '').replace(/\n$/, '').split('\n');
  if (options.header) {
    const blank = lines.findIndex((line) => line.trim() === '');
    const end = blank === -1 || !lines.slice(0, blank).every((line) => line.startsWith('#')) ? 0 : blank;
    lines = [...options.header, ...lines.slice(end)];
  }
  const record = frontmatter as Record<string, unknown>;
  const extra: string[] = [];
  for (const field of ordered(record, caseStudyFields)) {
    const written = frontmatterYaml({ [field]: record[field] });
    if (written === '') continue;
    const start = lines.findIndex((line) => fieldLine(field).test(line));
    if (start === -1) {
      extra.push(...written.trimEnd().split('\n'));
      continue;
    }
    // What belongs to the field: indented lines (`  - item`), or `#   ` ones when it is commented out.
    const belongs = lines[start]!.startsWith('#') ? /^# {2,}\S/ : /^\s+\S/;
    let end = start + 1;
    while (end < lines.length && belongs.test(lines[end]!)) end += 1;
    lines.splice(start, end - start, ...written.trimEnd().split('\n'));
  }
  return caseStudyFile({}, options.body).replace(/^---\n/, `---\n${[...lines, ...extra].join('\n')}\n`);
}
