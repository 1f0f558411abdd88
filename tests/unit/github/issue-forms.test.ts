import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { recommendedBody } from '../../../src/lib/case-study-file.ts';
import { issueFormFiles, issueFormTexts, shareFieldIds, shareFields } from '../../../src/github/issue-form.ts';
import { defaultContentRoot, loadTaxonomy } from '../../../src/schema/load-taxonomy.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const taxonomy = loadTaxonomy(defaultContentRoot);

interface Element {
  type: string;
  id?: string;
  attributes: {
    label?: string;
    options?: (string | { label: string; required?: boolean })[];
    multiple?: boolean;
    value?: string;
  };
  validations?: { required?: boolean };
}

const formFile = (name: string) => path.join(repo, '.github/ISSUE_TEMPLATE', name);
const readForm = (name: string) =>
  parse(readFileSync(formFile(name), 'utf8'), { uniqueKeys: true }) as {
    name: string;
    labels?: string[];
    body: Element[];
  };
const share = readForm(issueFormFiles.share);
const report = readForm(issueFormFiles.report);
const element = (form: { body: Element[] }, id: string) => {
  const found = form.body.find((item) => item.id === id);
  if (!found) throw new Error(`the form has no field ${id}`);
  return found;
};
const labelsOf = (terms: { label: string }[]) => terms.map((term) => term.label);

describe('the issue forms', () => {
  test('are the files node scripts/github-forms.ts writes from the taxonomy', () => {
    for (const [name, text] of Object.entries(issueFormTexts(taxonomy, recommendedBody))) {
      expect(readFileSync(formFile(name), 'utf8'), `${name} is out of date: run node scripts/github-forms.ts`).toBe(
        text,
      );
    }
  });

  test('offer exactly the taxonomy’s labels, in its order, as the share form’s choices', () => {
    expect(element(share, 'region').attributes.options).toEqual(labelsOf(taxonomy.regions));
    expect(element(share, 'organisation-type').attributes.options).toEqual(labelsOf(taxonomy.organisationTypes));
    expect(element(share, 'main-theme').attributes.options).toEqual(labelsOf(taxonomy.themes));
    expect(element(share, 'other-themes').attributes.options).toEqual(labelsOf(taxonomy.themes));
    expect(element(share, 'topics').attributes.options).toEqual(labelsOf(taxonomy.topics));
    expect(element(share, 'status').attributes.options).toEqual(labelsOf(taxonomy.statuses));
    expect(element(share, 'evidence').attributes.options).toEqual(labelsOf(taxonomy.evidenceLevels));
    expect(element(share, 'topics').attributes.multiple).toBe(true);
    expect(element(share, 'other-themes').attributes.multiple).toBe(true);
  });

  test('ask for every required field of the public interface, as required answers', () => {
    const required = share.body.filter((item) => item.validations?.required).map((item) => item.id);
    expect(required).toEqual(
      expect.arrayContaining([
        'case-study-title',
        'summary',
        'place',
        'region',
        'organisation',
        'organisation-type',
        'main-theme',
        'started',
        'status',
        'sources',
        'case-study-text',
      ]),
    );
    expect(element(share, 'licence').attributes.options).toEqual([expect.objectContaining({ required: true })]);
    expect(element(share, 'case-study-text').attributes.value).toBe(recommendedBody('en'));
  });

  test('label every field once, with ids GitHub accepts for pre-filled links', () => {
    for (const form of [share, report]) {
      const fields = form.body.filter((item) => item.type !== 'markdown');
      const ids = fields.map((item) => item.id!);
      const labels = fields.map((item) => item.attributes.label!);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(labels).size).toBe(labels.length);
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
      // These query parameters already mean the issue's own fields in a link to a new issue.
      for (const reserved of ['title', 'body', 'labels', 'assignees', 'milestone', 'projects', 'template'])
        expect(ids).not.toContain(reserved);
      // GitHub rejects checkboxes with field-level validations.
      for (const item of fields.filter((field) => field.type === 'checkboxes'))
        expect(item.validations).toBeUndefined();
    }
    expect(
      share.body.filter((item) => item.type !== 'markdown').map((item) => [item.id, item.attributes.label]),
    ).toEqual(
      Object.keys(shareFields).map((key) => [
        shareFieldIds[key as keyof typeof shareFields],
        shareFields[key as keyof typeof shareFields],
      ]),
    );
  });

  test('let a case-study page fill in the problem report’s page and file', () => {
    expect(element(report, 'page')).toMatchObject({ type: 'input', validations: { required: true } });
    expect(element(report, 'file')).toMatchObject({ type: 'input' });
    expect(report.name).toBe('Report a problem with a page');
    expect(share.labels).toEqual(['case-study']);
  });
});
