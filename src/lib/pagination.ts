/**
 * Static pagination of long lists, so that no page grows without bound however large the library
 * becomes: the first page keeps the list's own URL (`/themes/finance/`), later pages add
 * `page/<n>/` (`/themes/finance/page/2/`).
 */

/** Case studies per list page: divides evenly into one, two, three or four columns of cards. */
export const listPageSize = 24;

/** Names per page of plain lists such as the organisations. */
export const namePageSize = 120;

/** One page of a paginated list. */
export interface ListPage<T> {
  /** The items on this page, in list order. */
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the list has (at least 1, even when it is empty). */
  pages: number;
  /** How many items the whole list has. */
  total: number;
  /** 1-based position in the whole list of this page's first item (0 when the list is empty). */
  from: number;
  /** 1-based position in the whole list of this page's last item (0 when the list is empty). */
  to: number;
}

/** `items` cut into pages of `size`; an empty list still has one (empty) page, so its URL exists. */
export function paginate<T>(items: readonly T[], size: number = listPageSize): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive whole number, not ${size}`);
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, index) => {
    const slice = items.slice(index * size, (index + 1) * size);
    const from = slice.length === 0 ? 0 : index * size + 1;
    return {
      items: slice,
      number: index + 1,
      pages,
      total: items.length,
      from,
      to: from === 0 ? 0 : from + slice.length - 1,
    };
  });
}

/** The URL of page `number` of a list whose first page is at `firstPageUrl` (which ends in `/`). */
export function pageUrl(firstPageUrl: string, number: number): string {
  return number <= 1 ? firstPageUrl : `${firstPageUrl}page/${number}/`;
}

/** The `page/<n>/` route parameter of every page after the first, for `getStaticPaths`. */
export function laterPageNumbers(pages: number): number[] {
  return Array.from({ length: Math.max(0, pages - 1) }, (_, index) => index + 2);
}

/**
 * The page numbers a pagination bar shows: the first, the last, and `around` on each side of the
 * current one, with `null` for each gap ("1 … 4 5 6 … 20"). A gap of one page shows that page
 * instead, since "…" would take as much room.
 */
export function pageNumbersToShow(current: number, pages: number, around = 1): (number | null)[] {
  const shown = new Set<number>([1, pages]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= pages) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) result.push(null);
    result.push(page);
  });
  return result;
}
