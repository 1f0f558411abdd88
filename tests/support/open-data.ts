/**
 * Checks of the open data that the unit tests (on records made from the sample library) and the
 * built-site tests (on `dist/data/`) share: Ajv, a standard JSON Schema validator, with the
 * record's JSON Schema (2020-12) and with the Frictionless Data Package v1 profiles (draft-04),
 * which are vendored in `tests/fixtures/frictionless/` from the `datapackage` npm package
 * (datapackage-js 1.1.10, `src/profiles/`, MIT; the specification's own JSON Schemas), so that no
 * test needs the network; and a reading of each CSV against its table schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { csvRows } from '../../src/integrations/nothing-lost.ts';
import type { TableSchemaField } from '../../src/lib/datapackage.ts';

// ajv-formats is CommonJS: its default export is the plugin itself under Node's ESM loader.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** A validator of records against the record's JSON Schema, with formats (date, uri, email) checked. */
export function recordValidator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (record: unknown): string[] =>
    validate(record) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

const profile = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/frictionless/${name}.json`, import.meta.url), 'utf8')) as object;

/** The profiles compiled, once. */
let compiled: Record<'data-package' | 'tabular-data-resource', ValidateFunction> | undefined;
function profileChecks() {
  if (compiled) return compiled;
  // The profiles use `propertyOrder`, `context` and other annotations of their own: not strict.
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  // A hint to form builders in the profiles ("a multi-line text box"), not a constraint.
  ajv.addFormat('textarea', true);
  compiled = {
    'data-package': ajv.compile(profile('data-package')),
    'tabular-data-resource': ajv.compile(profile('tabular-data-resource')),
  };
  return compiled;
}

/**
 * The problems of a data package descriptor: the package against the Data Package profile, and
 * each resource against its own (`tabular-data-resource`, which holds the Table Schema profile,
 * or `data-resource`), as the Frictionless libraries check a descriptor.
 */
export function dataPackageProblems(descriptor: Record<string, unknown>): string[] {
  const checks = profileChecks();
  const problems: string[] = [];
  const report = (where: string, validate: ValidateFunction, value: unknown) => {
    if (!validate(value))
      for (const error of validate.errors ?? []) problems.push(`${where}${error.instancePath} ${error.message}`);
  };
  report('datapackage.json', checks['data-package'], descriptor);
  const resources = (descriptor.resources ?? []) as Record<string, unknown>[];
  resources.forEach((resource, index) => {
    if (resource.profile === 'tabular-data-resource')
      report(`resources[${index}] (${String(resource.name)})`, checks['tabular-data-resource'], resource);
    else if (resource.profile !== 'data-resource')
      problems.push(`resources[${index}] has the profile ${String(resource.profile)}, which this check does not know`);
  });
  return problems;
}

/** A CSV file's header and rows, its byte-order mark dropped. */
export function readCsv(text: string): { header: string[]; rows: string[][] } {
  const [header = [], ...rows] = csvRows(text);
  return { header, rows };
}

/** The problems of one cell of a column typed `field` (Table Schema v1's rules for its types). */
function cellProblem(field: TableSchemaField, cell: string): string | undefined {
  if (cell === '') return field.constraints?.required ? 'is empty but required' : undefined;
  const numeric = Number(cell);
  switch (field.type) {
    case 'integer':
      if (!/^-?\d+$/.test(cell)) return `"${cell}" is not an integer`;
      break;
    case 'number':
      if (!/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(cell)) return `"${cell}" is not a number`;
      break;
    case 'boolean':
      if (cell !== 'true' && cell !== 'false') return `"${cell}" is not true or false`;
      break;
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(cell) || Number.isNaN(Date.parse(`${cell}T00:00:00Z`)))
        return `"${cell}" is not a date`;
      break;
    case 'string':
      if (field.format === 'uri' && !URL.canParse(cell)) return `"${cell}" is not a web address`;
      break;
  }
  const { enum: values, minimum, maximum } = field.constraints ?? {};
  if (values && !values.map(String).includes(cell)) return `"${cell}" is not one of its values`;
  if (minimum !== undefined && numeric < minimum) return `${cell} is below ${minimum}`;
  if (maximum !== undefined && numeric > maximum) return `${cell} is above ${maximum}`;
  return undefined;
}

/** Every cell of `rows` that its column's type or constraints refuse, with its row and column. */
export function tableProblems(
  fields: readonly TableSchemaField[],
  { header, rows }: ReturnType<typeof readCsv>,
): string[] {
  const problems: string[] = [];
  if (header.join(',') !== fields.map((field) => field.name).join(','))
    problems.push(
      `the header is ${header.join(',')}, not the descriptor's ${fields.map((field) => field.name).join(',')}`,
    );
  rows.forEach((row, index) => {
    if (row.length !== fields.length) problems.push(`row ${index + 2} has ${row.length} cells, not ${fields.length}`);
    fields.forEach((field, column) => {
      const problem = cellProblem(field, row[column] ?? '');
      if (problem) problems.push(`row ${index + 2}, ${field.name}: ${problem}`);
    });
  });
  return problems;
}

/** True when a cell holds JSON text (an object or a list), which a tidy table never does. */
export const holdsJson = (cell: string): boolean => {
  if (!/^[[{]/.test(cell)) return false;
  try {
    return typeof JSON.parse(cell) === 'object';
  } catch {
    return false;
  }
};
