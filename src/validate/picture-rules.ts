/**
 * Rules for the pictures under `case-studies/images/`: each is judged by its bytes (pictures.ts),
 * and one that no published case study shows is reported, since the site does not publish it:
 * only pictures seen in a case study they belong to are published, never a file no one reviewed
 * in its place.
 */
import path from 'node:path';
import type { CaseStudyFacts } from './library-rules.ts';
import { checkPicture } from './pictures.ts';
import { problem, type Problem } from '../content/problem.ts';

/** The `image.src` a case study's front matter names, if any. */
export function frontMatterImage(facts: CaseStudyFacts): string | undefined {
  const image = facts.data?.image;
  const src = image && typeof image === 'object' ? (image as { src?: unknown }).src : undefined;
  return typeof src === 'string' ? src : undefined;
}

/** Which case studies show each picture: the published ones, which publish it, and the drafts. */
export class PictureUses {
  readonly #published = new Set<string>();
  readonly #drafts = new Map<string, string[]>();

  /** Records that `facts` shows `src` (a path relative to its file). */
  add(facts: CaseStudyFacts, src: string | undefined): void {
    if (src === undefined || /^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(src)) return;
    const picture = path.resolve(path.dirname(facts.file), src);
    if (!facts.draft) this.#published.add(picture);
    else if (!this.#drafts.get(picture)?.includes(facts.file))
      this.#drafts.set(picture, [...(this.#drafts.get(picture) ?? []), facts.file]);
  }

  isPublished = (picture: string) => this.#published.has(picture);
  draftsShowing = (picture: string) => this.#drafts.get(picture) ?? [];
}

/** The problems of one picture file: what its bytes are, and whether any case study shows it. */
export function checkPictureFile(picture: string, uses: PictureUses, libraryDir: string): Problem[] {
  const name = path.basename(picture);
  const src = path.relative(libraryDir, picture).split(path.sep).join('/');
  const found: Problem[] = [];
  const verdict = checkPicture(picture);
  if (!verdict.ok) found.push(problem(picture, verdict.rule, `"${name}" ${verdict.reason}`));
  if (!uses.isPublished(picture)) {
    const drafts = uses.draftsShowing(picture).map((file) => path.basename(file));
    const message =
      drafts.length > 0
        ? `"${name}" is shown only by the draft ${drafts.join(', ')}, so it is not published until that case study is`
        : `"${name}" is not shown by any case study, so it is not published: show it in one (image: src: ${src} in the front matter, or ![description](${src}) in the text), or remove it`;
    found.push(problem(picture, 'unused-image', message, undefined, 'warning'));
  }
  return found;
}
