/**
 * The organisations named in both languages (`content/organisations.yml`): each entry must name an
 * organisation some case study names (as its `organisation` or among its `partners`), in English as
 * `name`, so that it joins the Welsh name to a page that exists; and no name may be given twice,
 * which would leave two pages claiming it.
 */
import type { OrganisationNamesReading } from '../content/organisation-names.ts';
import { problem, type Problem } from '../content/problem.ts';
import { organisationKey } from '../lib/organisations.ts';
import type { CaseStudyFacts } from './library-rules.ts';

/** The organisations the case studies of `library` name, by `organisationKey`. */
function namedOrganisations(library: ReadonlyMap<string, CaseStudyFacts>): Set<string> {
  const named = new Set<string>();
  for (const { data } of library.values()) {
    if (typeof data?.organisation === 'string') named.add(organisationKey(data.organisation));
    if (Array.isArray(data?.partners))
      for (const partner of data.partners) if (typeof partner === 'string') named.add(organisationKey(partner));
  }
  return named;
}

/** Every problem of `reading` (what could not be read, and what points nowhere or twice) against the case studies of `library`. */
export function checkOrganisationNames(
  reading: OrganisationNamesReading,
  library: ReadonlyMap<string, CaseStudyFacts>,
): Problem[] {
  const problems = [...reading.problems];
  const named = namedOrganisations(library);
  const given = new Map<string, number>();
  for (const entry of reading.names) {
    const key = organisationKey(entry.name);
    if (!named.has(key))
      problems.push(
        problem(
          reading.file,
          'organisation-names',
          `no case study names "${entry.name}" (as organisation or partner), so its Welsh name "${entry.cy}" points nowhere: write the English name as a case study spells it, or remove the entry`,
          entry.nameAt,
        ),
      );
    for (const [name, at] of [
      [entry.name, entry.nameAt],
      [entry.cy, entry.cyAt],
    ] as const) {
      const earlier = given.get(organisationKey(name));
      if (earlier !== undefined)
        problems.push(
          problem(
            reading.file,
            'organisation-names',
            `"${name}" is already given on line ${earlier}: name each organisation once, in one entry`,
            at,
          ),
        );
      else given.set(organisationKey(name), at.line);
    }
  }
  return problems;
}
