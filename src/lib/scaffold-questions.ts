/**
 * The questions `npm run new` asks, and the flags that answer them without a terminal: one for
 * each field whose description has `cli`, in the fields' order, with the words of its
 * description. Pure, so that a test can see a field added to the descriptions become a question.
 */
import {
  caseStudyFieldList,
  fieldVocabulary,
  fieldWords,
  type AnswerKind,
  type FieldDescription,
  type FieldList,
  type VocabularyName,
} from '../schema/fields.ts';
import type { Language } from '../schema/taxonomy.ts';

export interface ScaffoldQuestion {
  field: FieldDescription;
  /** The front-matter field it fills. */
  name: string;
  /** Its flag, without `--`. */
  flag: string;
  /** The question. */
  message: string;
  /** For a main choice and others: the second question. */
  others?: string;
  placeholder?: string;
  /** What to say when a required answer is left empty. */
  missing?: string;
  /** Whether it must be answered (by its flag, without a terminal). */
  required: boolean;
  /** The answer when none is given. */
  default?: string;
  kind: AnswerKind;
  vocabulary?: VocabularyName;
  /** True when the flag may be repeated (lists of ids). */
  multiple: boolean;
}

/** `npm run new`'s questions for `fields`, in order, in `lang` (`--lang cy` asks in Welsh). */
export function scaffoldQuestions(fields: FieldList = caseStudyFieldList, lang: Language = 'en'): ScaffoldQuestion[] {
  return fields.flatMap((field) => {
    if (!field.cli) return [];
    const words = fieldWords(field, lang);
    const vocabulary = fieldVocabulary(field);
    const placeholder = words.cli?.example ?? words.example;
    const missing = words.cli?.missing;
    return [
      {
        field,
        name: field.name,
        flag: field.cli.flag,
        message: words.cli?.question ?? words.label,
        ...(words.cli?.others === undefined ? {} : { others: words.cli.others }),
        ...(placeholder === undefined ? {} : { placeholder }),
        ...(missing === undefined ? {} : { missing }),
        required: field.required === true && field.cli.default === undefined,
        ...(field.cli.default === undefined ? {} : { default: field.cli.default }),
        kind: field.answer,
        ...(vocabulary ? { vocabulary } : {}),
        multiple: field.answer === 'choices',
      },
    ];
  });
}
