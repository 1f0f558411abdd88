/**
 * Writing a how-to guide's file (docs/public-interface.md §10): its front matter in the order §10 lists the
 * fields, and the recommended headings of its text. Used by `npm run new -- --guide` and the
 * benchmark's generator, so that both write guides the validator then checks like any other.
 */
import { guideFields, type GuideInput } from '../schema/guide.ts';
import type { Language } from '../schema/taxonomy.ts';
import { caseStudyFile } from './case-study-file.ts';

/** The recommended headings of a guide's text, with a prompt under each. */
export const recommendedGuideHeadings: Record<Language, readonly { heading: string; prompt: string }[]> = {
  en: [
    {
      heading: 'What you need before you start',
      prompt: 'The people, data and decisions a council needs in place first.',
    },
    { heading: 'Step by step', prompt: '1. The first thing to do, and which case study shows it done.' },
    {
      heading: 'Things to watch',
      prompt: 'What went wrong or surprised the places that did it, and how they dealt with it.',
    },
  ],
  cy: [
    {
      heading: 'Beth sydd ei angen cyn dechrau',
      prompt: "Y bobl, y data a'r penderfyniadau sydd eu hangen yn gyntaf.",
    },
    { heading: 'Cam wrth gam', prompt: "1. Y peth cyntaf i'w wneud, a pha astudiaeth achos sy'n dangos hynny." },
    { heading: "Pethau i'w gwylio", prompt: "Beth aeth o chwith neu a synnodd y lleoedd a'i gwnaeth." },
  ],
};

/** The body `npm run new -- --guide` writes: the recommended headings, each with its prompt. */
export function recommendedGuideBody(lang: Language = 'en'): string {
  return recommendedGuideHeadings[lang].map(({ heading, prompt }) => `## ${heading}\n\n${prompt}\n`).join('\n');
}

/**
 * A whole guide file: `---`, the front matter, `---`, a blank line and the body. The fields a guide
 * shares with a case study are written as a case study's are (quoted where YAML could misread them);
 * `cases`, a guide's own, comes after them.
 */
export function guideFile(data: Partial<GuideInput>, body: string): string {
  const record = data as Record<string, unknown>;
  const known = Object.fromEntries(
    guideFields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]),
  );
  return caseStudyFile(known, body);
}
