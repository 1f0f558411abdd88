/**
 * node scripts/bench/relevance-table.ts [--out FILE.json] [--before FILE.json] [--content DIR]
 *
 * The relevance table of issue 15: for realistic queries a council officer might type, how many
 * case studies the search finds and its first three, on a library (the sample library by default,
 * `--content` or CONTENT_DIR for another, such as the benchmark's generated one). It builds the
 * same index the dev server serves (`buildDevBundle`, published case studies only) and runs
 * Pagefind's own browser script in Node with the search page's options and filters, so the answer
 * is the search page's answer without a browser. `--out` saves the table as JSON; `--before` puts
 * a saved table beside this one (counts and top three, before → after) as a Markdown table.
 *
 * A measurement, not a test: tests/browser/search-relevance.test.ts holds the rules.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot } from '../../src/content/paths.ts';
import { buildDevBundle, type BundleFiles } from '../../src/integrations/pagefind-dev.ts';
import { caseStudyFilters, parseSearchParams } from '../../src/lib/search-query.ts';
import { pagefindOptions } from '../../src/lib/search-ranking.ts';
import { withoutTriggers } from '../../src/lib/welsh-mutation.ts';

/** Queries a councillor or officer would type: subjects, places, organisations, phrases, Welsh. */
export const relevanceQueries = [
  'living wage',
  'procurement',
  'co-operative',
  'community land trust',
  'pension fund',
  'insourcing',
  'brought back in-house',
  'anchor institutions',
  'social value',
  'credit union',
  'municipal energy',
  'local supply chains',
  'employee ownership',
  'spend analysis',
  'community wealth fund',
  'social enterprise',
  'net zero',
  'housing',
  'fair work',
  'Preston',
  'North Ayrshire',
  'Islington Council',
  'community bank',
  'council-owned energy company',
  'gwariant y cyngor',
  'Wales',
];

export interface RelevanceRow {
  query: string;
  count: number;
  top: string[];
}

interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: object): Promise<{ results: { data(): Promise<{ url: string }> }[] } | null>;
}

const origin = 'http://bundle.invalid/pagefind/';

/** Pagefind's browser script over `files`, answering its fetches from memory. */
async function loadBundle(files: BundleFiles): Promise<{ api: Pagefind; done: () => void }> {
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    const name = url.startsWith(origin) ? (url.slice(origin.length).split('?')[0] ?? '') : '';
    const file = files.get(name);
    if (!file) return new Response(null, { status: 404 });
    const type = name.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return new Response(new Uint8Array(file), { headers: { 'content-type': type } });
  }) as typeof fetch;
  const dir = mkdtempSync(path.join(tmpdir(), 'relevance-'));
  const script = files.get('pagefind.js');
  if (!script) throw new Error('The search bundle has no pagefind.js: did Pagefind build it?');
  writeFileSync(path.join(dir, 'pagefind.mjs'), script);
  const api = (await import(pathToFileURL(path.join(dir, 'pagefind.mjs')).href)) as Pagefind;
  // In Node, in this process: it has no web worker to start.
  await api.options({ ...pagefindOptions('/'), basePath: origin, noWorker: true });
  await api.init();
  return { api, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The table for the library under `root`. */
export async function relevanceTable(root: string, queries = relevanceQueries): Promise<RelevanceRow[]> {
  const { files, problems } = await buildDevBundle(root, { includeDrafts: false });
  if (problems.length > 0) throw new Error(`The library under ${root} has problems:\n${problems.join('\n')}`);
  const { api, done } = await loadBundle(files);
  try {
    const rows: RelevanceRow[] = [];
    for (const query of queries) {
      // As the search page asks: its filters (no guide), the Welsh trigger words left out.
      const options = { filters: caseStudyFilters(parseSearchParams(new URLSearchParams({ q: query })), {}) };
      const found = await api.search(withoutTriggers(query), options);
      const results = found?.results ?? [];
      const top = await Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url));
      rows.push({ query, count: results.length, top: top.map((url) => url.replace(/^\/case-studies\/|\/$/g, '')) });
    }
    return rows;
  } finally {
    done();
  }
}

/** The table as Markdown, with a saved table's counts and top three before this one's when given. */
export function markdownTable(rows: readonly RelevanceRow[], before?: readonly RelevanceRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  if (!before) {
    return [
      '| Query | Found | Top 3 |',
      '| --- | ---: | --- |',
      ...rows.map((row) => `| ${cell(row.query)} | ${row.count} | ${row.top.join(', ')} |`),
    ].join('\n');
  }
  return [
    '| Query | Found before → after | Top 3 before | Top 3 after |',
    '| --- | ---: | --- | --- |',
    ...rows.map((row) => {
      const old = before.find((candidate) => candidate.query === row.query);
      const same = old && old.top.join() === row.top.join();
      return `| ${cell(row.query)} | ${old?.count ?? '–'} → ${row.count} | ${old?.top.join(', ') ?? '–'} | ${same ? '(same)' : row.top.join(', ')} |`;
    }),
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, before: { type: 'string' }, content: { type: 'string' } },
  });
  const root = values.content ? path.resolve(values.content) : contentRoot();
  const rows = await relevanceTable(root);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
  const before = values.before ? (JSON.parse(readFileSync(values.before, 'utf8')) as RelevanceRow[]) : undefined;
  process.stdout.write(`${markdownTable(rows, before)}\n`);
}
