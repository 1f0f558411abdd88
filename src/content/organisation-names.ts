/**
 * The organisations' names in both languages (`<content root>/organisations.yml`, optional: a
 * library need not have one), read with where each entry is written, so that a problem with one is
 * reported on its line. The site joins the case studies that name an organisation in either
 * language on one page (`buildOrganisationIndex`); the validator checks that each entry names an
 * organisation some case study names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { organisationNameSchema, type OrganisationName } from '../schema/organisation-names.ts';
import { fileStart, problem, type Position, type Problem } from './problem.ts';

/** The file of a content root that names organisations in both languages. */
export const organisationNamesFile = (root: string) => path.join(root, 'organisations.yml');

/** One entry, with where it is written and where its names are. */
export interface LocatedOrganisationName extends OrganisationName {
  at: Position;
  nameAt: Position;
  cyAt: Position;
}

export interface OrganisationNamesReading {
  file: string;
  names: LocatedOrganisationName[];
  problems: Problem[];
}

/**
 * The entries of `root`'s `organisations.yml` that are well formed, and a located problem for each
 * that is not (or for a file that is not a list). No file: no names, no problems.
 */
export function readOrganisationNames(root: string): OrganisationNamesReading {
  const file = organisationNamesFile(root);
  const reading: OrganisationNamesReading = { file, names: [], problems: [] };
  if (!existsSync(file)) return reading;
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
  const position = (node: Node | null | undefined): Position => {
    if (!node?.range) return fileStart;
    const { line, col } = lineCounter.linePos(node.range[0]);
    return { line, column: col };
  };
  for (const error of document.errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    reading.problems.push(
      problem(file, 'organisation-names', `this is not valid YAML: ${error.message.split('\n')[0]}`, {
        line,
        column: col,
      }),
    );
  }
  if (reading.problems.length > 0) return reading;
  const list = document.contents;
  if (list === null) return reading;
  if (!isSeq(list)) {
    reading.problems.push(
      problem(
        file,
        'organisation-names',
        'the file must be a list of organisations, each "- name: <in English>" with "  cy: <in Welsh>"',
        position(list),
      ),
    );
    return reading;
  }
  for (const item of list.items) {
    const at = position(item as Node);
    const parsed = organisationNameSchema.safeParse((item as Node).toJSON());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        const node = isMap(item) && typeof key === 'string' ? (item.get(key, true) as Node | undefined) : undefined;
        reading.problems.push(problem(file, 'organisation-names', issue.message, node ? position(node) : at));
      }
      continue;
    }
    const map = item as import('yaml').YAMLMap;
    reading.names.push({
      ...parsed.data,
      at,
      nameAt: position(map.get('name', true) as Node),
      cyAt: position(map.get('cy', true) as Node),
    });
  }
  return reading;
}
