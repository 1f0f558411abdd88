import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createCaseStudySchema } from './schema/case-study.ts';
import { caseStudiesDir, contentRoot, loadTaxonomy } from './schema/load-taxonomy.ts';

const root = contentRoot();

const caseStudies = defineCollection({
  // Top-level .md/.mdx only: `_template.md` and other `_` files are not case studies, and
  // `images/` holds pictures. The content check integration has already refused anything else.
  loader: glob({
    base: caseStudiesDir(root),
    pattern: '[!_]*.{md,mdx}',
    // The id is the file name as written, which the validator has checked is a valid slug;
    // Astro's default would re-slugify it and could merge two files into one entry.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  // The one schema, with one addition the site alone needs: `image.picture`, the image that
  // `image.src` names, resolved relative to the file by Astro's `image()` so that pages can pass it
  // to `astro:assets` (responsive sizes, width and height). What a file may contain is unchanged:
  // `picture` is added after the file's own fields are checked, and the exports leave it out.
  schema: ({ image }) => {
    const schema = createCaseStudySchema(loadTaxonomy(root));
    return schema.safeExtend({
      image: schema.shape.image
        .unwrap()
        .transform((value) => ({ ...value, picture: image().parse(value.src) }))
        .optional(),
    });
  },
});

export const collections = { caseStudies };
