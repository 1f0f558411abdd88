/**
 * The names the interface's words had before `src/i18n/` was split by language, kept so that
 * branches written against them still build when merged; new code imports from `./index.ts`.
 * TODO(issue 13): remove once every import is repointed at `src/i18n/index.ts`.
 */
export {
  caseStudyWords as uiStrings,
  siteWords as siteStrings,
  type CaseStudyWords as UiStrings,
  type SiteWords as SiteStrings,
  type ChangeWords,
} from './index.ts';
