/**
 * The reader of the library (docs/public-interface.md §2): where it is, what is in it, and each case-study file
 * read once, decoded, split and its front matter's values read as Astro reads them. No other
 * module opens a case-study file: the validator, the search index of the dev server, the checks
 * after a build and the site's pages all come here (Astro's own loader reads the files for the
 * content collection, and counts their words there: see src/integrations/published-entries.ts).
 *
 * Pure Node: no Astro imports, so scripts and tests use it directly.
 */
export { decodeUtf8, type DecodeResult } from './decode.ts';
export {
  publishedGuideSlugs,
  publishedSlugs,
  readCaseStudies,
  readGuides,
  type CheckedCaseStudy,
  type CheckedGuide,
  type CheckedLibrary,
} from './library.ts';
export {
  caseStudyCollection,
  caseStudyFiles,
  checkSlug,
  guideCollection,
  guideFiles,
  isIgnoredName,
  listLibrary,
  type CaseStudyFile,
  type Collection,
  type LibraryListing,
} from './listing.ts';
export { frontmatterValues, isDraft } from './parse.ts';
export { caseStudiesDir, contentRoot, defaultContentRoot, guidesDir, taxonomyDir } from './paths.ts';
export { readCaseStudyFile, type CaseStudySource, type ReadResult } from './read.ts';
export { bodyText, safeMatterOptions, splitFrontmatter, type Frontmatter, type SplitResult } from './split.ts';
export { settleMs, watchLibrary, type FileWatcher, type LibraryChange, type LibraryListener } from './watch.ts';
