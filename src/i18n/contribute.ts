/**
 * Words of the contribution form that belong to no front-matter field (those are in
 * `src/schema/fields.ts`): the file name the form asks for.
 */
export const contributeWords = {
  en: {
    fileName: {
      label: 'File name',
      hint: 'Made from the title: lower-case words joined by hyphens. The case study will be at /case-studies/<file name>/ on the site. Change it if you like.',
    },
  },
} satisfies Record<'en', object>;
