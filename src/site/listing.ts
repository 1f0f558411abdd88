/**
 * Static paths of paginated lists. A list's first page is at its own address and each later page
 * at `page/<n>/` under it, through a rest parameter (`[...page]`) that is undefined on the first
 * page and `page/<n>` on the others.
 */
import { paginate, type ListPage } from '../lib/pagination.ts';

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
