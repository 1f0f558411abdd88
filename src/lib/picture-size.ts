/**
 * The size of a picture a case study shows, read without publishing its original.
 *
 * Astro hands pages an imported picture as a proxy that marks the original file as used, and so
 * copies it unchanged into `dist/_astro/`, as soon as any of its properties is read. The original
 * is the contributor's file with all its metadata (a phone photo's EXIF, GPS position included);
 * the resized copies Astro makes carry none. Astro's own image service reads the proxy's `clone`,
 * a plain copy that marks nothing; this does the same, and falls back to the picture itself where
 * there is no proxy (the dev server).
 */
import type { ImageMetadata } from 'astro';

export interface PictureSize {
  width: number;
  height: number;
}

export function pictureSize(picture: ImageMetadata): PictureSize {
  const plain = (picture as ImageMetadata & { clone?: ImageMetadata }).clone ?? picture;
  return { width: plain.width, height: plain.height };
}
