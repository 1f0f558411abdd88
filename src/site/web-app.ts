/**
 * What makes the site installable as a web app (docs/public-interface.md §8, offline): the web app
 * manifest of each interface language, and its icons, drawn from the favicon's house on the
 * library's green. Pure, so that the manifest routes only serialise it.
 */
import { siteWords } from '../i18n/index.ts';
import { appIconUrl, homeUrl, withBase, type AppIconFile } from '../lib/urls.ts';
import type { Language } from '../schema/taxonomy.ts';

/** The favicon's green, which the icons fill, and the page colours of the light theme (src/styles/global.css). */
const iconGreen = '#0b5d4b';
const themeColour = '#0b3d3a';
const backgroundColour = '#fcfcfa';
/** The house of the favicon (public/favicon.svg), on a 32 × 32 grid. */
const house = 'M8 22V12l8-5 8 5v10h-5v-6h-6v6z';

/** The icons, by file name under `<base>icons/`: rounded for any use, and full-bleed for masking, the house inside the safe zone. */
export const appIcons: Record<AppIconFile, { size: number; purpose: 'any' | 'maskable' }> = {
  'icon-192.png': { size: 192, purpose: 'any' },
  'icon-512.png': { size: 512, purpose: 'any' },
  'icon-maskable-512.png': { size: 512, purpose: 'maskable' },
};

export type { AppIconFile };

/** The SVG an icon is drawn from. A maskable icon may be cut to a circle of 80 % of its width, so its house is drawn at 70 %. */
export function appIconSvg(file: AppIconFile): string {
  const { size, purpose } = appIcons[file];
  const shape =
    purpose === 'maskable'
      ? `<rect width="32" height="32" fill="${iconGreen}"/><path d="${house}" fill="#fff" transform="translate(16 14.5) scale(0.7) translate(-16 -14.5)"/>`
      : `<rect width="32" height="32" rx="6" fill="${iconGreen}"/><path d="${house}" fill="#fff"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${shape}</svg>`;
}

/** The web app manifest of an interface language: it opens on that language's home page, for the whole site. */
export function webAppManifest(lang: Language, base: string, pages: string, siteName: string): Record<string, unknown> {
  const words = siteWords(lang).manifest;
  return {
    name: siteName,
    short_name: words.shortName,
    description: words.description,
    lang: lang === 'cy' ? 'cy-GB' : 'en-GB',
    dir: 'ltr',
    id: homeUrl(pages),
    start_url: homeUrl(pages),
    scope: homeUrl(base),
    display: 'standalone',
    theme_color: themeColour,
    background_color: backgroundColour,
    icons: [
      { src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...(Object.entries(appIcons) as [AppIconFile, (typeof appIcons)[AppIconFile]][]).map(([file, icon]) => ({
        src: appIconUrl(base, file),
        sizes: `${icon.size}x${icon.size}`,
        type: 'image/png',
        purpose: icon.purpose,
      })),
    ],
  };
}
