/**
 * Adding a topic is one edit of a taxonomy file (issue 13), proven on a built site: a library whose
 * `topics.yml` has one entry more than the sample's, and one case study naming it, builds a site
 * where the topic has its page, a line in the topics list, a search filter, a row in the data
 * page's vocabularies, a value in the JSON Schema and a filter in the case study's search record,
 * with nothing else edited.
 *
 * The build runs in a copy of the project (its node_modules linked), like the other build tests.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, environmentOutsideTests } from '../../support/scratch-project.ts';
import { caseStudy } from '../validate/scratch-library.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'cwb-add-a-topic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const project = path.join(work, 'project');
const content = path.join(work, 'content');
const outDir = path.join(work, 'dist');

const environment = environmentOutsideTests();

const page = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

let built: SpawnSyncReturns<string>;
beforeAll(() => {
  copyProject(project);

  // The one edit: an entry at the end of topics.yml.
  cpSync(path.join(repo, 'content', 'taxonomy'), path.join(content, 'taxonomy'), { recursive: true });
  appendFileSync(
    path.join(content, 'taxonomy', 'topics.yml'),
    '- { id: tidal-power, label: Tidal power, description: "Energy from the tides, owned by the places on the coast.", cy: { label: Ynni’r llanw, description: "Ynni o’r llanw, yn eiddo i’r lleoedd ar yr arfordir." } }\n',
  );
  mkdirSync(path.join(content, 'case-studies'));
  writeFileSync(
    path.join(content, 'case-studies', 'swansea-tidal.md'),
    caseStudy({ title: 'Tidal power owned by the town', extra: 'topics: [tidal-power]' }),
  );

  built = spawnSync(process.execPath, [path.join(project, 'scripts', 'build.ts'), '--outDir', outDir], {
    cwd: project,
    encoding: 'utf8',
    env: { ...environment, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content },
  });
}, 300_000);

test('the library with the new topic builds', () => {
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
});

test('the topic has its page, listing the case study that names it', () => {
  const html = page('topics/tidal-power/index.html');

  expect(html).toContain('<h1>Tidal power</h1>');
  expect(html).toContain('Energy from the tides, owned by the places on the coast.');
  expect(html).toContain('href="/case-studies/swansea-tidal/"');
  expect(html).toContain('href="/search/?topic=tidal-power"');
});

test('the topics list, the pillar it is used under and the case study link to it', () => {
  for (const file of ['topics/index.html', 'themes/procurement/index.html', 'case-studies/swansea-tidal/index.html'])
    expect(page(file), file).toContain('href="/topics/tidal-power/"');
});

test('the search page offers it as a filter, by its id in the URL parameter topic', () => {
  const html = page('search/index.html');

  expect(html).toMatch(/<input type="checkbox" id="filter-topic-tidal-power" name="topic" value="tidal-power"/);
  expect(html).toMatch(/<label for="filter-topic-tidal-power"[^>]*>Tidal power<\/label>/);
  expect(html).toContain('"tidal-power":"Tidal power"');
});

test('the case study is indexed with the topic’s label as its topic filter', () => {
  expect(page('case-studies/swansea-tidal/index.html')).toContain('data-pagefind-filter="topic:Tidal power"');
  expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('the data page lists it with the topics, and the JSON Schema accepts it', () => {
  const schema = JSON.parse(page('data/case-study.schema.json')) as {
    properties: { topics: { items: { enum: string[] } } };
  };

  expect(page('data/index.html')).toMatch(/<td><code>tidal-power<\/code><\/td>\s*<td>Tidal power<\/td>/);
  expect(schema.properties.topics.items.enum).toContain('tidal-power');
});
