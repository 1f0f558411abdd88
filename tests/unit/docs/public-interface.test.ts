/**
 * docs/public-interface.md says what contributors, readers, deployers and outside tools may rely on.
 * Where what it says can be read off the code, these tests read it off and compare: the commands,
 * the environment, the front-matter fields, the vocabularies, the HTML and MDX a body may use, the
 * validator's formats, the addresses, the search parameters and the index's filters, sorts and meta.
 * A change to one without the other fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { caseStudyOrders } from '../../../src/lib/case-studies.ts';
import { pagefindUrl } from '../../../src/lib/urls.ts';
import { searchFilterNames, searchMeta, searchSort } from '../../../src/lib/search-record.ts';
import { parseSearchParams, searchParamsOf, searchSorts } from '../../../src/lib/search-query.ts';
import { caseStudyFields } from '../../../src/schema/case-study.ts';
import { createGuideSchema, guideFields } from '../../../src/schema/guide.ts';
import { mdxComponents } from '../../../src/schema/mdx-components.ts';
import type { Term } from '../../../src/schema/taxonomy.ts';
import { facetOrder } from '../../../src/schema/vocabularies.ts';
import { formatJson, outputFormats } from '../../../src/validate/format.ts';
import { allowedElements } from '../../../src/validate/html-policy.ts';
import { problem } from '../../../src/content/problem.ts';
import { caseStudySchema, minimalCaseStudyData, taxonomy } from '../../support/case-study.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const doc = readFileSync(path.join(repo, 'docs/public-interface.md'), 'utf8');

/** The text of `## §n …`, up to the next `## ` heading. */
function section(n: number): string {
  const start = doc.search(new RegExp(`^## §${n} `, 'm'));
  if (start === -1) throw new Error(`docs/public-interface.md has no section §${n}`);
  const end = doc.slice(start + 1).search(/^## /m);
  return end === -1 ? doc.slice(start) : doc.slice(start, start + 1 + end);
}

/** The text of `### title` in `text`, up to the next heading. */
function subsection(text: string, title: string): string {
  const heading = `\n### ${title}\n`;
  const start = text.indexOf(heading);
  if (start === -1) throw new Error(`no subsection "${title}"`);
  const rest = text.slice(start + heading.length);
  const end = rest.search(/^##/m);
  return end === -1 ? rest : rest.slice(0, end);
}

/** The cells of a Markdown table row; `\|` is a bar inside a cell. */
const cells = (line: string) =>
  line
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

/** Every table in `text`: its header's cells and its rows' cells. */
function tables(text: string): { header: string[]; rows: string[][] }[] {
  const found: { header: string[]; rows: string[][] }[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.startsWith('|') || !lines[index + 1]?.startsWith('| ---')) continue;
    const header = cells(lines[index]!);
    const rows: string[][] = [];
    for (index += 2; lines[index]?.startsWith('|'); index++) rows.push(cells(lines[index]!));
    found.push({ header, rows });
  }
  return found;
}

/** The one table in `text` whose first column is headed `first`. */
function table(text: string, first: string): string[][] {
  const matching = tables(text).filter((candidate) => candidate.header[0] === first);
  if (matching.length !== 1) throw new Error(`expected one table headed "${first}", found ${matching.length}`);
  return matching[0]!.rows;
}

/** The code spans of `text`, in order. */
const codes = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative)).flatMap((name) => {
    const child = relative ? `${relative}/${name}` : name;
    return statSync(path.join(dir, child)).isDirectory() ? filesUnder(dir, child) : [child];
  });
}

describe('§1 commands', () => {
  const packageJson = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };

  test('lists every npm script of package.json, and nothing that is not one', () => {
    const listed = table(section(1), 'command').map(([command]) => /^`npm (?:run )?([\w:-]+)/.exec(command!)![1]!);

    expect(listed.filter((name) => name !== 'ci').sort()).toEqual(Object.keys(packageJson.scripts).sort());
  });

  test('documents only environment variables that the code reads', () => {
    const code = ['src', 'scripts']
      .flatMap((dir) => filesUnder(path.join(repo, dir)).map((file) => path.join(repo, dir, file)))
      .concat(path.join(repo, 'astro.config.ts'))
      .filter((file) => /\.(ts|astro)$/.test(file))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const variables = table(section(1), 'variable').flatMap(([names]) => codes(names!));

    expect(variables).toEqual(['CONTENT_DIR', 'SITE_URL', 'BASE_PATH', 'REPOSITORY_URL', 'REPOSITORY_BRANCH']);
    for (const variable of variables) expect(code, variable).toMatch(new RegExp(`env\\.${variable}\\b`));
  });

  test("names the validator's output formats", () => {
    const validate = table(section(1), 'command').find(([command]) => command!.startsWith('`npm run validate'))!;

    expect(/--format ([\w|]+)/.exec(validate[0]!)![1]!.split('|')).toEqual([...outputFormats]);
  });
});

