/**
 * Reading the values of a case study's front matter as Astro reads them: js-yaml 4's `load` of
 * the text between the delimiters (split.ts). Only YAML is read, and nothing in it is run: the
 * splitter refuses every other front-matter language before any text gets here.
 */
import yaml from 'js-yaml';

/** The values js-yaml reads from `raw`; throws a `YAMLException` when it cannot be read. */
export const frontmatterValues = (raw: string): unknown => yaml.load(raw);

/** Whether front-matter values mark a draft (docs/public-interface.md §3): `draft: true`, and nothing else. */
export const isDraft = (values: unknown): boolean =>
  typeof values === 'object' && values !== null && (values as { draft?: unknown }).draft === true;
