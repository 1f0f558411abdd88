/**
 * What the contribution form needs before it checks anything: its values, rows, saved draft,
 * control ids and GitHub links. No schema, YAML or validator messages: `contribute.ts` imports this
 * at once and the checks (`contribute-check.ts`) only when the form is reached or used (issue 15).
 * `contribute-draft.ts` re-exports it all, as the form's model for Node and its unit tests.
 */

/** What the form holds, by control name: text as typed; ticked boxes of a group as a list. */
export type FormValues = Record<string, string | string[]>;

/** The groups of repeated rows. */
export type RowGroup = 'outcomes' | 'sources';

/** Controls whose boxes can be ticked together: their values arrive as a list. */
export const multipleValueControls = new Set(['themes.other', 'topics']);

/** The indices of the rows of `group` that have any control in `values`, in order. */
export function rowIndices(values: FormValues, group: RowGroup): number[] {
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  const indices = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = pattern.exec(name);
    if (match) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b);
}

/** GitHub's "new file" page with the file's name and text filled in, where a contributor proposes it. */
export function githubNewFileUrl(repositoryUrl: string, branch: string, filePath: string, text: string): string {
  const keepSlashes = (part: string) => encodeURIComponent(part).replace(/%2F/g, '/');
  return `${repositoryUrl}/new/${keepSlashes(branch)}?filename=${keepSlashes(filePath)}&value=${encodeURIComponent(text)}`;
}

/**
 * Longer URLs than this may be cut off by browsers, proxies or GitHub itself; the form then
 * offers copy and download instead.
 */
export const maxUrlLength = 8000;

/** Where the case study will live in the repository. */
export const caseStudyPath = (slug: string) => `content/case-studies/${slug}.md`;

/** The draft kept in the browser between visits. */
export interface StoredDraft {
  version: 1;
  values: FormValues;
  /** True once the contributor has typed their own file name, which then no longer follows the title. */
  slugEdited: boolean;
}

export const draftStorageKey = 'cwb-contribute-draft';

/** The saved draft in `text`, or undefined when there is none or it cannot be trusted. */
export function parseStoredDraft(text: string | null): StoredDraft | undefined {
  if (!text) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { version, values, slugEdited } = data as Record<string, unknown>;
  if (version !== 1 || typeof values !== 'object' || values === null) return undefined;
  const clean: FormValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string') clean[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) clean[name] = value;
  }
  return { version: 1, values: clean, slugEdited: slugEdited === true };
}

/** The element id of the control named `name` (`sources.0.title` → `cf-sources-0-title`); its error is `<id>-error`. */
export const controlId = (name: string) => `cf-${name.replace(/[^a-zA-Z0-9_]+/g, '-')}`;
