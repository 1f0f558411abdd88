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
  schema: createCaseStudySchema(loadTaxonomy(root)),
});

export const collections = { caseStudies };
