/**
 * How Paraglide JS compiles `messages/<lang>.json` into `src/i18n/paraglide/` (not committed):
 * the same options for `npm run messages` (which `npm ci` runs as `prepare`) and for the Vite
 * plugin of the site's build, its dev server and the tests, which compile again when a message
 * file changes. The pages ask for a language by name (`{ locale }`), so the runtime needs no way
 * of its own to find one: `baseLocale` only, no cookie, no URL.
 */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/i18n/paraglide',
  strategy: ['baseLocale'],
  emitReadme: false,
  // Four modules rather than one per message: the messages are read at build time only, by Node
  // and Vite's server side, where hundreds of small modules cost more than they save.
  outputStructure: 'locale-modules',
} satisfies {
  project: string;
  outdir: string;
  strategy: 'baseLocale'[];
  emitReadme: boolean;
  outputStructure: 'locale-modules';
};
