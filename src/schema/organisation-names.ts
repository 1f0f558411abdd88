/**
 * One organisation named in two languages (`content/organisations.yml`): a case study in Welsh may
 * call it "Cyngor Caerdydd" where the English calls it "Cardiff Council", and both mean one
 * organisation page, named in the language of the interface showing it. Each entry gives the
 * name in English (`name`, as the case studies write it) and in Welsh (`cy`).
 */
import { z } from 'zod';

const nameText = (what: string) =>
  z
    .string({ error: `${what} must be text: the organisation's name as the case studies write it` })
    .trim()
    .min(1, { error: `${what} must not be empty` })
    .max(200, { error: `${what} must be at most 200 characters` });

/** One entry of the file. */
export const organisationNameSchema = z.strictObject(
  {
    name: nameText('name'),
    cy: nameText('cy'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key ${issue.keys.map((key) => `"${key}"`).join(', ')}: an entry has only name (in English) and cy (in Welsh)`
        : 'each entry must be a name (in English) and its cy (in Welsh), such as "- name: Cardiff Council" then "  cy: Cyngor Caerdydd"',
  },
);

/** The organisation named `name` in English and `cy` in Welsh. */
export type OrganisationName = z.infer<typeof organisationNameSchema>;
