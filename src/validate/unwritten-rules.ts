/**
 * The rule `unwritten-text`: a summary or a text that still holds the prompts a case study starts
 * from (the template's, `npm run new`'s, the forms') or a placeholder such as "to fill in" is not
 * written yet, and is refused where the prompt is. Which prompts there are is
 * `src/lib/unwritten-text.ts`'s to say, for the form and `npm run new` as for the validator.
 */
import { problem, type Position, type Problem } from '../content/problem.ts';
import { quotedPrompt, unwrittenPassages, type UnwrittenPassage } from '../lib/unwritten-text.ts';
import type { YamlFrontmatter } from './frontmatter.ts';

/** The rule's name, which the contribution form and the issue robot also know it by. */
export const unwrittenRule = 'unwritten-text';

const describe = (passage: UnwrittenPassage, where: string) =>
  passage.kind === 'prompt'
    ? `${where} still holds the prompt "${quotedPrompt(passage.prompt)}": replace it with your own words`
    : `${where} still holds the placeholder "${passage.prompt}": replace it with your own words`;

/**
 * The prompts and placeholders left in a file's summary and text, each where it is written; `locate`
 * turns an offset into the body's text into its place in the file.
 */
export function checkUnwritten(
  file: string,
  data: Readonly<Record<string, unknown>> | undefined,
  yaml: YamlFrontmatter | undefined,
  body: { text: string; locate: (offset: number) => Position },
): Problem[] {
  const problems: Problem[] = [];
  if (typeof data?.summary === 'string' && yaml) {
    const passages = unwrittenPassages(data.summary, 'summary');
    // Where the summary is costs a full parse of the front matter: asked only when a prompt is left.
    if (passages.length > 0) {
      const { at } = yaml.locatePath(['summary']);
      for (const passage of passages) problems.push(problem(file, unwrittenRule, describe(passage, 'the summary'), at));
    }
  }
  for (const passage of unwrittenPassages(body.text, 'body')) {
    problems.push(problem(file, unwrittenRule, describe(passage, 'the text'), body.locate(passage.offset)));
  }
  return problems;
}
