/**
 * How much the validator and the build will read of one case study. A case study is a few pages
 * of prose; anything far bigger is a mistake (a pasted report, an embedded picture) or an attempt
 * to make every build slow, so it is refused before it is parsed.
 */

/** The largest case-study file accepted: 256 KB, over forty times the longest sample (6 KB). */
export const maxFileBytes = 256 * 1024;

/** The largest front matter accepted: 32 KB, over twenty times the longest sample. */
export const maxFrontmatterBytes = 32 * 1024;

/** A size in KB for messages, rounded up so that "512.1 KB" never reads as "512 KB". */
export const kilobytes = (bytes: number) => `${Math.ceil((bytes / 1024) * 10) / 10} KB`;
