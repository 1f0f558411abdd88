/**
 * Rules that look beyond one file: `related` and `translationOf` must name other case studies of
 * the library, a translation must be in the other language and paired one-to-one (no two case
 * studies claiming one translation), and `image.src` must be a picture beside the file, judged
 * by its bytes (pictures.ts), and not reached through a link.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { languageNames } from '../schema/languages.ts';
import type { Language } from '../schema/taxonomy.ts';
import { closestId } from '../schema/suggest.ts';
import type { YamlFrontmatter } from './frontmatter.ts';
import { checkPicture, pictureExtensions } from './pictures.ts';
import { problem, type Problem } from '../content/problem.ts';
import { linkOnTheWay } from '../content/symlinks.ts';

/** What the cross-file rules need to know about one case study. */
export interface CaseStudyFacts {
  file: string;
  slug: string;
  /** `lang` as written, `en` when absent; undefined when the front matter could not be read. */
  lang: Language | undefined;
  draft: boolean;
  /** The front matter's values, when readable. */
  data: Record<string, unknown> | undefined;
  yaml: YamlFrontmatter | undefined;
  /** Set for a how-to guide (docs/public-interface.md §10), whose page is `guides/<slug>/`; a case study otherwise. */
  collection?: 'guides';
}

/** Picture formats the site can show and resize. SVG is left out: it can carry scripts. */
export const imageExtensions = pictureExtensions;

const suggestions = new WeakMap<ReadonlyMap<string, CaseStudyFacts>, Map<string, string | undefined>>();

/**
 * The slug of `library` closest to `value`, remembered per library: in a large library with many
 * copies of one wrong link, comparing with every slug each time would take minutes. Only slugs
 * that could be close are compared (edit distance is at least the difference in length).
 */
export function nearestSlug(value: string, library: ReadonlyMap<string, CaseStudyFacts>): string | undefined {
  let cache = suggestions.get(library);
  if (!cache) suggestions.set(library, (cache = new Map()));
  if (cache.has(value)) return cache.get(value);
  const reach = Math.max(2, Math.floor(value.length / 3));
  const candidates = [...library.keys()].filter(
    (slug) => Math.abs(slug.length - value.length) <= reach || slug.startsWith(value) || value.startsWith(slug),
  );
  const suggestion = closestId(
    value,
    candidates.map((id) => ({ id })),
  );
  cache.set(value, suggestion);
  return suggestion;
}

const translationIndexes = new WeakMap<ReadonlyMap<string, CaseStudyFacts>, Map<string, Set<string>>>();

/**
 * For each case study, the others it is paired with as a translation: the one its `translationOf`
 * names and every one whose `translationOf` names it. Remembered per library. One-to-one means
 * each set holds at most one slug; the page's `hreflang` links and "read in Welsh" link assume it.
 */
function translationPartners(library: ReadonlyMap<string, CaseStudyFacts>): Map<string, Set<string>> {
  let partners = translationIndexes.get(library);
  if (partners) return partners;
  partners = new Map();
  const pair = (from: string, to: string) => {
    if (!partners!.has(from)) partners!.set(from, new Set());
    partners!.get(from)!.add(to);
  };
  for (const [slug, facts] of library) {
    const target = facts.data?.translationOf;
    if (typeof target !== 'string' || target === slug || !library.has(target)) continue;
    pair(slug, target);
    pair(target, slug);
  }
  translationIndexes.set(library, partners);
  return partners;
}

/** Says why the `translationOf` link from `slug` to `target` is not one-to-one, or undefined when it is. */
function oneToOne(slug: string, target: string, library: ReadonlyMap<string, CaseStudyFacts>): string | undefined {
  const partners = translationPartners(library);
  const list = (slugs: Iterable<string>) =>
    [...slugs]
      .sort()
      .map((other) => `"${other}"`)
      .join(', ');
  const othersOfTarget = [...(partners.get(target) ?? [])].filter((other) => other !== slug);
  if (othersOfTarget.length > 0) {
    return `translationOf "${target}" is not one-to-one: "${target}" is already paired as a translation with ${list(othersOfTarget)}; a case study has at most one translation, so keep one pair and remove the other translationOf`;
  }
  const othersOfSelf = [...(partners.get(slug) ?? [])].filter((other) => other !== target);
  if (othersOfSelf.length > 0) {
    return `translationOf "${target}" is not one-to-one: this case study is also paired as a translation with ${list(othersOfSelf)}; a case study has at most one translation, so keep one pair and remove the other translationOf`;
  }
  return undefined;
}

