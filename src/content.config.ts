import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { caseStudiesDir, contentRoot, guidesDir } from './content/paths.ts';
import { collectionFilePattern } from './content/listing.ts';
import { publishedEntries, type TextFacts } from './integrations/published-entries.ts';
import { createCaseStudySchema, type CaseStudySchema } from './schema/case-study.ts';
import { createGuideSchema } from './schema/guide.ts';
import { loadTaxonomy } from './schema/load-taxonomy.ts';
import type { Taxonomy } from './schema/taxonomy.ts';

const root = contentRoot();

// Top-level .md/.mdx only: `_template.md` and other `_` files are not case studies, and
// `images/` holds pictures. The content check integration has already refused anything else.
const caseStudyFiles = glob({
  base: caseStudiesDir(root),
  pattern: collectionFilePattern,
  // The Markdown source is handed to `publishedEntries`, which counts its words for the page and
  // keeps it out of the content store: nothing renders from it (see published-entries.ts).
  // The id is the file name as written, which the validator has checked is a valid slug;
  // Astro's default would re-slugify it and could merge two files into one entry.
  generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  // `astro dev` renders a case study's text when its page is asked for (as it does MDX), not every
  // file's into the content store at each sync: the store is a fifth of the size (7.9 to 1.5 MB at
  // 1,000), and Astro writes, serialises and reloads all of it after every edit. The pages are the
  // same (the sample library's 95 compared byte for byte). A build keeps the text in the store.
  deferRender: !import.meta.env.PROD,
});

const caseStudies = defineCollection({
  // A build leaves drafts out of the collection, so that the pictures they name are not copied.
  loader: publishedEntries(caseStudyFiles, { root, includeDrafts: !import.meta.env.PROD }),
  // The one schema, with one addition the site alone needs: `image.picture`, the image that
  // `image.src` names, resolved relative to the file by Astro's `image()` so that pages can pass it
  // to `astro:assets` (responsive sizes, width and height). What a file may contain is unchanged:
  // `picture` is added after the file's own fields are checked, and the exports leave it out.
  // Astro calls this once per entry (for `image`, which resolves relative to each file): the schema
  // itself is built once per taxonomy and only the small transform is new, since building it for
  // every entry took most of the content layer's time in a large library (see README, Performance).
  schema: ({ image }) =>
    schemaFor(loadTaxonomy(root)).transform((checked) => {
      // The loader adds the word count of the text once the data is checked.
      const data = checked as typeof checked & TextFacts;
      if (!data.image) return data as Omit<typeof data, 'image'> & { image?: undefined };
      return { ...data, image: { ...data.image, picture: image().parse(data.image.src) } };
    }),
});

const schemas = new WeakMap<Taxonomy, CaseStudySchema>();
/** The case-study schema of a taxonomy, built once: the dev server reads the taxonomy again when it changes. */
function schemaFor(taxonomy: Taxonomy): CaseStudySchema {
  let schema = schemas.get(taxonomy);
  if (!schema) schemas.set(taxonomy, (schema = createCaseStudySchema(taxonomy)));
  return schema;
}

// How-to guides (docs/public-interface.md §10): the same kind of files, checked by the content check
// before loading, without pictures. A library need not have a guides folder: then there are none.
const guideFiles: Loader = existsSync(guidesDir(root))
  ? glob({
      base: guidesDir(root),
      pattern: collectionFilePattern,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    })
  : // Cleared, so that guides a previous build stored (with another CONTENT_DIR) are not published.
    { name: 'no-guides', load: async ({ store }) => store.clear() };

const guides = defineCollection({
  loader: publishedEntries(guideFiles, { root, includeDrafts: !import.meta.env.PROD }),
  schema: () => guideSchemaFor(loadTaxonomy(root)),
});

const guideSchemas = new WeakMap<Taxonomy, ReturnType<typeof createGuideSchema>>();
/** The guide schema of a taxonomy, built once, as {@link schemaFor} builds the case-study schema. */
function guideSchemaFor(taxonomy: Taxonomy): ReturnType<typeof createGuideSchema> {
  let schema = guideSchemas.get(taxonomy);
  if (!schema) guideSchemas.set(taxonomy, (schema = createGuideSchema(taxonomy)));
  return schema;
}

export const collections = { caseStudies, guides };
