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

/**
 * The largest picture accepted: 5 MB. The site shows a picture at most 1,200 pixels wide, which a
 * JPEG holds in well under 1 MB; anything far bigger only makes the repository and every build
 * heavier.
 */
export const maxPictureBytes = 5 * 1024 * 1024;

/**
 * The largest picture accepted, in pixels: 10,000 on either side and 40 megapixels in all (a
 * 40-megapixel camera's photo). The file's size says nothing of this: a 48 KB PNG can declare
 * 20,000 × 20,000 pixels, which the build would have to decode into 1.6 GB of memory.
 */
export const maxPictureSide = 10_000;
export const maxPicturePixels = 40_000_000;

/** A size in MB for messages, rounded up like {@link kilobytes}. */
export const megabytes = (bytes: number) => `${Math.ceil((bytes / 1024 / 1024) * 10) / 10} MB`;