describe('§3 front matter', () => {
  /** The schema inside optional, default and list wrappers. */
  const inner = (schema: unknown): { shape: Record<string, { safeParse(value: unknown): { success: boolean } }> } => {
    let current = schema as { def: { type: string; innerType?: unknown; element?: unknown } };
    while (['optional', 'default', 'array'].includes(current.def.type))
      current = (current.def.innerType ?? current.def.element) as typeof current;
    return current as unknown as ReturnType<typeof inner>;
  };
  const isRequired = (schema: { safeParse(value: unknown): { success: boolean } }) =>
    !schema.safeParse(undefined).success;
  const [fields, outcome, source, contact, image] = tables(section(3))
    .filter((candidate) => candidate.header[0] === 'field')
    .map((candidate) => candidate.rows);

  test('lists every field of the schema, in its order, and no other', () => {
    const listed = fields!.map(([field]) => codes(field!)[0]);

    expect(listed).toEqual([...caseStudyFields]);
    expect(Object.keys(caseStudySchema.shape).sort()).toEqual([...listed].sort());
  });

  test('says "yes" under required exactly for the fields the schema requires', () => {
    const required = fields!.filter(([, , isYes]) => isYes === 'yes').map(([field]) => codes(field!)[0]);

    expect(required).toEqual(caseStudyFields.filter((field) => isRequired(caseStudySchema.shape[field])));
  });

  test.each([
    ['outcome', () => outcome!, 'outcomes'],
    ['source', () => source!, 'sources'],
    ['contact', () => contact!, 'contact'],
    ['picture', () => image!, 'image'],
  ] as const)('lists the fields of a %s and which are required', (_name, rows, field) => {
    const shape = inner(caseStudySchema.shape[field]).shape;

    expect(rows().map(([name]) => codes(name!)[0])).toEqual(Object.keys(shape));
    expect(rows().map(([, , required]) => required === 'yes')).toEqual(Object.values(shape).map(isRequired));
  });
});

describe('§4 vocabularies', () => {
  const idsAndLabels = (terms: readonly Term[]) => terms.map((term) => [term.id, term.label]);
  const rowsOf = (title: string) =>
    table(subsection(section(4), title), 'id').map(([id, ...rest]) => [codes(id!)[0], ...rest]);

  test.each([
    ['Themes', taxonomy.themes],
    ['Nations', taxonomy.nations],
    ['Organisation types', taxonomy.organisationTypes],
    ['Statuses', taxonomy.statuses],
    ['Evidence levels', taxonomy.evidenceLevels],
  ])('the table of %s is content/taxonomy, in its order', (title, terms) => {
    expect(rowsOf(title)).toEqual(idsAndLabels(terms));
  });

  test('the table of regions is content/taxonomy, with the label of each nation', () => {
    const nationLabel = (id: string) => taxonomy.nations.find((nation) => nation.id === id)!.label;

    expect(rowsOf('Regions')).toEqual(
      taxonomy.regions.map((region) => [region.id, region.label, nationLabel(region.nation)]),
    );
  });

  test('england-wide, marked not built yet, is not yet a region', () => {
    expect(subsection(section(4), 'Regions')).toMatch(/\*\*Not built yet:\*\* `england-wide`/);
    expect(taxonomy.regions.map((region) => region.id)).not.toContain('england-wide');
  });

  test('every topic it names is in content/taxonomy/topics.yml', () => {
    const named = codes(subsection(section(4), 'Topics')).filter((code) => /^[a-z0-9-]+$/.test(code));
    const topics = taxonomy.topics.map((topic) => topic.id);

    expect(named.length).toBeGreaterThanOrEqual(29);
    for (const id of named) expect(topics).toContain(id);
  });
});

