import { expect, test } from 'vitest';
import { appIcons, appIconSvg, webAppManifest } from '../../../src/site/web-app.ts';

test('each interface’s manifest opens on its own home page, for the whole site, in its language', () => {
  const english = webAppManifest('en', '/cwb/', '/cwb/', 'Library');
  const welsh = webAppManifest('cy', '/cwb/', '/cwb/cy/', 'Library');
  expect(english).toMatchObject({
    start_url: '/cwb/',
    scope: '/cwb/',
    lang: 'en-GB',
    display: 'standalone',
    short_name: 'CWB Library',
  });
  expect(welsh).toMatchObject({ start_url: '/cwb/cy/', scope: '/cwb/', lang: 'cy-GB', short_name: 'Llyfrgell CWB' });
});

test('its icons: the favicon, and PNGs of 192 and 512 pixels, one of them maskable', () => {
  const icons = webAppManifest('en', '/', '/', 'Library').icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.src} ${icon.sizes} ${icon.purpose}`)).toEqual([
    '/favicon.svg any any',
    '/icons/icon-192.png 192x192 any',
    '/icons/icon-512.png 512x512 any',
    '/icons/icon-maskable-512.png 512x512 maskable',
  ]);
  expect(appIconSvg('icon-192.png')).toContain('width="192"');
  // A maskable icon fills its square: no rounded corners to show the launcher's background through.
  expect(appIconSvg('icon-maskable-512.png')).not.toContain('rx=');
  expect(Object.keys(appIcons)).toHaveLength(3);
});
