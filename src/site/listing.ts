/**
 * Static paths of paginated lists. A list's first page is at its own address and each later page
 * at `page/<n>/` under it, through a rest parameter (`[...page]`) that is undefined on the first
 * page and `page/<n>` on the others.
 */
import { listPageSize, paginate, type ListPage } from '../lib/pagination.ts';
import type { Language } from '../schema/taxonomy.ts';

/** The `[...page]` parameter of page `number`. */
export const pageParam = (number: number): string | undefined => (number === 1 ? undefined : `page/${number}`);

/**
 * One static path per page of each list: `params` of the list plus `page`, and the list's own
 * `props` plus the page of `items`.
 */
export function paginatedPaths<T, Params extends Record<string, string>, Props extends object>(
  lists: readonly { params: Params; items: readonly T[]; props: Props }[],
  size?: number,
): { params: Params & { page: string | undefined }; props: Props & { page: ListPage<T> } }[] {
  return lists.flatMap((list) =>
    paginate(list.items, size).map((page) => ({
      params: { ...list.params, page: pageParam(page.number) },
      props: { ...list.props, page },
    })),
  );
}

/**
 * Case studies a page of a list in the Welsh interface holds. The Welsh lists show a compact row
 * per case study (title, language, place, organisation, date) rather than a card, five times as
 * many a page: twinning every page of every list would have added about 45 % to the build at
 * 10,000 case studies (the bound is 15 %). A multiple of the English page size, so that
 * each English page's case studies are on exactly one Welsh page.
 */
export const compactListPageSize = listPageSize * 5;

/** How many case studies a page of a list holds in the interface of `lang`. */
export const caseStudiesPerPage = (lang: Language): number => (lang === 'cy' ? compactListPageSize : listPageSize);

/** Whether a list in `lang` shows cards or compact rows. */
export const listLayout = (lang: Language): 'cards' | 'rows' => (lang === 'cy' ? 'rows' : 'cards');

/**
 * The page of the same list in language `to` that holds the first case study of page `number` in
 * `from`: where the language switch of a list's page goes.
 */
export function pageInLanguage(number: number, from: Language, to: Language): number {
  return Math.floor(((number - 1) * caseStudiesPerPage(from)) / caseStudiesPerPage(to)) + 1;
}