describe('§5 HTML and MDX', () => {
  test('lists exactly the HTML elements the validator allows', () => {
    const list = /Only harmless elements may be written as HTML:\n\n([\s\S]+?)\n\n/.exec(section(5))![1]!;

    expect(codes(list).sort()).toEqual([...allowedElements].sort());
  });

  test('lists exactly the MDX components the site provides, with their attributes', () => {
    const rows = table(section(5), 'component');

    expect(rows.map(([name]) => codes(name!)[0])).toEqual(Object.keys(mdxComponents));
    for (const [name, attributes] of rows)
      expect(codes(attributes!)).toEqual(
        expect.arrayContaining([...mdxComponents[codes(name!)[0] as keyof typeof mdxComponents]]),
      );
  });
});

describe('§6 validator output', () => {
  test('the JSON format has the keys it lists', () => {
    const keys = /a JSON array of `\{ ([\w, ]+) \}`/.exec(section(6))![1]!.split(', ');
    const written = JSON.parse(formatJson([problem('/tmp/preston.md', 'region', 'a message')])) as object[];

    expect(Object.keys(written[0]!)).toEqual(keys);
  });
});

describe('§8 site URLs', () => {
  /** What Astro serves a file of src/pages/ at, as a pattern: `[id]` is one segment, `[...page]` any (or none). */
  const routes = filesUnder(path.join(repo, 'src/pages')).map((file) => {
    const isEndpoint = file.endsWith('.ts');
    const route = `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`;
    const pattern = route
      .split('/')
      .map((segment) =>
        segment.startsWith('[...') ? '(?:[^/]+/)*' : segment.startsWith('[') ? '[^/]+/' : `${segment}/`,
      )
      .join('')
      .replace(/^\/*/, '/')
      .replace(/\/\/+/g, '/');
    return {
      file,
      matches: new RegExp(`^${isEndpoint ? pattern.replace(/\/$/, '') : pattern}$`),
    };
  });
  /** Files an integration writes rather than a page. */
  const written = ['/sitemap-index.xml'];
  const rows = table(section(8), 'URL');
  /** The addresses of a row, with `<slug>` and the like filled in and any query left off. */
  const addresses = (cell: string) =>
    codes(cell)
      .filter((url) => !url.startsWith('/cy/'))
      .map((url) => url.replace(/\?.*$/, '').replace(/<[^>]+>/g, 'sample'));
  const served = (url: string) => written.includes(url) || routes.some((route) => route.matches.test(url));

  test('every address not marked "not built yet" is a page of src/pages/', () => {
    const built = rows.filter(([, , status]) => status !== 'not built yet').flatMap(([url]) => addresses(url!));

    expect(built.filter((url) => !served(url))).toEqual([]);
  });

  test('no address marked "not built yet" is a page yet', () => {
    const planned = rows.filter(([, , status]) => status === 'not built yet').flatMap(([url]) => addresses(url!));

    // Every planned address is built now (the selection was the last, issue 17); a new one joins here.
    expect(planned.filter(served)).toEqual([]);
  });

  test('every page of src/pages/ is in the table, but for 404 and the later pages of lists', () => {
    const documented = rows
      .flatMap(([url]) => codes(url!))
      .map((url) => new RegExp(`^${url.replace(/\?.*$/, '').replace(/<[^>]+>/g, '[^/]+')}$`));
    const samples = routes
      .map(({ file }) => file)
      .filter((file) => !/^(cy\/)?404\.astro$/.test(file) && !/(^|\/)page\//.test(file))
      .map((file) => ({
        file,
        url: `/${file
          .replace(/\.(astro|ts)$/, '')
          .replace(/(^|\/)index$/, '')
          .replace(/\/?\[\.\.\.[^\]]+\]$/, '')
          .replace(/\[[^\]]+\]/g, 'sample')}${file.endsWith('.ts') ? '' : '/'}`.replace(/\/\/+/g, '/'),
      }));

    // A page of the Welsh interface is the `/cy/…` row's twin of the English page at the rest of its path.
    const welshRow = rows.some(([url]) => url === '`/cy/…`');
    const isDocumented = (url: string): boolean =>
      documented.some((pattern) => pattern.test(url)) ||
      (welshRow && url.startsWith('/cy/') && isDocumented(url.slice(3)));

    expect(samples.filter(({ url }) => !isDocumented(url))).toEqual([]);
  });

  test('the other orders of the list of case studies are those it names', () => {
    const row = rows.find(([url]) => url === '`/case-studies/by/<order>/`')!;

    expect(codes(row[1]!).slice(1)).toEqual(caseStudyOrders.filter((order) => order !== 'newest'));
  });

  test('the search page reads every parameter of the search address, and writes each back', () => {
    const address = codes(/\*\*Search address\.\*\* (`[^`]+`)/.exec(section(8))![1]!)[0]!;
    const documented = new URLSearchParams(
      address
        .replace(/^[^?]*\?/, '')
        .replace('<order>', 'newest')
        .replace(/<[^>]+>/g, 'sample'),
    );

    const written = new URLSearchParams(searchParamsOf(parseSearchParams(documented)));

    expect([...written.keys()].sort()).toEqual([...documented.keys()].sort());
    expect([...documented.keys()].sort()).toEqual(['q', ...facetOrder, 'sort'].sort());
  });

  test('the sort orders it names are the search page’s, besides best match', () => {
    const sentence = /`sort`\s+is ([^.]+)\./.exec(section(8))![1]!;

    expect(codes(sentence)).toEqual(Object.keys(searchSorts).filter((sort) => sort !== 'relevance'));
  });
});

describe('§9 search index', () => {
  test('lists the filters of the index, in order', () => {
    expect(table(section(9), 'filter').map(([name]) => codes(name!)[0])).toEqual([...searchFilterNames]);
  });

  test('lists the sorts of the index', () => {
    expect(table(section(9), 'sort').map(([name]) => codes(name!)[0])).toEqual(
      Object.keys(searchSort(minimalCaseStudyData)),
    );
  });

  test('lists every meta field a case study carries', () => {
    const listed = table(section(9), 'meta').flatMap(([names]) => codes(names!));

    expect(listed).toEqual(expect.arrayContaining(Object.keys(searchMeta(minimalCaseStudyData))));
  });

  test('puts the index at <base>/pagefind/', () => {
    expect(section(9)).toContain('`<base>/pagefind/`');
    expect(pagefindUrl('/cwb/')).toBe('/cwb/pagefind/');
  });
});

describe('§10 guides', () => {
  const [fields] = tables(section(10))
    .filter((candidate) => candidate.header[0] === 'field')
    .map((candidate) => candidate.rows);
  const shape = createGuideSchema(taxonomy).shape;
  const listed = fields!.flatMap(([field]) => codes(field!));

  test('lists every field of the guide schema, in its order, and no other', () => {
    expect(listed).toEqual([...guideFields]);
    expect(Object.keys(shape).sort()).toEqual([...listed].sort());
  });

  test('says "yes" under required exactly for the fields the schema requires', () => {
    const required = fields!.filter(([, , isYes]) => isYes === 'yes').flatMap(([field]) => codes(field!));
    const requiredByShape = guideFields.filter(
      (field) => !(shape[field] as { safeParse(value: unknown): { success: boolean } }).safeParse(undefined).success,
    );

    // lang, translationOf, published, updated and draft share one row, "as in §3": published is required.
    expect([...required, 'published']).toEqual(requiredByShape);
  });

  test('its pages exist', () => {
    expect(readdirSync(path.join(repo, 'src/pages/guides')).sort()).toEqual(['[slug].astro', 'index.astro']);
  });
});

describe('§11 places like mine, what it took, still true', () => {
  test('lists the size bands of the vocabulary, ids and labels, in order', () => {
    expect(table(section(11), 'id').map(([id, label]) => [codes(id!)[0], label])).toEqual(
      taxonomy.sizeBands.map((band) => [band.id, band.label]),
    );
  });

  test('lists the optional fields it adds to §3, each of which is in the schema', () => {
    const listed = table(section(11), 'field')
      .map(([field]) => codes(field!)[0]!)
      .filter((field) => !field.includes('.'));

    expect(listed).toEqual(['resources', 'transferability', 'reviewed', 'withdrawn']);
    for (const field of listed) expect(caseStudyFields).toContain(field);
  });
});