/** Checks `related`, `translationOf` and `image.src` of one case study against the library. */
export function checkLibraryLinks(
  facts: CaseStudyFacts,
  library: ReadonlyMap<string, CaseStudyFacts>,
  libraryDir: string,
): Problem[] {
  const { data, yaml, file, slug } = facts;
  if (!data || !yaml) return [];
  const problems: Problem[] = [];

  const target = (field: string, fieldPath: PropertyKey[], value: unknown, rule = field) => {
    if (typeof value !== 'string') return undefined;
    // Located only for a problem: finding where a value is written means parsing the YAML again.
    const at = () => yaml.locatePath(fieldPath).at;
    if (value === slug) {
      problems.push(problem(file, rule, `${field} names this case study itself`, at()));
      return undefined;
    }
    const other = library.get(value);
    if (!other) {
      const suggestion = nearestSlug(value, library);
      const hint = suggestion ? `; did you mean "${suggestion}"?` : '';
      problems.push(
        problem(
          file,
          rule,
          `${field} "${value}" is not a case study in this library (no ${value}.md or ${value}.mdx)${hint}`,
          at(),
        ),
      );
      return undefined;
    }
    if (other.draft && !facts.draft) {
      problems.push(
        problem(
          file,
          rule,
          `${field} "${value}" is a draft, so the link is not shown until it is published`,
          at(),
          'warning',
        ),
      );
    }
    return other;
  };

  if (Array.isArray(data.related)) data.related.forEach((value, index) => target('related', ['related', index], value));

  const translation = target('translationOf', ['translationOf'], data.translationOf);
  if (translation?.lang && facts.lang && translation.lang === facts.lang) {
    problems.push(
      problem(
        file,
        'translationOf',
        `translationOf "${translation.slug}" is also in ${languageNames.en[facts.lang]} (lang: ${facts.lang}); a translation is in the other language: set lang on one of them`,
        yaml.locatePath(['translationOf']).at,
      ),
    );
  }
  const notOneToOne = translation ? oneToOne(slug, translation.slug, library) : undefined;
  if (notOneToOne) problems.push(problem(file, 'translationOf', notOneToOne, yaml.locatePath(['translationOf']).at));

  const withdrawn = data.withdrawn as { replacedBy?: unknown } | undefined;
  const replacement =
    withdrawn && typeof withdrawn === 'object'
      ? target('withdrawn.replacedBy', ['withdrawn', 'replacedBy'], withdrawn.replacedBy, 'withdrawn')
      : undefined;
  const replacementWithdrawn = replacement?.data?.withdrawn;
  if (replacement && replacementWithdrawn && typeof replacementWithdrawn === 'object') {
    problems.push(
      problem(
        file,
        'withdrawn',
        `withdrawn.replacedBy "${replacement.slug}" is withdrawn too: name the case study that replaces both, or remove replacedBy`,
        yaml.locatePath(['withdrawn', 'replacedBy']).at,
      ),
    );
  }

  const image = data.image;
  if (image && typeof image === 'object' && typeof (image as { src?: unknown }).src === 'string') {
    const message = checkImageSource(file, (image as { src: string }).src, libraryDir);
    if (message) problems.push(problem(file, 'image', message, yaml.locatePath(['image', 'src']).at));
  }
  return problems;
}

/** Why `src` is not a picture beside `file`, or undefined when it is one. */
export function checkImageSource(file: string, src: string, libraryDir: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[/\\]/.test(src)) {
    return `image src must be a path relative to this file, such as images/picture.jpg, not "${src}"`;
  }
  const target = path.resolve(path.dirname(file), src);
  const inside = path.relative(libraryDir, target);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    return `image src "${src}" must point inside the case-studies folder, such as images/picture.jpg`;
  const extension = path.extname(target).toLowerCase();
  if (extension === '.svg')
    return `image src "${src}" is an SVG, which can carry scripts: use a .jpg, .png or .webp picture`;
  if (!imageExtensions.includes(extension))
    return `image src "${src}" must be a picture: ${imageExtensions.join(', ')}`;
  // Compare names exactly: a case-insensitive disk would hide "Photo.JPG" versus "photo.jpg" until the build runs elsewhere.
  let siblings: string[];
  try {
    siblings = readdirSync(path.dirname(target));
  } catch {
    siblings = [];
  }
  if (!siblings.includes(path.basename(target))) {
    const near = siblings.find((name) => name.toLowerCase() === path.basename(target).toLowerCase());
    if (near) return `image src "${src}" does not exist; the file is named "${near}" (names are case-sensitive)`;
    return `image src "${src}" does not exist: put the picture in case-studies/images/ and give its path relative to this file`;
  }
  const link = linkOnTheWay(libraryDir, target);
  if (link)
    return `image src "${src}" leads through a symbolic link ("${path.relative(libraryDir, link).split(path.sep).join('/')}"): put the picture file itself in case-studies/images/`;
  const verdict = checkPicture(target);
  if (!verdict.ok) return `image src "${src}" cannot be published: the file ${verdict.reason}`;
  return undefined;
}
