/**
 * What the contribution form checks its answers with and writes its file with: the one case-study
 * schema (zod), the validator's messages and the YAML writer, most of the form's script. Loaded by
 * `contribute.ts` only once the form is near the screen or used (issue 15: on a slow phone,
 * loading it with the page held the main thread for 300–500 ms while the reader was still reading
 * the page's guidance above the form).
 */
// First, so that zod is configured before any schema is made (see the module).
import './zod-without-eval.ts';
import type { ProblemWords } from '../i18n/index.ts';
import { caseStudyFile, recommendedBody } from '../lib/case-study-file.ts';
import { createCaseStudySchema } from '../schema/case-study.ts';
import { slugFromTitle } from '../schema/slug.ts';
import type { Language, Taxonomy } from '../schema/taxonomy.ts';
import { formProblems, frontmatterFromValues, type FormProblem } from './contribute-draft.ts';
import { caseStudyPath, githubNewFileUrl, maxUrlLength, type FormValues } from './contribute-state.ts';

export { recommendedBody };

/** What the page tells the checks: the vocabularies, its language and the words of its problems. */
export interface CheckData {
  lang: Language;
  taxonomy: Taxonomy;
  problems: ProblemWords;
  fileNameLabel: string;
}

/** The form's answers checked: the file they make, where it goes on GitHub, and every problem. */
export interface CheckedForm {
  text: string;
  slug: string;
  filePath: string;
  /** GitHub's new-file page with the file, or with only its name when the file is too long for a link. */
  githubUrl: string;
  /** The whole file fits in GitHub's link. */
  fits: boolean;
  problems: FormProblem[];
}

/** Where the form's file goes on GitHub. */
export interface Repository {
  url: string;
  branch: string;
}

/** Builds the schema once (a few hundred milliseconds on a slow phone) and returns the check of the answers. */
export function formChecks(data: CheckData, repository: Repository) {
  const schema = createCaseStudySchema(data.taxonomy);
  return (values: FormValues, controls: ReadonlySet<string>, existing: ReadonlySet<string>): CheckedForm => {
    const slug = String(values.slug ?? '').trim();
    // Every problem at once, the rules between answers included, in the contributor's words.
    const problems = formProblems(values, {
      schema,
      controls,
      existing,
      lang: data.lang,
      words: data.problems,
      fileNameLabel: data.fileNameLabel,
      taxonomy: data.taxonomy,
    });
    const text = caseStudyFile(frontmatterFromValues(values), String(values.body ?? ''));
    const filePath = caseStudyPath(slug || slugFromTitle(String(values.title ?? '')) || 'file-name');
    const url = githubNewFileUrl(repository.url, repository.branch, filePath, text);
    const fits = url.length <= maxUrlLength;
    const githubUrl = fits
      ? url
      : githubNewFileUrl(repository.url, repository.branch, filePath, '').replace(/&value=$/, '');
    return { text, slug, filePath, githubUrl, fits, problems };
  };
}

export type FormChecks = ReturnType<typeof formChecks>;
