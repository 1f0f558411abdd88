import * as pagefind from 'pagefind';
import { readCaseStudies } from '/work/main/src/content/index.ts';
import { loadTaxonomy } from '/work/main/src/schema/load-taxonomy.ts';
import { searchRecord } from '/work/main/src/lib/search-record.ts';
const root = process.argv[2]!;
const taxonomy = loadTaxonomy(root, { fresh: true });
let t = performance.now();
const entries = readCaseStudies(root, taxonomy, { includeDrafts: true }).entries;
console.log('read', Math.round(performance.now() - t)); t = performance.now();
const records = entries.map((e) => searchRecord(e.slug, e.data, e.body, taxonomy));
console.log('records', Math.round(performance.now() - t));
for (const mode of ['serial', 'parallel', 'serial']) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  t = performance.now();
  if (mode === 'serial') for (const r of records) await index!.addCustomRecord(r);
  else await Promise.all(records.map((r) => index!.addCustomRecord(r)));
  const added = performance.now() - t; t = performance.now();
  const { files } = await index!.getFiles();
  console.log(mode, 'add', Math.round(added), 'getFiles', Math.round(performance.now() - t), files.length);
  await index!.deleteIndex();
}
await pagefind.close();
