/**
 * The benchmark's copy of the generated library for the Starlight reference site
 * (`bench/starlight/`): one Starlight page per `.md` case study, front matter reduced to what
 * Starlight's `docsSchema()` takes. Our fields would fail its schema or mean something else there
 * (`summary` is its `description`; its `sidebar`, `hero` or `head` are not ours), and the MDX case
 * studies use this project's components, which Starlight does not have: they are left out and
 * counted.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

/** The front matter Starlight's docs schema needs (`title`) and takes (`description`, `draft`). */
export interface StarlightFrontMatter {
  title: string;
  description?: string;
  draft?: boolean;
}

/**
 * Starlight's front matter for one of our case studies: its title, its summary as the
 * description, and whether it is a draft (Starlight leaves drafts out of production builds, as
 * this project does). Throws, naming the file, when the title is missing.
 */
export function starlightFrontMatter(data: Readonly<Record<string, unknown>>, file: string): StarlightFrontMatter {
  if (typeof data.title !== 'string' || data.title.trim() === '')
    throw new Error(`${file}: no title in the front matter; Starlight requires one (regenerate the library)`);
  const result: StarlightFrontMatter = { title: data.title };
  if (typeof data.summary === 'string') result.description = data.summary;
  if (data.draft === true) result.draft = true;
  return result;
}

/** One case study as Starlight reads it: its front matter reduced, its Markdown body unchanged. */
export function toStarlightPage(source: string, file: string): string {
  const parsed = matter(source);
  return matter.stringify(parsed.content, starlightFrontMatter(parsed.data, file));
}

export interface StarlightCopy {
  /** Case-study pages written (`.md` files of the library). */
  pages: number;
  /** MDX case studies left out (they use this project's components). */
  mdxLeftOut: number;
}

/** Writes the library's `.md` case studies in `contentDir/case-studies/` to `docsDir/case-studies/`. */
export function copyLibraryForStarlight(contentDir: string, docsDir: string): StarlightCopy {
  const from = path.join(contentDir, 'case-studies');
  const to = path.join(docsDir, 'case-studies');
  mkdirSync(to, { recursive: true });
  const copy: StarlightCopy = { pages: 0, mdxLeftOut: 0 };
  for (const name of readdirSync(from).sort()) {
    if (name.startsWith('_')) continue;
    if (name.endsWith('.mdx')) copy.mdxLeftOut += 1;
    if (!name.endsWith('.md')) continue;
    const file = path.join(from, name);
    writeFileSync(path.join(to, name), toStarlightPage(readFileSync(file, 'utf8'), file));
    copy.pages += 1;
  }
  return copy;
}
