import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';

// Permissive: the reference site trusts its content and checks only what its pages use.
const root = path.resolve(process.env.CONTENT_DIR ?? '../../content');

export const collections = {
  caseStudies: defineCollection({
    loader: glob({ base: path.join(root, 'case-studies'), pattern: '[!_]*.{md,mdx}' }),
    schema: z.looseObject({
      title: z.string(),
      summary: z.string().optional(),
      lang: z.string().optional(),
      draft: z.boolean().optional(),
      published: z.coerce.date(),
    }),
  }),
};
